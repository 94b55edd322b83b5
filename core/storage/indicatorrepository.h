// The indicator system of a round (测评体系): areas, indicators with points, and the appraisal thresholds.
#pragma once

#include <QJsonObject>

namespace cd {

class Database;

class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &db) : m_db(db) {}

    // Writes the default system of DOMAIN.md §5 (from defaults.json) as version 1 of the round.
    int insertDefaultSystem(int roundYear, const QJsonObject &defaults);
    int totalPoints(int roundYear) const; // hundredths

private:
    Database &m_db;
};

} // namespace cd
