// Date questions over one data file: where a date falls in the campaign, and the naming/review facts of a year.
#pragma once

#include "rules/campaigncalendar.h"
#include "rules/namingcycle.h"
#include "rules/workcalendar.h"

#include <optional>

namespace cd {

class Database;

struct CycleFacts
{
    int year = 0;
    bool namingYear = false;
    std::optional<int> previousNamingYear;
    std::optional<int> nextNamingYear;
    QList<int> reviewsDue; // unit ids named in earlier rounds and still holding the title when the round starts
};

// The naming cycle and the calendar of the file (settings and stored rounds), without the title history.
NamingCycle namingCycleOf(Database &db);
CampaignCalendar campaignCalendarOf(Database &db);

class CampaignService
{
public:
    // Reads the rounds; the title history is read once, when first asked for (the status bar needs only the
    // calendar, and a whole country's history is large). `work` is the holiday schedule (shared, read-only).
    // Used while `db` is open, as every service.
    CampaignService(Database &db, const WorkCalendar &work);

    const CampaignCalendar &calendar() const { return m_calendar; }
    DatePosition locate(const QDate &date) const { return m_calendar.locate(date, m_work); }
    CycleFacts cycle(int year) const;
    const TitleHistory &titles() const;

private:
    Database *m_db;
    const WorkCalendar &m_work;
    CampaignCalendar m_calendar;
    mutable std::optional<TitleHistory> m_titles;
};

} // namespace cd
