#include "storage/attachmentstore.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <filesystem>

namespace cd {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cd::AttachmentStore", s);
}

QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

// SHA-256 of a file, read in blocks; empty when it cannot be read.
QString hashOf(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = readProblem(f);
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        *error = f.errorString();
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

AttachmentStore AttachmentStore::of(Database &db)
{
    if (!db.isServer())
        return AttachmentStore(rootFor(db.path()));
    // One cache per server database, under the user's cache folder, named after host, port and database.
    const QUrl url(db.path());
    QString name = QStringLiteral("%1_%2_%3").arg(url.host()).arg(url.port(5432)).arg(url.path().mid(1));
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return AttachmentStore(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("servers/") + name),
                           &db);
}

bool AttachmentStore::fetch(const QString &sha256) const
{
    QSqlQuery q = sql::run(*m_server, QStringLiteral("SELECT bytes FROM attachment_blobs WHERE sha256 = ?"), {sha256});
    if (!q.next())
        return false;
    const QByteArray bytes = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        return false; // never cached under a name it does not match
    const QString target = storedPath(sha256);
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString temp = siblingTempPath(target, QStringLiteral("fetch"));
    QFile f(temp);
    QString why;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        f.close();
        QFile::remove(temp);
        return false;
    }
    f.close();
    return replaceFile(temp, target, &why);
}

QString AttachmentStore::rootFor(const QString &dataFile)
{
    const QFileInfo fi(dataFile);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".files"));
}

QString AttachmentStore::storedPath(const QString &sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Attachment AttachmentStore::store(const QString &path) const
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        failInput(tr("%1 is not a file that can be attached.").arg(native(path)));
    QString why;
    const QString sha = hashOf(path, &why);
    if (sha.isEmpty())
        failInput(tr("Cannot read %1: %2").arg(native(path), why));
    Attachment a{0, sha, fi.fileName(), fi.size()};
    const QString target = storedPath(sha);
    if (QFileInfo(target).isFile() && QFileInfo(target).size() == a.size) {
        upload(a); // the same content is already kept here; the server gets it if it lacks it
        return a;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        failStorage(tr("Cannot create the attachment folder %1.").arg(native(QFileInfo(target).absolutePath())));
    const QString temp = siblingTempPath(target, QStringLiteral("attach"));
    if (!QFile::copy(path, temp)) {
        QFile::remove(temp);
        failStorage(tr("Cannot copy %1 into %2 (is the disk full?). Nothing was attached.").arg(native(path), native(m_root)));
    }
    // Check the copy before it takes the hash's name: a short write must never pass for the file.
    if (hashOf(temp, &why) != sha) {
        QFile::remove(temp);
        failStorage(tr("The copy of %1 in %2 does not match the original (is the disk full?). Nothing was attached.")
                        .arg(native(path), native(m_root)));
    }
    if (!replaceFile(temp, target, &why)) {
        QFile::remove(temp);
        failStorage(tr("Cannot store %1: %2").arg(native(path), why));
    }
    upload(a);
    return a;
}

void AttachmentStore::upload(const Attachment &a) const
{
    if (!m_server)
        return;
    QFile f(storedPath(a.sha256));
    if (!f.open(QIODevice::ReadOnly))
        failStorage(tr("Cannot read the stored copy of %1.").arg(a.fileName));
    sql::run(*m_server, QStringLiteral("SELECT cd_put_blob(?, ?)"), {a.sha256, f.readAll()});
}

QString AttachmentStore::localPath(const QString &sha256) const
{
    const QString path = storedPath(sha256);
    if (m_server && !QFileInfo(path).isFile())
        fetch(sha256);
    return path;
}

bool AttachmentStore::has(const Attachment &a) const
{
    const QFileInfo fi(storedPath(a.sha256));
    if (!(fi.isFile() && fi.size() == a.size) && m_server)
        fetch(a.sha256);
    const QFileInfo again(storedPath(a.sha256));
    return again.isFile() && again.size() == a.size;
}

// A second name for a stored file in another store on the same disk; false where the disk cannot link (the caller
// copies instead). The file is checked against its hash first, as a copy would be.
bool AttachmentStore::linkInto(const QFileInfo &stored, const QString &target)
{
    QString why;
    if (hashOf(stored.absoluteFilePath(), &why) != stored.fileName())
        failStorage(tr("The attached file %1 no longer matches its hash; it was not copied.").arg(native(stored.absoluteFilePath())));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        failStorage(tr("Cannot create the attachment folder %1.").arg(native(QFileInfo(target).absolutePath())));
    std::error_code failed;
    std::filesystem::create_hard_link(std::filesystem::path(stored.absoluteFilePath().toStdU16String()),
                                      std::filesystem::path(target.toStdU16String()), failed);
    return !failed;
}

int AttachmentStore::copyInto(const AttachmentStore &target, Copy how) const
{
    int copied = 0;
    const QDir root(m_root);
    if (!root.exists())
        return 0;
    // A stored file's name is its SHA-256 in lower-case hex (checked without a regular expression: see
    // removeStaleSiblingTemps, this runs on the automatic backup's thread).
    const auto isBlob = [](const QString &name) {
        return name.size() == 64 && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                   return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
               });
    };
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(sub));
        for (const QFileInfo &fi : dir.entryInfoList(QDir::Files)) {
            if (!isBlob(fi.fileName()))
                continue; // a temporary file left by an interrupted copy
            // A server's has() answers from this computer's cache, which may still hold the files of an earlier
            // database of the same name: a server target takes every file (cd_put_blob keeps one copy of each).
            if (!target.m_server && target.has(Attachment{0, fi.fileName(), fi.fileName(), fi.size()}))
                continue;
            if (how == Copy::Link && !target.m_server && linkInto(fi, target.storedPath(fi.fileName()))) {
                ++copied;
                continue;
            }
            const Attachment a = target.store(fi.absoluteFilePath());
            if (a.sha256 != fi.fileName())
                failStorage(tr("The attached file %1 no longer matches its hash; it was not copied.").arg(native(fi.absoluteFilePath())));
            ++copied;
        }
    }
    return copied;
}

QString AttachmentStore::openableCopy(const Attachment &a) const
{
    const QString stored = storedPath(a.sha256);
    if (m_server && !QFileInfo(stored).isFile())
        fetch(a.sha256);
    if (!QFileInfo(stored).isFile())
        failInput(tr("The attached file %1 is missing: it should be at %2. Restore the folder %3 from a backup, or attach the file again.")
                      .arg(a.fileName, native(stored), native(m_root)));
    QString why;
    if (hashOf(stored, &why) != a.sha256)
        failInput(tr("The attached file %1 at %2 has been changed or damaged since it was attached.").arg(a.fileName, native(stored)));
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("CampaignDesk/") + a.sha256.left(16));
    QDir().mkpath(dir);
    // The clerk's name, without anything that could leave the folder.
    QString name = QFileInfo(a.fileName).fileName();
    if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
        name = a.sha256;
    const QString copy = QDir(dir).filePath(name);
    if (!QFileInfo(copy).isFile() || QFileInfo(copy).size() != a.size) {
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(copy);
        if (!QFile::copy(stored, copy))
            failStorage(tr("Cannot copy the attached file %1 to %2 to open it.").arg(a.fileName, native(dir)));
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

} // namespace cd
