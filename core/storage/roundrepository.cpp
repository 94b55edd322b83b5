#include "storage/roundrepository.h"

#include "storage/keyedwrite.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QCoreApplication>

#include <QMap>

namespace cd {

namespace {
std::function<void()> calendarConflict(int year)
{
    return [year] {
        throw EditConflict(QCoreApplication::translate("cd::Database", "The calendar of the %1 round was changed by another clerk after it was read; "
                                                                       "it was left as it is.")
                               .arg(year),
                           QStringLiteral("round"), year);
    };
}
} // namespace

int RoundRepository::save(const Round &round, const QString &title)
{
    // The round's row carries the calendar's version: phases and deadlines are written whole under it. An empty title
    // keeps the one stored.
    KeyedRecord row{QStringLiteral("rounds"), {QStringLiteral("year")}, {round.year}, {}, {}};
    if (!title.isEmpty()) {
        row.columns << QStringLiteral("title");
        row.values << title;
    }
    const int version = setKeyed(m_db, row, round.version, calendarConflict(round.year));
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
    return version;
}

QList<Round> RoundRepository::all() const
{
    QMap<int, Round> rounds;
    auto r = sql::run(m_db, QStringLiteral("SELECT year, version FROM rounds ORDER BY year"), {});
    while (r.next()) {
        Round &round = rounds[r.value(0).toInt()];
        round.year = r.value(0).toInt();
        round.version = r.value(1).toInt();
    }
    auto p = sql::run(m_db, QStringLiteral("SELECT round_year, kind, start_date, end_date FROM round_phases ORDER BY round_year, start_date"), {});
    while (p.next())
        rounds[p.value(0).toInt()].phases.push_back({PhaseKind(p.value(1).toInt()), QDate::fromString(p.value(2).toString(), Qt::ISODate),
                                                     QDate::fromString(p.value(3).toString(), Qt::ISODate)});
    auto d = sql::run(m_db, QStringLiteral("SELECT round_year, date, title FROM round_deadlines ORDER BY round_year, date"), {});
    while (d.next())
        rounds[d.value(0).toInt()].extraDeadlines.push_back({QDate::fromString(d.value(1).toString(), Qt::ISODate), d.value(2).toString()});
    return rounds.values();
}

void RoundRepository::remove(int year, int readVersion)
{
    // Phases, deadlines and scope cascade.
    clearKeyed(m_db, {QStringLiteral("rounds"), {QStringLiteral("year")}, {year}, {}, {}}, readVersion, calendarConflict(year));
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
