#include "storage/keyedwrite.h"

#include "domain/setversion.h"
#include "storage/sql.h"

namespace cd {

namespace {
QString keyTest(const KeyedRecord &r)
{
    QStringList parts;
    for (const QString &k : r.keyColumns)
        parts << QStringLiteral("%1 = ?").arg(k);
    return parts.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

int setKeyed(Database &db, const KeyedRecord &r, int expected, const std::function<void()> &conflict)
{
    QSqlQuery q;
    if (expected > 0) {
        QStringList sets;
        for (const QString &c : r.columns)
            sets << QStringLiteral("%1 = ?").arg(c);
        sets << QStringLiteral("version = version + 1");
        q = sql::prepare(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND version = ? RETURNING version")
                                 .arg(r.table, sets.join(QStringLiteral(", ")), keyTest(r)));
        bindAll(q, r.values);
        bindAll(q, r.keys);
        q.addBindValue(expected);
    } else {
        const QStringList all = r.keyColumns + r.columns;
        QStringList marks, sets;
        for (int i = 0; i < all.size(); ++i)
            marks << QStringLiteral("?");
        for (const QString &c : r.columns)
            sets << QStringLiteral("%1 = excluded.%1").arg(c);
        sets << QStringLiteral("version = %1.version + 1").arg(r.table);
        const QString onConflict = expected == SetVersion::NotThere ? QStringLiteral("DO NOTHING")
                                                                     : QStringLiteral("DO UPDATE SET ") + sets.join(QStringLiteral(", "));
        q = sql::prepare(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) %5 RETURNING version")
                                 .arg(r.table, all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                      r.keyColumns.join(QStringLiteral(", ")), onConflict));
        bindAll(q, r.keys);
        bindAll(q, r.values);
    }
    sql::run(q);
    if (q.next())
        return q.value(0).toInt();
    conflict();
    return expected;
}

void clearKeyed(Database &db, const KeyedRecord &r, int expected, const std::function<void()> &conflict)
{
    if (expected == SetVersion::NotThere) {
        // Read as absent: removing it is a no-op, unless another clerk has set it since.
        QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(r.table, keyTest(r)));
        bindAll(q, r.keys);
        sql::run(q);
        if (q.next() && q.value(0).toInt() > 0)
            conflict();
        return;
    }
    QSqlQuery q = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE %2%3 RETURNING version")
                                       .arg(r.table, keyTest(r), expected > 0 ? QStringLiteral(" AND version = ?") : QString()));
    bindAll(q, r.keys);
    if (expected > 0)
        q.addBindValue(expected);
    sql::run(q);
    if (!q.next() && expected > 0)
        conflict();
}

} // namespace cd
