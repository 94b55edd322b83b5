#include "storage/sql.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QHash>
#include <QMutex>

Q_LOGGING_CATEGORY(lcSql, "cd.sql", QtWarningMsg)

namespace cd::sql {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString byteLength(const QSqlDatabase &db, QLatin1String column)
{
    return isServer(db) ? QStringLiteral("octet_length(%1)").arg(column) : QStringLiteral("length(CAST(%1 AS BLOB))").arg(column);
}

// What a PostgreSQL error means to the clerk: QPSQL gives the SQLSTATE (five characters) as the native code.
static QString describeServer(const QSqlError &e)
{
    const QString state = e.nativeErrorCode();
    const QString engine = e.text();
    if (state == QLatin1String("42501") || engine.contains(QLatin1String("row-level security"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "Your login may not change this record: it belongs to another region than yours; nothing was saved.");
    if (state == QLatin1String("23505"))
        return QCoreApplication::translate("cd::Database", "The same record exists already; nothing was saved.");
    if (state == QLatin1String("23503"))
        return QCoreApplication::translate("cd::Database", "The record refers to something that does not exist (or is still referred to by other records); nothing was saved.");
    if (state.startsWith(QLatin1String("23")))
        return QCoreApplication::translate("cd::Database", "A value is outside what the data file allows; nothing was saved.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return QCoreApplication::translate("cd::Database", "Another clerk changed the same records at the same moment; nothing was saved. Try again.");
    if (state == QLatin1String("57014")) // Database::interrupt(): a read nobody waits for any more
        return QCoreApplication::translate("cd::Database", "The reading was stopped before it ended; nothing was changed.");
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate("cd::Database", "The server's disk is full; nothing was saved. Tell the server's administrator.");
    if (state == QLatin1String("25006"))
        return QCoreApplication::translate("cd::Database", "The database is open for reading only; nothing was saved.");
    if (state == QLatin1String("28P01") || state == QLatin1String("28000") || engine.contains(QLatin1String("password authentication failed"))
        || engine.contains(QLatin1String("no password supplied")))
        return QCoreApplication::translate("cd::Database", "the server refused the login (wrong login name or password).");
    if (state == QLatin1String("3D000") || (state.isEmpty() && engine.contains(QLatin1String("does not exist"))))
        return QCoreApplication::translate("cd::Database", "the server has no such database.");
    if (state.startsWith(QLatin1String("08")) || engine.contains(QLatin1String("could not connect"))
        || engine.contains(QLatin1String("Connection refused")) || engine.contains(QLatin1String("server closed the connection"))
        || engine.contains(QLatin1String("could not translate host name")) || engine.contains(QLatin1String("timeout expired")))
        return QCoreApplication::translate("cd::Database", "the server cannot be reached (check the address, the network and that the server is running); nothing was saved.");
    if (engine.contains(QLatin1String("SSL"), Qt::CaseInsensitive))
        return QCoreApplication::translate("cd::Database", "the encrypted connection (TLS) to the server failed.");
    return QCoreApplication::translate("cd::Database", "The server refused the change (PostgreSQL error %1); nothing was saved.").arg(state.isEmpty() ? QStringLiteral("?") : state);
}

QString describe(const QSqlError &e)
{
    // SQLite's result codes (primary or extended) have at most four digits; a SQLSTATE has five characters.
    if (e.nativeErrorCode().size() == 5 || e.driverText().contains(QLatin1String("PSQL"), Qt::CaseInsensitive)
        || e.databaseText().contains(QLatin1String("FATAL:")) || e.databaseText().contains(QLatin1String("connection to server")))
        return describeServer(e);
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
    if (code == 9) // Database::interrupt(): a read nobody waits for any more
        return QCoreApplication::translate("cd::Database", "The reading was stopped before it ended; nothing was changed.");
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
    // A server that refuses a row outside the clerk's region refuses an action (exit 2), as the program's own check does.
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        throw TransientFailure(Failure::Kind::Storage, describe(e));
    const bool refused = state == QLatin1String("42501");
    throw Failure(refused ? Failure::Kind::Input : Failure::Kind::Storage, describe(e));
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

namespace {
// A column name as the catalog has it (a quoted identifier loses its quotes).
QString bareName(const QString &name)
{
    return name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))
        ? name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""))
        : name;
}

// The SQL type of each column of a server table (format_type: integer, text, bytea, …), read once per connection.
QHash<QString, QString> columnTypes(QSqlDatabase db, const QString &table, const QStringList &columns)
{
    static QHash<QString, QHash<QString, QString>> cache;
    static QMutex mutex;
    const QString key = db.connectionName() + QLatin1Char('\x1f') + table;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        bool known = true; // a migration since may have added a column: then read again
        for (const QString &c : columns)
            known = known && it->contains(bareName(c));
        if (known)
            return *it;
    }
    QHash<QString, QString> types;
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = ?::regclass "
                                     "AND attnum > 0 AND NOT attisdropped"),
                      {table});
    while (q.next())
        types.insert(q.value(0).toString(), q.value(1).toString());
    cache.insert(key, types);
    return types;
}

// One value as an element of a PostgreSQL array literal: NULL, or quoted with \ and " escaped.
void appendElement(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    QString text;
    switch (v.typeId()) {
    case QMetaType::QByteArray: text = QLatin1String("\\x") + QString::fromLatin1(v.toByteArray().toHex()); break;
    case QMetaType::Double: text = QString::number(v.toDouble(), 'g', 17); break;
    default: text = v.toString(); break;
    }
    out += QLatin1Char('"');
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
}
} // namespace

void insertRows(QSqlDatabase db, const QString &table, const QStringList &columns, const QVariantList &values)
{
    if (values.isEmpty() || columns.isEmpty())
        return;
    const qsizetype rows = values.size() / columns.size();
    if (isServer(db)) {
        // One statement of one array per column, unnested by the server: it parses an array far faster than a VALUES
        // list of the same rows (a 500-row VALUES statement took 21 ms, the arrays of 100,000 rows 0.24 s), and the
        // values are quoted by the driver's own escaping (QPSQL escapes through libpq). Each array is cast to the
        // column's type, read from the catalog.
        const QHash<QString, QString> types = columnTypes(db, table, columns);
        QStringList arrays;
        QSqlField field{QString(), QMetaType(QMetaType::QString)};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QString literal;
            literal.reserve(rows * 8 + 2);
            literal += QLatin1Char('{');
            for (qsizetype r = 0; r < rows; ++r) {
                if (r)
                    literal += QLatin1Char(',');
                appendElement(literal, values[r * columns.size() + c]);
            }
            literal += QLatin1Char('}');
            field.setValue(literal);
            const QString type = types.value(bareName(columns[c]), QStringLiteral("text"));
            arrays << QStringLiteral("%1::%2[]").arg(db.driver()->formatValue(field), type);
        }
        exec(db, QStringLiteral("INSERT INTO %1(%2) SELECT * FROM unnest(%3)")
                     .arg(table, columns.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", "))));
        return;
    }
    const QString tuple = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString statement = QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                                  .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, tuple).join(QStringLiteral(", ")));
    QSqlQuery q = prepare(db, statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    run(q);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace cd::sql
