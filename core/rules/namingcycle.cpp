#include "rules/namingcycle.h"

#include <algorithm>

namespace cd {

bool NamingCycle::isNamingYear(int year) const
{
    return year >= m_first && (year - m_first) % m_period == 0;
}

std::optional<int> NamingCycle::previous(int year) const
{
    if (year <= m_first)
        return std::nullopt;
    const int y = year - 1;
    return y - (y - m_first) % m_period;
}

std::optional<int> NamingCycle::next(int year) const
{
    if (year < m_first)
        return m_first;
    return year + m_period - (year - m_first) % m_period;
}

TitleHistory::TitleHistory(QList<TitleEvent> events)
{
    for (auto &e : events)
        m_byUnit[e.unitId].push_back(std::move(e));
    for (auto &list : m_byUnit)
        std::stable_sort(list.begin(), list.end(), [](const TitleEvent &a, const TitleEvent &b) {
            return a.date != b.date ? a.date < b.date : int(a.kind) < int(b.kind);
        });
}

static bool holdsAfter(const QList<TitleEvent> &list, const QDate &date, int *namedRound)
{
    bool holds = false;
    for (const auto &e : list) {
        if (e.date > date)
            break;
        if (e.kind == TitleEvent::Kind::Named) {
            holds = true;
            if (namedRound)
                *namedRound = e.roundYear;
        } else if (e.kind == TitleEvent::Kind::Revoked) {
            holds = false;
        }
    }
    return holds;
}

bool TitleHistory::holdsTitle(int unitId, const QDate &date) const
{
    const auto it = m_byUnit.constFind(unitId);
    return it != m_byUnit.cend() && holdsAfter(*it, date, nullptr);
}

QList<int> TitleHistory::holdersOn(const QDate &date) const
{
    QList<int> out;
    for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it)
        if (holdsAfter(*it, date, nullptr))
            out.push_back(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> TitleHistory::reviewsDue(int year, const QDate &roundStart) const
{
    QList<int> out;
    const QDate eve = roundStart.addDays(-1);
    for (auto it = m_byUnit.cbegin(); it != m_byUnit.cend(); ++it) {
        int namedRound = 0;
        if (holdsAfter(*it, eve, &namedRound) && namedRound < year)
            out.push_back(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> TitleHistory::reviewsOverdue(int year, const QDate &roundStart, const QDate &roundEnd, const QDate &today) const
{
    QList<int> out;
    if (today <= roundEnd)
        return out;
    for (int unit : reviewsDue(year, roundStart)) {
        const auto &list = m_byUnit[unit];
        const bool reviewed = std::any_of(list.cbegin(), list.cend(), [year](const TitleEvent &e) {
            return e.roundYear == year && e.kind != TitleEvent::Kind::Named;
        });
        if (!reviewed)
            out.push_back(unit);
    }
    return out;
}

std::optional<TitleEvent> TitleHistory::lastConfirmation(int unitId, const QDate &before) const
{
    std::optional<TitleEvent> last;
    for (const auto &e : m_byUnit.value(unitId))
        if (e.date < before && e.kind != TitleEvent::Kind::Revoked)
            last = e;
    return last;
}

QList<TitleEvent> TitleHistory::history(int unitId) const
{
    return m_byUnit.value(unitId);
}

} // namespace cd
