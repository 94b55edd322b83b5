// Rectifications (DOMAIN.md §8): findings, their deadlines and their closing.
#include "services/rectificationservice.h"

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
    return QCoreApplication::translate("cd::RectificationService", s);
}

int RectificationService::saveRectification(const Rectification &r)
{
    requireUnit(r.unitId);
    if (r.finding.trimmed().isEmpty())
        failInput(tr("A rectification needs the finding."));
    if (!r.deadline.isValid())
        failInput(tr("A rectification needs a deadline."));
    if (r.closed.isValid() && r.closingEvidence.trimmed().isEmpty())
        failInput(tr("Closing a rectification needs the closing evidence."));
    Transaction t(m_db);
    const int id = RecordRepository(m_db).saveRectification(r);
    t.commit();
    return id;
}

void RectificationService::removeRectification(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeRectification(id);
    t.commit();
}

QList<Rectification> RectificationService::rectifications() const
{
    return RecordRepository(m_db).rectifications();
}

QList<Rectification> RectificationService::overdueRectifications(const QDate &today) const
{
    QList<Rectification> out;
    for (const auto &r : rectifications())
        if (r.isOverdue(today))
            out << r;
    return out;
}

} // namespace cd
