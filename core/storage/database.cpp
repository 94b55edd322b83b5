#include "storage/database.h"

#include "storage/filecopy.h"
#include "storage/fileprobe.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <atomic>
#include <sqlite3.h>

namespace cd {

std::atomic<int> g_connectionCounter{0};

QStringList missingTables(const QStringList &tables)
{
    QStringList problems;
    for (const char *t : {"meta", "regions", "unit_types", "units", "rounds", "round_phases", "veto_events", "namings", "reviews"})
        if (!tables.contains(QLatin1String(t)))
            problems << QCoreApplication::translate("cd::Database", "table %1 is missing").arg(QLatin1String(t));
    return problems;
}

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto &f : files)
        f = dir.filePath(f);
    return files;
}

// Splits a migration into statements at semicolons that end a line; a trigger's body runs to its END;.
QStringList migrationStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("--")) || t.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (t.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (inTrigger && t.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0)
            continue;
        if (t.endsWith(QLatin1Char(';'))) {
            inTrigger = false;
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

namespace {
[[noreturn]] void refuse(const QString &path, const QString &why)
{
    throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "Cannot open the data file %1: %2 The file was not changed.")
                                              .arg(QDir::toNativeSeparators(path), why));
}
} // namespace

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString Database::lockPathFor(const QString &path)
{
    return path + QStringLiteral(".lock");
}

Database::Database(QString path, Access access)
    : m_path(std::move(path)), m_access(access),
      m_connectionName(QStringLiteral("cd-%1").arg(g_connectionCounter.fetch_add(1)))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::interrupt()
{
    if (m_sqlite)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite)); // safe from another thread while the connection is open
    else if (m_cancel)
        cancelServerStatement();
}

std::unique_ptr<Database> Database::openReader(const QString &path)
{
    if (isServerAddress(path)) {
        auto d = openServer(path, Access::ReadOnly);
        d->prepareServerCancel(); // here: the connection is this thread's
        return d;
    }
    std::unique_ptr<Database> d(new Database(path, Access::ReadOnly));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!db.open())
        refuse(path, sql::describe(db.lastError()));
    d->applyPragmas();
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -8192")); // a reader scans once; its cache need not be large
    if (const QVariant handle = db.driver()->handle(); handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        d->m_sqlite = *static_cast<sqlite3 *const *>(handle.data()); // taken here: the connection is this thread's
    return d;
}

namespace {
// A large write (an import, demo data) goes through a rollback journal (storage/bulkload.h). A program killed in the
// middle of one leaves the journal "hot": the file itself may then hold half-written pages and a header counting
// pages it does not have, until SQLite puts the old pages back from the journal. That happens on the first read by a
// connection that may write, so one is opened for it before the file is judged (a read-only one could not, and the
// bare header would be taken for damage). SQLite rolls back only a journal no live program holds.
void recoverHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return;
    const QString name = QStringLiteral("cd-recover-%1").arg(g_connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

std::unique_ptr<Database> Database::open(const QString &path, Access access)
{
    if (isServerAddress(path))
        return openServer(path, access);
    if (QFileInfo(path).isDir())
        refuse(path, QCoreApplication::translate("cd::Database", "it is a folder, not a data file. Choose the .db file in it."));
    recoverHotJournal(path);
    const FileProbe probe = probeDataFile(path, latestSchemaVersion());
    switch (probe.state) {
    case FileProbe::State::Missing:
        refuse(path, QCoreApplication::translate("cd::Database", "the file does not exist. Create it with \"init\" or choose another file."));
    case FileProbe::State::Empty:
        refuse(path, QCoreApplication::translate("cd::Database", "the file is empty. Create a data file in it with \"init\"."));
    case FileProbe::State::NotSqlite:
        refuse(path, QCoreApplication::translate("cd::Database", "it is not a CampaignDesk data file (not an SQLite database)."));
    case FileProbe::State::Foreign:
        refuse(path, QCoreApplication::translate("cd::Database", "it is an SQLite database of another program, not a CampaignDesk data file."));
    case FileProbe::State::Truncated:
        refuse(path, QCoreApplication::translate("cd::Database", "the file is truncated or damaged (it is shorter than its header says). Restore it from a backup."));
    case FileProbe::State::TooNew:
        refuse(path, QCoreApplication::translate("cd::Database", "it was written by a newer version of CampaignDesk (schema %1; this program knows up to %2). "
                        "Install the newer version.")
                         .arg(probe.schemaVersion)
                         .arg(latestSchemaVersion()));
    case FileProbe::State::Ours:
        break;
    }
    std::unique_ptr<Database> d(new Database(path, access));
    if (access == Access::ReadWrite)
        d->takeWriterLock();
    // SQLite makes -wal/-shm files on opening; a refused file must not gain any.
    const QStringList sidecars = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QList<bool> existed;
    for (const auto &s : sidecars)
        existed << QFile::exists(s);
    try {
        d->connect(false, probe.pagesInWal);
    } catch (...) {
        d.reset();
        for (int i = 0; i < sidecars.size(); ++i)
            if (!existed[i])
                QFile::remove(sidecars[i]);
        throw;
    }
    // The version SQLite reads (through the WAL), not the header's, which may be stale during a checkpoint.
    if (d->schemaVersion() < latestSchemaVersion()) {
        if (access == Access::ReadOnly)
            refuse(path, QCoreApplication::translate("cd::Database", "it needs an upgrade to the current schema; open it once for writing."));
        d->migrate(false);
    }
    return d;
}

std::unique_ptr<Database> Database::create(const QString &path, const std::function<void(Database &)> &populate)
{
    const FileProbe probe = probeDataFile(path, latestSchemaVersion());
    if (probe.state != FileProbe::State::Missing && probe.state != FileProbe::State::Empty && !isHollow(path, probe))
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "The file %1 already exists; a new data file is only created where no file is.")
                                                  .arg(QDir::toNativeSeparators(path)));
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(fi.absolutePath())));
    // The new file is made whole under a temporary name and moved into place at the end, so that a killed `init`
    // leaves either nothing or a complete file under the real name (and its leftovers are removed next time).
    std::unique_ptr<Database> d(new Database(path, Access::ReadWrite));
    d->takeWriterLock();
    removeStaleSiblingTemps(path, QStringLiteral("init"));
    const QString tmp = siblingTempPath(path, QStringLiteral("init"));
    const auto removeTemp = [&tmp] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(tmp + suffix);
    };
    d->m_path = tmp;
    try {
        d->connect(true);
        d->migrate(true);
        if (populate)
            populate(*d);
        // Everything into the main file, and the connection closed, before the rename.
        sql::exec(d->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        d->connection().close();
        QSqlDatabase::removeDatabase(d->m_connectionName);
        // A -wal left beside the old name would be replayed onto the new file: it goes first (the lock is ours).
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QString why;
        if (!replaceFile(tmp, path, &why))
            failStorage(QCoreApplication::translate("cd::Database", "Cannot move the new data file into place at %1: %2")
                            .arg(QDir::toNativeSeparators(path), why));
        removeTemp();
        d->m_path = path;
        d->connect(false);
    } catch (...) {
        d->m_path = path;
        {
            QSqlDatabase db = d->connection();
            if (db.isOpen())
                db.close();
        }
        removeTemp();
        throw;
    }
    return d;
}

bool Database::isHollow(const QString &path, const FileProbe &probe)
{
    // What an interrupted `init` of an older version left: an SQLite file with no tables at all, or our schema
    // with no region and no unit in it. Nothing in it can be lost, so a new `init` may take its place.
    if (probe.state != FileProbe::State::Ours && probe.state != FileProbe::State::Foreign)
        return false;
    const QString name = QStringLiteral("cd-hollow-%1").arg(g_connectionCounter.fetch_add(1));
    bool hollow = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            int appId = -1;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            const QStringList tables = db.tables();
            if (tables.isEmpty()) {
                hollow = appId == 0 || appId == kApplicationId;
            } else if (appId == kApplicationId && tables.contains(QStringLiteral("regions")) && tables.contains(QStringLiteral("units"))) {
                QSqlQuery c(db);
                hollow = c.exec(QStringLiteral("SELECT (SELECT count(*) FROM regions) + (SELECT count(*) FROM units)")) && c.next()
                    && c.value(0).toLongLong() == 0;
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hollow;
}

void Database::takeWriterLock()
{
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0); // a live owner keeps it; a crashed one is detected by its pid
    qint64 pid = 0;
    QString host, app;
    bool readable = false;
    // A power cut (or a kill) can leave a lock file that is empty or unreadable: it names no process, so nobody holds
    // it. It is removed only when no live process holds it (Qt checks the native lock), and not in the instant in
    // which another program may just be writing it: a young one is watched for up to three seconds — it either gets
    // its owner's name (then that owner holds the file) or turns two seconds old and is taken over.
    QElapsedTimer watched;
    watched.start();
    for (;;) {
        if (m_lock->tryLock(0))
            return;
        readable = m_lock->getLockInfo(&pid, &host, &app) && pid > 0;
        if (readable || m_lock->error() != QLockFile::LockFailedError)
            break;
        const QFileInfo lockInfo(lockPathFor(m_path));
        if (lockInfo.exists() && qAbs(lockInfo.lastModified().msecsTo(QDateTime::currentDateTime())) >= 2000) {
            if (m_lock->removeStaleLockFile() && m_lock->tryLock(0))
                return;
            break;
        }
        if (watched.elapsed() > 3000)
            break;
        QThread::msleep(50);
    }
    refuse(m_path, m_lock->error() == QLockFile::LockFailedError
                       ? (readable ? QCoreApplication::translate("cd::Database", "it is open in another CampaignDesk window or command (process %1 on %2). Close that first.")
                                         .arg(pid)
                                         .arg(host)
                                   : QCoreApplication::translate("cd::Database", "another CampaignDesk program is just opening it. Try again in a moment."))
                       : QCoreApplication::translate("cd::Database", "its lock file cannot be created beside it (is the folder read-only?)."));
}

std::unique_ptr<Database> Database::createInMemory()
{
    std::unique_ptr<Database> d(new Database(QStringLiteral(":memory:"), Access::ReadWrite));
    d->connect(true);
    d->migrate(true);
    return d;
}

void Database::connect(bool create, bool forceVerify)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        refuse(m_path, sql::describe(db.lastError()));
    if (!create) {
        // Read the whole file's structure once, so that a damaged page is refused before anything writes. It costs
        // about a second per 250 MB (a 10,000-unit file doubled the program's start), so beyond 8 MB it runs only when
        // the last session did not close cleanly (its WAL is still there); SQLite still refuses any damaged page it
        // meets, inside a transaction that then rolls back, and `check` always reads everything.
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        const bool verify = forceVerify || QFileInfo(m_path).size() < 8ll * 1024 * 1024 || (wal.exists() && wal.size() > 0);
        QSqlQuery q(db);
        if (verify && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")))
            refuse(m_path, q.lastError().isValid() && (q.lastError().nativeErrorCode().toInt() & 0xff) != 11
                               ? sql::describe(q.lastError())
                               : QCoreApplication::translate("cd::Database", "the file is damaged. Restore it from a backup."));
        QSqlQuery meta(db);
        if (!meta.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !meta.next()
            || meta.value(0).toString() != QLatin1String("CampaignDesk"))
            refuse(m_path, QCoreApplication::translate("cd::Database", "it lacks the CampaignDesk tables; it is not a CampaignDesk data file."));
        QSqlQuery uv(db);
        if (uv.exec(QStringLiteral("PRAGMA user_version")) && uv.next() && uv.value(0).toInt() > latestSchemaVersion())
            refuse(m_path, QCoreApplication::translate("cd::Database", "it was written by a newer version of CampaignDesk."));
    }
    applyPragmas();
}

void Database::applyPragmas()
{
    QSqlDatabase db = connection();
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_access == Access::ReadWrite && m_path != QLatin1String(":memory:"))
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL")); // NORMAL can lose the last commits on power loss
    // 64 MiB of page cache: large imports touch the unit indexes all over, and a spill costs a write each.
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

int Database::schemaVersion() const
{
    if (m_server)
        return sql::scalar(connection(), QStringLiteral("SELECT coalesce(max(value), '0') FROM meta WHERE key = 'schema_version'")).toInt();
    return sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::migrate(bool fresh)
{
    if (m_server)
        return migrateServer();
    QSqlDatabase db = connection();
    const int from = schemaVersion();
    const QStringList files = migrationFiles();
    if (!fresh && from < files.size() && from > 0) {
        // A copy of the file as it was, before any migration touches it.
        const QString backup = QStringLiteral("%1.v%2-%3.bak")
                                   .arg(m_path)
                                   .arg(from)
                                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        backupTo(backup);
    }
    for (int v = from + 1; v <= files.size(); ++v) {
        QFile f(files[v - 1]);
        if (!f.open(QIODevice::ReadOnly))
            throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "Migration %1 is missing from the program.").arg(v));
        Transaction t(db);
        if (v == 1) {
            sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        for (const QString &st : migrationStatements(QString::fromUtf8(f.readAll())))
            sql::exec(db, st);
        if (v == 1)
            sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('application', 'CampaignDesk')"));
        sql::run(db, QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                 {QString::number(v)});
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v));
        t.commit();
    }
    // Move the new header (application id, schema version) from the WAL into the file itself, so that
    // another process probing the file's first page sees it at once.
    if (from < files.size() && m_path != QLatin1String(":memory:"))
        sql::execNoThrow(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList Database::check() const
{
    if (m_server)
        return checkServer();
    QStringList problems;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << sql::describe(q.lastError());
    } else {
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << QCoreApplication::translate("cd::Database", "integrity: %1").arg(q.value(0).toString());
    }
    QSqlQuery fk(db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (fk.next())
            problems << QCoreApplication::translate("cd::Database", "a row of table %1 refers to a missing row of table %2 (rowid %3)")
                            .arg(fk.value(0).toString(), fk.value(2).toString(), fk.value(1).toString());
    const QStringList tables = db.tables();
    problems << missingTables(tables);
    if (tables.contains(QStringLiteral("regions")) && sql::scalar(db, QStringLiteral("SELECT count(*) FROM regions")).toInt() == 0)
        problems << QCoreApplication::translate("cd::Database", "the file holds no regions: it was never initialised completely (run init on a new file)");
    if (schemaVersion() != latestSchemaVersion())
        problems << QCoreApplication::translate("cd::Database", "schema version %1, expected %2").arg(schemaVersion()).arg(latestSchemaVersion());
    return problems;
}

void Database::backupTo(const QString &out, const std::function<bool(qint64, qint64)> &progress) const
{
    if (m_server)
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Database", "A server database is backed up on the server (pg_dump); backup copies a data file."));
    const QString absOut = QFileInfo(out).absoluteFilePath();
    if (absOut == QFileInfo(m_path).absoluteFilePath())
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Database", "The backup cannot overwrite the data file itself."));
    if (!QDir().mkpath(QFileInfo(absOut).absolutePath()))
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "Cannot create the folder for %1.").arg(QDir::toNativeSeparators(absOut)));
    removeStaleSiblingTemps(absOut, QStringLiteral("part")); // what a killed backup left
    const QString tmp = siblingTempPath(absOut, QStringLiteral("part"));
    const auto discard = [&tmp] { // the copy and the journal its writing may have left
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
    };
    const auto cancelled = [&] {
        discard();
        failInput(QCoreApplication::translate("cd::Database", "The backup was cancelled; nothing was written."));
    };
    QString error;
    const filecopy::Outcome copied = filecopy::copy(connection(), tmp, progress, &error);
    if (copied == filecopy::Outcome::Cancelled)
        cancelled();
    if (copied == filecopy::Outcome::Failed) {
        discard();
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "The backup to %1 failed: %2 Nothing was written.")
                                                  .arg(QDir::toNativeSeparators(absOut), error));
    }
    QStringList problems;
    const filecopy::Outcome checked = filecopy::check(tmp, progress, &problems, &error);
    if (checked == filecopy::Outcome::Cancelled)
        cancelled();
    if (checked == filecopy::Outcome::Failed)
        problems << error;
    if (!problems.isEmpty()) {
        QFile::remove(tmp);
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "The backup copy failed its integrity check; nothing was written."));
    }
    QString why;
    if (!replaceFile(tmp, absOut, &why)) {
        QFile::remove(tmp);
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Database", "Cannot move the backup into place at %1: %2")
                                                  .arg(QDir::toNativeSeparators(absOut), why));
    }
}

} // namespace cd
