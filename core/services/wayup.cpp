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
#include "storage/sql.h"
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
                                  .arg(action, date.toString(Qt::ISODate), phaseName(PhaseKind::Appraisal))
                                  .arg(roundYear)
                                  .arg(window);
        throw PhaseRefusal(tr("%1 on %2 is outside the %3 phase of the %4 round (%5). Give a reason with --override-reason "
                              "to record it anyway.")
                               .arg(action, date.toString(Qt::ISODate), phaseName(PhaseKind::Appraisal))
                               .arg(roundYear)
                               .arg(window),
                           plain);
    }
    RecordRepository(m_db.connection()).addOverride(action, roundYear, date, overrideReason.trimmed());
}

void WayUp::enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    const auto assessor = repo.assessor(assessorId);
    if (!assessor)
        failInput(tr("There is no assessor with id %1.").arg(assessorId));
    if (assessor->stage != stage)
        failInput(tr("Assessor %1 scores at the %2 stage, not %3.").arg(assessor->name, assessor->stage, stage));
    Transaction t(db);
    auto system = repo.system(roundYear);
    if (!system) {
        IndicatorRepository(db).insertDefaultSystem(roundYear, Defaults::document());
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
    repo.saveScores(system->id, stage, scores);
    t.commit();
}

AppraisalRun WayUp::appraise(int roundYear, const QString &stage) const
{
    QSqlDatabase db = m_db.connection();
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
    auto pn = sql::run(db, QStringLiteral("SELECT code, name FROM prerequisite_kinds"), {});
    while (pn.next())
        prereqNames.insert(pn.value(0).toString(), pn.value(1).toString());
    const QList<int> scope = RoundRepository(db).scope(roundYear);
    const QSet<int> scopeSet(scope.cbegin(), scope.cend());
    const QDate by(roundYear, 12, 31);

    QList<UnitCase> cases;
    for (const auto &u : UnitRepository(db).all()) {
        if (!ids.contains(u.id))
            continue;
        UnitCase c;
        c.unitId = u.id;
        c.name = u.name;
        c.sortCode = u.creditCode.isEmpty() ? QStringLiteral("~%1").arg(u.id, 10, 10, QLatin1Char('0')) : u.creditCode;
        c.inScope = scopeSet.isEmpty() || scopeSet.contains(u.typeId);
        c.vetoesInWindow = vetoes.value(u.id);
        for (const auto &k : missingPrerequisites(required, prereqs.value(u.id), roundYear, by))
            c.missingPrerequisites << prereqNames.value(k, k);
        c.satisfaction = satisfactionRate(surveys.value(u.id));
        cases.push_back(std::move(c));
    }
    const QString tieArea = SettingsRepository(db).value(QStringLiteral("tie_break_area"), QStringLiteral("作风建设"));
    run.units = cd::appraise(*system, cases, scores, tieArea);
    return run;
}

int WayUp::recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
                     const QString &overrideReason)
{
    QSqlDatabase db = m_db.connection();
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
            refused << tr("unit %1 (%2): %3").arg(id).arg(a->name, a->reasons.join(QStringLiteral("; ")));
    }
    if (!refused.isEmpty())
        failInput(tr("Only eligible units can be recommended:\n%1").arg(refused.join(QLatin1Char('\n'))));

    Transaction t(db);
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
    QSqlDatabase db = m_db.connection();
    if (docNo.trimmed().isEmpty())
        failInput(tr("A naming needs its document number (文号)."));
    if (unitIds.isEmpty())
        failInput(tr("A naming needs at least one unit."));
    const CampaignService campaign(m_db, m_work);
    // seed 000 §五: 每两年命名一次，逢偶数年度进行.
    if (!campaign.calendar().cycle().isNamingYear(roundYear) && overrideReason.trimmed().isEmpty())
        throw PhaseRefusal(tr("%1 is not a naming year. Give a reason with --override-reason to record it anyway.").arg(roundYear),
                           tr("%1 is not a naming year (seed 000 §五: names are given every two years, in even years).").arg(roundYear));
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
    Transaction t(db);
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
    QSqlDatabase db = m_db.connection();
    const CampaignService campaign(m_db, m_work);
    const auto round = campaign.calendar().round(roundYear);
    if (!round)
        failInput(tr("%1 is not a round of the campaign.").arg(roundYear));
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
    Transaction t(db);
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

void WayUp::clearScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    const auto system = repo.system(roundYear);
    if (!system)
        return;
    Transaction t(db);
    const auto old = repo.score(system->id, stage, assessorId, unitId, indicatorId);
    if (!old)
        return;
    repo.removeScore(system->id, stage, assessorId, unitId, indicatorId);
    repo.audit(m_operator, QStringLiteral("score"), roundYear, unitId,
               QStringLiteral("assessor %1, indicator %2, %3").arg(assessorId).arg(indicatorId).arg(stage),
               QString::number(*old / 100.0, 'f', 2), QString());
    t.commit();
}

void WayUp::withdrawRecommendation(int id)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    Transaction t(db);
    auto q = sql::run(db, QStringLiteral("SELECT round_year FROM recommendations WHERE id = ?"), {id});
    if (!q.next())
        return;
    const int roundYear = q.value(0).toInt();
    q.finish();
    for (const auto &r : repo.recommendations(roundYear))
        if (r.id == id)
            for (int i = 0; i < r.unitIds.size(); ++i)
                repo.audit(m_operator, QStringLiteral("recommend"), roundYear, r.unitIds[i], tr("withdrawn"),
                           QStringLiteral("rank %1").arg(i + 1), QString());
    repo.removeRecommendation(id);
    t.commit();
}

void WayUp::withdrawNaming(int id)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    auto q = sql::run(db, QStringLiteral("SELECT round_year FROM namings WHERE id = ?"), {id});
    if (!q.next())
        return;
    const int roundYear = q.value(0).toInt();
    q.finish();
    AppraisalRepository repo(db);
    for (const auto &n : TitleRepository(db).namings(roundYear))
        if (n.id == id)
            for (int u : n.unitIds)
                repo.audit(m_operator, QStringLiteral("name"), roundYear, u, n.docNo + QLatin1Char(' ') + tr("withdrawn"),
                           n.date.toString(Qt::ISODate), QString());
    TitleRepository(db).removeNaming(id);
    t.commit();
}

void WayUp::withdrawReview(int roundYear, int unitId)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    auto q = sql::run(db, QStringLiteral("SELECT outcome FROM reviews WHERE round_year = ? AND unit_id = ?"), {roundYear, unitId});
    if (!q.next())
        return;
    const QString outcome = q.value(0).toString();
    q.finish();
    TitleRepository(db).removeReview(roundYear, unitId);
    AppraisalRepository(db).audit(m_operator, QStringLiteral("review"), roundYear, unitId, tr("withdrawn"), outcome,
                                  QStringLiteral("holds the title"));
    t.commit();
}

QList<ReviewCase> WayUp::reviewBoard(int roundYear) const
{
    QSqlDatabase db = m_db.connection();
    const CampaignService campaign(m_db, m_work);
    const auto round = campaign.calendar().round(roundYear);
    if (!round)
        failInput(tr("%1 is not a round of the campaign.").arg(roundYear));
    // Due: named in an earlier round and holding the title when the round starts; plus those already reviewed in it.
    QList<int> due = campaign.titles().reviewsDue(roundYear, round->start());
    QHash<int, TitleEvent> outcomes;
    for (const auto &e : TitleRepository(db).events())
        if (e.roundYear == roundYear && e.kind != TitleEvent::Kind::Named) {
            outcomes.insert(e.unitId, e);
            if (!due.contains(e.unitId))
                due << e.unitId;
        }
    QHash<int, QList<VetoEvent>> vetoes;
    for (const auto &v : RecordRepository(db).vetoEvents())
        vetoes[v.unitId] << v;
    QHash<int, const UnitAppraisal *> totals;
    AppraisalRun run;
    IndicatorSystem system;
    if (AppraisalRepository(db).system(roundYear)) {
        run = appraise(roundYear, QStringLiteral("local"));
        system = run.system;
        for (const auto &a : run.units)
            totals.insert(a.unitId, &a);
    }
    const QHash<int, QString> names = UnitRepository(db).names();
    QList<ReviewCase> out;
    for (int id : due) {
        ReviewCase c;
        c.unitId = id;
        c.name = names.value(id);
        const auto last = campaign.titles().lastConfirmation(id, round->start());
        c.lastConfirmed = last ? last->date : QDate();
        // DOMAIN.md §5: for a 复查 the window is the two years since the last naming or review.
        const DateWindow window = reviewWindow(roundYear, c.lastConfirmed);
        c.vetoesInWindow = vetoesIn(vetoes.value(id), window);
        for (const auto &v : c.vetoesInWindow)
            c.reasons << tr("veto event %1 on %2 inside the review window %3 to %4 (seed 000 §四(四); DOMAIN.md §7)")
                             .arg(v.kind, v.date.toString(Qt::ISODate), window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate));
        if (const UnitAppraisal *a = totals.value(id)) {
            c.reviewTotal = a->total;
            if (a->total * 100 < system.passLine - 1e-9)
                c.reasons << tr("review score %1 below the pass line %2 (seed 000 §五 每两年考核一次; DOMAIN.md §7)")
                                 .arg(a->total, 0, 'f', 2)
                                 .arg(system.passLine / 100.0, 0, 'f', 2);
        }
        c.proposeRevoke = !c.reasons.isEmpty();
        if (outcomes.contains(id))
            c.outcome = outcomes.value(id);
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const ReviewCase &a, const ReviewCase &b) {
        return a.proposeRevoke != b.proposeRevoke ? a.proposeRevoke : a.unitId < b.unitId;
    });
    return out;
}

QList<NamingRecord> WayUp::namings(int roundYear) const
{
    QList<NamingRecord> out;
    for (const auto &n : TitleRepository(m_db.connection()).namings(roundYear))
        out << NamingRecord{n.id, n.roundYear, n.docNo, n.date, n.unitIds};
    return out;
}

QList<Recommendation> WayUp::recommendations(int roundYear) const
{
    return AppraisalRepository(m_db.connection()).recommendations(roundYear);
}

QList<AuditEntry> WayUp::auditTrail(int roundYear, int unitId) const
{
    return AppraisalRepository(m_db.connection()).auditTrail(roundYear, unitId);
}

static int regionIdOf(QSqlDatabase db, const QString &region)
{
    const RegionLookup::Result r = RegionLookup(RegionRepository(db).all()).resolve(region.trimmed());
    if (!r.error.isEmpty())
        failInput(r.error);
    return r.regionId;
}

void WayUp::setQuota(int roundYear, const QString &region, std::optional<int> quota)
{
    QSqlDatabase db = m_db.connection();
    const int regionId = regionIdOf(db, region);
    if (quota && *quota < 0)
        failInput(tr("A quota is a number of units, 0 or more, not %1.").arg(*quota));
    AppraisalRepository repo(db);
    const auto old = repo.quota(roundYear, regionId);
    Transaction t(db);
    if (quota)
        repo.setQuota(roundYear, regionId, *quota);
    else
        repo.clearQuota(roundYear, regionId);
    repo.audit(m_operator, QStringLiteral("quota"), roundYear, 0, region.trimmed(), old ? QString::number(*old) : QString(),
               quota ? QString::number(*quota) : QString());
    t.commit();
}

std::optional<int> WayUp::quota(int roundYear, const QString &region) const
{
    QSqlDatabase db = m_db.connection();
    return AppraisalRepository(db).quota(roundYear, regionIdOf(db, region));
}

QList<Assessor> WayUp::assessors() const
{
    return AppraisalRepository(m_db.connection()).assessors();
}

void WayUp::removeAssessor(int id)
{
    QSqlDatabase db = m_db.connection();
    if (sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM scores WHERE assessor_id = ?)"), {id}).toBool())
        failInput(tr("Assessor %1 has given scores; an assessor with scores is kept.").arg(id));
    Transaction t(db);
    AppraisalRepository(db).removeAssessor(id);
    t.commit();
}

std::optional<int> WayUp::score(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId) const
{
    AppraisalRepository repo(m_db.connection());
    const auto system = repo.system(roundYear);
    return system ? repo.score(system->id, stage, assessorId, unitId, indicatorId) : std::nullopt;
}

QHash<QPair<int, int>, int> WayUp::scoresOf(int roundYear, const QString &stage, int assessorId) const
{
    QHash<QPair<int, int>, int> out;
    AppraisalRepository repo(m_db.connection());
    const auto system = repo.system(roundYear);
    if (!system)
        return out;
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT unit_id, indicator_id, value FROM scores WHERE system_id = ? AND stage = ? AND assessor_id = ?"),
                      {system->id, stage, assessorId});
    while (q.next())
        out.insert(qMakePair(q.value(0).toInt(), q.value(1).toInt()), q.value(2).toInt());
    return out;
}

IndicatorSystem WayUp::currentSystem(int roundYear)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    if (auto s = repo.system(roundYear))
        return *s;
    if (roundYear < 2000 || roundYear > 2100)
        failInput(tr("%1 is not the naming year of a round.").arg(roundYear));
    Transaction t(db);
    if (!sql::scalar(db, QStringLiteral("SELECT count(*) FROM rounds WHERE year = ?"), {roundYear}).toInt()) {
        const CampaignService campaign(m_db, m_work);
        const auto round = campaign.calendar().round(roundYear);
        if (!round)
            failInput(tr("%1 is not a round of the campaign.").arg(roundYear));
        RoundRepository(db).save(*round);
    }
    IndicatorRepository(db).insertDefaultSystem(roundYear, Defaults::document());
    t.commit();
    return *repo.system(roundYear);
}

QList<IndicatorSystem> WayUp::systemVersions(int roundYear) const
{
    return AppraisalRepository(m_db.connection()).systemVersions(roundYear);
}

bool WayUp::systemFrozen(int roundYear) const
{
    AppraisalRepository repo(m_db.connection());
    const auto s = repo.system(roundYear);
    return s && repo.hasScores(s->id);
}

int WayUp::saveSystem(const IndicatorSystem &edited, const QString &reason)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    if (edited.indicators.isEmpty())
        failInput(tr("An indicator system needs at least one indicator."));
    int total = 0;
    for (const auto &i : edited.indicators) {
        if (i.areaName.trimmed().isEmpty() || i.name.trimmed().isEmpty())
            failInput(tr("Every indicator needs its area and its name."));
        if (i.points <= 0)
            failInput(tr("Indicator %1 (%2) has %3 points; points must be more than 0.").arg(i.name, i.areaName).arg(i.points / 100.0, 0, 'f', 2));
        total += i.points;
    }
    if (edited.passLine < 0 || edited.passLine > total)
        failInput(tr("The pass line %1 is outside 0…%2, the system's total.").arg(edited.passLine / 100.0, 0, 'f', 2).arg(total / 100.0, 0, 'f', 2));
    if (edited.satisfactionMin < 0 || edited.satisfactionMin > 10000)
        failInput(tr("The satisfaction minimum must be between 0% and 100%."));
    if (edited.trimMinAssessors < 3)
        failInput(tr("Trimming needs at least 3 assessors, so that one score remains."));
    const auto current = repo.system(edited.roundYear);
    const bool frozen = current && repo.hasScores(current->id);
    if (frozen && reason.trimmed().isEmpty())
        failInput(tr("The %1 indicator system is frozen: scores were given under version %2. Give a reason to make a new version.")
                      .arg(edited.roundYear)
                      .arg(current->version));
    Transaction t(db);
    IndicatorSystem s = edited;
    s.reason = frozen ? reason.trimmed() : (current ? current->reason : QString());
    const int id = repo.writeSystem(s, frozen || !current ? 0 : current->id);
    repo.audit(m_operator, QStringLiteral("indicator-system"), edited.roundYear, 0,
               frozen ? tr("new version: %1").arg(reason.trimmed()) : tr("edited before scoring"),
               current ? QStringLiteral("v%1, %2 indicators").arg(current->version).arg(current->indicators.size()) : QString(),
               QStringLiteral("%1 indicators, total %2").arg(s.indicators.size()).arg(total / 100.0, 0, 'f', 2));
    t.commit();
    return id;
}

void WayUp::removeSystemVersion(int systemId)
{
    QSqlDatabase db = m_db.connection();
    AppraisalRepository repo(db);
    if (repo.hasScores(systemId))
        failInput(tr("Scores were given under this version of the indicator system; it is kept."));
    auto q = sql::run(db, QStringLiteral("SELECT round_year, version FROM indicator_systems WHERE id = ?"), {systemId});
    if (!q.next())
        return;
    const int year = q.value(0).toInt();
    const int version = q.value(1).toInt();
    q.finish();
    Transaction t(db);
    repo.removeSystem(systemId);
    repo.audit(m_operator, QStringLiteral("indicator-system"), year, 0, tr("version %1 withdrawn").arg(version), QString(), QString());
    t.commit();
}

} // namespace cd
