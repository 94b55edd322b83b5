// What the way up's services (services/wayup.h) give back: an appraisal's run, the status on a date, a review case.
#pragma once

#include "domain/reason.h"
#include "domain/title.h"

#include "rules/appraisal.h"
#include "rules/namingcycle.h"
#include "rules/workcalendar.h"
#include "storage/appraisalrepository.h"

#include <QHash>
#include <QPair>

#include <QDate>

namespace cd {

class Database;

struct AppraisalRun
{
    int roundYear = 0;
    QString stage;
    IndicatorSystem system;
    QString tieBreakArea; // the area whose subtotal breaks a tie of totals (DOMAIN.md §6: 作风建设)
    QList<UnitAppraisal> units;
};

struct StatusReport
{
    QDate date;
    QList<int> holders;
    std::optional<int> reviewRound;
    QList<int> reviewsDue;
    QList<int> reviewsOverdue;
    QList<int> overdueRectifications; // ids of open items past their deadline (DOMAIN.md §8)
};

// DOMAIN.md §7: a holder due for review in a round, with what the rules propose and what was recorded.
struct ReviewCase
{
    int unitId = 0;
    QString name;
    QDate lastConfirmed;                // the naming or review that opened the window
    QList<VetoEvent> vetoesInWindow;
    std::optional<double> reviewTotal;  // the unit's total at the local stage of this round, when scored
    bool proposeRevoke = false;
    bool awaitingScores = false;        // not scored in this round: neither retention nor revocation is proposed (待复查评分)
    QList<Reason> reasons;              // why revocation is proposed, as data (worded by wording())
    std::optional<TitleEvent> outcome;  // recorded in this round
};

// What every service of the way up works with: the data file or server, the working-day calendar (phases and
// deadlines) and the clerk who acts, for the audit trail.
class WayUpStep
{
protected:
    WayUpStep(Database &db, const WorkCalendar &work, QString operatorName) : m_db(db), m_work(work), m_operator(std::move(operatorName)) {}
    Database &m_db;
    const WorkCalendar &m_work;
    QString m_operator;
};

} // namespace cd
