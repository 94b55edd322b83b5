// Scoring (DOMAIN.md §6): assessors' scores, by sheet or one at a time, checked and audited; the assessors themselves.
#pragma once

#include "services/wayuptypes.h"

namespace cd {

class Scoring : public WayUpStep
{
public:
    Scoring(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    // Scores of one assessor (hundredths); refuses the assessor's own unit and values outside 0…points.
    // After the naming of the round, scores change only with a written reason (PhaseRefusal without it); the reason is
    // kept in the audit trail.
    void enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason = {});
    // One score changed from what the clerk saw (`expected`; nullopt: none) to `value` (nullopt: cleared). Throws
    // EditConflict, saving nothing, when another clerk changed it in between.
    void changeScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, std::optional<int> expected,
                     std::optional<int> value, const QString &afterNamingReason = {});
    // Undo of a score: one transaction, its own line in the audit trail.
    void clearScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, const QString &afterNamingReason = {});
    QList<Assessor> assessors() const;
    void removeAssessor(int id); // only one who has given no scores
    std::optional<int> score(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId) const;
    // Every score one assessor gave in the round's current system: (unit, indicator) → hundredths.
    QHash<QPair<int, int>, int> scoresOf(int roundYear, const QString &stage, int assessorId) const;
    // The same, of these units only (a few rows read again after an undo or another clerk's score).
    QHash<QPair<int, int>, int> scoresOf(int roundYear, const QString &stage, int assessorId, const QList<int> &units) const;

private:
    // Checks a sheet's scores (assessor, stage, units, indicators, ranges, the naming rule), audits the changes, and
    // returns the system they are given under; inside the caller's transaction.
    int checkAndAuditScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason);
    void checkScoresAfterNaming(int roundYear, const QString &reason);
};

} // namespace cd
