#include "storage/bulkstatement.h"

#include <QStringEncoder>
#include <algorithm>

#include "storage/database.h"
#include "storage/sql.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace cd {

BulkStatement::BulkStatement(Database &db, const char *sql) : BulkStatement(db.connection(), sql) {}

BulkStatement::BulkStatement(QSqlDatabase db, const char *sql)
{
    if (sql::isServer(db)) {
        m_query = std::make_unique<QSqlQuery>(sql::prepare(db, QString::fromUtf8(sql)));
        m_values.resize(QByteArrayView(sql).count('?'));
        return;
    }
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
    if (m_query) {
        m_values[index - 1] = value;
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int index, const QString &text)
{
    if (m_query) {
        m_values[index - 1] = sql::text(text);
        return *this;
    }
    // Encoded into a buffer this statement keeps per parameter and bound without a copy: a bulk write of 100,000 rows
    // of ten columns would otherwise allocate twice per value (the UTF-8, then SQLite's own copy of it).
    if (m_bound.size() < index)
        m_bound.resize(std::max<qsizetype>(index, sqlite3_bind_parameter_count(m_stmt)));
    QByteArray &buffer = m_bound[index - 1];
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(buffer.data(), text);
    const qsizetype length = end - buffer.constData();
    sqlite3_bind_text(m_stmt, index, length ? buffer.constData() : "", int(length), SQLITE_STATIC);
    return *this;
}

BulkStatement &BulkStatement::bindNullable(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

BulkStatement &BulkStatement::bindUtf8(int index, QByteArrayView text)
{
    Q_ASSERT(!m_query);
    sqlite3_bind_text(m_stmt, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
    return *this;
}

BulkStatement &BulkStatement::bindNullableUtf8(int index, QByteArrayView text)
{
    return text.isEmpty() ? bindNull(index) : bindUtf8(index, text);
}

BulkStatement &BulkStatement::bind(int index, const std::optional<int> &value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

BulkStatement &BulkStatement::bindNull(int index)
{
    if (m_query) {
        m_values[index - 1] = QVariant(QMetaType(QMetaType::QString));
        return *this;
    }
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

void BulkStatement::step()
{
    if (m_query) {
        for (int i = 0; i < m_values.size(); ++i)
            m_query->bindValue(i, m_values[i]);
        sql::run(*m_query);
        return;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        fail();
    }
    sqlite3_reset(m_stmt);
}

bool BulkStatement::next()
{
    if (m_query) {
        if (!m_reading) {
            step();
            m_reading = true;
        }
        if (m_query->next())
            return true;
        m_reading = false;
        return false;
    }
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
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

qint64 BulkStatement::changes() const
{
    return m_query ? m_query->numRowsAffected() : sqlite3_changes64(m_db);
}

bool BulkStatement::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString BulkStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView BulkStatement::utf8(int column) const
{
    if (m_query) {
        if (m_utf8.size() <= column)
            m_utf8.resize(column + 1);
        m_utf8[column] = m_query->value(column).toString().toUtf8();
        return m_utf8[column];
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString BulkStatement::repeatedText(int column) const
{
    const QByteArrayView bytes = utf8(column);
    for (const auto &r : m_repeated)
        if (r.column == column && r.utf8 == bytes)
            return r.text;
    QString text = QString::fromUtf8(bytes);
    if (m_repeated.size() < 64)
        m_repeated.push_back({column, bytes.toByteArray(), text});
    return text;
}

void BulkStatement::fail() const
{
    // In the clerk's words, as every other statement's error (never SQLite's English).
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_db)));
    throw Failure(Failure::Kind::Storage, sql::describe(error));
}

} // namespace cd
