#include "storage/sql.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cd::sql {

[[noreturn]] static void fail(const QSqlError &e, const QString &statement)
{
    const QString text = e.text().contains(QLatin1String("disk is full")) || e.nativeErrorCode() == QLatin1String("13")
        ? QCoreApplication::translate("cd::Database", "The disk is full; nothing was saved. Free some space and try again.")
        : QCoreApplication::translate("cd::Database", "The data file refused an operation: %1 (%2)")
              .arg(e.text(), statement.left(60).simplified());
    throw Failure(Failure::Kind::Storage, text);
}

void exec(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        fail(q.lastError(), statement);
}

bool execNoThrow(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    return q.exec(statement);
}

QSqlQuery prepare(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(q.lastError(), statement);
    return q;
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError(), q.lastQuery());
}

QSqlQuery run(QSqlDatabase db, const QString &statement, std::initializer_list<QVariant> args)
{
    QSqlQuery q = prepare(db, statement);
    for (const auto &a : args)
        q.addBindValue(a);
    run(q);
    return q;
}

QVariant scalar(QSqlDatabase db, const QString &statement, std::initializer_list<QVariant> args)
{
    QSqlQuery q = run(db, statement, args);
    return q.next() ? q.value(0) : QVariant();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace cd::sql
