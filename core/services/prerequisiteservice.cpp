// A unit's prerequisites of a round (DOMAIN.md §5): standards published, a leading group set up.
#include "services/prerequisiteservice.h"

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
    return QCoreApplication::translate("cd::PrerequisiteService", s);
}

int PrerequisiteService::setPrerequisite(const PrerequisiteRecord &r)
{
    requireUnit(r.unitId);
    if (!r.date.isValid())
        failInput(tr("The date of the prerequisite is missing or not a date."));
    Rounds(m_db).require(r.roundYear);
    RecordRepository records(m_db);
    const QStringList kinds = records.prerequisiteKinds();
    if (!kinds.contains(r.kind))
        failInput(tr("\"%1\" is not a prerequisite; they are %2.").arg(r.kind, kinds.join(QStringLiteral(", "))));
    Transaction t(m_db);
    const int version = records.setPrerequisite(r);
    t.commit();
    return version;
}

void PrerequisiteService::clearPrerequisite(const PrerequisiteRecord &r)
{
    Transaction t(m_db);
    RecordRepository(m_db).clearPrerequisite(r);
    t.commit();
}

QList<PrerequisiteRecord> PrerequisiteService::prerequisites(int roundYear, int unitId) const
{
    return RecordRepository(m_db).prerequisites(roundYear, unitId);
}

PrerequisiteTable PrerequisiteService::prerequisiteTable(int roundYear) const
{
    return RecordRepository(m_db).prerequisiteTable(roundYear);
}

QList<QPair<QString, QString>> PrerequisiteService::prerequisiteKinds() const
{
    return RecordRepository(m_db).prerequisiteKindNames();
}

} // namespace cd
