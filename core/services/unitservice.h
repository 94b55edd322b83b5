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
    void update(const Unit &unit);
    void remove(int unitId);             // refused while records refer to the unit
    std::optional<Unit> get(int unitId) const;

private:
    Database &m_db;
};

} // namespace cd
