// One open store: a data file (SQLite, the writer lock beside the file) or a PostgreSQL server database (issue 11,
// `--db postgresql://…`), with forward-only migrations for both. The owner (app/ or a test) creates it and passes it
// to repositories and services; it is never a singleton. Where the two stores differ is said in this class and in
// storage/serverstore.cpp; every repository runs one SQL text on both.
#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace cd {

struct FileProbe;

class Database
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens one of our data files, migrating it forward (after a backup) when opened for writing.
    // Throws Failure(Storage) — and leaves the file byte-for-byte unchanged — when the file is missing,
    // not SQLite, not ours, truncated, corrupt, locked by another program, or from a newer version.
    // A `postgresql://` (or `postgres://`) address opens a server database instead (storage/serverstore.cpp).
    static std::unique_ptr<Database> open(const QString &path, Access access = Access::ReadWrite);
    static bool isServerAddress(const QString &target);
    // A server database as its administrator: no migration, no check that the schema is there (`server init`).
    static std::unique_ptr<Database> openServerAdmin(const QString &address);
    // Creates a new data file with the current schema, filled by `populate` (the defaults), all under a temporary
    // name that is moved into place once complete. The path must not exist or be an empty file.
    static std::unique_ptr<Database> create(const QString &path, const std::function<void(Database &)> &populate = {});
    // A private in-memory database with the current schema, for tests.
    static std::unique_ptr<Database> createInMemory();

    // Another read-only connection to a file that is open already, for work in another thread: open, use and destroy
    // it in that thread. The file was checked when it was first opened, so nothing is read twice.
    static std::unique_ptr<Database> openReader(const QString &path);
    // Stops the statement this connection runs, from any thread (a read whose result nobody wants any more): the
    // statement fails as interrupted. A reader's (openReader) only: on a file through SQLite's interrupt, on a server
    // through libpq's cancel request, which is sent from a thread of its own (it opens a connection to the server, so
    // the caller never waits on the network).
    void interrupt();
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    bool isServer() const { return m_server; }
    // The address or path as it may be shown: a server address without its password.
    QString shownName() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The Qt Sql connection, for code inside core/storage only (tests/layout/test_sql_in_storage.sh).
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Integrity and schema checks; an empty list means the file is sound.
    QStringList check() const;
    // A consistent copy of the live file, written beside `out` page by page, checked (integrity_check) and moved into
    // place. `progress` hears done of total pages while copying, then (0, 0) now and then while the copy is checked;
    // when it returns false the backup stops, leaves nothing behind and throws Failure(Input).
    void backupTo(const QString &out, const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;

    // Where the writer lock for `path` lives.
    static QString lockPathFor(const QString &path);

private:
    Database(QString path, Access access);
    void connect(bool create, bool forceVerify = false);
    void takeWriterLock();
    static bool isHollow(const QString &path, const FileProbe &probe);
    void migrate(bool fresh);
    void applyPragmas();
    void *m_sqlite = nullptr; // a reader's SQLite handle, for interrupt()
    std::shared_ptr<void> m_cancel; // a server reader's libpq cancel object (PGcancel), for interrupt()
    void prepareServerCancel();
    void cancelServerStatement();
    void connectServer();
    void migrateServer();
    QStringList checkServer() const;
    static std::unique_ptr<Database> openServer(const QString &address, Access access);
    friend class ServerAdmin;

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_server = false;
};

} // namespace cd
