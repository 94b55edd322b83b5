// A unit's prerequisites of a round (DOMAIN.md §5): standards published, a leading group set up. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/recordtables.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class PrerequisiteService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    // Each writes onto record.version, the version it was read at (domain/setversion.h), and throws EditConflict when
    // another clerk set or cleared it since. setPrerequisite returns the version now stored.
    int setPrerequisite(const PrerequisiteRecord &record);
    void clearPrerequisite(const PrerequisiteRecord &record);
    QList<PrerequisiteRecord> prerequisites(int roundYear, int unitId = 0) const;
    // The round's prerequisites of every unit, compactly: the 创建条件 list (domain/recordtables.h).
    PrerequisiteTable prerequisiteTable(int roundYear) const;
    QList<QPair<QString, QString>> prerequisiteKinds() const; // code, name
};

} // namespace cd
