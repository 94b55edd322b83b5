// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() is called (KMyMoney's habit).
#pragma once

#include <QSqlDatabase>

namespace cd {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace cd
