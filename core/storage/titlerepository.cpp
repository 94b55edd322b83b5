#include "storage/titlerepository.h"

#include "storage/bulkstatement.h"
#include "storage/sql.h"

#include <QHash>

namespace cd {

int TitleRepository::addNaming(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO namings(round_year, doc_no, date) VALUES (?, ?, ?) RETURNING id"),
                      {roundYear, docNo, date.toString(Qt::ISODate)});
    q.next();
    const int id = q.value(0).toInt();
    q.finish();
    BulkStatement u(m_db, "INSERT INTO naming_units(naming_id, unit_id, position) VALUES (?, ?, ?)");
    qint64 position = 0;
    for (int unit : unitIds) {
        u.bind(1, qint64(id)).bind(2, qint64(unit)).bind(3, ++position);
        u.step();
    }
    return id;
}

void TitleRepository::addReview(int roundYear, int unitId, TitleEvent::Kind outcome, const QDate &date,
                                const QString &reason, const QString &docNo)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO reviews(round_year, unit_id, outcome, date, reason, doc_no) VALUES (?, ?, ?, ?, ?, ?)"),
             {roundYear, unitId,
              outcome == TitleEvent::Kind::Revoked ? QStringLiteral("revoked") : QStringLiteral("retained"),
              date.toString(Qt::ISODate), sql::text(reason), sql::text(docNo)});
}

QList<Naming> TitleRepository::namings(int roundYear) const
{
    QList<Naming> out;
    QHash<int, int> at;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, round_year, doc_no, date FROM namings WHERE round_year = ? ORDER BY date, id"), {roundYear});
    while (q.next()) {
        at.insert(q.value(0).toInt(), int(out.size()));
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate), {}});
    }
    auto u = sql::run(m_db,
                      QStringLiteral("SELECT nu.naming_id, nu.unit_id FROM naming_units nu JOIN namings n ON n.id = nu.naming_id "
                                     "WHERE n.round_year = ? ORDER BY nu.naming_id, nu.position"),
                      {roundYear});
    while (u.next())
        if (at.contains(u.value(0).toInt()))
            out[at.value(u.value(0).toInt())].unitIds << u.value(1).toInt();
    return out;
}

void TitleRepository::removeNaming(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM namings WHERE id = ?"), {id}); // its units cascade
}

void TitleRepository::removeReview(int roundYear, int unitId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM reviews WHERE round_year = ? AND unit_id = ?"), {roundYear, unitId});
}

QList<TitleEvent> TitleRepository::events(int unitId) const
{
    QList<TitleEvent> out;
    auto n = sql::run(m_db,
                      QStringLiteral("SELECT nu.unit_id, n.round_year, n.date, n.doc_no FROM namings n "
                                     "JOIN naming_units nu ON nu.naming_id = n.id WHERE ? = 0 OR nu.unit_id = ?"),
                      {unitId, unitId});
    while (n.next())
        out.push_back({n.value(0).toInt(), n.value(1).toInt(), QDate::fromString(n.value(2).toString(), Qt::ISODate),
                       TitleEvent::Kind::Named, n.value(3).toString(), {}});
    auto r = sql::run(m_db, QStringLiteral("SELECT unit_id, round_year, date, outcome, doc_no, reason FROM reviews WHERE ? = 0 OR unit_id = ?"),
                      {unitId, unitId});
    while (r.next())
        out.push_back({r.value(0).toInt(), r.value(1).toInt(), QDate::fromString(r.value(2).toString(), Qt::ISODate),
                       r.value(3).toString() == QLatin1String("revoked") ? TitleEvent::Kind::Revoked : TitleEvent::Kind::Retained,
                       r.value(4).toString(), r.value(5).toString()});
    return out;
}


int TitleRepository::namingCount(int roundYear) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM namings WHERE round_year = ?"), {roundYear}).toInt();
}

std::optional<int> TitleRepository::namingRound(int namingId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT round_year FROM namings WHERE id = ?"), {namingId});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<QString> TitleRepository::reviewOutcome(int roundYear, int unitId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT outcome FROM reviews WHERE round_year = ? AND unit_id = ?"), {roundYear, unitId});
    return v.isValid() && !v.isNull() ? std::optional<QString>(v.toString()) : std::nullopt;
}

} // namespace cd
