// Reads the 100-byte SQLite header of a file without opening it through SQLite, so that a file which is not
// ours, not SQLite, truncated or from a newer version is refused before anything could write to it.
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
};

FileProbe probeDataFile(const QString &path, int latestSchemaVersion);

} // namespace cd
