// A unit's prerequisites of a round (DOMAIN.md §5): standards published, a leading group set up. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class PrerequisiteService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    void setPrerequisite(const PrerequisiteRecord &record);
    void clearPrerequisite(int unitId, int roundYear, const QString &kind);
    QList<PrerequisiteRecord> prerequisites(int roundYear, int unitId = 0) const;
    QList<QPair<QString, QString>> prerequisiteKinds() const; // code, name
};

} // namespace cd
