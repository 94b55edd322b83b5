// Small file helpers shared by storage and exports: atomic replace, sibling temporary names.
#pragma once

#include <QString>

class QFile;

namespace cd {

// Why `f` could not be opened to read, in the user's language for the usual reasons (it is not there, it is a folder,
// this account may not read it), and the system's own text otherwise (on Windows that is in the system's language).
QString readProblem(const QFile &f);

// Moves `from` onto `to`, replacing `to` if it exists, in one rename where the system allows it.
// Returns false and fills *error with the system's reason otherwise.
bool replaceFile(const QString &from, const QString &to, QString *error);
// A name beside `path` that does not exist yet, for writing a file before moving it into place. The name carries
// this process's id (".name.TAG-PID-RANDOM"), so that a later run can tell a killed writer's leftovers.
QString siblingTempPath(const QString &path, const QString &tag);
// Removes what killed writers left beside `path` under `tag` (and their SQLite -wal/-shm/-journal files): every
// sibling temporary whose process is no longer running. Returns how many files were removed.
int removeStaleSiblingTemps(const QString &path, const QString &tag);
// Whether a process with this id is running on this machine.
bool processIsRunning(qint64 pid);
// A name C's fopen can open (libxlsxwriter, minizip): on Windows the folder's 8.3 short name, ASCII even
// for a folder such as C:\\Users\\张伟; elsewhere the file system's encoding.
QByteArray narrowPathForC(const QString &path);
// Starts writing what is written to `path` so far from the system's cache to the disk, without waiting, so that a later
// fsync has less left to do while the program works on (Linux: sync_file_range; elsewhere nothing). Durability still
// comes from that fsync alone.
void startWriteBack(const QString &path);

} // namespace cd
