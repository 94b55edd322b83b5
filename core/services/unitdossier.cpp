#include "services/unitdossier.h"

#include "domain/reason.h"
#include "rules/namingcycle.h"
#include "rules/vetorules.h"
#include "services/wayup.h"
#include "services/recordservice.h"
#include "storage/appraisalrepository.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/roundrepository.h"
#include "storage/titlerepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace cd {

static QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cd::UnitDossier", s, disambiguation, n);
}

static QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

static QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

static QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / 1048576.0, 0, 'f', 1)
                                : QStringLiteral("%1 KB").arg(std::max<qint64>(1, (bytes + 1023) / 1024));
}

UnitRow requireUnitRow(Database &db, int unitId)
{
    UnitFilter only;
    only.unitId = unitId;
    const QList<UnitRow> found = UnitRepository(db).rows(only);
    if (found.isEmpty())
        failInput(QCoreApplication::translate("cd::UnitDossier", "There is no unit with number %1.").arg(unitId));
    return found.first();
}

QList<UnitStanding> standingsOf(Database &db, const WorkCalendar &work, int roundYear, int unitId)
{
    QList<UnitStanding> out;
    AppraisalRepository appraisal(db);
    const auto system = appraisal.system(roundYear);
    if (!system)
        return out;
    for (const QString stage : {QStringLiteral("local"), QStringLiteral("province")}) {
        if (!appraisal.hasScores(system->id, stage, unitId))
            continue;
        const AppraisalRun run = AppraisalService(db, work, QString()).appraise(roundYear, stage);
        for (const auto &u : run.units)
            if (u.unitId == unitId)
                out << UnitStanding{stage, u, int(run.units.size())};
    }
    return out;
}

ReportDocument UnitDossier::build(int unitId, int fromYear, int toYear) const
{
    Database &db = m_db;
    const UnitRow unit = requireUnitRow(db, unitId);
    const auto inRange = [&](int year) { return (!fromYear || year >= fromYear) && (!toYear || year <= toYear); };

    ReportDocument doc;
    doc.attachment.clear();
    doc.title = tr("Unit record: %1").arg(unit.name);
    doc.subtitle = fromYear || toYear ? tr("(rounds %1 to %2)").arg(fromYear ? QString::number(fromYear) : QString(),
                                                                    toYear ? QString::number(toYear) : QString())
                                      : QString();
    doc.tablePointSize = 10.5;
    doc.cellPaddingMm = 0.8;

    // 1. The unit's data.
    ReportSection data;
    data.heading = tr("1. The unit");
    data.table.columns = {{tr("Item"), 1.2}, {tr("Content"), 4.0}};
    const QString region = unit.regionFullName.isEmpty() ? unit.regionName : unit.regionFullName;
    const QString status = unit.titleStatus == 1 ? tr("holds the title") : unit.titleStatus == 2 ? tr("title revoked") : tr("never named");
    data.table.rows = {{tr("Unit no."), QString::number(unit.id)},
                       {tr("Name"), unit.name},
                       {tr("Region"), region},
                       {tr("Type"), tr("%1 (%2)").arg(unit.typeName, unit.categoryName)},
                       {tr("Credit code"), unit.creditCode},
                       {tr("Address"), unit.address},
                       {tr("Head"), unit.leader},
                       {tr("Phone"), unit.phone},
                       {tr("Staff"), unit.staffCount ? QString::number(*unit.staffCount) : QString()},
                       {tr("Title"), status},
                       {tr("Note"), unit.note}};
    doc.sections << data;

    // 2. The title: named, reviewed, revoked, with 文号.
    ReportSection title;
    title.heading = tr("2. The title");
    QList<TitleEvent> events = TitleRepository(db).events(unitId);
    std::sort(events.begin(), events.end(), [](const TitleEvent &a, const TitleEvent &b) { return a.date < b.date; });
    if (events.isEmpty()) {
        title.paragraphs << tr("The unit has never been named a “Civilized Window”.");
    } else {
        title.table.columns = {{tr("Round"), 0.8, true}, {tr("Decision"), 1.0}, {tr("Date"), 1.2, false, true},
                               {tr("Document no."), 2.0, false, true}, {tr("Reason"), 3.0}};
        title.table.fitToContent = true;
        for (const auto &e : events) {
            const QString what = e.kind == TitleEvent::Kind::Named ? tr("named") : e.kind == TitleEvent::Kind::Retained ? tr("retained on review")
                                                                                                                     : tr("revoked");
            title.table.rows << QStringList{QString::number(e.roundYear), what, dateText(e.date), e.docNo, e.reason};
        }
    }
    doc.sections << title;

    // 3. Round by round: prerequisites, surveys, scores with rank, recommendation, 示范点.
    RecordRepository records(db);
    AppraisalRepository appraisal(db);
    QHash<QString, QString> kindNames;
    for (const auto &[code, name] : records.prerequisiteKindNames())
        kindNames.insert(code, name);
    const QStringList required = records.prerequisiteKinds();
    const QList<Survey> surveys = records.surveysOfUnit(unitId);
    const QList<DemonstrationPoint> points = records.demonstrationPoints(0, unitId);
    const WorkCalendar work = WorkCalendar::fromResources();
    int roundsShown = 0;
    ReportSection roundsPart;
    roundsPart.heading = tr("3. Rounds");
    doc.sections << roundsPart;
    const qsizetype roundsAt = doc.sections.size() - 1;
    for (const Round &round : RoundRepository(db).all()) {
        const int year = round.year;
        if (!inRange(year))
            continue;
        ReportSection s;
        const QList<PrerequisiteRecord> prereqs = records.prerequisites(year, unitId);
        for (const auto &p : prereqs)
            s.paragraphs << tr("Prerequisite: %1, met on %2%3.")
                                .arg(kindNames.value(p.kind, p.kind), dateText(p.date),
                                     p.evidence.isEmpty() ? QString() : tr(" (evidence: %1)").arg(p.evidence));
        if (!prereqs.isEmpty() || appraisal.system(year)) // a round with an indicator system asks for them
            for (const auto &k : missingPrerequisites(required, prereqs, year, QDate(year, 12, 31)))
                s.paragraphs << tr("Prerequisite not met: %1.").arg(kindNames.value(k, k));
        QList<Survey> ofRound;
        for (const auto &v : surveys)
            if (v.roundYear == year)
                ofRound << v;
        for (const auto &v : ofRound) {
            const auto rate = satisfactionRate({v});
            s.paragraphs << tr("Survey of %1: %2 issued, %3 returned; satisfied %4, basically satisfied %5, dissatisfied %6; satisfaction %7.")
                                .arg(dateText(v.date))
                                .arg(v.issued)
                                .arg(v.returned)
                                .arg(v.satisfied)
                                .arg(v.basic)
                                .arg(v.dissatisfied)
                                .arg(rate ? percent(*rate) : tr("none"));
        }
        if (ofRound.size() > 1)
            if (const auto rate = satisfactionRate(ofRound))
                s.paragraphs << tr("Satisfaction over the round's surveys: %1.").arg(percent(*rate));
        for (const UnitStanding &st : standingsOf(db, work, year, unitId))
            s.paragraphs << (st.unit.eligible ? tr("%1: total %2 from %n assessor(s), rank %3 of %4 appraised.", nullptr, int(st.unit.assessors))
                                                    .arg(stageName(st.stage))
                                                    .arg(st.unit.total, 0, 'f', 2)
                                                    .arg(st.unit.rank.value_or(0))
                                                    .arg(st.appraised)
                                              : tr("%1: total %2 from %n assessor(s), not eligible: %3.", nullptr, int(st.unit.assessors))
                                                    .arg(stageName(st.stage))
                                                    .arg(st.unit.total, 0, 'f', 2)
                                                    .arg(wordings(st.unit.reasons).join(tr("; "))));
        for (const auto &r : appraisal.recommendations(year)) {
            const qsizetype place = r.unitIds.indexOf(unitId);
            if (place >= 0)
                s.paragraphs << tr("Recommended on %1, place %2 on its region's list%3.")
                                    .arg(dateText(r.date))
                                    .arg(place + 1)
                                    .arg(r.overrideReason.isEmpty() ? QString() : tr(" (outside its phase: %1)").arg(r.overrideReason));
        }
        for (const auto &p : points)
            if (p.year == year)
                s.paragraphs << tr("Demonstration point at %1 level.").arg(p.level);
        if (s.paragraphs.isEmpty())
            continue;
        s.heading = tr("3.%1 The %2 round").arg(++roundsShown).arg(year);
        s.level = 1;
        doc.sections << s;
    }
    if (!roundsShown)
        doc.sections[roundsAt].paragraphs << tr("Nothing was recorded for the unit in any round.");

    const auto files = [](const QList<Attachment> &list) {
        QStringList out;
        for (const auto &a : list)
            out << tr("%1 (%2, SHA-256 %3…)").arg(a.fileName, sizeText(a.size), a.sha256.left(12));
        return out.join(QStringLiteral("\n"));
    };
    // 4. Veto events.
    ReportSection veto;
    veto.heading = tr("4. Veto events");
    const QList<VetoEvent> vetoes = records.vetoEvents(unitId);
    if (vetoes.isEmpty())
        veto.paragraphs << tr("No veto event is recorded.");
    else {
        veto.table.columns = {{tr("Date"), 1.1, false, true}, {tr("Kind"), 1.4}, {tr("Note"), 3.0}, {tr("Evidence"), 3.0}};
        for (const auto &v : vetoes)
            if (inRange(v.date.year()))
                veto.table.rows << QStringList{dateText(v.date), v.kind, v.note, files(v.evidence)};
    }
    doc.sections << veto;

    // 5. Activities (创建台账) with their files.
    ReportSection acts;
    acts.heading = tr("5. Activities");
    const QList<Activity> activities = records.activities(unitId);
    if (activities.isEmpty())
        acts.paragraphs << tr("No activity is recorded.");
    else {
        acts.table.columns = {{tr("Date"), 1.1, false, true}, {tr("Kind"), 1.4}, {tr("Participants"), 0.9, true}, {tr("Description"), 3.0},
                              {tr("Files"), 2.6}};
        for (const auto &a : activities)
            if (inRange(a.date.year()))
                acts.table.rows << QStringList{dateText(a.date), a.kind, a.participants ? QString::number(*a.participants) : QString(),
                                               a.description, files(a.attachments)};
    }
    doc.sections << acts;

    // 6. Rectifications.
    ReportSection rect;
    rect.heading = tr("6. Rectifications");
    const QList<Rectification> items = records.rectifications(unitId);
    if (items.isEmpty())
        rect.paragraphs << tr("No rectification is recorded.");
    else {
        const QDate today = QDate::currentDate();
        rect.table.columns = {{tr("Finding"), 2.6}, {tr("Source"), 1.0}, {tr("Owner"), 1.0}, {tr("Deadline"), 1.1, false, true},
                              {tr("State"), 2.2}};
        for (const auto &r : items)
            rect.table.rows << QStringList{r.finding, r.source, r.owner, dateText(r.deadline),
                                           r.isOpen() ? (r.isOverdue(today) ? tr("open, overdue") : tr("open"))
                                                      : tr("closed on %1: %2").arg(dateText(r.closed), r.closingEvidence)};
    }
    doc.sections << rect;

    // 7. The audit trail of its records, newest first.
    ReportSection audit;
    audit.heading = tr("7. Changes to its records");
    const QList<AuditEntry> trail = appraisal.auditTrail(0, unitId);
    if (trail.isEmpty())
        audit.paragraphs << tr("No change is recorded.");
    else {
        audit.table.columns = {{tr("When"), 1.6, false, true}, {tr("Operator"), 0.9}, {tr("Action"), 1.2}, {tr("Detail"), 2.2},
                               {tr("Old"), 1.2}, {tr("New"), 1.2}};
        const int shown = int(std::min<qsizetype>(trail.size(), 500));
        for (int i = 0; i < shown; ++i) {
            const AuditEntry e = wordedAudit(trail[i]);
            audit.table.rows << QStringList{e.at, e.op, e.action, e.detail, e.oldValue, e.newValue};
        }
        if (trail.size() > shown)
            audit.afterTable << tr("%n older change(s) are kept in the data file.", nullptr, int(trail.size() - shown));
    }
    doc.sections << audit;
    return doc;
}

BinderInput UnitDossier::binderInput(int unitId, int fromYear, int toYear) const
{
    BinderInput in;
    in.dossier = build(unitId, fromYear, toYear);
    const UnitRow unit = requireUnitRow(m_db, unitId);
    const auto inRange = [&](int year) { return (!fromYear || year >= fromYear) && (!toYear || year <= toYear); };
    in.cover << tr("“Civilized Window” campaign record") << unit.name
             << (unit.regionFullName.isEmpty() ? unit.regionName : unit.regionFullName);
    if (fromYear || toYear)
        in.cover << in.dossier.subtitle;
    in.cover << tr("Made on %1").arg(dateText(QDate::currentDate()));
    const AttachmentStore store = RecordService(m_db).attachments();
    RecordRepository records(m_db);
    struct Dated
    {
        QDate date;
        BinderEvidence e;
    };
    QList<Dated> all;
    for (const VetoEvent &v : records.vetoEvents(unitId))
        if (inRange(v.date.year()))
            for (const Attachment &a : v.evidence)
                all << Dated{v.date, {a, tr("%1 veto event: %2").arg(dateText(v.date), v.kind), store.localPath(a.sha256)}};
    for (const Activity &act : records.activities(unitId))
        if (inRange(act.date.year()))
            for (const Attachment &a : act.attachments)
                all << Dated{act.date, {a, tr("%1 activity: %2").arg(dateText(act.date), act.kind), store.localPath(a.sha256)}};
    std::stable_sort(all.begin(), all.end(), [](const Dated &a, const Dated &b) { return a.date < b.date; });
    for (const Dated &d : all)
        in.evidence << d.e;
    return in;
}

} // namespace cd
