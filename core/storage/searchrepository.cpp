#include "storage/searchrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace cd {

QList<SearchHit> SearchRepository::find(const QString &text, int limitPerKind) const
{
    QList<SearchHit> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    // The text as typed, % and _ taken literally.
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
    struct Query
    {
        SearchHit::Kind kind;
        const char *sql; // unit id, unit name, matched text, date; each ? is the pattern but the last, the limit
    };
    const Query queries[] = {
        {SearchHit::Kind::Unit,
         "SELECT u.id, u.name, coalesce(u.credit_code, ''), NULL FROM units u WHERE u.name LIKE ? ESCAPE '\\' OR u.credit_code LIKE ? "
         "ESCAPE '\\' OR u.address LIKE ? ESCAPE '\\' OR u.leader LIKE ? ESCAPE '\\' OR u.phone LIKE ? ESCAPE '\\' OR u.note LIKE ? "
         "ESCAPE '\\' ORDER BY u.id LIMIT ?"},
        {SearchHit::Kind::Naming,
         "SELECT u.id, u.name, n.doc_no, n.date FROM namings n JOIN naming_units nu ON nu.naming_id = n.id JOIN units u ON u.id = nu.unit_id "
         "WHERE n.doc_no LIKE ? ESCAPE '\\' ORDER BY n.date, u.id LIMIT ?"},
        {SearchHit::Kind::Review,
         "SELECT u.id, u.name, trim(r.doc_no || ' ' || r.reason), r.date FROM reviews r JOIN units u ON u.id = r.unit_id "
         "WHERE r.doc_no LIKE ? ESCAPE '\\' OR r.reason LIKE ? ESCAPE '\\' ORDER BY r.date, u.id LIMIT ?"},
        {SearchHit::Kind::Veto,
         "SELECT u.id, u.name, trim(k.name || ' ' || v.note), v.date FROM veto_events v JOIN veto_kinds k ON k.id = v.kind_id "
         "JOIN units u ON u.id = v.unit_id WHERE v.note LIKE ? ESCAPE '\\' OR k.name LIKE ? ESCAPE '\\' ORDER BY v.date, v.id LIMIT ?"},
        {SearchHit::Kind::Activity,
         "SELECT u.id, u.name, trim(a.kind || ' ' || a.description), a.date FROM activities a JOIN units u ON u.id = a.unit_id "
         "WHERE a.description LIKE ? ESCAPE '\\' OR a.kind LIKE ? ESCAPE '\\' ORDER BY a.date, a.id LIMIT ?"},
        {SearchHit::Kind::Rectification,
         "SELECT u.id, u.name, r.finding, r.deadline FROM rectifications r JOIN units u ON u.id = r.unit_id "
         "WHERE r.finding LIKE ? ESCAPE '\\' OR r.closing_evidence LIKE ? ESCAPE '\\' OR r.owner LIKE ? ESCAPE '\\' "
         "ORDER BY r.deadline, r.id LIMIT ?"},
    };
    for (const Query &q : queries) {
        const QString statement = QString::fromLatin1(q.sql);
        auto r = sql::prepare(m_db, statement);
        for (qsizetype i = 1; i < statement.count(QLatin1Char('?')); ++i)
            r.addBindValue(like);
        r.addBindValue(limitPerKind);
        sql::run(r);
        while (r.next())
            out.push_back({q.kind, r.value(0).toInt(), r.value(1).toString(), r.value(2).toString(),
                           QDate::fromString(r.value(3).toString(), Qt::ISODate)});
    }
    return out;
}

} // namespace cd
