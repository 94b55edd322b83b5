#include "services/campaignservice.h"
#include "services/rounds.h"
#include "services/recordservice.h"

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
    return QCoreApplication::translate("cd::RecordService", s);
}

void RecordService::requireUnit(int unitId) const
{
    if (!UnitRepository(m_db).get(unitId))
        failInput(tr("There is no unit with id %1.").arg(unitId));
}

int RecordService::addVeto(const VetoEvent &e)
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

void RecordService::addVetoKind(const QString &name)
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

void RecordService::removeVetoKind(const QString &name)
{
    RecordRepository records(m_db);
    if (records.vetoKindUsed(name))
        failInput(tr("Veto events of the kind \"%1\" are recorded; the kind is kept.").arg(name));
    Transaction t(m_db);
    records.removeVetoKind(name);
    t.commit();
}

AttachmentStore RecordService::attachments() const
{
    return AttachmentStore::of(m_db);
}

void RecordService::setVetoEvidence(int vetoId, const QList<Attachment> &files)
{
    if (!RecordRepository(m_db).vetoEventExists(vetoId))
        failInput(tr("There is no veto event with id %1.").arg(vetoId));
    Transaction t(m_db);
    RecordRepository(m_db).setVetoEvidence(vetoId, files);
    t.commit();
}

void RecordService::removeVeto(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeVetoEvent(id);
    t.commit();
}

QList<VetoEvent> RecordService::vetoEvents() const
{
    return RecordRepository(m_db).vetoEvents();
}

void RecordService::setPrerequisite(const PrerequisiteRecord &r)
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
    records.setPrerequisite(r);
    t.commit();
}

void RecordService::clearPrerequisite(int unitId, int roundYear, const QString &kind)
{
    Transaction t(m_db);
    RecordRepository(m_db).clearPrerequisite(unitId, roundYear, kind);
    t.commit();
}

QList<PrerequisiteRecord> RecordService::prerequisites(int roundYear, int unitId) const
{
    return RecordRepository(m_db).prerequisites(roundYear, unitId);
}

QList<QPair<QString, QString>> RecordService::prerequisiteKinds() const
{
    return RecordRepository(m_db).prerequisiteKindNames();
}

int RecordService::addSurvey(const Survey &s)
{
    requireUnit(s.unitId);
    if (s.issued < 0 || s.returned < 0 || s.satisfied < 0 || s.basic < 0 || s.dissatisfied < 0)
        failInput(tr("Survey counts cannot be negative."));
    if (s.returned > s.issued)
        failInput(tr("%1 questionnaires returned, but only %2 issued.").arg(s.returned).arg(s.issued));
    // Every returned questionnaire is counted once: satisfied + basically satisfied + dissatisfied = returned.
    if (s.satisfied + s.basic + s.dissatisfied != s.returned)
        failInput(tr("Satisfied %1 + basically satisfied %2 + dissatisfied %3 = %4, but %5 questionnaires were returned; "
                     "the three counts must add up to the number returned.")
                      .arg(s.satisfied)
                      .arg(s.basic)
                      .arg(s.dissatisfied)
                      .arg(s.satisfied + s.basic + s.dissatisfied)
                      .arg(s.returned));
    Rounds(m_db).require(s.roundYear);
    Transaction t(m_db);
    RecordRepository records(m_db);
    int id = s.id;
    if (id > 0 && !records.surveyExists(id))
        records.restoreSurvey(s);
    else
        id = records.addSurvey(s);
    t.commit();
    return id;
}

void RecordService::removeSurvey(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeSurvey(id);
    t.commit();
}

QList<Survey> RecordService::surveys(int roundYear) const
{
    return RecordRepository(m_db).surveys(roundYear);
}

int RecordService::satisfactionMinimum(int roundYear) const
{
    const auto system = AppraisalRepository(m_db).system(roundYear);
    return system ? system->satisfactionMin : IndicatorSystem{}.satisfactionMin;
}

int RecordService::saveActivity(const Activity &a)
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

void RecordService::removeActivity(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeActivity(id);
    t.commit();
}

QList<Activity> RecordService::activities(int unitId) const
{
    return RecordRepository(m_db).activities(unitId);
}

void RecordService::setDemonstrationPoint(const DemonstrationPoint &p)
{
    requireUnit(p.unitId);
    if (p.year < 2000 || p.year > 2100)
        failInput(tr("%1 is not a year for a demonstration point.").arg(p.year));
    static const QStringList levels = {QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("县")};
    if (!levels.contains(p.level))
        failInput(tr("The level of a demonstration point is 省, 市 or 县, not \"%1\".").arg(p.level));
    Transaction t(m_db);
    RecordRepository(m_db).setDemonstrationPoint(p);
    t.commit();
}

void RecordService::removeDemonstrationPoint(int unitId, int year)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeDemonstrationPoint(unitId, year);
    t.commit();
}

QList<DemonstrationPoint> RecordService::demonstrationPoints(int year, int unitId) const
{
    return RecordRepository(m_db).demonstrationPoints(year, unitId);
}

void RecordService::saveRound(const Round &r)
{
    if (r.year < 2000 || r.year > 2100)
        failInput(tr("%1 is not the naming year of a round.").arg(r.year));
    if (r.phases.isEmpty())
        failInput(tr("The %1 round needs its phases.").arg(r.year));
    for (int i = 0; i < r.phases.size(); ++i) {
        const Phase &p = r.phases[i];
        if (!p.start.isValid() || !p.end.isValid())
            failInput(tr("The %1 phase has no valid start or end date.").arg(phaseTitle(p.kind)));
        if (p.start > p.end)
            failInput(tr("The %1 phase starts on %2, after its end on %3.")
                          .arg(phaseTitle(p.kind), p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate)));
        if (i > 0) {
            const Phase &q = r.phases[i - 1];
            if (int(p.kind) <= int(q.kind))
                failInput(tr("The phases must come in their order: %1 cannot follow %2.").arg(phaseTitle(p.kind), phaseTitle(q.kind)));
            if (p.start <= q.end)
                failInput(tr("The %1 phase starts on %2, before the %3 phase ends on %4.")
                              .arg(phaseTitle(p.kind), p.start.toString(Qt::ISODate), phaseTitle(q.kind), q.end.toString(Qt::ISODate)));
        }
    }
    for (const auto &d : r.extraDeadlines)
        if (!d.date.isValid() || d.title.trimmed().isEmpty())
            failInput(tr("Every extra deadline needs a date and a title."));
    Transaction t(m_db);
    Rounds rounds(m_db);
    const bool opening = !rounds.exists(r.year);
    RoundRepository(m_db).save(r);
    if (opening) // a round added on the calendar page is opened whole: with its indicator system
        rounds.ensureSystem(r.year);
    t.commit();
}

void RecordService::removeRound(int year)
{
    Transaction t(m_db);
    // Only a round nothing was recorded for goes (the undo of 新增届次); the first round carries the calendar's base.
    RoundRepository rounds(m_db);
    if (rounds.recordCount(year) > 0 || year == namingCycleOf(m_db).firstYear())
        failInput(tr("The %1 round already has records; it cannot be removed.").arg(year));
    rounds.removeIndicatorSystems(year);
    rounds.remove(year);
    t.commit();
}

QList<Round> RecordService::storedRounds() const
{
    return RoundRepository(m_db).all();
}

QList<OverrideRecord> RecordService::overrides() const
{
    return RecordRepository(m_db).overrides();
}

std::optional<Round> RecordService::storedRound(int year) const
{
    return RoundRepository(m_db).get(year);
}

int RecordService::addAssessor(const Assessor &a)
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

int RecordService::saveRectification(const Rectification &r)
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

void RecordService::removeRectification(int id)
{
    Transaction t(m_db);
    RecordRepository(m_db).removeRectification(id);
    t.commit();
}

QList<Rectification> RecordService::rectifications() const
{
    return RecordRepository(m_db).rectifications();
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
