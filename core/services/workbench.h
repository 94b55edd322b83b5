// 工作台 (issue 13 §3): what the clerk's day holds — where the round stands, the next deadlines with working days left,
// what falls due this week, units still missing prerequisites or a survey for the round, reviews due, overdue 整改,
// packages sent up and still waiting for their receipt, and exchange conflicts to decide.
// Every item names the page (and the unit) it leads to.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;
class WorkCalendar;

struct WorkItem
{
    enum class Goes { Calendar, Prerequisites, Surveys, Rectification, WayUp, Appraisal, Exchange };
    QString group;  // the heading it stands under
    QString text;
    Goes goes = Goes::Calendar;
    int unitId = 0; // the unit it is about, 0 when none
    bool urgent = false; // due within the week or overdue
};

class Workbench
{
public:
    Workbench(Database &db, const WorkCalendar &work) : m_db(db), m_work(work) {}
    // At most `perGroup` lines of units in each group (with a line saying how many more).
    QList<WorkItem> items(const QDate &today, int perGroup = 20) const;

private:
    Database &m_db;
    const WorkCalendar &m_work;
};

} // namespace cd
