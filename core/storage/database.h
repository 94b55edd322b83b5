// One open data file: the SQLite connection, the writer lock beside the file, and forward-only migrations.
// The owner (app/ or a test) creates it and passes it to repositories and services; it is never a singleton.
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
    static std::unique_ptr<Database> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new data file with the current schema, filled by `populate` (the defaults), all under a temporary
    // name that is moved into place once complete. The path must not exist or be an empty file.
    static std::unique_ptr<Database> create(const QString &path, const std::function<void(Database &)> &populate = {});
    // A private in-memory database with the current schema, for tests.
    static std::unique_ptr<Database> createInMemory();

    // Another read-only connection to a file that is open already, for work in another thread: open, use and destroy
    // it in that thread. The file was checked when it was first opened, so nothing is read twice.
    static std::unique_ptr<Database> openReader(const QString &path);
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }

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
    // A consistent copy of the live file (VACUUM INTO), written beside `out` and moved into place, then checked.
    void backupTo(const QString &out) const;

    // Where the writer lock for `path` lives.
    static QString lockPathFor(const QString &path);

private:
    Database(QString path, Access access);
    void connect(bool create, bool forceVerify = false);
    void takeWriterLock();
    static bool isHollow(const QString &path, const FileProbe &probe);
    void migrate(bool fresh);
    void applyPragmas();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cd
