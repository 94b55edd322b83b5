// The title's decisions (DOMAIN.md §6–7): recommendations within quotas, namings and biennial reviews, each checked
// against its phase and audited, their withdrawal (undo), the review board and the status on a date.
#include "services/rounds.h"
#include "services/titledecisions.h"
#include "services/appraisalservice.h"

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
    return QCoreApplication::translate("cd::TitleDecisions", s);
}

static int regionIdOf(Database &db, const QString &region)
{
    const RegionLookup::Result r = RegionLookup(RegionRepository(db).all()).resolve(region.trimmed());
    if (!r.error.isEmpty())
        failInput(r.error);
    return r.regionId;
}

void TitleDecisions::checkPhase(int roundYear, const QDate &date, const QString &action, const QString &overrideReason) const
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

int TitleDecisions::recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
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
    const AppraisalRun run = AppraisalService(m_db, m_work, m_operator).appraise(roundYear, QStringLiteral("local"));
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

int TitleDecisions::name(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds, const QString &overrideReason)
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

void TitleDecisions::review(int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason, const QString &docNo,
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

StatusReport TitleDecisions::status(const QDate &date) const
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
    for (const auto &r : RectificationService(m_db).overdueRectifications(date))
        s.overdueRectifications << r.id;
    return s;
}

void TitleDecisions::withdrawRecommendation(int id)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    Transaction t(db);
    const auto round = repo.recommendationRound(id);
    if (!round)
        return;
    const int roundYear = *round;
    for (const auto &r : repo.recommendations(roundYear))
        if (r.id == id)
            for (int i = 0; i < r.unitIds.size(); ++i)
                repo.audit(m_operator, QStringLiteral("recommend"), roundYear, r.unitIds[i], QStringLiteral("withdrawn"),
                           QStringLiteral("rank %1").arg(i + 1), QString());
    repo.removeRecommendation(id);
    t.commit();
}

void TitleDecisions::withdrawNaming(int id)
{
    Database &db = m_db;
    Transaction t(db);
    const auto round = TitleRepository(db).namingRound(id);
    if (!round)
        return;
    const int roundYear = *round;
    AppraisalRepository repo(db);
    for (const auto &n : TitleRepository(db).namings(roundYear))
        if (n.id == id)
            for (int u : n.unitIds)
                repo.audit(m_operator, QStringLiteral("name"), roundYear, u, n.docNo + QStringLiteral(" withdrawn"),
                           n.date.toString(Qt::ISODate), QString());
    TitleRepository(db).removeNaming(id);
    t.commit();
}

void TitleDecisions::withdrawReview(int roundYear, int unitId)
{
    Database &db = m_db;
    Transaction t(db);
    const auto recorded = TitleRepository(db).reviewOutcome(roundYear, unitId);
    if (!recorded)
        return;
    const QString outcome = *recorded;
    TitleRepository(db).removeReview(roundYear, unitId);
    AppraisalRepository(db).audit(m_operator, QStringLiteral("review"), roundYear, unitId, QStringLiteral("withdrawn"), outcome,
                                  QStringLiteral("holds the title"));
    t.commit();
}

QList<ReviewCase> TitleDecisions::reviewBoard(int roundYear) const
{
    Database &db = m_db;
    const CampaignService campaign(m_db, m_work);
    const auto round = campaign.calendar().round(roundYear);
    if (!round)
        failInput(tr("%1 is not a round of the campaign.").arg(roundYear));
    // Due: named in an earlier round and holding the title when the round starts; plus those already reviewed in it.
    QList<int> due = campaign.titles().reviewsDue(roundYear, round->start());
    QSet<int> dueSet(due.cbegin(), due.cend());
    QHash<int, TitleEvent> outcomes;
    for (const auto &e : TitleRepository(db).events())
        if (e.roundYear == roundYear && e.kind != TitleEvent::Kind::Named) {
            outcomes.insert(e.unitId, e);
            if (!dueSet.contains(e.unitId)) {
                dueSet.insert(e.unitId);
                due << e.unitId;
            }
        }
    if (due.isEmpty())
        return {};
    // Of the units due alone: at a million units a round names tens of thousands, the round scores a hundred thousand.
    QHash<int, QList<VetoEvent>> vetoes;
    for (const auto &v : RecordRepository(db).vetoEvents())
        if (dueSet.contains(v.unitId))
            vetoes[v.unitId] << v;
    IndicatorSystem system;
    if (const auto s = AppraisalRepository(db).system(roundYear))
        system = *s;
    QHash<int, UnitAppraisal> totals; // the local totals: a unit's own scores, as the round's appraisal gives them
    for (auto &a : AppraisalService(m_db, m_work, m_operator).scored(roundYear, QStringLiteral("local"), due))
        totals.insert(a.unitId, std::move(a));
    const QHash<int, QString> names = UnitRepository(db).names(due);
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
            c.reasons << Reason{QStringLiteral("review-veto"), {v.kind, v.date.toString(Qt::ISODate), window.from.toString(Qt::ISODate),
                                                               window.to.toString(Qt::ISODate)}};
        const auto scored = totals.constFind(id);
        const UnitAppraisal *a = scored == totals.cend() ? nullptr : &*scored;
        if (a && a->assessors > 0) {
            c.reviewTotal = a->total;
            if (a->total * 100 < system.passLine - 1e-9)
                c.reasons << Reason{QStringLiteral("review-below-pass-line"),
                                    {QString::number(a->total, 'f', 2), QString::number(system.passLine / 100.0, 'f', 2)}};
        } else {
            c.awaitingScores = true; // 保留 is proposed only for a unit that was assessed and passed
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

QList<Naming> TitleDecisions::namings(int roundYear) const
{
    return TitleRepository(m_db).namings(roundYear);
}

QList<Recommendation> TitleDecisions::recommendations(int roundYear) const
{
    return AppraisalRepository(m_db).recommendations(roundYear);
}

int TitleDecisions::setQuota(int roundYear, const QString &region, std::optional<int> quota, int readVersion)
{
    return writeQuota(roundYear, regionIdOf(m_db, region), quota, readVersion);
}

int TitleDecisions::setQuota(const Quota &q)
{
    return writeQuota(q.roundYear, q.regionId, q.quota, q.version);
}

void TitleDecisions::clearQuota(const Quota &q)
{
    writeQuota(q.roundYear, q.regionId, std::nullopt, q.version);
}

QList<Quota> TitleDecisions::quotas(int roundYear) const
{
    return AppraisalRepository(m_db).quotas(roundYear);
}

int TitleDecisions::writeQuota(int roundYear, int regionId, std::optional<int> quota, int readVersion)
{
    Database &db = m_db;
    if (quota && *quota < 0)
        failInput(tr("A quota is a number of units, 0 or more, not %1.").arg(*quota));
    Rounds(m_db).require(roundYear);
    const QString region = RegionRepository(db).codeOf(regionId); // as the audit trail names it
    if (region.isEmpty())
        failInput(tr("There is no region with id %1.").arg(regionId));
    AppraisalRepository repo(db);
    Transaction t(db);
    const auto old = repo.quota(roundYear, regionId);
    int version = SetVersion::NotThere;
    if (quota)
        version = repo.setQuota(roundYear, regionId, *quota, readVersion);
    else
        repo.clearQuota(roundYear, regionId, readVersion);
    repo.audit(m_operator, QStringLiteral("quota"), roundYear, 0, region,
               old ? QString::number(*old) : QString(), quota ? QString::number(*quota) : QString());
    t.commit();
    return version;
}

int TitleDecisions::quotaVersion(int roundYear, const QString &region) const
{
    Database &db = m_db;
    return AppraisalRepository(db).quotaVersion(roundYear, regionIdOf(db, region));
}

std::optional<int> TitleDecisions::quota(int roundYear, const QString &region) const
{
    Database &db = m_db;
    return AppraisalRepository(db).quota(roundYear, regionIdOf(db, region));
}

} // namespace cd
