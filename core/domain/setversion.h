// The records a clerk sets rather than edits in place (a unit's prerequisite of a round, its 示范点 of a year, a
// region's quota, a round's calendar) carry the version they were read at, as edited records do (issue 11, zero lost
// updates). A change is saved only while the record is still as it was read; otherwise EditConflict, nothing written.
#pragma once

namespace cd::SetVersion {
// Not checked: the change is the last word, as a one-step command (the CLI's `prereq set`), an import or demo data.
constexpr int Unchecked = 0;
// There was none when it was read: the change is refused if another clerk set one since.
constexpr int NotThere = -1;
} // namespace cd::SetVersion
