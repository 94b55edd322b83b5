// The way up (DOMAIN.md §6–7): scoring, appraisal, recommendation, naming and the biennial review.
// Every step checks its phase (an override needs a written reason, which is kept), writes in one
// transaction, and records who did it in the audit trail.
#pragma once

#include "domain/reason.h"
#include "domain/title.h"

#include "rules/appraisal.h"
#include "rules/namingcycle.h"
#include "rules/workcalendar.h"
#include "storage/appraisalrepository.h"

#include <QHash>
#include <QPair>

#include <QDate>

namespace cd {

class Database;

struct AppraisalRun
{
    int roundYear = 0;
    QString stage;
    IndicatorSystem system;
    QString tieBreakArea; // the area whose subtotal breaks a tie of totals (DOMAIN.md §6: 作风建设)
    QList<UnitAppraisal> units;
};

struct StatusReport
{
    QDate date;
    QList<int> holders;
    std::optional<int> reviewRound;
    QList<int> reviewsDue;
    QList<int> reviewsOverdue;
    QList<int> overdueRectifications; // ids of open items past their deadline (DOMAIN.md §8)
};

// DOMAIN.md §7: a holder due for review in a round, with what the rules propose and what was recorded.
struct ReviewCase
{
    int unitId = 0;
    QString name;
    QDate lastConfirmed;                // the naming or review that opened the window
    QList<VetoEvent> vetoesInWindow;
    std::optional<double> reviewTotal;  // the unit's total at the local stage of this round, when scored
    bool proposeRevoke = false;
    bool awaitingScores = false;        // not scored in this round: neither retention nor revocation is proposed (待复查评分)
    QList<Reason> reasons;              // why revocation is proposed, as data (worded by wording())
    std::optional<TitleEvent> outcome;  // recorded in this round
};

class WayUp
{
public:
    WayUp(Database &db, const WorkCalendar &work, QString operatorName);

    // Scores of one assessor (hundredths); refuses the assessor's own unit and values outside 0…points.
    // After the naming of the round, scores change only with a written reason (PhaseRefusal without it); the reason is
    // kept in the audit trail.
    void enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason = {});
    // One score changed from what the clerk saw (`expected`; nullopt: none) to `value` (nullopt: cleared). Throws
    // EditConflict, saving nothing, when another clerk changed it in between.
    void changeScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, std::optional<int> expected,
                     std::optional<int> value, const QString &afterNamingReason = {});
    AppraisalRun appraise(int roundYear, const QString &stage) const;
    int recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
                  const QString &overrideReason);
    int name(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds, const QString &overrideReason);
    void review(int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason, const QString &docNo,
                const QString &overrideReason);
    StatusReport status(const QDate &date) const;

    // Undo of the way up: each is one transaction and leaves its own line in the audit trail.
    void clearScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, const QString &afterNamingReason = {});
    void withdrawRecommendation(int id);
    void withdrawNaming(int id);
    void withdrawReview(int roundYear, int unitId);

    QList<ReviewCase> reviewBoard(int roundYear) const;
    QList<Naming> namings(int roundYear) const;
    QList<Recommendation> recommendations(int roundYear) const;
    QList<AuditEntry> auditTrail(int roundYear, int unitId = 0) const;
    // DOMAIN.md §6: a region's recommendations may be capped per round (default: no quota). nullopt clears it.
    // `region` is a code or a name as RegionLookup reads it. Audited.
    void setQuota(int roundYear, const QString &region, std::optional<int> quota);
    std::optional<int> quota(int roundYear, const QString &region) const;
    QList<Assessor> assessors() const;
    void removeAssessor(int id); // only one who has given no scores
    std::optional<int> score(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId) const;
    // Every score one assessor gave in the round's current system: (unit, indicator) → hundredths.
    QHash<QPair<int, int>, int> scoresOf(int roundYear, const QString &stage, int assessorId) const;

    // The indicator system (DOMAIN.md §5): the round's current version, made from the defaults when missing.
    IndicatorSystem currentSystem(int roundYear);
    QList<IndicatorSystem> systemVersions(int roundYear) const;
    bool systemFrozen(int roundYear) const; // a score exists under the current version
    // Saves an edited system: in place while no score exists, else as a new version that needs `reason`.
    // Returns the id written. Refuses empty areas, points of 0 or less, a pass line above the total.
    int saveSystem(const IndicatorSystem &edited, const QString &reason);
    void removeSystemVersion(int systemId); // undo of a new version; refused once scores exist under it

private:
    // Checks a sheet's scores (assessor, stage, units, indicators, ranges, the naming rule), audits the changes, and
    // returns the system they are given under; inside the caller's transaction.
    int checkAndAuditScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason);
    void checkScoresAfterNaming(int roundYear, const QString &reason);
    void checkPhase(int roundYear, const QDate &date, const QString &action, const QString &overrideReason) const;

    Database &m_db;
    const WorkCalendar &m_work;
    QString m_operator;
};

} // namespace cd
