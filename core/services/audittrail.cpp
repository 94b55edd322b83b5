// The audit trail of the way up: who did what, when, old value against new.
#include "services/rounds.h"
#include "services/audittrail.h"

#include "rules/vetorules.h"
#include "services/campaignservice.h"
#include "services/defaults.h"
#include "services/lookup.h"
#include "services/recordservice.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/recordrepository.h"
#include "storage/regionrepository.h"
#include "storage/roundrepository.h"
#include "storage/titlerepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::AuditTrail", s);
}

QList<AuditEntry> AuditTrail::auditTrail(int roundYear, int unitId) const
{
    return AppraisalRepository(m_db).auditTrail(roundYear, unitId);
}

} // namespace cd
