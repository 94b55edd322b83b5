#include "storage/transaction.h"

#include "storage/sql.h"

namespace cd {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // A deferred BEGIN can fail with SQLITE_BUSY on its first write; IMMEDIATE takes the write lock now.
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        sql::execNoThrow(m_db, QStringLiteral("ROLLBACK"));
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace cd
