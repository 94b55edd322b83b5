#include "services/campaignservice.h"

#include "services/defaults.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/roundrepository.h"
#include "storage/titlerepository.h"

namespace cd {

NamingCycle namingCycleOf(Database &db)
{
    SettingsRepository s(db);
    return NamingCycle(s.value(QStringLiteral("first_naming_year"), QStringLiteral("2014")).toInt(),
                       std::max(1, s.value(QStringLiteral("naming_period"), QStringLiteral("2")).toInt()));
}

CampaignCalendar campaignCalendarOf(Database &db)
{
    const NamingCycle cycle = namingCycleOf(db);
    const QList<Round> stored = RoundRepository(db).all();
    Round base = Defaults::firstRound();
    for (const auto &r : stored)
        if (r.year == cycle.firstYear())
            base = r;
    return CampaignCalendar(cycle, base, stored);
}

CampaignService::CampaignService(Database &db, const WorkCalendar &work)
    : m_db(&db), m_work(work), m_calendar(campaignCalendarOf(db))
{
}

const TitleHistory &CampaignService::titles() const
{
    if (!m_titles)
        m_titles.emplace(TitleRepository(*m_db).events());
    return *m_titles;
}

CycleFacts CampaignService::cycle(int year) const
{
    CycleFacts f;
    f.year = year;
    const NamingCycle &c = m_calendar.cycle();
    f.namingYear = c.isNamingYear(year);
    f.previousNamingYear = c.previous(year);
    f.nextNamingYear = c.next(year);
    if (f.namingYear) {
        const auto round = m_calendar.round(year);
        f.reviewsDue = titles().reviewsDue(year, round ? round->start() : QDate(year, 1, 1));
    }
    return f;
}

} // namespace cd
