// The appraisal (DOMAIN.md §6): totals, eligibility with reasons and rank of a round's units at a stage.
#pragma once

#include "services/wayuptypes.h"

namespace cd {

class AppraisalService : public WayUpStep
{
public:
    AppraisalService(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    AppraisalRun appraise(int roundYear, const QString &stage) const;
    // The totals of these units alone (a unit's total is its own scores'), as appraise() gives them; a unit with no
    // score at the stage has none. For a page that shows a few units, in a file of a million.
    QHash<int, double> totals(int roundYear, const QString &stage, const QList<int> &units) const;
    // The same units' totals with how many assessors scored them and the trace, from their scores alone (no
    // condition is read: eligibility and rank are appraise()'s). None when the round has no indicator system.
    QList<UnitAppraisal> scored(int roundYear, const QString &stage, const QList<int> &units) const;
};

} // namespace cd
