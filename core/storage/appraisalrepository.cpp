#include "storage/appraisalrepository.h"

#include "domain/setversion.h"
#include "storage/bulkstatement.h"
#include "storage/keyedwrite.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <vector>

namespace cd {

QList<IndicatorSystem> AppraisalRepository::systemVersions(int roundYear) const
{
    QList<IndicatorSystem> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, version, pass_line, satisfaction_min, trim_min_assessors, reason FROM indicator_systems "
                                     "WHERE round_year = ? ORDER BY version"),
                      {roundYear});
    while (q.next()) {
        IndicatorSystem s;
        s.id = q.value(0).toInt();
        s.roundYear = roundYear;
        s.version = q.value(1).toInt();
        s.passLine = q.value(2).toInt();
        s.satisfactionMin = q.value(3).toInt();
        s.trimMinAssessors = q.value(4).toInt();
        s.reason = q.value(5).toString();
        out.push_back(s);
    }
    q.finish();
    for (auto &s : out) {
        auto i = sql::run(m_db,
                          QStringLiteral("SELECT i.id, a.id, a.name, i.name, i.points FROM indicators i JOIN indicator_areas a ON a.id = i.area_id "
                                         "WHERE a.system_id = ? ORDER BY a.sort, i.sort, i.id"),
                          {s.id});
        while (i.next())
            s.indicators.push_back({i.value(0).toInt(), i.value(1).toInt(), i.value(2).toString(), i.value(3).toString(), i.value(4).toInt()});
    }
    return out;
}

std::optional<IndicatorSystem> AppraisalRepository::system(int roundYear) const
{
    const QList<IndicatorSystem> all = systemVersions(roundYear);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

int AppraisalRepository::writeSystem(const IndicatorSystem &s, int replaceId)
{
    int id = replaceId;
    if (replaceId) {
        sql::run(m_db, QStringLiteral("UPDATE indicator_systems SET pass_line = ?, satisfaction_min = ?, trim_min_assessors = ? WHERE id = ?"),
                 {s.passLine, s.satisfactionMin, s.trimMinAssessors, replaceId});
        sql::run(m_db, QStringLiteral("DELETE FROM indicator_areas WHERE system_id = ?"), {replaceId}); // indicators cascade
    } else {
        auto q = sql::run(m_db,
                          QStringLiteral("INSERT INTO indicator_systems(round_year, version, pass_line, satisfaction_min, trim_min_assessors, reason) "
                                         "VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM indicator_systems WHERE round_year = ?), ?, ?, ?, ?) "
                                         "RETURNING id"),
                          {s.roundYear, s.roundYear, s.passLine, s.satisfactionMin, s.trimMinAssessors, sql::text(s.reason)});
        q.next();
        id = q.value(0).toInt();
    }
    QString area;
    int areaId = 0, areaSort = 0, sort = 0;
    for (const auto &ind : s.indicators) {
        if (!areaId || ind.areaName != area) {
            auto a = sql::run(m_db, QStringLiteral("INSERT INTO indicator_areas(system_id, name, sort) VALUES (?, ?, ?) RETURNING id"),
                              {id, ind.areaName, ++areaSort});
            a.next();
            areaId = a.value(0).toInt();
            area = ind.areaName;
        }
        sql::run(m_db, QStringLiteral("INSERT INTO indicators(area_id, name, points, sort) VALUES (?, ?, ?, ?)"),
                 {areaId, ind.name, ind.points, ++sort});
    }
    return id;
}

void AppraisalRepository::removeSystem(int systemId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM indicator_systems WHERE id = ?"), {systemId});
}

void AppraisalRepository::removeScore(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId)
{
    sql::run(m_db,
             QStringLiteral("DELETE FROM scores WHERE system_id = ? AND stage = ? AND assessor_id = ? AND unit_id = ? AND indicator_id = ?"),
             {systemId, stage, assessorId, unitId, indicatorId});
}

void AppraisalRepository::removeAssessor(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM assessors WHERE id = ?"), {id});
}

void AppraisalRepository::removeRecommendation(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM recommendations WHERE id = ?"), {id}); // its units cascade
}

QList<AuditEntry> AppraisalRepository::auditTrail(int roundYear, int unitId) const
{
    QList<AuditEntry> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, at, operator, action, coalesce(round_year, 0), coalesce(unit_id, 0), detail, "
                                     "coalesce(old_value, ''), coalesce(new_value, '') FROM audit_log "
                                     "WHERE (? = 0 OR round_year = ?) AND (? = 0 OR unit_id = ?) ORDER BY id DESC"),
                      {roundYear, roundYear, unitId, unitId});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                       q.value(5).toInt(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return out;
}

bool AppraisalRepository::hasScores(int systemId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM scores WHERE system_id = ?)"), {systemId}).toBool();
}

int AppraisalRepository::addAssessor(const Assessor &a)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO assessors(name, unit_id, region_id, stage) VALUES (?, ?, ?, ?) RETURNING id"),
                      {a.name, a.unitId ? QVariant(a.unitId) : QVariant(QMetaType(QMetaType::Int)),
                       a.regionId ? QVariant(a.regionId) : QVariant(QMetaType(QMetaType::Int)), a.stage});
    q.next();
    return q.value(0).toInt();
}

std::optional<Assessor> AppraisalRepository::assessor(int id) const
{
    for (const auto &a : assessors())
        if (a.id == id)
            return a;
    return std::nullopt;
}

QList<Assessor> AppraisalRepository::assessors() const
{
    QList<Assessor> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, name, coalesce(unit_id, 0), coalesce(region_id, 0), stage FROM assessors ORDER BY id"), {});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString()});
    return out;
}

void AppraisalRepository::saveScores(int systemId, const QString &stage, const QList<Score> &scores)
{
    BulkStatement q(m_db, "INSERT INTO scores(system_id, stage, assessor_id, unit_id, indicator_id, value) VALUES (?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT(stage, assessor_id, unit_id, indicator_id) DO UPDATE SET value = excluded.value, "
                          "system_id = excluded.system_id, version = scores.version + 1");
    for (const auto &s : scores) {
        q.bind(1, qint64(systemId)).bind(2, stage).bind(3, qint64(s.assessorId)).bind(4, qint64(s.unitId));
        q.bind(5, qint64(s.indicatorId)).bind(6, qint64(s.value));
        q.step();
    }
}

bool AppraisalRepository::replaceScore(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId,
                                       std::optional<int> expected, std::optional<int> value)
{
    if (!expected && !value)
        return !systemId || !score(systemId, stage, assessorId, unitId, indicatorId);
    if (!expected) {
        BulkStatement q(m_db, "INSERT INTO scores(system_id, stage, assessor_id, unit_id, indicator_id, value) VALUES (?, ?, ?, ?, ?, ?) "
                              "ON CONFLICT(stage, assessor_id, unit_id, indicator_id) DO NOTHING");
        q.bind(1, qint64(systemId)).bind(2, stage).bind(3, qint64(assessorId)).bind(4, qint64(unitId)).bind(5, qint64(indicatorId));
        q.bind(6, qint64(*value));
        q.step();
        return q.changes() == 1;
    }
    if (!value) {
        BulkStatement q(m_db, "DELETE FROM scores WHERE system_id = ? AND stage = ? AND assessor_id = ? AND unit_id = ? AND indicator_id = ? "
                              "AND value = ?");
        q.bind(1, qint64(systemId)).bind(2, stage).bind(3, qint64(assessorId)).bind(4, qint64(unitId)).bind(5, qint64(indicatorId));
        q.bind(6, qint64(*expected));
        q.step();
        return q.changes() == 1;
    }
    BulkStatement q(m_db, "UPDATE scores SET value = ?, version = version + 1 WHERE system_id = ? AND stage = ? AND assessor_id = ? "
                          "AND unit_id = ? AND indicator_id = ? AND value = ?");
    q.bind(1, qint64(*value)).bind(2, qint64(systemId)).bind(3, stage).bind(4, qint64(assessorId)).bind(5, qint64(unitId));
    q.bind(6, qint64(indicatorId)).bind(7, qint64(*expected));
    q.step();
    return q.changes() == 1;
}

bool AppraisalRepository::hasScores(int systemId, const QString &stage, int unitId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM scores WHERE system_id = ? AND stage = ? AND unit_id = ?)"),
                       {systemId, stage, unitId})
        .toBool();
}

void AppraisalRepository::eachUnitsScores(int systemId, const QString &stage,
                                          const std::function<void(int unitId, std::span<const Score> scores)> &take) const
{
    // In the index's own order (unit by unit), so SQLite sorts nothing; each unit's scores are put in assessor and
    // indicator order here, 150 at a time, in one buffer used again for the next unit.
    BulkStatement q(m_db, "SELECT assessor_id, unit_id, indicator_id, value FROM scores WHERE system_id = ? AND stage = ? "
                          "ORDER BY unit_id");
    q.bind(1, qint64(systemId)).bind(2, stage);
    std::vector<Score> current;
    int currentUnit = -1;
    const auto flush = [&] {
        std::sort(current.begin(), current.end(), [](const Score &a, const Score &b) {
            return a.assessorId != b.assessorId ? a.assessorId < b.assessorId : a.indicatorId < b.indicatorId;
        });
        take(currentUnit, std::span<const Score>(current));
        current.clear();
    };
    while (q.next()) {
        const int unit = int(q.integer(1));
        if (unit != currentUnit) {
            if (currentUnit >= 0)
                flush();
            currentUnit = unit;
        }
        current.push_back({int(q.integer(0)), unit, int(q.integer(2)), int(q.integer(3))});
    }
    if (currentUnit >= 0)
        flush();
}

QMap<int, QList<Score>> AppraisalRepository::scores(int systemId, const QString &stage) const
{
    QMap<int, QList<Score>> out;
    eachUnitsScores(systemId, stage, [&out](int unit, std::span<const Score> scores) {
        out.insert(out.cend(), unit, QList<Score>(scores.begin(), scores.end())); // units arrive in ascending order
    });
    return out;
}

QMap<int, QList<Score>> AppraisalRepository::scores(int systemId, const QString &stage, const QList<int> &units) const
{
    QMap<int, QList<Score>> out;
    BulkStatement q(m_db, "SELECT assessor_id, indicator_id, value FROM scores WHERE system_id = ? AND stage = ? AND unit_id = ?");
    for (int unit : units) {
        if (out.contains(unit))
            continue;
        q.bind(1, qint64(systemId)).bind(2, stage).bind(3, qint64(unit));
        QList<Score> mine;
        while (q.next())
            mine.push_back({int(q.integer(0)), unit, int(q.integer(1)), int(q.integer(2))});
        if (mine.isEmpty())
            continue;
        std::sort(mine.begin(), mine.end(), [](const Score &a, const Score &b) {
            return a.assessorId != b.assessorId ? a.assessorId < b.assessorId : a.indicatorId < b.indicatorId;
        });
        out.insert(unit, std::move(mine));
    }
    return out;
}

std::optional<int> AppraisalRepository::score(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId) const
{
    const QVariant v = sql::scalar(m_db,
                                   QStringLiteral("SELECT value FROM scores WHERE system_id = ? AND stage = ? AND assessor_id = ? "
                                                  "AND unit_id = ? AND indicator_id = ?"),
                                   {systemId, stage, assessorId, unitId, indicatorId});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<int> AppraisalRepository::quota(int roundYear, int regionId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT quota FROM quotas WHERE round_year = ? AND region_id = ?"),
                                   {roundYear, regionId});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

namespace {
KeyedRecord quotaRow(int roundYear, int regionId, int quota)
{
    return {QStringLiteral("quotas"), {QStringLiteral("round_year"), QStringLiteral("region_id")}, {roundYear, regionId},
            {QStringLiteral("quota")}, {quota}};
}

std::function<void()> quotaConflict(Database &db, int roundYear, int regionId)
{
    return [&db, roundYear, regionId] {
        const QString region = sql::scalar(db, QStringLiteral("SELECT full_name FROM regions WHERE id = ?"), {regionId}).toString();
        throw EditConflict(QCoreApplication::translate("cd::Database", "The quota of %1 in the %2 round was changed by another clerk after it "
                                                                       "was read; it was left as it is.")
                               .arg(region)
                               .arg(roundYear),
                           QStringLiteral("quota"), regionId);
    };
}
} // namespace

int AppraisalRepository::quotaVersion(int roundYear, int regionId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT version FROM quotas WHERE round_year = ? AND region_id = ?"), {roundYear, regionId});
    return v.isValid() && !v.isNull() ? v.toInt() : SetVersion::NotThere;
}

QList<Quota> AppraisalRepository::quotas(int roundYear) const
{
    QList<Quota> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT region_id, quota, version FROM quotas WHERE round_year = ? ORDER BY region_id"), {roundYear});
    while (q.next())
        out.push_back({roundYear, q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

int AppraisalRepository::setQuota(int roundYear, int regionId, int quota, int readVersion)
{
    return setKeyed(m_db, quotaRow(roundYear, regionId, quota), readVersion, quotaConflict(m_db, roundYear, regionId));
}

void AppraisalRepository::clearQuota(int roundYear, int regionId, int readVersion)
{
    clearKeyed(m_db, quotaRow(roundYear, regionId, 0), readVersion, quotaConflict(m_db, roundYear, regionId));
}

int AppraisalRepository::addRecommendation(const Recommendation &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO recommendations(round_year, region_id, date, override_reason) VALUES (?, ?, ?, ?) RETURNING id"),
                      {r.roundYear, r.regionId, r.date.toString(Qt::ISODate), sql::text(r.overrideReason)});
    q.next();
    const int id = q.value(0).toInt();
    q.finish();
    BulkStatement u(m_db, "INSERT INTO recommendation_units(recommendation_id, unit_id, rank) VALUES (?, ?, ?)");
    for (int i = 0; i < r.unitIds.size(); ++i) {
        u.bind(1, qint64(id)).bind(2, qint64(r.unitIds[i])).bind(3, qint64(i + 1));
        u.step();
    }
    return id;
}

QList<Recommendation> AppraisalRepository::recommendations(int roundYear) const
{
    QList<Recommendation> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, region_id, date, override_reason FROM recommendations WHERE round_year = ? ORDER BY id"),
                      {roundYear});
    while (q.next())
        out.push_back({q.value(0).toInt(), roundYear, q.value(1).toInt(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                       q.value(3).toString(), {}});
    for (auto &r : out) {
        auto u = sql::run(m_db, QStringLiteral("SELECT unit_id FROM recommendation_units WHERE recommendation_id = ? ORDER BY rank"), {r.id});
        while (u.next())
            r.unitIds.push_back(u.value(0).toInt());
    }
    return out;
}

void AppraisalRepository::audit(const QString &op, const QString &action, int roundYear, int unitId, const QString &detail,
                                const QString &oldValue, const QString &newValue)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO audit_log(at, operator, action, round_year, unit_id, detail, old_value, new_value) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), sql::text(op), action, // UTC, "…Z"
              roundYear ? QVariant(roundYear) : QVariant(QMetaType(QMetaType::Int)),
              unitId ? QVariant(unitId) : QVariant(QMetaType(QMetaType::Int)), sql::text(detail),
              oldValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValue),
              newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValue)});
}


std::optional<std::pair<int, int>> AppraisalRepository::systemRoundAndVersion(int systemId) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT round_year, version FROM indicator_systems WHERE id = ?"), {systemId});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toInt(), q.value(1).toInt());
}

bool AppraisalRepository::assessorHasScores(int assessorId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM scores WHERE assessor_id = ?)"), {assessorId}).toBool();
}

QHash<QPair<int, int>, int> AppraisalRepository::scoresOf(int systemId, const QString &stage, int assessorId) const
{
    // At a million units an assessor has scored two million cells: read straight through SQLite's API, not a QVariant
    // per value.
    QHash<QPair<int, int>, int> out;
    BulkStatement q(m_db, "SELECT unit_id, indicator_id, value FROM scores WHERE system_id = ? AND stage = ? AND assessor_id = ?");
    q.bind(1, qint64(systemId)).bind(2, stage).bind(3, qint64(assessorId));
    while (q.next())
        out.insert(qMakePair(int(q.integer(0)), int(q.integer(1))), int(q.integer(2)));
    return out;
}

QHash<QPair<int, int>, int> AppraisalRepository::scoresOf(int systemId, const QString &stage, int assessorId, const QList<int> &units) const
{
    QHash<QPair<int, int>, int> out;
    BulkStatement q(m_db, "SELECT unit_id, indicator_id, value FROM scores WHERE stage = ? AND assessor_id = ? AND unit_id = ? AND system_id = ?");
    for (const int unit : units) {
        q.bind(1, stage).bind(2, qint64(assessorId)).bind(3, qint64(unit)).bind(4, qint64(systemId));
        while (q.next())
            out.insert(qMakePair(int(q.integer(0)), int(q.integer(1))), int(q.integer(2)));
    }
    return out;
}

std::optional<int> AppraisalRepository::recommendationRound(int id) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT round_year FROM recommendations WHERE id = ?"), {id});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace cd
