#include "storage/listqueries.h"

#include "storage/sql.h"

namespace cd {

namespace {
// The unit with its 市(州) and county names, and the sort keys of the official order.
const char kUnitJoin[] =
    "JOIN units u ON u.id = x.unit_id JOIN regions r ON r.id = u.region_id "
    "LEFT JOIN regions p ON p.id = r.parent_id AND p.level = 2 "
    "JOIN unit_types t ON t.id = u.type_id JOIN unit_categories c ON c.id = t.category_id ";
const char kOrder[] = "ORDER BY coalesce(p.sort, r.sort), c.sort, t.sort, u.name, u.id";

TitleListRow rowFrom(const QSqlQuery &q)
{
    TitleListRow r;
    r.unitId = q.value(0).toInt();
    r.unitName = q.value(1).toString();
    const bool county = q.value(3).toInt() == 3;
    r.cityName = county ? q.value(4).toString() : q.value(2).toString();
    r.countyName = county ? q.value(2).toString() : QString();
    r.typeName = q.value(5).toString();
    r.creditCode = q.value(6).toString();
    r.docNo = q.value(7).toString();
    r.date = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return r;
}
} // namespace

QList<TitleListRow> ListQueries::namings(int roundYear) const
{
    QList<TitleListRow> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT u.id, u.name, r.name, r.level, coalesce(p.name, ''), t.name, coalesce(u.credit_code, ''), "
                                     "n.doc_no, n.date FROM naming_units x JOIN namings n ON n.id = x.naming_id ")
                          + QLatin1String(kUnitJoin) + QStringLiteral("WHERE n.round_year = ? ") + QLatin1String(kOrder),
                      {roundYear});
    while (q.next())
        out.push_back(rowFrom(q));
    return out;
}

QList<TitleListRow> ListQueries::reviews(int roundYear) const
{
    QList<TitleListRow> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT u.id, u.name, r.name, r.level, coalesce(p.name, ''), t.name, coalesce(u.credit_code, ''), "
                                     "x.doc_no, x.date, x.outcome, x.reason, "
                                     "(SELECT max(n.round_year) FROM naming_units nu JOIN namings n ON n.id = nu.naming_id "
                                     " WHERE nu.unit_id = x.unit_id AND n.round_year < x.round_year) "
                                     "FROM reviews x ")
                          + QLatin1String(kUnitJoin) + QStringLiteral("WHERE x.round_year = ? ") + QLatin1String(kOrder),
                      {roundYear});
    while (q.next()) {
        TitleListRow r = rowFrom(q);
        r.outcome = q.value(9).toString();
        r.reason = q.value(10).toString();
        r.namedRound = q.value(11).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

QList<TitleListRow> ListQueries::recommendations(int roundYear) const
{
    QList<TitleListRow> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT u.id, u.name, r.name, r.level, coalesce(p.name, ''), t.name, coalesce(u.credit_code, ''), "
                                     "'', rec.date, g.full_name, x.rank FROM recommendation_units x "
                                     "JOIN recommendations rec ON rec.id = x.recommendation_id JOIN regions g ON g.id = rec.region_id ")
                          + QLatin1String(kUnitJoin)
                          + QStringLiteral("WHERE rec.round_year = ? ORDER BY g.level, g.sort, rec.id, x.rank"),
                      {roundYear});
    while (q.next()) {
        TitleListRow r = rowFrom(q);
        r.recommendingRegion = q.value(9).toString();
        r.rank = q.value(10).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace cd
