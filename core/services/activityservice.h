// 创建台账 (DOMAIN.md §8): a unit's creation activities with their evidence files. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/recordtables.h"

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class ActivityService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    // 创建台账 (DOMAIN.md §8): a unit, a date and a kind; participants are not negative. Saves with the attachments.
    int saveActivity(const Activity &a);
    void removeActivity(int id);
    QList<Activity> activities(int unitId = 0) const;
    // Every activity of the file, compactly: the 创建台账 list (domain/recordtables.h).
    ActivityTable activityTable() const;
};

} // namespace cd
