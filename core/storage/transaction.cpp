#include "storage/transaction.h"

#include "storage/database.h"

#include "storage/sql.h"

namespace cd {

Transaction::Transaction(Database &db) : Transaction(db.connection()) {}

Transaction::Transaction(QSqlDatabase db) : m_connection(db.connectionName())
{
    // A deferred BEGIN can fail with SQLITE_BUSY on its first write; IMMEDIATE takes the write lock now. A server
    // locks row by row as it writes.
    sql::exec(db, sql::isServer(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        sql::execNoThrow(QSqlDatabase::database(m_connection, false), QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    sql::exec(QSqlDatabase::database(m_connection, false), QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace cd
