// A data file copied page by page through SQLite's online backup API, and a copy checked, both a step at a time so that
// the caller can show progress and cancel (the GUI's 备份 and 恢复 of a whole country's file take a minute). Inside
// core/storage only: the caller is Database::backupTo.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace cd::filecopy {

// done of total pages copied; total 0 while a step cannot be measured (the check of the copy). Returns false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

enum class Outcome { Done, Cancelled, Failed };

// Copies the open file of `source` into a new file at `target` (a consistent snapshot: SQLite starts again if another
// connection writes in between), in rollback-journal mode like the copy VACUUM INTO makes. `error` says why it failed.
Outcome copy(const QSqlDatabase &source, const QString &target, const Progress &progress, QString *error);

// PRAGMA integrity_check of the file at `path`, read-only; `problems` gets each line that is not "ok".
Outcome check(const QString &path, const Progress &progress, QStringList *problems, QString *error);

} // namespace cd::filecopy
