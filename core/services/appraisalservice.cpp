// The appraisal (DOMAIN.md §6): totals, eligibility with reasons and rank of a round's units at a stage.
#include "services/rounds.h"
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
    return QCoreApplication::translate("cd::AppraisalService", s);
}

AppraisalRun AppraisalService::appraise(int roundYear, const QString &stage) const
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
    // Each unit scored as its scores are read: a whole country's round holds millions of them, never all held at once.
    UnitScorer score(run.system);
    QList<UnitAppraisal> scored;
    QHash<int, qsizetype> scoredAt;
    repo.eachUnitsScores(system->id, stage, [&](int unit, std::span<const Score> scores) {
        scoredAt.insert(unit, scored.size());
        scored.push_back(score(unit, scores));
    });

    QSet<int> ids;
    ids.reserve(scoredAt.size());
    for (auto it = scoredAt.cbegin(); it != scoredAt.cend(); ++it)
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
    for (const auto &p : records.prerequisites(roundYear, ids)) // of the appraised units only: a file may hold a million
        prereqs[p.unitId].push_back(p);
    QHash<int, QList<Survey>> surveys;
    for (const auto &s : records.surveys(roundYear, ids))
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
    const QString tieArea = SettingsRepository(db).value(QStringLiteral("tie_break_area"), QStringLiteral("作风建设"));
    run.tieBreakArea = tieArea;
    // Scores of a unit no longer on file count nowhere, as before; a recommended unit without scores is judged too.
    run.units.reserve(ids.size());
    for (const auto &u : UnitRepository(db).some(ids)) {
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
        const auto at = scoredAt.constFind(u.id);
        UnitAppraisal a = at != scoredAt.cend() ? std::move(scored[*at]) : score(u.id, {});
        judge(a, c, run.system);
        run.units.push_back(std::move(a));
    }
    scored = {};
    rank(run.units, run.system, tieArea);
    return run;
}

QList<UnitAppraisal> AppraisalService::scored(int roundYear, const QString &stage, const QList<int> &units) const
{
    AppraisalRepository repo(m_db);
    const auto system = repo.system(roundYear);
    if (!system)
        return {};
    const QMap<int, QList<Score>> scores = repo.scores(system->id, stage, units);
    QList<UnitCase> cases;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        UnitCase c;
        c.unitId = it.key();
        cases.push_back(std::move(c));
    }
    return cd::appraise(*system, cases, scores, QString());
}

QHash<int, double> AppraisalService::totals(int roundYear, const QString &stage, const QList<int> &units) const
{
    QHash<int, double> out;
    for (const UnitAppraisal &a : scored(roundYear, stage, units))
        out.insert(a.unitId, a.total);
    return out;
}

} // namespace cd
