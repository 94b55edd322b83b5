// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() is called (KMyMoney's habit).
#pragma once

#include <QString>

class QSqlDatabase;

namespace cd {

class Database;

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QString m_connection; // the connection's name: Qt Sql stays inside storage
    bool m_open = false;
};

} // namespace cd
