// The indicator systems (DOMAIN.md §5): a round's current version, its history, and edits (in place until scoring
// starts, then a new version with its reason).
#include "services/rounds.h"
#include "services/indicatorsystems.h"

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
    return QCoreApplication::translate("cd::IndicatorSystems", s);
}

IndicatorSystem IndicatorSystems::currentSystem(int roundYear)
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

QList<IndicatorSystem> IndicatorSystems::systemVersions(int roundYear) const
{
    return AppraisalRepository(m_db).systemVersions(roundYear);
}

bool IndicatorSystems::systemFrozen(int roundYear) const
{
    AppraisalRepository repo(m_db);
    const auto s = repo.system(roundYear);
    return s && repo.hasScores(s->id);
}

bool IndicatorSystems::sameSystem(const IndicatorSystem &a, const IndicatorSystem &b)
{
    if (a.roundYear != b.roundYear || a.version != b.version || a.passLine != b.passLine || a.satisfactionMin != b.satisfactionMin
        || a.trimMinAssessors != b.trimMinAssessors || a.indicators.size() != b.indicators.size())
        return false;
    for (qsizetype i = 0; i < a.indicators.size(); ++i) {
        const Indicator &x = a.indicators[i], &y = b.indicators[i];
        if (x.areaName != y.areaName || x.name != y.name || x.points != y.points)
            return false;
    }
    return true;
}

int IndicatorSystems::saveSystem(const IndicatorSystem &edited, const QString &reason, const std::optional<IndicatorSystem> &asRead)
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
    // Read, checked and written in one transaction; on a server two clerks' saves of one round's system are taken one
    // after the other, so the second one sees the first.
    Transaction t(db);
    t.serialise(Transaction::Key::Round, {edited.roundYear});
    const auto current = repo.system(edited.roundYear);
    if (asRead && (current ? !sameSystem(*asRead, *current) : asRead->id != 0))
        throw EditConflict(tr("The %1 indicator system was changed by another clerk after it was read; it was left as it is.").arg(edited.roundYear),
                           QStringLiteral("indicator-system"), edited.roundYear);
    const bool frozen = current && repo.hasScores(current->id);
    if (frozen && reason.trimmed().isEmpty())
        failInput(tr("The %1 indicator system is frozen: scores were given under version %2. Give a reason to make a new version.")
                      .arg(edited.roundYear)
                      .arg(current->version));
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

void IndicatorSystems::removeSystemVersion(int systemId)
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
