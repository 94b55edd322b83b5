// Reads the 100-byte SQLite header of a file without opening it through SQLite, so that a file which is not
// ours, not SQLite, truncated or from a newer version is refused before anything could write to it. A file whose
// missing pages are in its -wal file is not truncated: SQLite itself has the last word on it (pagesInWal).
#pragma once

#include <QString>

namespace cd {

// 'CDsk': our PRAGMA application_id, in every data file we create.
constexpr int kApplicationId = 0x4344736B;

struct FileProbe
{
    enum class State { Missing, Empty, NotSqlite, Foreign, Truncated, TooNew, Ours } state = State::Missing;
    int schemaVersion = 0;
    qint64 size = 0;
    // The header counts more pages than the main file holds while a -wal file is beside it: a checkpoint is under
    // way (or was cut short). SQLite reads such a file whole through its WAL, so it is judged by opening it and
    // checking it, not refused here; the header's schema version may be stale then.
    bool pagesInWal = false;
};

FileProbe probeDataFile(const QString &path, int latestSchemaVersion);

} // namespace cd
