// 示范点 (seed 001 §二9): one level per unit per year. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class DemoPointService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    // 示范点 (seed 001 §二9): one level (省, 市 or 县) per unit per year.
    // Each writes onto p.version, the version it was read at (domain/setversion.h), and throws EditConflict when another
    // clerk set or removed it since. setDemonstrationPoint returns the version now stored.
    int setDemonstrationPoint(const DemonstrationPoint &p);
    void removeDemonstrationPoint(const DemonstrationPoint &p);
    QList<DemonstrationPoint> demonstrationPoints(int year = 0, int unitId = 0) const;
};

} // namespace cd
