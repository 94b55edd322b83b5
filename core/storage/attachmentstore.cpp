#include "storage/attachmentstore.h"

#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

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
        *error = f.errorString();
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
    if (has(a))
        return a; // the same content is already kept
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
    return a;
}

bool AttachmentStore::has(const Attachment &a) const
{
    const QFileInfo fi(storedPath(a.sha256));
    return fi.isFile() && fi.size() == a.size;
}

int AttachmentStore::copyInto(const AttachmentStore &target) const
{
    int copied = 0;
    const QDir root(m_root);
    if (!root.exists())
        return 0;
    static const QRegularExpression blob(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(sub));
        for (const QFileInfo &fi : dir.entryInfoList(QDir::Files)) {
            if (!blob.match(fi.fileName()).hasMatch())
                continue; // a temporary file left by an interrupted copy
            if (target.has(Attachment{0, fi.fileName(), fi.fileName(), fi.size()}))
                continue;
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
