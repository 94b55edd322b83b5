// The rounds a data file holds (DOMAIN.md §4). A round exists once it is opened — by init (2014), by `round add
// --year Y`, or by 创建日历 → 新增届次 — never as a side effect of looking at it. Every command that records or prints
// something for a round first asks require(), which names `round add` when the round is missing.
#pragma once

#include "domain/round.h"

namespace cd {

class Database;

class Rounds
{
public:
    explicit Rounds(Database &db) : m_db(db) {}

    bool exists(int year) const;
    // Throws Failure(Input) saying what is wrong and what to do: not a naming year, or not opened in this file yet.
    void require(int year) const;
    // Opens a new round: the calendar projected from the first round, and the indicator system of the latest earlier
    // round copied (the default system when there is none). Refuses a year that is not a naming year or already open.
    Round open(int year);
    // Gives a stored round its indicator system when it has none (rounds saved by older versions): the previous
    // round's, copied, else the default. Returns the system's id.
    int ensureSystem(int year);

private:
    Database &m_db;
};

} // namespace cd
