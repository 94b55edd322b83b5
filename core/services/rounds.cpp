#include "services/rounds.h"

#include "services/campaignservice.h"
#include "services/defaults.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/roundrepository.h"
#include "storage/transaction.h"
#include "util/failure.h"

#include <QCoreApplication>

namespace cd {

bool Rounds::exists(int year) const
{
    return RoundRepository(m_db).get(year).has_value();
}

void Rounds::require(int year) const
{
    if (exists(year))
        return;
    const NamingCycle cycle = namingCycleOf(m_db);
    if (!cycle.isNamingYear(year))
        failInput(QCoreApplication::translate("cd::Rounds", "%1 is not a round: rounds are named every %2 years, in %3, %4, %5 and so on.")
                      .arg(year)
                      .arg(cycle.period())
                      .arg(cycle.firstYear())
                      .arg(cycle.firstYear() + cycle.period())
                      .arg(cycle.firstYear() + 2 * cycle.period()));
    failInput(QCoreApplication::translate("cd::Rounds", "This data file has no %1 round yet. Open it first: on the calendar page choose Add a round, "
                                                        "or run \"campaigndesk-cli round add --year %1\".")
                  .arg(year));
}

Round Rounds::open(int year)
{
    const CampaignCalendar calendar = campaignCalendarOf(m_db);
    const NamingCycle &cycle = calendar.cycle();
    if (!cycle.isNamingYear(year))
        require(year); // says why
    if (exists(year))
        failInput(QCoreApplication::translate("cd::Rounds", "The %1 round is open already; change its calendar on the calendar page.").arg(year));
    const auto projected = calendar.round(year);
    if (!projected)
        require(year);
    Transaction t(m_db);
    RoundRepository(m_db).save(*projected);
    ensureSystem(year);
    t.commit();
    return *projected;
}

int Rounds::ensureSystem(int year)
{
    Database &db = m_db;
    AppraisalRepository repo(db);
    if (const auto s = repo.system(year))
        return s->id;
    // The latest earlier round's system, as its last version stands; scores never travel with it.
    for (int y = year - 1; y >= 2000; --y) {
        if (auto previous = repo.system(y)) {
            IndicatorSystem copy = *previous;
            copy.roundYear = year;
            copy.reason.clear();
            return repo.writeSystem(copy, 0);
        }
    }
    return IndicatorRepository(db).insertDefaultSystem(year, Defaults::document());
}

} // namespace cd
