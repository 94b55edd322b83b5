// 创建台账 (DOMAIN.md §8): a unit's creation activities with their evidence files.
#include "services/activityservice.h"

#include "services/campaignservice.h"
#include "services/rounds.h"

#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/roundrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::ActivityService", s);
}

int ActivityService::saveActivity(const Activity &a)
{
    requireUnit(a.unitId);
    if (!a.date.isValid())
        failInput(tr("The date of the activity is missing or not a date."));
    if (a.kind.trimmed().isEmpty())
        failInput(tr("An activity needs its kind, such as 技能测试 or 座谈会."));
    if (a.participants && *a.participants < 0)
        failInput(tr("The number of participants cannot be negative."));
    for (const auto &f : a.attachments)
        if (f.sha256.size() != 64)
            failInput(tr("The attachment %1 was not stored first.").arg(f.fileName));
    Transaction t(m_db);
    const int id = RecordRepository(m_db).saveActivity(a);
    t.commit();
    return id;
}

void ActivityService::removeActivity(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeActivity(id);
    t.commit();
}

QList<Activity> ActivityService::activities(int unitId) const
{
    return RecordRepository(m_db).activities(unitId);
}

ActivityTable ActivityService::activityTable() const
{
    return RecordRepository(m_db).activityTable();
}

} // namespace cd
