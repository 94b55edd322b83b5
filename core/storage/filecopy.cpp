#include "storage/filecopy.h"

#include "storage/sql.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace cd::filecopy {

namespace {

// Pages copied per step: 1 MB at SQLite's default page size, so that Cancel answers within a few milliseconds.
constexpr int kPagesPerStep = 256;
// How often a busy source (another writer committing) is tried again before the copy gives up: about 5 s, as the
// connection's own busy timeout.
constexpr int kBusyRetries = 100;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

// In the clerk's words (sql::describe), never SQLite's English.
QString messageOf(sqlite3 *db, int rc)
{
    const int code = db && sqlite3_extended_errcode(db) != SQLITE_OK ? sqlite3_extended_errcode(db) : rc;
    const QString engine = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    return sql::describe(QSqlError(QString(), engine, QSqlError::StatementError, QString::number(code)));
}

// Closes the connection when it leaves scope.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    int open(const QString &path, int flags) { return sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr); }
};

// Asks the caller at most every 50 ms while SQLite works on a step it cannot measure; a cancel interrupts it.
struct Unmeasured
{
    const Progress *progress;
    QElapsedTimer since;
    bool cancelled = false;
    static int handler(void *self)
    {
        auto *u = static_cast<Unmeasured *>(self);
        if (u->since.elapsed() < 50)
            return 0;
        u->since.restart();
        if (!(*u->progress)(0, 0))
            u->cancelled = true;
        return u->cancelled ? 1 : 0;
    }
};

} // namespace

Outcome copy(const QSqlDatabase &source, const QString &target, const Progress &progress, QString *error)
{
    sqlite3 *from = handleOf(source);
    if (!from) {
        *error = messageOf(nullptr, SQLITE_MISUSE);
        return Outcome::Failed;
    }
    // The copy is of one moment: a read transaction held on the source for the whole copy. Without it SQLite's backup
    // starts again from the first page whenever another connection wrote between two steps (a clerk saving while her
    // day's automatic backup or `backup` runs), and a large file's copy might never end. A source already inside a
    // transaction keeps its own.
    struct Snapshot
    {
        sqlite3 *db = nullptr;
        ~Snapshot()
        {
            if (db)
                sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        }
    } snapshot;
    if (sqlite3_get_autocommit(from)) {
        const int began = sqlite3_exec(from, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        if (!sqlite3_get_autocommit(from))
            snapshot.db = from;
        if (began != SQLITE_OK) {
            *error = messageOf(from, began);
            return Outcome::Failed;
        }
    }
    {
        Connection to;
        int rc = to.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (rc != SQLITE_OK) {
            *error = messageOf(to.db, rc);
            return Outcome::Failed;
        }
        sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from, "main");
        if (!backup) {
            *error = messageOf(to.db, sqlite3_errcode(to.db));
            return Outcome::Failed;
        }
        int busy = 0;
        bool cancelled = false;
        do {
            rc = sqlite3_backup_step(backup, kPagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                if (++busy > kBusyRetries)
                    break;
                sqlite3_sleep(50);
            } else {
                busy = 0;
            }
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                && !progress(total - sqlite3_backup_remaining(backup), total))
                cancelled = rc != SQLITE_DONE;
        } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
        const int finished = sqlite3_backup_finish(backup);
        if (cancelled)
            return Outcome::Cancelled;
        if (rc != SQLITE_DONE) {
            *error = messageOf(to.db, rc == SQLITE_OK ? finished : rc);
            return Outcome::Failed;
        }
    }
    // The pages came with the live file's header, which says WAL. Opened again, the copy reads that header; switching
    // it to a rollback journal writes its header anew, so that the backup is one self-contained file as VACUUM INTO's.
    Connection to;
    int rc = to.open(target, SQLITE_OPEN_READWRITE);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = messageOf(to.db, rc);
        return Outcome::Failed;
    }
    return Outcome::Done;
}

Outcome check(const QString &path, const Progress &progress, QStringList *problems, QString *error)
{
    Connection file;
    int rc = file.open(path, SQLITE_OPEN_READONLY);
    if (rc != SQLITE_OK) {
        *error = messageOf(file.db, rc);
        return Outcome::Failed;
    }
    // The caller hears at once that the check begins (a small file's check is over before the handler is called).
    if (progress && !progress(0, 0))
        return Outcome::Cancelled;
    Unmeasured unmeasured{&progress, {}};
    unmeasured.since.start();
    if (progress)
        sqlite3_progress_handler(file.db, 10000, &Unmeasured::handler, &unmeasured);
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(file.db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *line = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        if (qstrcmp(line, "ok") != 0)
            problems->append(QString::fromUtf8(line));
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (unmeasured.cancelled)
        return Outcome::Cancelled;
    if (rc != SQLITE_DONE) {
        *error = messageOf(file.db, rc);
        return Outcome::Failed;
    }
    return Outcome::Done;
}

} // namespace cd::filecopy
