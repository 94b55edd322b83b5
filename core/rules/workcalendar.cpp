#include "rules/workcalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

bool WorkCalendar::addYearJson(int year, const QByteArray &json)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QSet<QDate> holidays, workdays;
    const auto collect = [](const QJsonObject &o, QSet<QDate> &out) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QDate d = QDate::fromString(it.key(), Qt::ISODate);
            if (d.isValid())
                out.insert(d);
        }
    };
    collect(doc.object().value(QStringLiteral("holidays")).toObject(), holidays);
    collect(doc.object().value(QStringLiteral("workdays")).toObject(), workdays);
    addYear(year, std::move(holidays), std::move(workdays));
    return true;
}

void WorkCalendar::addYear(int year, QSet<QDate> holidays, QSet<QDate> makeupWorkdays)
{
    m_years.insert(year, Year{std::move(holidays), std::move(makeupWorkdays)});
}

WorkCalendar WorkCalendar::fromResources()
{
    WorkCalendar cal;
    const QDir dir(QStringLiteral(":/holidays"));
    for (const auto &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        bool ok = false;
        const int year = name.left(4).toInt(&ok);
        QFile f(dir.filePath(name));
        if (ok && f.open(QIODevice::ReadOnly))
            cal.addYearJson(year, f.readAll());
    }
    return cal;
}

bool WorkCalendar::isHoliday(const QDate &date) const
{
    const auto it = m_years.constFind(date.year());
    return it != m_years.cend() && it->holidays.contains(date);
}

bool WorkCalendar::isMakeupWorkday(const QDate &date) const
{
    const auto it = m_years.constFind(date.year());
    return it != m_years.cend() && it->workdays.contains(date);
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    const auto it = m_years.constFind(date.year());
    if (it != m_years.cend()) {
        if (it->workdays.contains(date))
            return true; // 调休: a weekend day worked in exchange for a holiday
        if (it->holidays.contains(date))
            return false;
    }
    return date.dayOfWeek() <= 5;
}

WorkCalendar::Count WorkCalendar::workingDaysAfter(const QDate &from, const QDate &to) const
{
    Count c;
    if (!from.isValid() || !to.isValid() || to <= from)
        return c;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++c.days;
        if (!hasYear(d.year()) && !c.yearsWithoutData.contains(d.year()))
            c.yearsWithoutData.push_back(d.year());
    }
    return c;
}

} // namespace cd
