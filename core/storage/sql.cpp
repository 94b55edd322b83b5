#include "storage/sql.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "cd.sql", QtWarningMsg)

namespace cd::sql {

QString describe(const QSqlError &e)
{
    // QSQLITE reports SQLite's result code (primary or extended) as the native code; the primary code is its low byte.
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    const QString engine = e.text();
    if (code == 13 || engine.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "The disk is full; nothing was saved. Free some space and try again.");
    if (code == 8 || engine.contains(QLatin1String("readonly database"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "The data file cannot be written: it or its folder is read-only (or the disk is write-protected); nothing was saved.");
    if (code == 10 || engine.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "The disk could not be read or written (a disk or USB-stick error); nothing was saved. Check the disk and try again.");
    if (code == 5 || code == 6 || engine.contains(QLatin1String("database is locked"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "The data file is busy with another CampaignDesk program (a backup or an import); nothing was saved. Try again in a moment.");
    if (code == 11 || code == 26)
        return QCoreApplication::translate("cd::Database", "The data file is damaged; nothing was saved. Restore it from a backup.");
    if (code == 14)
        return QCoreApplication::translate("cd::Database", "The data file cannot be opened (the disk or folder is not available).");
    if (code == 19 || engine.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive)) {
        if (engine.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            return QCoreApplication::translate("cd::Database", "The record refers to something that does not exist (or is still referred to by other records); nothing was saved.");
        if (engine.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
            return QCoreApplication::translate("cd::Database", "The same record exists already; nothing was saved.");
        return QCoreApplication::translate("cd::Database", "A value is outside what the data file allows; nothing was saved.");
    }
    return QCoreApplication::translate("cd::Database", "The data file refused the change (SQLite error %1); nothing was saved.").arg(ok ? e.nativeErrorCode() : QStringLiteral("?"));
}

[[noreturn]] static void fail(const QSqlError &e, const QString &statement)
{
    // The statement stays out of the message; a developer finds it with QT_LOGGING_RULES="cd.sql=true".
    qCDebug(lcSql) << e.text() << statement.left(200);
    throw Failure(Failure::Kind::Storage, describe(e));
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
