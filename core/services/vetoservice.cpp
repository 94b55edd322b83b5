// Veto events (DOMAIN.md §5) with their evidence files, and the kinds of veto event.
#include "services/vetoservice.h"

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
    return QCoreApplication::translate("cd::VetoService", s);
}

int VetoService::addVeto(const VetoEvent &e)
{
    requireUnit(e.unitId);
    if (!e.date.isValid())
        failInput(tr("The date of the veto event is missing or not a date."));
    RecordRepository records(m_db);
    const QStringList kinds = records.vetoKinds();
    if (!kinds.contains(e.kind))
        failInput(tr("\"%1\" is not a veto kind; the kinds are %2.").arg(e.kind, kinds.join(QStringLiteral("、"))));
    Transaction t(m_db);
    int id = e.id;
    if (id > 0 && !records.vetoEventExists(id))
        records.restoreVetoEvent(e);
    else
        id = records.addVetoEvent(e);
    if (!e.evidence.isEmpty())
        records.setVetoEvidence(id, e.evidence);
    t.commit();
    return id;
}

void VetoService::addVetoKind(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        failInput(tr("A veto kind needs a name."));
    RecordRepository records(m_db);
    if (records.vetoKinds().contains(n))
        failInput(tr("\"%1\" is already a veto kind.").arg(n));
    Transaction t(m_db);
    records.insertVetoKind(n, QStringLiteral("office"));
    t.commit();
}

void VetoService::removeVetoKind(const QString &name)
{
    RecordRepository records(m_db);
    if (records.vetoKindUsed(name))
        failInput(tr("Veto events of the kind \"%1\" are recorded; the kind is kept.").arg(name));
    Transaction t(m_db);
    records.removeVetoKind(name);
    t.commit();
}

void VetoService::setVetoEvidence(int vetoId, const QList<Attachment> &files)
{
    if (!RecordRepository(m_db).vetoEventExists(vetoId))
        failInput(tr("There is no veto event with id %1.").arg(vetoId));
    Transaction t(m_db);
    RecordRepository(m_db).setVetoEvidence(vetoId, files);
    t.commit();
}

void VetoService::removeVeto(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeVetoEvent(id);
    t.commit();
}

QList<VetoEvent> VetoService::vetoEvents() const
{
    return RecordRepository(m_db).vetoEvents();
}

} // namespace cd
