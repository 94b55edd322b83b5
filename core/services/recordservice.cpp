#include "services/recordservice.h"

#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::RecordService", s);
}

void RecordService::requireUnit(int unitId) const
{
    if (!UnitRepository(m_db.connection()).get(unitId))
        failInput(tr("There is no unit with id %1.").arg(unitId));
}

int RecordService::addVeto(const VetoEvent &e)
{
    requireUnit(e.unitId);
    if (!e.date.isValid())
        failInput(tr("The date of the veto event is missing or not a date."));
    RecordRepository records(m_db.connection());
    const QStringList kinds = records.vetoKinds();
    if (!kinds.contains(e.kind))
        failInput(tr("\"%1\" is not a veto kind; the kinds are %2.").arg(e.kind, kinds.join(QStringLiteral("、"))));
    Transaction t(m_db.connection());
    int id = e.id;
    if (id > 0 && !sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM veto_events WHERE id = ?"), {id}).toInt())
        records.restoreVetoEvent(e);
    else
        id = records.addVetoEvent(e);
    t.commit();
    return id;
}

void RecordService::removeVeto(int id)
{
    Transaction t(m_db.connection());
    RecordRepository(m_db.connection()).removeVetoEvent(id);
    t.commit();
}

QList<VetoEvent> RecordService::vetoEvents() const
{
    return RecordRepository(m_db.connection()).vetoEvents();
}

void RecordService::setPrerequisite(const PrerequisiteRecord &r)
{
    requireUnit(r.unitId);
    if (!r.date.isValid())
        failInput(tr("The date of the prerequisite is missing or not a date."));
    RecordRepository records(m_db.connection());
    const QStringList kinds = records.prerequisiteKinds();
    if (!kinds.contains(r.kind))
        failInput(tr("\"%1\" is not a prerequisite; they are %2.").arg(r.kind, kinds.join(QStringLiteral(", "))));
    Transaction t(m_db.connection());
    records.setPrerequisite(r);
    t.commit();
}

int RecordService::addSurvey(const Survey &s)
{
    requireUnit(s.unitId);
    if (s.issued < 0 || s.returned < 0 || s.satisfied < 0 || s.basic < 0 || s.dissatisfied < 0)
        failInput(tr("Survey counts cannot be negative."));
    if (s.returned > s.issued)
        failInput(tr("%1 questionnaires returned, but only %2 issued.").arg(s.returned).arg(s.issued));
    if (s.satisfied + s.basic + s.dissatisfied > s.returned)
        failInput(tr("满意 %1 + 基本满意 %2 + 不满意 %3 is more than the %4 returned.")
                      .arg(s.satisfied)
                      .arg(s.basic)
                      .arg(s.dissatisfied)
                      .arg(s.returned));
    Transaction t(m_db.connection());
    const int id = RecordRepository(m_db.connection()).addSurvey(s);
    t.commit();
    return id;
}

int RecordService::addAssessor(const Assessor &a)
{
    if (a.name.trimmed().isEmpty())
        failInput(tr("An assessor needs a name."));
    if (a.unitId)
        requireUnit(a.unitId);
    if (a.stage != QLatin1String("local") && a.stage != QLatin1String("province"))
        failInput(tr("The stage is local or province, not \"%1\".").arg(a.stage));
    Transaction t(m_db.connection());
    const int id = AppraisalRepository(m_db.connection()).addAssessor(a);
    t.commit();
    return id;
}

int RecordService::saveRectification(const Rectification &r)
{
    requireUnit(r.unitId);
    if (r.finding.trimmed().isEmpty())
        failInput(tr("A rectification needs the finding."));
    if (!r.deadline.isValid())
        failInput(tr("A rectification needs a deadline."));
    if (r.closed.isValid() && r.closingEvidence.trimmed().isEmpty())
        failInput(tr("Closing a rectification needs the closing evidence."));
    Transaction t(m_db.connection());
    const int id = RecordRepository(m_db.connection()).saveRectification(r);
    t.commit();
    return id;
}

void RecordService::removeRectification(int id)
{
    Transaction t(m_db.connection());
    RecordRepository(m_db.connection()).removeRectification(id);
    t.commit();
}

QList<Rectification> RecordService::rectifications() const
{
    return RecordRepository(m_db.connection()).rectifications();
}

QList<Rectification> RecordService::overdueRectifications(const QDate &today) const
{
    QList<Rectification> out;
    for (const auto &r : rectifications())
        if (r.isOverdue(today))
            out << r;
    return out;
}

} // namespace cd
