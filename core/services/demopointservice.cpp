// 示范点 (seed 001 §二9): one level per unit per year.
#include "services/demopointservice.h"

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
    return QCoreApplication::translate("cd::DemoPointService", s);
}

int DemoPointService::setDemonstrationPoint(const DemonstrationPoint &p)
{
    requireUnit(p.unitId);
    if (p.year < 2000 || p.year > 2100)
        failInput(tr("%1 is not a year for a demonstration point.").arg(p.year));
    static const QStringList levels = {QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县")};
    if (!levels.contains(p.level))
        failInput(tr("The level of a demonstration point is 省, 市 or 县, not \"%1\".").arg(p.level));
    Transaction t(m_db);
    const int version = RecordRepository(m_db).setDemonstrationPoint(p);
    t.commit();
    return version;
}

void DemoPointService::removeDemonstrationPoint(const DemonstrationPoint &p)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeDemonstrationPoint(p);
    t.commit();
}

QList<DemonstrationPoint> DemoPointService::demonstrationPoints(int year, int unitId) const
{
    return RecordRepository(m_db).demonstrationPoints(year, unitId);
}

} // namespace cd
