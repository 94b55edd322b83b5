// Writing a record kept under a natural key (a prerequisite by unit, round and kind; a 示范点 by unit and year; a quota
// by round and region; a round by its year) onto the version it was read at (domain/setversion.h).
#pragma once

#include "storage/database.h"

#include <QStringList>
#include <QVariantList>
#include <functional>

namespace cd {

struct KeyedRecord
{
    QString table;
    QStringList keyColumns;
    QVariantList keys;
    QStringList columns; // what the change writes
    QVariantList values;
};

// Writes the record: unchecked (an upsert), only while there is none (SetVersion::NotThere), or only while it still
// has version `expected`. Raises the version and returns it; on a mismatch calls `conflict` (which throws) and writes
// nothing.
int setKeyed(Database &db, const KeyedRecord &record, int expected, const std::function<void()> &conflict);
// Removes it on the same terms; a record already gone is no conflict when unchecked.
void clearKeyed(Database &db, const KeyedRecord &record, int expected, const std::function<void()> &conflict);

} // namespace cd
