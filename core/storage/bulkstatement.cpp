#include "storage/bulkstatement.h"

#include "storage/database.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace cd {

BulkStatement::BulkStatement(Database &db, const char *sql) : BulkStatement(db.connection(), sql) {}

BulkStatement::BulkStatement(QSqlDatabase db, const char *sql)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_db)
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "The data file is not open."));
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail();
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

BulkStatement &BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bindNullable(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

BulkStatement &BulkStatement::bind(int index, const std::optional<int> &value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

BulkStatement &BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

void BulkStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        fail();
    }
    sqlite3_reset(m_stmt);
}

bool BulkStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

qint64 BulkStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString BulkStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView BulkStatement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

void BulkStatement::fail() const
{
    const int code = sqlite3_errcode(m_db);
    const QString msg = code == SQLITE_FULL
        ? QCoreApplication::translate("cd::Database", "The disk is full; nothing was saved. Free some space and try again.")
        : QCoreApplication::translate("cd::Database", "The data file refused an operation: %1")
              .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    throw Failure(Failure::Kind::Storage, msg);
}

} // namespace cd
