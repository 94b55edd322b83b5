// Adding, editing and removing units one at a time, with the same rules as the roster import (DOMAIN.md §10):
// the credit code's check character, unique credit codes, unique names within a region, a known type and region.
#pragma once

#include "domain/unit.h"

namespace cd {

class Database;

class UnitService
{
public:
    explicit UnitService(Database &db) : m_db(db) {}

    // Throws Failure(Input) naming the field and the rule when the unit is not valid.
    void validate(const Unit &unit) const;
    Unit add(Unit unit);                 // a new id unless unit.id is set and free (redo keeps ids)
    // Saves onto unit.version (the version it was read at) and returns the new version; throws EditConflict when
    // another clerk changed or removed the unit since.
    int update(const Unit &unit);
    // An undo or redo: `to` is saved only while the unit is as `from` has it (whatever its version), else EditConflict.
    void replace(const Unit &from, Unit to);
    // The same for many units at once, inside the caller's transaction (an import's undo and redo).
    void replaceAll(const QList<Unit> &from, const QList<Unit> &to);
    void remove(int unitId);             // refused while records refer to the unit
    std::optional<Unit> get(int unitId) const;

private:
    Database &m_db;
};

} // namespace cd
