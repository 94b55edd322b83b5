// A round's calendar as the office edits it (DOMAIN.md §4), and the reasons kept for actions outside their phase.
#include "services/calendarservice.h"

#include "services/campaignservice.h"
#include "services/rounds.h"

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
    return QCoreApplication::translate("cd::CalendarService", s);
}

int CalendarService::saveRound(const Round &r)
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
    const int version = RoundRepository(m_db).save(r);
    if (opening) // a round added on the calendar page is opened whole: with its indicator system
        rounds.ensureSystem(r.year);
    t.commit();
    return version;
}

void CalendarService::removeRound(int year, int readVersion)
{
    Transaction t(m_db);
    // Only a round nothing was recorded for goes (the undo of 新增届次); the first round carries the calendar's base.
    RoundRepository rounds(m_db);
    if (rounds.recordCount(year) > 0 || year == namingCycleOf(m_db).firstYear())
        failInput(tr("The %1 round already has records; it cannot be removed.").arg(year));
    rounds.removeIndicatorSystems(year);
    rounds.remove(year, readVersion); // EditConflict, and all of this rolls back, when another clerk changed it since
    t.commit();
}

QList<Round> CalendarService::storedRounds() const
{
    return RoundRepository(m_db).all();
}

QList<OverrideRecord> CalendarService::overrides() const
{
    return RecordRepository(m_db).overrides();
}

std::optional<Round> CalendarService::storedRound(int year) const
{
    return RoundRepository(m_db).get(year);
}

} // namespace cd
