// The appraisal (DOMAIN.md §6): totals, eligibility with reasons and rank of a round's units at a stage.
#pragma once

#include "services/wayuptypes.h"

namespace cd {

class AppraisalService : public WayUpStep
{
public:
    AppraisalService(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    AppraisalRun appraise(int roundYear, const QString &stage) const;
};

} // namespace cd
