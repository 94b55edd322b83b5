#include "storage/bulkload.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "util/fileutil.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <algorithm>
#include <thread>

namespace cd {

BulkLoad::BulkLoad(Database &db, QStringList tables, RowChecks checks) : BulkLoad(db.connection(), std::move(tables), checks) {}

BulkLoad::BulkLoad(QSqlDatabase db, QStringList tables, RowChecks checks) : m_connection(db.connectionName()), m_tables(std::move(tables))
{
    const QSqlDatabase conn = db;
    // A server keeps its indexes and checks while other clerks work on it: nothing to switch off there.
    m_server = sql::isServer(conn);
    if (m_server)
        return;
    sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = OFF")); // only outside a transaction does this take effect
    m_checksOff = checks == RowChecks::ByCaller;
    if (m_checksOff)
        sql::exec(conn, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    // A rollback journal keeps only the pages that held data before; new pages at the end of the file cost one write
    // instead of the two of WAL (into the log, then into the file). Still all-or-nothing. If another connection has
    // the file open the mode stays WAL, which is as safe, only slower.
    QSqlQuery q(conn);
    m_wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString() == QLatin1String("wal");
    if (m_wal)
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    // Pages written go on to the file as the cache fills, as the sqlite3 shell's .import does: a cache of the
    // connection's 64 MiB only grew the program by the whole table, page by page, for no fewer writes (a 100,000-unit
    // import took 0.52 s with it and 0.46 s with 2 MiB).
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cache = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
}

BulkLoad::~BulkLoad()
{
    if (m_server)
        return;
    const QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(conn);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_checksOff)
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_cache)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cache));
    if (m_wal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

IndexRebuild::IndexRebuild(QSqlDatabase db, const QStringList &tables, const QStringList &keep) : m_connection(db.connectionName())
{
    if (sql::isServer(db))
        return;
    QStringList names;
    for (const QString &table : tables) {
        // Indexes written as CREATE INDEX only: those of UNIQUE and PRIMARY KEY constraints (no sql) stay.
        auto q = sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"),
                          {table});
        while (q.next()) {
            if (keep.contains(q.value(0).toString()))
                continue;
            names << q.value(0).toString();
            m_create.push_back({table, q.value(1).toString()});
        }
    }
    for (const QString &name : names)
        sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

int IndexRebuild::sortRunKiB(qint64 rows)
{
    // SQLite's sorter sorts runs as large as the page cache in memory, on helper threads while it reads on (PRAGMA
    // threads), then merges them, up to 16 at a time. The fastest run is the one that gives about a dozen runs, up to
    // 2 MiB: smaller runs keep both cores busy while the table is read, larger ones leave the processor's caches. The
    // two unique unit indexes and the commit, in the sqlite3 shell with two helper threads (seconds):
    //   runs of      64 KiB  500 KiB  1000 KiB  2000 KiB  4000 KiB
    //   10,000 units  0.023    0.025                0.030
    //   100,000                0.18     0.185     0.21
    //   300,000                0.56     0.56      0.61
    //   1,000,000              1.72     1.73      1.57      1.80
    // One run of 2 MiB holds about 50,000 units' keys of 40 bytes: a run of rows / 200 KiB gives about a dozen.
    return int(std::clamp<qint64>(rows / 200, 64, 2000));
}

void IndexRebuild::rebuild()
{
    const QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
    // Runs of 2 MiB at most fit the processor's caches; runs of the connection's 64 MiB do not, and sort about twice
    // as slowly: the three unit indexes of a million units took 4.1 s with 64 MiB and 2.3 s with 2 MiB (the sqlite3
    // shell, WAL, FULL). The helper threads took the two unique unit indexes of a million units from 1.3 + 0.68 s to
    // 0.88 + 0.53 s.
    const QString cache = sql::scalar(conn, QStringLiteral("PRAGMA cache_size")).toString();
    const QString helpers = sql::scalar(conn, QStringLiteral("PRAGMA threads")).toString();
    sql::exec(conn, QStringLiteral("PRAGMA threads = %1").arg(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)));
    const auto restore = qScopeGuard([&conn, &cache, &helpers] {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cache.toInt()));
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(helpers.toInt()));
    });
    for (const auto &[table, create] : std::as_const(m_create)) {
        // What is written so far (the rows, the indexes built before) goes on to the disk while this index is built,
        // instead of all at the commit's fsync: a 100,000-unit import's commit took 27 ms instead of 35.
        startWriteBack(conn.databaseName());
        // The table's largest rowid stands for its rows: one step down its b-tree, where count(*) reads it whole.
        const qint64 rows = sql::scalar(conn, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(table)).toLongLong();
        sql::exec(conn, QStringLiteral("PRAGMA cache_size = -%1").arg(sortRunKiB(rows)));
        sql::exec(conn, create);
    }
    m_create.clear();
}

void BulkLoad::dropIndexes()
{
    if (!m_server)
        m_indexes.emplace(QSqlDatabase::database(m_connection, false), m_tables);
}

void BulkLoad::rebuildIndexes()
{
    if (m_indexes)
        m_indexes->rebuild();
    m_indexes.reset();
}

} // namespace cd
