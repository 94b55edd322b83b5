#include "storage/transaction.h"

#include "storage/database.h"

#include "storage/sql.h"

#include <algorithm>

namespace cd {

Transaction::Transaction(Database &db) : Transaction(db.connection()) {}

Transaction::Transaction(QSqlDatabase db) : m_connection(db.connectionName())
{
    // A deferred BEGIN can fail with SQLITE_BUSY on its first write; IMMEDIATE takes the write lock now. A server
    // locks row by row as it writes.
    m_server = sql::isServer(db);
    sql::exec(db, m_server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

void Transaction::serialise(Key key, QList<int> ids)
{
    if (!m_server)
        return;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int id : ids)
        sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(int(key)).arg(id));
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
