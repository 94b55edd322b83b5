// Automatic backups of a data file: the first time in a day that the program opens a file, a checked copy of it and
// of its attached files goes into a folder beside it, and only the newest few copies are kept. For the clerk whose PC
// has no scheduled backup (CLI.md's `backup` serves IT staff's schedules): a deletion noticed after the program was
// closed (when undo is gone), a file damaged by a failing disk or a bad USB copy, can be taken back from a day before.
//   文明窗口.db → 文明窗口.backups/文明窗口-20141120.db (and 文明窗口-20141120.files/, its attached files)
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>

namespace cd::autobackup {

// What the clerk chose (文件 → 自动备份…): on by default, the newest seven kept.
struct Settings
{
    bool enabled = true;
    int keep = 7;
};
constexpr int kMostKept = 366;

// The folder of a data file's automatic backups, beside it.
QString folderFor(const QString &dataFile);
// The copy of a given day.
QString fileFor(const QString &dataFile, const QDate &day);
// The automatic backups there are of this data file (by their names), newest first.
QStringList existing(const QString &dataFile);
// Whether the day has no copy yet.
bool isDue(const QString &dataFile, const QDate &today);

// Makes the day's copy through a connection of its own (the file stays open and usable meanwhile; the copy is of
// one moment), its attached files beside it (a second name of each where the disk allows, else a copy), checks it
// and moves it into place, then removes the oldest copies beyond `keep` (only after the new one is in place: a
// failed backup removes nothing). Returns the copy's path; an existing copy of the day is left as it is.
// `progress(done, total)` as Database::backupTo: false cancels, and nothing of the day is left.
// Throws Failure with the reason (the folder cannot be made, the disk is full, …).
QString make(const QString &dataFile, const QDate &today, int keep, const std::function<bool(qint64, qint64)> &progress = {});

// Removes the oldest copies beyond `keep` (at least one is always kept), each with its attached files. Returns how
// many were removed. Files in the folder that are not this data file's copies are never touched.
int prune(const QString &dataFile, int keep);

} // namespace cd::autobackup
