// Thin helpers over QSqlQuery that turn every SQL error into a cd::Failure with the statement's context.
// Only code under core/storage includes this.
#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace cd::sql {

void exec(QSqlDatabase db, const QString &statement);
bool execNoThrow(QSqlDatabase db, const QString &statement);
QSqlQuery prepare(QSqlDatabase db, const QString &statement);
void run(QSqlQuery &q);                                            // exec a prepared query or throw
QSqlQuery run(QSqlDatabase db, const QString &statement, std::initializer_list<QVariant> args);
QVariant scalar(QSqlDatabase db, const QString &statement, std::initializer_list<QVariant> args = {});
QVariant nullable(const QString &s); // an empty string stored as NULL
bool isServer(const QSqlDatabase &db); // a PostgreSQL connection (QPSQL) rather than a data file
// The SQL for a text column's length in UTF-8 bytes (SQLite 3.40 has no octet_length()).
QString byteLength(const QSqlDatabase &db, QLatin1String column);
// What an SQLite error means to the clerk, in the user's language, without the engine's own words or the
// statement (a full disk, a read-only file, a disk error, a busy file, a damaged file, a missing record, …).
QString describe(const QSqlError &error);
// The same on one of our data files.
inline void exec(Database &db, const QString &statement) { exec(db.connection(), statement); }
inline bool execNoThrow(Database &db, const QString &statement) { return execNoThrow(db.connection(), statement); }
inline QSqlQuery prepare(Database &db, const QString &statement) { return prepare(db.connection(), statement); }
inline QSqlQuery run(Database &db, const QString &statement, std::initializer_list<QVariant> args)
{
    return run(db.connection(), statement, args);
}
inline QVariant scalar(Database &db, const QString &statement, std::initializer_list<QVariant> args = {})
{
    return scalar(db.connection(), statement, args);
}
// Rows into a table, many per statement (a server answers each statement over the network; QPSQL has no batch mode):
// `values` holds the rows one after another, columns.size() values each.
void insertRows(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values);
inline QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; } // never NULL

} // namespace cd::sql
