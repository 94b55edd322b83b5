// Realistic, deterministic demo data (`demo --units N --seed S`): units across the province's counties and
// the seed's unit types, with veto events, prerequisites, surveys, namings and reviews over 2014–2018.
#pragma once

#include <QString>
#include <cstdint>
#include <functional>

namespace cd {

class Database;

struct DemoOptions
{
    int units = 1000;
    std::uint64_t seed = 1;
    int lastRound = 2018;
};

struct DemoSummary
{
    int units = 0;
    int vetoEvents = 0;
    int surveys = 0;
    int named = 0;
    int revoked = 0;
    int scores = 0;
};

class Demo
{
public:
    // Throws Failure(Input) when the file already holds units.
    static DemoSummary generate(Database &db, const DemoOptions &options);
};

} // namespace cd
