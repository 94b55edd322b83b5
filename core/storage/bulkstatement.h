// A prepared statement run straight through SQLite's C API on the connection Qt opened.
// For bulk writes only (imports, demo data): Qt's per-value binding costs more than SQLite's insert itself.
// On a server connection (QPSQL) the same statement runs as a prepared QSqlQuery.
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <QString>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;

class BulkStatement
{
public:
    BulkStatement(QSqlDatabase db, const char *sql);
    BulkStatement(Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &bind(int index, qint64 value);         // 1-based, as SQLite counts
    BulkStatement &bind(int index, const QString &text);  // an empty string is stored as ''
    BulkStatement &bindNullable(int index, const QString &text); // an empty string is stored as NULL
    // Text already in UTF-8, bound without a copy: it must stay as it is until step(). A file's statement only.
    BulkStatement &bindUtf8(int index, QByteArrayView text);
    BulkStatement &bindNullableUtf8(int index, QByteArrayView text); // empty is stored as NULL
    BulkStatement &bind(int index, const std::optional<int> &value);
    BulkStatement &bindNull(int index);
    // Runs the statement once and resets it for the next row; throws Failure(Storage) on error.
    void step();
    // For reading: steps to the next row (false at the end, then resets); read columns with integer()/text().
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // How many rows the last step() changed.
    qint64 changes() const;
    QString text(int column) const;
    // The column's UTF-8 bytes as SQLite holds them, valid until the next step (no QString made).
    QByteArrayView utf8(int column) const;
    // For a column whose few values repeat row after row (a kind, a level): one shared QString per distinct value, so
    // two million rows of one kind hold one copy of its text. Past 64 distinct values a text is made afresh.
    QString repeatedText(int column) const;

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // The server's statement, its values and its state.
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_values;
    bool m_reading = false;
    mutable QList<QByteArray> m_utf8; // per column: the bytes utf8() hands out, valid until the next row
    QList<QByteArray> m_bound;        // per parameter: the UTF-8 of the text bound to it, kept until the next bind
    struct Repeated
    {
        int column;
        QByteArray utf8;
        QString text;
    };
    mutable std::vector<Repeated> m_repeated; // repeatedText()'s texts so far
};

} // namespace cd
