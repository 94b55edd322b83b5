// Working days under the official holiday and make-up-day (调休) schedule (DOMAIN.md §4).
// Holds per-year data parsed from resources/holidays/YYYY.json; a year without data falls back to Mon–Fri.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace cd {

class WorkCalendar
{
public:
    // Parses one chinese-days year file ({"holidays": {...}, "workdays": {...}}). Returns false on bad JSON.
    bool addYearJson(int year, const QByteArray &json);
    void addYear(int year, QSet<QDate> holidays, QSet<QDate> makeupWorkdays);
    // Loads every :/holidays/YYYY.json shipped with the program.
    static WorkCalendar fromResources();

    bool hasYear(int year) const { return m_years.contains(year); }
    bool isWorkingDay(const QDate &date) const;
    bool isHoliday(const QDate &date) const;
    bool isMakeupWorkday(const QDate &date) const;

    struct Count
    {
        int days = 0;
        QList<int> yearsWithoutData; // years in the span that fell back to Mon–Fri
    };
    // Working days d with from < d <= to; zero when to <= from.
    Count workingDaysAfter(const QDate &from, const QDate &to) const;

private:
    struct Year
    {
        QSet<QDate> holidays;
        QSet<QDate> workdays;
    };
    QHash<int, Year> m_years;
};

} // namespace cd
