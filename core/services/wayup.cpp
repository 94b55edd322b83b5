#include "services/rounds.h"
#include "services/wayup.h"

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
    return QCoreApplication::translate("cd::WayUp", s);
}

WayUp::WayUp(Database &db, const WorkCalendar &work, QString operatorName)
    : m_db(db), m_work(work), m_operator(std::move(operatorName))
{
}

void WayUp::checkPhase(int roundYear, const QDate &date, const QString &action, const QString &overrideReason) const
{
    if (!date.isValid())
        failInput(tr("The date is missing or not a date."));
    const CampaignService campaign(m_db, m_work);
    const auto round = campaign.calendar().round(roundYear);
    if (!round)
        failInput(tr("%1 is not a round of the campaign (rounds are named in even years from %2).")
                      .arg(roundYear)
                      .arg(campaign.calendar().cycle().firstYear()));
    // DOMAIN.md §4: the way up happens in 总结评比; outside it only with a written reason, which is kept.
    for (const auto &p : round->phases)
        if (p.kind == PhaseKind::Appraisal && p.start <= date && date <= p.end)
            return;
    if (overrideReason.trimmed().isEmpty()) {
        QString window;
        for (const auto &p : round->phases)
            if (p.kind == PhaseKind::Appraisal)
                window = tr("%1 to %2").arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate));
        const QString plain = tr("%1 on %2 is outside the %3 phase of the %4 round (%5).")
                                  .arg(action, date.toString(Qt::ISODate), phaseTitle(PhaseKind::Appraisal))
                                  .arg(roundYear)
                                  .arg(window);
        throw PhaseRefusal(tr("%1 on %2 is outside the %3 phase of the %4 round (%5). Give a reason with --override-reason "
                              "to record it anyway.")
                               .arg(action, date.toString(Qt::ISODate), phaseTitle(PhaseKind::Appraisal))
                               .arg(roundYear)
                               .arg(window),
                           plain);
    }
    RecordRepository(m_db).addOverride(action, roundYear, date, overrideReason.trimmed());
}

void WayUp::enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason)
{
    Database &db = m_db;
    Rounds(m_db).require(roundYear);
    Transaction t(db);
    const int systemId = checkAndAuditScores(roundYear, stage, assessorId, scores, afterNamingReason);
    AppraisalRepository(db).saveScores(systemId, stage, scores);
    t.commit();
}

void WayUp::changeScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, std::optional<int> expected,
                        std::optional<int> value, const QString &afterNamingReason)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    if (value)
        Rounds(m_db).require(roundYear);
    Transaction t(db);
    int systemId = 0;
    if (value) {
        systemId = checkAndAuditScores(roundYear, stage, assessorId, {Score{assessorId, unitId, indicatorId, *value}}, afterNamingReason);
    } else if (const auto system = repo.system(roundYear)) {
        systemId = system->id;
        if (expected) {
            checkScoresAfterNaming(roundYear, afterNamingReason);
            repo.audit(m_operator, QStringLiteral("score"), roundYear, unitId,
                       QStringLiteral("assessor %1, indicator %2, %3").arg(assessorId).arg(indicatorId).arg(stage),
                       QString::number(*expected / 100.0, 'f', 2), QString());
        }
    }
    // One conditional statement: saved only if the score is still what the clerk saw (issue 11, zero lost updates).
    if (!repo.replaceScore(systemId, stage, assessorId, unitId, indicatorId, expected, value)) {
        const auto now = systemId ? repo.score(systemId, stage, assessorId, unitId, indicatorId) : std::nullopt;
        const auto shown = [](std::optional<int> v) { return v ? QString::number(*v / 100.0, 'f', 2) : tr("none"); };
        throw EditConflict(tr("Another clerk changed the score of unit %1 (assessor %2, indicator %3) from %4 to %5 after you read it; "
                              "yours (%6) was not saved.")
                               .arg(unitId)
                               .arg(assessorId)
                               .arg(indicatorId)
                               .arg(shown(expected), shown(now), shown(value)),
                           QStringLiteral("score"), unitId);
    }
    t.commit();
}

int WayUp::checkAndAuditScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    const auto assessor = repo.assessor(assessorId);
    if (!assessor)
        failInput(tr("There is no assessor with id %1.").arg(assessorId));
    if (assessor->stage != stage)
        failInput(tr("Assessor %1 scores in the %2, not in the %3.").arg(assessor->name, stageName(assessor->stage), stageName(stage)));
    Rounds rounds(m_db);
    checkScoresAfterNaming(roundYear, afterNamingReason);
    auto system = repo.system(roundYear);
    if (!system) {
        rounds.ensureSystem(roundYear);
        system = repo.system(roundYear);
    }
    QHash<int, const Indicator *> indicators;
    for (const auto &i : system->indicators)
        indicators.insert(i.id, &i);
    UnitRepository units(db);
    QSet<int> knownUnits;
    for (const auto &s : scores) {
        if (!knownUnits.contains(s.unitId)) {
            if (!units.get(s.unitId))
                failInput(tr("There is no unit with id %1.").arg(s.unitId));
            knownUnits.insert(s.unitId);
        }
        // DOMAIN.md §6: an assessor from the unit itself may not score it.
        if (assessor->unitId == s.unitId)
            failInput(tr("Assessor %1 belongs to unit %2 and may not score it.").arg(assessor->name).arg(s.unitId));
        const Indicator *ind = indicators.value(s.indicatorId);
        if (!ind)
            failInput(tr("Indicator %1 is not part of the %2 indicator system.").arg(s.indicatorId).arg(roundYear));
        if (s.value < 0 || s.value > ind->points)
            failInput(tr("%1 is outside 0…%2 for indicator %3.")
                          .arg(s.value / 100.0, 0, 'f', 2)
                          .arg(ind->points / 100.0, 0, 'f', 2)
                          .arg(ind->name));
    }
    for (const auto &s : scores) {
        const auto old = repo.score(system->id, stage, assessorId, s.unitId, s.indicatorId);
        if (old && *old == s.value)
            continue;
        repo.audit(m_operator, QStringLiteral("score"), roundYear, s.unitId,
                   QStringLiteral("assessor %1, indicator %2, %3").arg(assessorId).arg(s.indicatorId).arg(stage),
                   old ? QString::number(*old / 100.0, 'f', 2) : QString(), QString::number(s.value / 100.0, 'f', 2));
    }
    return system->id;
}

AppraisalRun WayUp::appraise(int roundYear, const QString &stage) const
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    const auto system = repo.system(roundYear);
    if (!system)
        failInput(tr("The %1 round has no indicator system yet.").arg(roundYear));
    AppraisalRun run;
    run.roundYear = roundYear;
    run.stage = stage;
    run.system = *system;
    const QMap<int, QList<Score>> scores = repo.scores(system->id, stage);

    QSet<int> ids;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ids.insert(it.key());
    if (stage == QLatin1String("province"))
        for (const auto &r : repo.recommendations(roundYear))
            for (int u : r.unitIds)
                ids.insert(u);

    // Everything the conditions need, read once.
    QHash<int, QList<VetoEvent>> vetoes;
    const DateWindow window = recommendationWindow(roundYear);
    RecordRepository records(db);
    for (const auto &v : records.vetoEvents())
        if (window.contains(v.date))
            vetoes[v.unitId].push_back(v);
    QHash<int, QList<PrerequisiteRecord>> prereqs;
    for (const auto &p : records.prerequisites(roundYear))
        prereqs[p.unitId].push_back(p);
    QHash<int, QList<Survey>> surveys;
    for (const auto &s : records.surveys(roundYear))
        surveys[s.unitId].push_back(s);
    const QStringList required = records.prerequisiteKinds();
    QHash<QString, QString> prereqNames;
    for (const auto &[code, name] : records.prerequisiteKindNames())
        prereqNames.insert(code, name);
    const QList<int> scope = RoundRepository(db).scope(roundYear);
    const QSet<int> scopeSet(scope.cbegin(), scope.cend());
    const QDate by(roundYear, 12, 31);

    QHash<int, QString> regionCodes;
    for (const auto &r : RegionRepository(db).all())
        regionCodes.insert(r.id, r.code);
    QList<UnitCase> cases;
    for (const auto &u : UnitRepository(db).all()) {
        if (!ids.contains(u.id))
            continue;
        UnitCase c;
        c.unitId = u.id;
        c.name = u.name;
        c.regionCode = regionCodes.value(u.regionId);
        c.sortCode = u.creditCode.isEmpty() ? QStringLiteral("~%1").arg(u.id, 10, 10, QLatin1Char('0')) : u.creditCode;
        c.inScope = scopeSet.isEmpty() || scopeSet.contains(u.typeId);
        c.vetoesInWindow = vetoes.value(u.id);
        for (const auto &k : missingPrerequisites(required, prereqs.value(u.id), roundYear, by))
            c.missingPrerequisites << prereqNames.value(k, k);
        c.satisfaction = satisfactionRate(surveys.value(u.id));
        cases.push_back(std::move(c));
    }
    const QString tieArea = SettingsRepository(db).value(QStringLiteral("tie_break_area"), QStringLiteral("作风建设"));
    run.tieBreakArea = tieArea;
    run.units = cd::appraise(*system, cases, scores, tieArea);
    return run;
}

int WayUp::recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
                     const QString &overrideReason)
{
    Database &db = m_db;
    Rounds(m_db).require(roundYear);
    const QList<Region> regions = RegionRepository(db).all();
    const Region *region = nullptr;
    QHash<int, int> parentOf;
    for (const auto &r : regions) {
        parentOf.insert(r.id, r.parentId);
        if (r.code == regionCode || (regionCode == r.name && r.code.isEmpty()))
            region = &r;
    }
    if (!region)
        failInput(tr("There is no region with code %1.").arg(regionCode));
    if (unitIds.isEmpty())
        failInput(tr("A recommendation needs at least one unit."));
    // What is read below (the region's list, its quota, the units' standing) is read again by another clerk's
    // recommendation only after this one is written.
    Transaction t(db);
    t.serialise(Transaction::Key::Region, {region->id});
    t.serialise(Transaction::Key::Unit, unitIds);
    AppraisalRepository repo(db);
    QSet<int> already;
    int regionCount = 0;
    for (const auto &r : repo.recommendations(roundYear)) {
        for (int u : r.unitIds)
            already.insert(u);
        if (r.regionId == region->id)
            regionCount += int(r.unitIds.size());
    }
    UnitRepository units(db);
    QSet<int> seen;
    for (int id : unitIds) {
        const auto u = units.get(id);
        if (!u)
            failInput(tr("There is no unit with id %1.").arg(id));
        if (u->regionId != region->id && parentOf.value(u->regionId) != region->id)
            failInput(tr("Unit %1 (%2) is not in region %3.").arg(id).arg(u->name, region->fullName));
        if (seen.contains(id) || already.contains(id))
            failInput(tr("Unit %1 (%2) is already recommended in the %3 round.").arg(id).arg(u->name).arg(roundYear));
        seen.insert(id);
    }
    // DOMAIN.md §6: a region's list may be capped by a quota; over quota is refused.
    if (const auto quota = repo.quota(roundYear, region->id); quota && regionCount + unitIds.size() > *quota)
        failInput(tr("%1 may recommend %2 units in the %3 round; this would make %4.")
                      .arg(region->fullName)
                      .arg(*quota)
                      .arg(roundYear)
                      .arg(regionCount + unitIds.size()));
    // 好中选优: only eligible units go up, and the clerk sees why the others may not.
    const AppraisalRun run = appraise(roundYear, QStringLiteral("local"));
    QHash<int, const UnitAppraisal *> byId;
    for (const auto &a : run.units)
        byId.insert(a.unitId, &a);
    QStringList refused;
    for (int id : unitIds) {
        const UnitAppraisal *a = byId.value(id);
        if (!a)
            refused << tr("unit %1: no local appraisal scores").arg(id);
        else if (!a->eligible)
            refused << tr("unit %1 (%2): %3").arg(id).arg(a->name, wordings(a->reasons).join(tr("; ")));
    }
    if (!refused.isEmpty())
        failInput(tr("Only eligible units can be recommended:\n%1").arg(refused.join(QLatin1Char('\n'))));

    checkPhase(roundYear, date, tr("A recommendation"), overrideReason);
    Recommendation r;
    r.roundYear = roundYear;
    r.regionId = region->id;
    r.date = date;
    r.overrideReason = overrideReason.trimmed();
    r.unitIds = unitIds;
    const int id = repo.addRecommendation(r);
    for (int i = 0; i < unitIds.size(); ++i)
        repo.audit(m_operator, QStringLiteral("recommend"), roundYear, unitIds[i], region->fullName, QString(),
                   QStringLiteral("rank %1").arg(i + 1));
    t.commit();
    return id;
}

int WayUp::name(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds, const QString &overrideReason)
{
    Database &db = m_db;
    if (docNo.trimmed().isEmpty())
        failInput(tr("A naming needs its document number (文号)."));
    if (unitIds.isEmpty())
        failInput(tr("A naming needs at least one unit."));
    const CampaignService campaign(m_db, m_work);
    // seed 000 §五: 每两年命名一次，逢偶数年度进行.
    if (!campaign.calendar().cycle().isNamingYear(roundYear) && overrideReason.trimmed().isEmpty())
        throw PhaseRefusal(tr("%1 is not a naming year. Give a reason with --override-reason to record it anyway.").arg(roundYear),
                           tr("%1 is not a naming year (Implementation Plan §5: names are given every two years, in even years).").arg(roundYear));
    if (campaign.calendar().cycle().isNamingYear(roundYear))
        Rounds(m_db).require(roundYear);
    // Two clerks naming the same unit at once: the second reads the first's naming and is refused.
    Transaction t(db);
    t.serialise(Transaction::Key::Unit, unitIds);
    QSet<int> recommended;
    for (const auto &r : AppraisalRepository(db).recommendations(roundYear))
        for (int u : r.unitIds)
            recommended.insert(u);
    UnitRepository units(db);
    for (int id : unitIds) {
        const auto u = units.get(id);
        if (!u)
            failInput(tr("There is no unit with id %1.").arg(id));
        if (!recommended.contains(id))
            failInput(tr("Unit %1 (%2) was not recommended in the %3 round.").arg(id).arg(u->name).arg(roundYear));
        if (campaign.titles().holdsTitle(id, date))
            failInput(tr("Unit %1 (%2) already holds the title.").arg(id).arg(u->name));
    }
    checkPhase(roundYear, date, tr("A naming"), overrideReason);
    const int id = TitleRepository(db).addNaming(roundYear, docNo.trimmed(), date, unitIds);
    AppraisalRepository repo(db);
    for (int u : unitIds)
        repo.audit(m_operator, QStringLiteral("name"), roundYear, u, docNo.trimmed(), QString(), date.toString(Qt::ISODate));
    t.commit();
    return id;
}

void WayUp::review(int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason, const QString &docNo,
                   const QString &overrideReason)
{
    Database &db = m_db;
    Rounds(m_db).require(roundYear);
    const CampaignService campaign(m_db, m_work);
    const auto round = campaign.calendar().round(roundYear);
    if (!round)
        failInput(tr("%1 is not a round of the campaign.").arg(roundYear));
    // A review is closed once: a second clerk reviewing the same unit waits, then reads the first one's outcome.
    Transaction t(db);
    t.serialise(Transaction::Key::Unit, {unitId});
    const auto unit = UnitRepository(db).get(unitId);
    if (!unit)
        failInput(tr("There is no unit with id %1.").arg(unitId));
    // seed 000 §五: named in Y, reviewed in Y+2, Y+4, … until revoked.
    if (!campaign.titles().reviewsDue(roundYear, round->start()).contains(unitId))
        failInput(tr("Unit %1 (%2) is not due for review in the %3 round: it did not hold the title from an earlier round.")
                      .arg(unitId)
                      .arg(unit->name)
                      .arg(roundYear));
    for (const auto &e : campaign.titles().history(unitId))
        if (e.roundYear == roundYear && e.kind != TitleEvent::Kind::Named)
            failInput(tr("Unit %1 (%2) was already reviewed in the %3 round.").arg(unitId).arg(unit->name).arg(roundYear));
    if (revoked && (reason.trimmed().isEmpty() || docNo.trimmed().isEmpty()))
        failInput(tr("A revocation needs its reason (--reason) and document number (--doc-no)."));
    if (!revoked && reason.trimmed().isEmpty()) {
        // 保留 without a word is for a unit that was assessed and passed (DOMAIN.md §7); otherwise the clerk says why.
        for (const ReviewCase &c : reviewBoard(roundYear)) {
            if (c.unitId != unitId)
                continue;
            if (c.awaitingScores)
                failInput(tr("Unit %1 (%2) has no review scores in the %3 round. To retain its title anyway, give the reason (--reason).")
                              .arg(unitId)
                              .arg(unit->name)
                              .arg(roundYear));
            if (c.proposeRevoke)
                failInput(tr("Revoking the title of unit %1 (%2) is proposed: %3. To retain it anyway, give the reason (--reason).")
                              .arg(unitId)
                              .arg(unit->name)
                              .arg(wordings(c.reasons).join(tr("; "))));
        }
    }
    checkPhase(roundYear, date, tr("A review"), overrideReason);
    TitleRepository(db).addReview(roundYear, unitId, revoked ? TitleEvent::Kind::Revoked : TitleEvent::Kind::Retained, date,
                                  reason.trimmed(), docNo.trimmed());
    AppraisalRepository(db).audit(m_operator, QStringLiteral("review"), roundYear, unitId, reason.trimmed(),
                                  QStringLiteral("holds the title"), revoked ? QStringLiteral("revoked") : QStringLiteral("retained"));
    t.commit();
}

StatusReport WayUp::status(const QDate &date) const
{
    const CampaignService campaign(m_db, m_work);
    StatusReport s;
    s.date = date;
    s.holders = campaign.titles().holdersOn(date);
    const NamingCycle &cycle = campaign.calendar().cycle();
    const int reviewRound = cycle.isNamingYear(date.year()) ? date.year() : cycle.next(date.year()).value_or(date.year());
    if (const auto r = campaign.calendar().round(reviewRound)) {
        s.reviewRound = reviewRound;
        s.reviewsDue = campaign.titles().reviewsDue(reviewRound, r->start());
    }
    // The last round that has ended: its holders without an outcome are overdue (DOMAIN.md §7).
    for (int y = reviewRound; y >= cycle.firstYear(); y -= cycle.period())
        if (const auto r = campaign.calendar().round(y); r && r->end() < date) {
            s.reviewsOverdue = campaign.titles().reviewsOverdue(y, r->start(), r->end(), date);
            break;
        }
    for (const auto &r : RecordService(m_db).overdueRectifications(date))
        s.overdueRectifications << r.id;
    return s;
}

} // namespace cd
