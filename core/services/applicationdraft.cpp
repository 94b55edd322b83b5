#include "services/applicationdraft.h"

#include "domain/reason.h"
#include "rules/namingcycle.h"
#include "rules/vetorules.h"
#include "services/rounds.h"
#include "services/unitdossier.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/titlerepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::ApplicationDraft", s);
}

static QString dayText(const QDate &d)
{
    return QCoreApplication::translate("cd::ApplicationDraft", "%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day());
}

// Activities that educate (talks, contests, training, study) go under 宣传教育; the rest under 创建活动.
static bool educates(const QString &kind)
{
    for (const char16_t *word : {u"演讲", u"座谈", u"培训", u"宣传", u"学习", u"讲座"})
        if (kind.contains(QString::fromUtf16(word)))
            return true;
    return false;
}

ReportDocument ApplicationDraft::build(int unitId, int roundYear) const
{
    Database &db = m_db;
    Rounds(db).require(roundYear);
    const UnitRow unit = requireUnitRow(db, unitId);
    RecordRepository records(db);
    const QString write = tr("(For the unit to write: %1)");

    ReportDocument doc;
    doc.attachment.clear();
    doc.title = tr("%1: application for the “Civilized Window” title").arg(unit.name);
    doc.subtitle = tr("(%1 round; draft: the figures are taken from the unit's records, the text is the unit's to write)").arg(roundYear);

    // 一、组织领导: the leading group and the published standards (the round's prerequisites).
    ReportSection lead;
    lead.heading = tr("1. Leadership and organisation");
    QHash<QString, QString> kindNames;
    for (const auto &[code, name] : records.prerequisiteKindNames())
        kindNames.insert(code, name);
    const QList<PrerequisiteRecord> prereqs = records.prerequisites(roundYear, unitId);
    for (const auto &p : prereqs)
        lead.paragraphs << tr("On %1 the unit completed: %2.").arg(dayText(p.date), kindNames.value(p.kind, p.kind));
    for (const auto &k : missingPrerequisites(records.prerequisiteKinds(), prereqs, roundYear, QDate(roundYear, 12, 31)))
        lead.paragraphs << tr("Not yet recorded: %1.").arg(kindNames.value(k, k));
    lead.paragraphs << write.arg(tr("the leading group's members and duties, and how the work is planned and checked"));
    doc.sections << lead;

    // 二、宣传教育 and 三、创建活动: the round's activities by kind, with dates, counts and participants.
    QList<Activity> activities;
    for (const auto &a : records.activities(unitId))
        if (a.date.year() == roundYear)
            activities << a;
    std::sort(activities.begin(), activities.end(), [](const Activity &a, const Activity &b) { return a.date < b.date; });
    const auto table = [&](ReportSection &s, bool education) {
        QMap<QString, QList<Activity>> byKind;
        for (const auto &a : activities)
            if (educates(a.kind) == education)
                byKind[a.kind] << a;
        if (byKind.isEmpty()) {
            s.paragraphs << tr("No such activity is recorded in the %1 round.").arg(roundYear);
            return;
        }
        s.table.columns = {{tr("Kind"), 1.6}, {tr("Times"), 0.7, true}, {tr("Participants"), 1.0, true}, {tr("Dates"), 3.2}};
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            int people = 0;
            QStringList dates;
            for (const auto &a : it.value()) {
                people += a.participants.value_or(0);
                dates << dayText(a.date);
            }
            s.table.rows << QStringList{it.key(), QString::number(it.value().size()), people ? QString::number(people) : QString(),
                                        dates.join(tr(", "))};
        }
    };
    ReportSection education;
    education.heading = tr("2. Publicity and education");
    table(education, true);
    education.afterTable << write.arg(tr("what was studied and taught, and how the public was told"));
    doc.sections << education;
    ReportSection campaign;
    campaign.heading = tr("3. Creation activities");
    table(campaign, false);
    campaign.afterTable << write.arg(tr("the activities that stood out and what they achieved"));
    doc.sections << campaign;

    // 四、创建成效: satisfaction, the appraisal, rectifications closed.
    ReportSection results;
    results.heading = tr("4. Results");
    QList<Survey> surveys;
    for (const auto &s : records.surveysOfUnit(unitId))
        if (s.roundYear == roundYear)
            surveys << s;
    int issued = 0, returned = 0;
    for (const auto &s : surveys) {
        issued += s.issued;
        returned += s.returned;
    }
    if (const auto rate = satisfactionRate(surveys))
        results.paragraphs << tr("Satisfaction surveys: %1 questionnaires issued, %2 returned; satisfaction %3%.")
                                  .arg(issued)
                                  .arg(returned)
                                  .arg(*rate * 100.0, 0, 'f', 1);
    else
        results.paragraphs << tr("No satisfaction survey is recorded in the %1 round.").arg(roundYear);
    for (const UnitStanding &st : standingsOf(db, WorkCalendar::fromResources(), roundYear, unitId))
        results.paragraphs << (st.unit.eligible ? tr("%1: total %2 points, rank %3 of %4 units appraised.")
                                                      .arg(stageName(st.stage))
                                                      .arg(st.unit.total, 0, 'f', 2)
                                                      .arg(st.unit.rank.value_or(0))
                                                      .arg(st.appraised)
                                                : tr("%1: total %2 points.").arg(stageName(st.stage)).arg(st.unit.total, 0, 'f', 2));
    int closed = 0, total = 0;
    QStringList fixed;
    for (const auto &r : records.rectifications(unitId)) {
        if (r.deadline.year() > roundYear)
            continue;
        ++total;
        if (!r.isOpen() && r.closed.year() <= roundYear) {
            ++closed;
            fixed << r.finding;
        }
    }
    if (total)
        results.paragraphs << tr("Rectification: %1 of %2 findings closed (%3).").arg(closed).arg(total).arg(fixed.join(tr(", ")));
    results.paragraphs << write.arg(tr("the service figures of the year, such as cases handled and rates reached"));
    doc.sections << results;

    // 五、行业形象: the veto check of the round, honours and 示范点.
    ReportSection image;
    image.heading = tr("5. The image of the trade");
    const QList<VetoEvent> vetoes = vetoesIn(records.vetoEvents(unitId), recommendationWindow(roundYear));
    if (vetoes.isEmpty())
        image.paragraphs << tr("In %1 the unit had no safety-liability accident and no petition to Beijing, bypassing levels or in a group.").arg(roundYear);
    else
        for (const auto &v : vetoes)
            image.paragraphs << tr("Veto event: %1 on %2.").arg(v.kind, dayText(v.date));
    QList<TitleEvent> titles = TitleRepository(db).events(unitId);
    std::sort(titles.begin(), titles.end(), [](const TitleEvent &a, const TitleEvent &b) { return a.date < b.date; });
    for (const auto &t : titles)
        if (t.roundYear <= roundYear)
            image.paragraphs << (t.kind == TitleEvent::Kind::Named      ? tr("Named a “Civilized Window” on %1 (%2).").arg(dayText(t.date), t.docNo)
                                 : t.kind == TitleEvent::Kind::Retained ? tr("Title retained on review on %1 (%2).").arg(dayText(t.date), t.docNo)
                                                                        : tr("Title revoked on %1 (%2).").arg(dayText(t.date), t.docNo));
    for (const auto &p : records.demonstrationPoints(0, unitId))
        if (p.year <= roundYear)
            image.paragraphs << tr("Demonstration point at %1 level in %2.").arg(p.level).arg(p.year);
    image.paragraphs << write.arg(tr("other honours, and how the unit serves the public"));
    doc.sections << image;
    return doc;
}

} // namespace cd
