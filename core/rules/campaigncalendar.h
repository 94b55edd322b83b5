// Answers "where does this date fall?" over the campaign's rounds (DOMAIN.md §4, CLI.md calendar).
// Rounds stored in the data file win; a later naming year without one gets the base round moved by whole years.
#pragma once

#include "domain/round.h"
#include "rules/namingcycle.h"
#include "rules/workcalendar.h"

#include <QMap>
#include <optional>

namespace cd {

struct DatePosition
{
    QDate date;
    std::optional<int> round; // naming year of the round the date belongs to
    PhaseKind phase = PhaseKind::Ongoing;
    QDate phaseStart; // for 常态创建: the gap between rounds (invalid when open-ended)
    QDate phaseEnd;
    std::optional<Deadline> nextDeadline;
    int daysLeft = 0;
    int workingDaysLeft = 0;
    QList<int> yearsWithoutHolidayData; // working days were counted Mon–Fri for these years
    bool namingYear = false;
};

class CampaignCalendar
{
public:
    CampaignCalendar(NamingCycle cycle, Round base, QList<Round> stored);

    // The stored round of that year, else the default one for a naming year, else nothing.
    std::optional<Round> round(int year) const;
    DatePosition locate(const QDate &date, const WorkCalendar &work) const;
    const NamingCycle &cycle() const { return m_cycle; }

private:
    QList<Round> roundsAround(int year) const;

    NamingCycle m_cycle;
    Round m_base;
    QMap<int, Round> m_stored;
};

} // namespace cd
