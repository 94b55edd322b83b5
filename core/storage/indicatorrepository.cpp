#include "storage/indicatorrepository.h"

#include "storage/sql.h"

#include <QJsonArray>
#include <cmath>

namespace cd {

int IndicatorRepository::insertDefaultSystem(int roundYear, const QJsonObject &d)
{
    const QJsonObject a = d.value(QStringLiteral("appraisal")).toObject();
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO indicator_systems(round_year, version, pass_line, satisfaction_min, "
                                     "trim_min_assessors) VALUES (?, 1, ?, ?, ?) RETURNING id"),
                      {roundYear, int(std::lround(a.value(QStringLiteral("pass_line")).toDouble() * 100)),
                       int(std::lround(a.value(QStringLiteral("satisfaction_min")).toDouble() * 10000)),
                       a.value(QStringLiteral("trim_min_assessors")).toInt()});
    q.next();
    const int systemId = q.value(0).toInt();
    q.finish();
    int areaSort = 0;
    for (const auto &areaValue : d.value(QStringLiteral("indicator_areas")).toArray()) {
        const auto area = areaValue.toObject();
        auto aq = sql::run(m_db, QStringLiteral("INSERT INTO indicator_areas(system_id, name, sort) VALUES (?, ?, ?) RETURNING id"),
                           {systemId, area.value(QStringLiteral("name")).toString(), ++areaSort});
        aq.next();
        const int areaId = aq.value(0).toInt();
        aq.finish();
        int sort = 0;
        for (const auto &ind : area.value(QStringLiteral("indicators")).toArray()) {
            const auto pair = ind.toArray();
            sql::run(m_db, QStringLiteral("INSERT INTO indicators(area_id, name, points, sort) VALUES (?, ?, ?, ?)"),
                     {areaId, pair.at(0).toString(), int(std::lround(pair.at(1).toDouble() * 100)), ++sort});
        }
    }
    return systemId;
}

int IndicatorRepository::totalPoints(int roundYear) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT coalesce(sum(i.points), 0) FROM indicators i JOIN indicator_areas a ON a.id = i.area_id "
                                      "JOIN indicator_systems s ON s.id = a.system_id WHERE s.round_year = ? AND s.version = "
                                      "(SELECT max(version) FROM indicator_systems WHERE round_year = ?)"),
                       {roundYear, roundYear})
        .toInt();
}

} // namespace cd
