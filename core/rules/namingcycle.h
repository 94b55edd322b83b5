// The biennial naming cycle (seed 000 §五: 每两年命名一次，逢偶数年度进行) and the title's history:
// who holds 文明窗口 on a date, who is due for review (复查) in a round, and whose review is overdue.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace cd {

class NamingCycle
{
public:
    explicit NamingCycle(int firstYear = 2014, int period = 2) : m_first(firstYear), m_period(period) {}

    int firstYear() const { return m_first; }
    int period() const { return m_period; }
    bool isNamingYear(int year) const;
    std::optional<int> previous(int year) const; // the last naming year before `year`
    std::optional<int> next(int year) const;     // the first naming year after `year`

private:
    int m_first;
    int m_period;
};

// One step in a unit's title history.
struct TitleEvent
{
    enum class Kind { Named, Retained, Revoked };
    int unitId = 0;
    int roundYear = 0;
    QDate date;
    Kind kind = Kind::Named;
    QString docNo;
    QString reason;
};

class TitleHistory
{
public:
    explicit TitleHistory(QList<TitleEvent> events);

    bool holdsTitle(int unitId, const QDate &date) const;
    QList<int> holdersOn(const QDate &date) const;
    // seed 000 §五 (每两年考核一次): named in round Y, reviewed in Y+2, Y+4, … until revoked.
    // Due in round `year`: named in an earlier round and still holding the title the day before the round starts.
    QList<int> reviewsDue(int year, const QDate &roundStart) const;
    // DOMAIN.md §7: a review round that ended without a recorded outcome flags the unit as overdue.
    QList<int> reviewsOverdue(int year, const QDate &roundStart, const QDate &roundEnd, const QDate &today) const;
    // The naming or review that last confirmed the title before `date` (the start of a review window).
    std::optional<TitleEvent> lastConfirmation(int unitId, const QDate &before) const;
    QList<TitleEvent> history(int unitId) const;

private:
    QHash<int, QList<TitleEvent>> m_byUnit; // each list sorted by date, then by kind
};

} // namespace cd
