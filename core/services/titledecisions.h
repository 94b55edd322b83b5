// The title's decisions (DOMAIN.md §6–7): recommendations within quotas, namings and biennial reviews. Each checks its
// phase (an override needs a written reason, which is kept), writes in one transaction and is audited; each has its
// withdrawal (undo). Also the review board, the quotas and the status on a date.
#pragma once

#include "domain/setversion.h"
#include "services/wayuptypes.h"

namespace cd {

class TitleDecisions : public WayUpStep
{
public:
    TitleDecisions(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    int recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
                  const QString &overrideReason);
    int name(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds, const QString &overrideReason);
    void review(int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason, const QString &docNo,
                const QString &overrideReason);
    StatusReport status(const QDate &date) const;

    // Undo: each is one transaction and leaves its own line in the audit trail.
    void withdrawRecommendation(int id);
    void withdrawNaming(int id);
    void withdrawReview(int roundYear, int unitId);

    QList<ReviewCase> reviewBoard(int roundYear) const;
    QList<Naming> namings(int roundYear) const;
    QList<Recommendation> recommendations(int roundYear) const;
    // DOMAIN.md §6: a region's recommendations may be capped per round (default: no quota). nullopt clears it.
    // `region` is a code or a name as RegionLookup reads it. Audited.
    // `readVersion`: the quota as the clerk read it (quotaVersion(), domain/setversion.h); EditConflict when another clerk
    // changed it since.
    // Returns the quota's new version (SetVersion::NotThere once cleared).
    int setQuota(int roundYear, const QString &region, std::optional<int> quota, int readVersion = SetVersion::Unchecked);
    int quotaVersion(int roundYear, const QString &region) const;
    std::optional<int> quota(int roundYear, const QString &region) const;
    // The same by the region's id, as a page holds it: `q.version` is what the clerk read.
    int setQuota(const Quota &q);
    void clearQuota(const Quota &q);
    QList<Quota> quotas(int roundYear) const; // the regions that have one

private:
    int writeQuota(int roundYear, int regionId, std::optional<int> quota, int readVersion);
    void checkPhase(int roundYear, const QDate &date, const QString &action, const QString &overrideReason) const;
};

} // namespace cd
