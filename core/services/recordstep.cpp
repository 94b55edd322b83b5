#include "services/recordstep.h"

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
    return QCoreApplication::translate("cd::RecordStep", s);
}

void RecordStep::requireUnit(int unitId) const
{
    if (!UnitRepository(m_db).get(unitId))
        failInput(tr("There is no unit with id %1.").arg(unitId));
}

AttachmentStore RecordStep::attachments() const
{
    return AttachmentStore::of(m_db);
}

} // namespace cd
