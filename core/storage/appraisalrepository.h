// Indicator systems, assessors, scores, quotas, recommendations and the audit trail of the way up.
#pragma once

#include "domain/appraisal.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <functional>
#include <span>
#include <optional>

namespace cd {

class Database;


class AppraisalRepository
{
public:
    explicit AppraisalRepository(Database &db) : m_db(db) {}

    // The round's current (latest) indicator system, with its indicators in order.
    std::optional<IndicatorSystem> system(int roundYear) const;
    QList<IndicatorSystem> systemVersions(int roundYear) const; // every version, oldest first
    bool hasScores(int systemId) const;
    bool hasScores(int systemId, const QString &stage, int unitId) const; // this unit's, at this stage
    // The round and version of a system by its id.
    std::optional<std::pair<int, int>> systemRoundAndVersion(int systemId) const;
    bool assessorHasScores(int assessorId) const;
    // One assessor's scores under a system: (unit, indicator) → hundredths.
    QHash<QPair<int, int>, int> scoresOf(int systemId, const QString &stage, int assessorId) const;
    QHash<QPair<int, int>, int> scoresOf(int systemId, const QString &stage, int assessorId, const QList<int> &units) const;
    // Writes a system: in place when `replaceId` is set (no scores may exist under it), else as a new version.
    int writeSystem(const IndicatorSystem &system, int replaceId);
    void removeSystem(int systemId);
    void removeScore(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId);
    void removeAssessor(int id);

    int addAssessor(const Assessor &a);
    std::optional<Assessor> assessor(int id) const;
    QList<Assessor> assessors() const;

    // Inserts or replaces scores (one per assessor, unit, indicator and stage).
    void saveScores(int systemId, const QString &stage, const QList<Score> &scores);
    // One score from `expected` (nullopt: none) to `value` (nullopt: removed) in one conditional statement; false, and
    // nothing changed, when it is not `expected` any more.
    bool replaceScore(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId, std::optional<int> expected,
                      std::optional<int> value);
    QMap<int, QList<Score>> scores(int systemId, const QString &stage) const;
    // The same a unit at a time, in ascending unit order, without holding them all: `take` sees each unit's scores
    // once, in assessor and indicator order (the span lives until it returns).
    void eachUnitsScores(int systemId, const QString &stage, const std::function<void(int unitId, std::span<const Score> scores)> &take) const;
    // The same for these units only, each read through the index (a page that shows a few units' totals).
    QMap<int, QList<Score>> scores(int systemId, const QString &stage, const QList<int> &units) const;
    std::optional<int> score(int systemId, const QString &stage, int assessorId, int unitId, int indicatorId) const;

    std::optional<int> quota(int roundYear, int regionId) const;
    // The quota's version (SetVersion::NotThere when the region has none); set and clear write onto `readVersion`
    // (domain/setversion.h) and throw EditConflict when another clerk changed it since.
    int quotaVersion(int roundYear, int regionId) const;
    int setQuota(int roundYear, int regionId, int quota, int readVersion = 0); // the new version
    QList<Quota> quotas(int roundYear) const; // the regions that have one, each with its version
    void clearQuota(int roundYear, int regionId, int readVersion = 0);
    int addRecommendation(const Recommendation &r);
    QList<Recommendation> recommendations(int roundYear) const;
    void removeRecommendation(int id);
    std::optional<int> recommendationRound(int id) const;
    QList<AuditEntry> auditTrail(int roundYear, int unitId) const; // 0: any; newest first

    void audit(const QString &op, const QString &action, int roundYear, int unitId, const QString &detail,
               const QString &oldValue, const QString &newValue);

private:
    Database &m_db;
};

} // namespace cd
