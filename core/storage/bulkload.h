// Filling a data file with many rows at once (demo data): foreign keys are not looked up row by row, and the
// secondary indexes of the tables filled are dropped first and built once at the end, one sorted pass each.
// Make it before the write transaction, call dropIndexes() and rebuildIndexes() inside it; the destructor turns
// foreign key checks back on. A rollback brings the dropped indexes back with everything else.
#pragma once

class QSqlDatabase;

#include <QStringList>
#include <optional>
#include <utility>

namespace cd {

class Database;

// The secondary indexes of some tables dropped, inside the caller's write transaction, and built again by rebuild(),
// one sorted pass each instead of one lookup per row written. UNIQUE indexes checked when built: a duplicate makes
// rebuild() fail, and the transaction's rollback brings back the indexes with everything else. Nothing on a server.
class IndexRebuild
{
public:
    // `keep`: indexes that stay, because the rows written give them no entry (a partial index the new rows fall outside
    // of): keeping one costs nothing, building it again costs a pass over the whole table.
    IndexRebuild(QSqlDatabase db, const QStringList &tables, const QStringList &keep = {});
    void rebuild();
    // The size of the runs SQLite's sorter sorts at a time (the page cache, in KiB) while an index of a table of about
    // `rows` rows is built.
    static int sortRunKiB(qint64 rows);

private:
    QString m_connection;
    QList<std::pair<QString, QString>> m_create; // the table and the CREATE INDEX statement of each index dropped
};

class BulkLoad
{
public:
    // Whose checks the rows written have passed. RowChecks::ByCaller: the caller has checked every row against the
    // tables' CHECK constraints already (the roster import: a name not blank, staff 0 or more), so SQLite does not
    // evaluate them again row by row (PRAGMA ignore_check_constraints): 100,000 units took 67 ms instead of 90 to insert.
    // NOT NULL, the foreign keys the caller resolved and the UNIQUE indexes, built again at the end, still hold.
    enum class RowChecks { ByDatabase, ByCaller };
    BulkLoad(QSqlDatabase db, QStringList tables, RowChecks checks = RowChecks::ByDatabase);
    BulkLoad(Database &db, QStringList tables, RowChecks checks = RowChecks::ByDatabase);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    void dropIndexes();
    void rebuildIndexes();

private:
    QString m_connection; // the connection's name
    QStringList m_tables;
    std::optional<IndexRebuild> m_indexes;
    bool m_wal = false;   // the file was in WAL mode and goes back to it
    bool m_server = false; // a server database: nothing is switched off
    bool m_checksOff = false; // CHECK constraints not evaluated until the end
    std::optional<int> m_cache; // the connection's cache size, set again at the end
};

} // namespace cd
