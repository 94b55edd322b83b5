// A write transaction (BEGIN IMMEDIATE) that rolls back unless commit() is called (KMyMoney's habit).
#pragma once

#include <QList>
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

    // A step that reads, decides and then writes (a naming, a review, a recommendation) calls this first with what it
    // decides about, so that two clerks' steps on the same unit or region run one after the other, the second reading
    // what the first wrote. On a server: a transaction-long advisory lock per key, taken in ascending order so two
    // steps never wait on each other (no row privilege needed, so a city clerk can hold a county's unit). On a file
    // the writer lock BEGIN IMMEDIATE took already serialises every writer.
    enum class Key { Unit = 1, Region = 2, Round = 3 };
    void serialise(Key key, QList<int> ids);

private:
    QString m_connection; // the connection's name: Qt Sql stays inside storage
    bool m_open = false;
    bool m_server = false;
};

} // namespace cd
