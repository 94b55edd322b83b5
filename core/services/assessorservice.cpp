// Assessors (DOMAIN.md §6): who scores, and the unit or bureau they belong to (the conflict rule).
#include "services/assessorservice.h"

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
    return QCoreApplication::translate("cd::AssessorService", s);
}

int AssessorService::addAssessor(const Assessor &a)
{
    if (a.name.trimmed().isEmpty())
        failInput(tr("An assessor needs a name."));
    if (a.unitId)
        requireUnit(a.unitId);
    if (a.stage != QLatin1String("local") && a.stage != QLatin1String("province"))
        failInput(tr("The stage is local or province, not \"%1\".").arg(a.stage));
    Transaction t(m_db);
    const int id = AppraisalRepository(m_db).addAssessor(a);
    t.commit();
    return id;
}

} // namespace cd
