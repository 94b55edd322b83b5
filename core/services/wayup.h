// The way up (DOMAIN.md §6–7), one service per use case: scoring, indicator systems, the appraisal, the title's
// decisions (recommendation, naming, review) and the audit trail. Every step checks its phase (an override needs a
// written reason, which is kept), writes in one transaction, and records who did it in the audit trail.
#pragma once

#include "services/appraisalservice.h"
#include "services/audittrail.h"
#include "services/indicatorsystems.h"
#include "services/scoring.h"
#include "services/titledecisions.h"

namespace cd {

// The five together, for a page or a command that takes several steps of the way up with one clerk.
struct WayUp
{
    WayUp(Database &db, const WorkCalendar &work, const QString &operatorName)
        : scoring(db, work, operatorName), systems(db, work, operatorName), appraisal(db, work, operatorName),
          titles(db, work, operatorName), audit(db, work, operatorName)
    {
    }
    Scoring scoring;
    IndicatorSystems systems;
    AppraisalService appraisal;
    TitleDecisions titles;
    AuditTrail audit;
};

} // namespace cd
