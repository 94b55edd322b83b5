// The way up as the desktop edits it: undo by audited withdrawal, the review board, quotas, the indicator
// system's versions, and the read-side queries the pages show (DOMAIN.md §5–7).
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

void WayUp::checkScoresAfterNaming(int roundYear, const QString &reason)
{
    const int named = TitleRepository(m_db).namingCount(roundYear);
    if (!named)
        return;
    if (reason.trimmed().isEmpty())
        throw PhaseRefusal(tr("The %1 round has been named already; its scores change only with a written reason. "
                              "Give it with --override-reason.").arg(roundYear),
                           tr("The %1 round has been named already: changing its scores now changes totals behind a decision "
                              "that was published.").arg(roundYear));
    AppraisalRepository(m_db).audit(m_operator, QStringLiteral("score-after-naming"), roundYear, 0, reason.trimmed(), QString(), QString());
}

void WayUp::clearScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, const QString &afterNamingReason)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    const auto system = repo.system(roundYear);
    if (!system)
        return;
    Transaction t(db);
    const auto old = repo.score(system->id, stage, assessorId, unitId, indicatorId);
    if (!old)
        return;
    checkScoresAfterNaming(roundYear, afterNamingReason);
    repo.removeScore(system->id, stage, assessorId, unitId, indicatorId);
    repo.audit(m_operator, QStringLiteral("score"), roundYear, unitId,
               QStringLiteral("assessor %1, indicator %2, %3").arg(assessorId).arg(indicatorId).arg(stage),
               QString::number(*old / 100.0, 'f', 2), QString());
    t.commit();
}

void WayUp::withdrawRecommendation(int id)
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

void WayUp::withdrawNaming(int id)
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

void WayUp::withdrawReview(int roundYear, int unitId)
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

QList<ReviewCase> WayUp::reviewBoard(int roundYear) const
{
    Database &db = m_db;
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
            c.reasons << Reason{QStringLiteral("review-veto"), {v.kind, v.date.toString(Qt::ISODate), window.from.toString(Qt::ISODate),
                                                               window.to.toString(Qt::ISODate)}};
        const UnitAppraisal *a = totals.value(id);
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

QList<Naming> WayUp::namings(int roundYear) const
{
    return TitleRepository(m_db).namings(roundYear);
}

QList<Recommendation> WayUp::recommendations(int roundYear) const
{
    return AppraisalRepository(m_db).recommendations(roundYear);
}

QList<AuditEntry> WayUp::auditTrail(int roundYear, int unitId) const
{
    return AppraisalRepository(m_db).auditTrail(roundYear, unitId);
}

static int regionIdOf(Database &db, const QString &region)
{
    const RegionLookup::Result r = RegionLookup(RegionRepository(db).all()).resolve(region.trimmed());
    if (!r.error.isEmpty())
        failInput(r.error);
    return r.regionId;
}

void WayUp::setQuota(int roundYear, const QString &region, std::optional<int> quota)
{
    Database &db = m_db;
    const int regionId = regionIdOf(db, region);
    if (quota && *quota < 0)
        failInput(tr("A quota is a number of units, 0 or more, not %1.").arg(*quota));
    Rounds(m_db).require(roundYear);
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
    Database &db = m_db;
    return AppraisalRepository(db).quota(roundYear, regionIdOf(db, region));
}

QList<Assessor> WayUp::assessors() const
{
    return AppraisalRepository(m_db).assessors();
}

void WayUp::removeAssessor(int id)
{
    Database &db = m_db;
    if (AppraisalRepository(db).assessorHasScores(id))
        failInput(tr("Assessor %1 has given scores; an assessor with scores is kept.").arg(id));
    Transaction t(db);
    AppraisalRepository(db).removeAssessor(id);
    t.commit();
}

std::optional<int> WayUp::score(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    return system ? repo.score(system->id, stage, assessorId, unitId, indicatorId) : std::nullopt;
}

QHash<QPair<int, int>, int> WayUp::scoresOf(int roundYear, const QString &stage, int assessorId) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    return system ? repo.scoresOf(system->id, stage, assessorId) : QHash<QPair<int, int>, int>();
}

IndicatorSystem WayUp::currentSystem(int roundYear)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    if (auto s = repo.system(roundYear))
        return *s;
    // A round is opened explicitly (round add, 新增届次), never by looking at it; a round stored by an older version
    // without its system gets the previous round's, copied.
    Rounds rounds(m_db);
    rounds.require(roundYear);
    if (m_db.isReadOnly())
        failInput(tr("The %1 round has no indicator system yet.").arg(roundYear));
    Transaction t(db);
    rounds.ensureSystem(roundYear);
    t.commit();
    return *repo.system(roundYear);
}

QList<IndicatorSystem> WayUp::systemVersions(int roundYear) const
{
    return AppraisalRepository(m_db).systemVersions(roundYear);
}

bool WayUp::systemFrozen(int roundYear) const
{
    AppraisalRepository repo(m_db);
    const auto s = repo.system(roundYear);
    return s && repo.hasScores(s->id);
}

int WayUp::saveSystem(const IndicatorSystem &edited, const QString &reason)
{
    Database &db = m_db;
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
               frozen ? QStringLiteral("new version: %1").arg(reason.trimmed()) : QStringLiteral("edited before scoring"),
               current ? QStringLiteral("v%1, %2 indicators").arg(current->version).arg(current->indicators.size()) : QString(),
               QStringLiteral("%1 indicators, total %2").arg(s.indicators.size()).arg(total / 100.0, 0, 'f', 2));
    t.commit();
    return id;
}

void WayUp::removeSystemVersion(int systemId)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    if (repo.hasScores(systemId))
        failInput(tr("Scores were given under this version of the indicator system; it is kept."));
    const auto which = repo.systemRoundAndVersion(systemId);
    if (!which)
        return;
    const auto [year, version] = *which;
    Transaction t(db);
    repo.removeSystem(systemId);
    repo.audit(m_operator, QStringLiteral("indicator-system"), year, 0, QStringLiteral("version %1 withdrawn").arg(version), QString(), QString());
    t.commit();
}

} // namespace cd
