// Scoring (DOMAIN.md §6): assessors' scores, entered by sheet or one by one, checked (the assessor's own unit, ranges,
// the naming rule) and audited; the assessors themselves.
#include "services/rounds.h"
#include "services/scoring.h"

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
    return QCoreApplication::translate("cd::Scoring", s);
}

void Scoring::enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason)
{
    Database &db = m_db;
    Rounds(m_db).require(roundYear);
    Transaction t(db);
    const int systemId = checkAndAuditScores(roundYear, stage, assessorId, scores, afterNamingReason);
    AppraisalRepository(db).saveScores(systemId, stage, scores);
    t.commit();
}

void Scoring::changeScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, std::optional<int> expected,
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

int Scoring::checkAndAuditScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores, const QString &afterNamingReason)
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

void Scoring::checkScoresAfterNaming(int roundYear, const QString &reason)
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

void Scoring::clearScore(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId, const QString &afterNamingReason)
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

QList<Assessor> Scoring::assessors() const
{
    return AppraisalRepository(m_db).assessors();
}

void Scoring::removeAssessor(int id)
{
    Database &db = m_db;
    if (AppraisalRepository(db).assessorHasScores(id))
        failInput(tr("Assessor %1 has given scores; an assessor with scores is kept.").arg(id));
    Transaction t(db);
    AppraisalRepository(db).removeAssessor(id);
    t.commit();
}

std::optional<int> Scoring::score(int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    return system ? repo.score(system->id, stage, assessorId, unitId, indicatorId) : std::nullopt;
}

QHash<QPair<int, int>, int> Scoring::scoresOf(int roundYear, const QString &stage, int assessorId) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    return system ? repo.scoresOf(system->id, stage, assessorId) : QHash<QPair<int, int>, int>();
}

QHash<QPair<int, int>, int> Scoring::scoresOf(int roundYear, const QString &stage, int assessorId, const QList<int> &units) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    return system ? repo.scoresOf(system->id, stage, assessorId, units) : QHash<QPair<int, int>, int>();
}

} // namespace cd
