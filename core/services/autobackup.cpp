#include "services/autobackup.h"

#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace cd::autobackup {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cd::autobackup", s); // the context lupdate gives this namespace
}

QString baseOf(const QString &dataFile)
{
    return QFileInfo(dataFile).completeBaseName();
}

// A copy's day from its name, or an invalid date for anything else in the folder.
QDate dayOf(const QString &dataFile, const QString &fileName)
{
    // By hand, not by a regular expression: this runs on the backup's thread (see removeStaleSiblingTemps).
    const QString head = baseOf(dataFile) + QLatin1Char('-');
    if (!fileName.startsWith(head) || !fileName.endsWith(QLatin1String(".db")) || fileName.size() != head.size() + 8 + 3)
        return {};
    const QString digits = fileName.mid(head.size(), 8);
    if (!std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return {};
    return QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
}

void removeCopy(const QString &copy)
{
    QFile::remove(copy);
    QDir(AttachmentStore::rootFor(copy)).removeRecursively();
}

} // namespace

QString folderFor(const QString &dataFile)
{
    const QFileInfo fi(dataFile);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".backups"));
}

QString fileFor(const QString &dataFile, const QDate &day)
{
    return QDir(folderFor(dataFile)).filePath(QStringLiteral("%1-%2.db").arg(baseOf(dataFile), day.toString(QStringLiteral("yyyyMMdd"))));
}

QStringList existing(const QString &dataFile)
{
    const QDir folder(folderFor(dataFile));
    std::vector<std::pair<QDate, QString>> copies;
    for (const QString &name : folder.entryList(QDir::Files))
        if (const QDate day = dayOf(dataFile, name); day.isValid())
            copies.emplace_back(day, folder.filePath(name));
    std::sort(copies.begin(), copies.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &c : copies)
        out << c.second;
    return out;
}

bool isDue(const QString &dataFile, const QDate &today)
{
    return !QFileInfo::exists(fileFor(dataFile, today));
}

QString make(const QString &dataFile, const QDate &today, int keep, const std::function<bool(qint64, qint64)> &progress)
{
    const QString out = fileFor(dataFile, today);
    if (QFileInfo::exists(out))
        return out;
    const QString folder = folderFor(dataFile);
    if (!QDir().mkpath(folder))
        failStorage(tr("Cannot create the folder %1 for the automatic backups.").arg(QDir::toNativeSeparators(folder)));
    // The attached files first: a copy in place is always whole, its files with it.
    const AttachmentStore files(AttachmentStore::rootFor(out));
    try {
        AttachmentStore(AttachmentStore::rootFor(dataFile)).copyInto(files, AttachmentStore::Copy::Link);
        auto reader = Database::openReader(dataFile);
        reader->backupTo(out, progress);
    } catch (const Failure &) {
        if (!QFileInfo::exists(out))
            QDir(files.root()).removeRecursively();
        throw;
    }
    prune(dataFile, keep);
    return out;
}

int prune(const QString &dataFile, int keep)
{
    const QStringList copies = existing(dataFile);
    int removed = 0;
    for (qsizetype i = std::clamp(keep, 1, kMostKept); i < copies.size(); ++i, ++removed)
        removeCopy(copies[i]);
    return removed;
}

} // namespace cd::autobackup
