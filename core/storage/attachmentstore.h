// Evidence files, copied into a folder beside the data file and stored by their SHA-256, so that a file
// given twice is kept once and a stored file can always be checked against its name (DOMAIN.md §8).
// The data file holds only the hash, the clerk's file name and the size. On a server database (issue 11) the files
// are kept in the database itself (attachment_blobs, under the same row security as the records that name them) and
// the folder is this computer's cache of them, filled as they are opened.
#pragma once

#include "domain/records.h"

#include <QString>

class QFileInfo;

namespace cd {

class Database;

class AttachmentStore
{
public:
    explicit AttachmentStore(QString root, Database *server = nullptr) : m_root(std::move(root)), m_server(server) {}
    // The store of a data file (the folder beside it) or of a server database (its table, with a local cache).
    static AttachmentStore of(Database &db);
    // The folder that belongs to a data file: campaigndesk.db → campaigndesk.files beside it.
    static QString rootFor(const QString &dataFile);
    QString root() const { return m_root; }

    // Copies the file in (once per content: temporary name, check, rename) and describes it.
    // Throws Failure: Input when the file cannot be read, Storage when the store cannot be written.
    Attachment store(const QString &path) const;
    QString storedPath(const QString &sha256) const;
    // The same, fetched from the server into this computer's cache first when it is not there (a data file: as is).
    QString localPath(const QString &sha256) const;
    // Present and of the recorded size (a quick check; openableCopy checks the content).
    bool has(const Attachment &a) const;
    // A copy under the system's temporary folder with the clerk's file name, for the system viewer, so the
    // stored file is never changed by it. Throws Failure (Input) when the stored file is missing or damaged.
    QString openableCopy(const Attachment &a) const;
    // Copies every stored file that `target` lacks into it (a backup's folder, a restored file's folder), each
    // checked by its hash on the way. Returns how many were copied; throws Failure (Storage) when one cannot be.
    // `Link` makes a file of a folder on the same disk a second name of the stored one (a hard link: a stored file
    // never changes, and a day's automatic backup then takes no room for files kept already), and copies it where
    // the disk cannot link (another drive, FAT).
    enum class Copy { Bytes, Link };
    int copyInto(const AttachmentStore &target, Copy how = Copy::Bytes) const;

private:
    // A second name for a stored file in another store on the same disk; false where the disk cannot link.
    static bool linkInto(const QFileInfo &stored, const QString &target);
    bool fetch(const QString &sha256) const;
    void upload(const Attachment &a) const;  // a stored file into the server's table, unless it has it // a server's file into the cache; false when the server has none
    QString m_root;
    Database *m_server;
};

} // namespace cd
