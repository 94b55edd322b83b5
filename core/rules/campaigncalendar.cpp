#include "rules/campaigncalendar.h"

#include <algorithm>
#include <cstdlib>

namespace cd {

CampaignCalendar::CampaignCalendar(NamingCycle cycle, Round base, QList<Round> stored)
    : m_cycle(cycle), m_base(std::move(base))
{
    for (auto &r : stored)
        m_stored.insert(r.year, std::move(r));
}

std::optional<Round> CampaignCalendar::round(int year) const
{
    if (const auto it = m_stored.constFind(year); it != m_stored.cend())
        return *it;
    // DOMAIN.md §4 default: a later round Y is the base (2014) calendar moved by Y−2014 years.
    if (m_cycle.isNamingYear(year) && year >= m_base.year && !m_base.phases.isEmpty())
        return m_base.shiftedTo(year);
    return std::nullopt;
}

QList<Round> CampaignCalendar::roundsAround(int year) const
{
    // A round may run into the next year (seed 003 ends 2015-02-28), so look one round back and
    // far enough ahead to find the next deadline from a gap year.
    QList<Round> out;
    for (int y = year - 2 * m_cycle.period(); y <= year + 2 * m_cycle.period(); ++y)
        if (auto r = round(y))
            out.push_back(*r);
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) // stored rounds of any year nearby
        if (std::abs(it.key() - year) > 2 * m_cycle.period() && it->start().year() <= year && it->end().year() >= year)
            out.push_back(*it);
    std::sort(out.begin(), out.end(), [](const Round &a, const Round &b) { return a.start() < b.start(); });
    return out;
}

DatePosition CampaignCalendar::locate(const QDate &date, const WorkCalendar &work) const
{
    DatePosition pos;
    pos.date = date;
    pos.namingYear = m_cycle.isNamingYear(date.year());
    const QList<Round> rounds = roundsAround(date.year());

    // Which phase holds the date; the later round wins if two overlap.
    for (const auto &r : rounds)
        for (const auto &p : r.phases)
            if (p.start <= date && date <= p.end) {
                pos.round = r.year;
                pos.phase = p.kind;
                pos.phaseStart = p.start;
                pos.phaseEnd = p.end;
            }
    if (!pos.round) {
        // 常态创建: between the end of the round before and the start of the round after.
        for (const auto &r : rounds) {
            if (r.end() < date && (!pos.phaseStart.isValid() || r.end().addDays(1) > pos.phaseStart))
                pos.phaseStart = r.end().addDays(1);
            if (r.start() > date && (!pos.phaseEnd.isValid() || r.start().addDays(-1) < pos.phaseEnd))
                pos.phaseEnd = r.start().addDays(-1);
        }
        // Extra deadlines (a comment deadline before the first phase) can fall outside the phases.
        for (const auto &r : rounds)
            if (r.start() <= date && date <= r.end())
                pos.round = r.year;
    }

    for (const auto &r : rounds)
        for (const auto &d : r.deadlines())
            if (d.date >= date && (!pos.nextDeadline || d.date < pos.nextDeadline->date))
                pos.nextDeadline = d;
    if (pos.nextDeadline) {
        pos.daysLeft = static_cast<int>(date.daysTo(pos.nextDeadline->date));
        const auto count = work.workingDaysAfter(date, pos.nextDeadline->date);
        pos.workingDaysLeft = count.days;
        pos.yearsWithoutHolidayData = count.yearsWithoutData;
    }
    return pos;
}

} // namespace cd
