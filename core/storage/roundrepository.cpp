#include "storage/roundrepository.h"

#include "storage/sql.h"

#include <QMap>

namespace cd {

void RoundRepository::save(const Round &round, const QString &title)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO rounds(year, title) VALUES (?, ?) "
                            "ON CONFLICT(year) DO UPDATE SET title = CASE WHEN excluded.title = '' THEN rounds.title ELSE excluded.title END"),
             {round.year, title.isNull() ? QStringLiteral("") : title});
    sql::run(m_db, QStringLiteral("DELETE FROM round_phases WHERE round_year = ?"), {round.year});
    sql::run(m_db, QStringLiteral("DELETE FROM round_deadlines WHERE round_year = ?"), {round.year});
    auto p = sql::prepare(m_db, QStringLiteral("INSERT INTO round_phases(round_year, kind, start_date, end_date) VALUES (?, ?, ?, ?)"));
    for (const auto &ph : round.phases) {
        p.bindValue(0, round.year);
        p.bindValue(1, int(ph.kind));
        p.bindValue(2, ph.start.toString(Qt::ISODate));
        p.bindValue(3, ph.end.toString(Qt::ISODate));
        sql::run(p);
    }
    auto d = sql::prepare(m_db, QStringLiteral("INSERT INTO round_deadlines(round_year, date, title) VALUES (?, ?, ?)"));
    for (const auto &dl : round.extraDeadlines) {
        d.bindValue(0, round.year);
        d.bindValue(1, dl.date.toString(Qt::ISODate));
        d.bindValue(2, dl.title);
        sql::run(d);
    }
}

QList<Round> RoundRepository::all() const
{
    QMap<int, Round> rounds;
    auto r = sql::run(m_db, QStringLiteral("SELECT year FROM rounds ORDER BY year"), {});
    while (r.next())
        rounds[r.value(0).toInt()].year = r.value(0).toInt();
    auto p = sql::run(m_db, QStringLiteral("SELECT round_year, kind, start_date, end_date FROM round_phases ORDER BY round_year, start_date"), {});
    while (p.next())
        rounds[p.value(0).toInt()].phases.push_back({PhaseKind(p.value(1).toInt()), QDate::fromString(p.value(2).toString(), Qt::ISODate),
                                                     QDate::fromString(p.value(3).toString(), Qt::ISODate)});
    auto d = sql::run(m_db, QStringLiteral("SELECT round_year, date, title FROM round_deadlines ORDER BY round_year, date"), {});
    while (d.next())
        rounds[d.value(0).toInt()].extraDeadlines.push_back({QDate::fromString(d.value(1).toString(), Qt::ISODate), d.value(2).toString()});
    return rounds.values();
}

void RoundRepository::remove(int year)
{
    sql::run(m_db, QStringLiteral("DELETE FROM rounds WHERE year = ?"), {year}); // phases, deadlines and scope cascade
}

std::optional<Round> RoundRepository::get(int year) const
{
    for (const auto &r : all())
        if (r.year == year)
            return r;
    return std::nullopt;
}

void RoundRepository::setScope(int year, const QList<int> &typeIds)
{
    sql::run(m_db, QStringLiteral("DELETE FROM round_scope WHERE round_year = ?"), {year});
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO round_scope(round_year, type_id) VALUES (?, ?)"));
    for (int t : typeIds) {
        q.bindValue(0, year);
        q.bindValue(1, t);
        sql::run(q);
    }
}

QList<int> RoundRepository::scope(int year) const
{
    QList<int> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT type_id FROM round_scope WHERE round_year = ? ORDER BY type_id"), {year});
    while (q.next())
        out.push_back(q.value(0).toInt());
    return out;
}


int RoundRepository::recordCount(int year) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT (SELECT count(*) FROM scores s JOIN indicator_systems i ON i.id = s.system_id WHERE i.round_year = ?)"
                                      " + (SELECT count(*) FROM surveys WHERE round_year = ?) + (SELECT count(*) FROM prerequisites WHERE round_year = ?)"
                                      " + (SELECT count(*) FROM recommendations WHERE round_year = ?) + (SELECT count(*) FROM namings WHERE round_year = ?)"
                                      " + (SELECT count(*) FROM reviews WHERE round_year = ?) + (SELECT count(*) FROM quotas WHERE round_year = ?)"),
                       {year, year, year, year, year, year, year})
        .toInt();
}

void RoundRepository::removeIndicatorSystems(int year)
{
    sql::run(m_db, QStringLiteral("DELETE FROM indicator_systems WHERE round_year = ?"), {year});
}

} // namespace cd
