// The audit trail of the way up: who did what, when, old value against new.
#pragma once

#include "services/wayuptypes.h"

namespace cd {

class AuditTrail : public WayUpStep
{
public:
    AuditTrail(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    QList<AuditEntry> auditTrail(int roundYear, int unitId = 0) const;
};

} // namespace cd
