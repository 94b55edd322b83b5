// The way up (DOMAIN.md §6–7): scoring, appraisal, recommendation, naming and the biennial review.
// Every step checks its phase (an override needs a written reason, which is kept), writes in one
// transaction, and records who did it in the audit trail.
#pragma once

#include "rules/appraisal.h"
#include "rules/workcalendar.h"

#include <QDate>

namespace cd {

class Database;

struct AppraisalRun
{
    int roundYear = 0;
    QString stage;
    IndicatorSystem system;
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

class WayUp
{
public:
    WayUp(Database &db, const WorkCalendar &work, QString operatorName);

    // Scores of one assessor (hundredths); refuses the assessor's own unit and values outside 0…points.
    void enterScores(int roundYear, const QString &stage, int assessorId, const QList<Score> &scores);
    AppraisalRun appraise(int roundYear, const QString &stage) const;
    int recommend(int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
                  const QString &overrideReason);
    int name(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds, const QString &overrideReason);
    void review(int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason, const QString &docNo,
                const QString &overrideReason);
    StatusReport status(const QDate &date) const;

private:
    void checkPhase(int roundYear, const QDate &date, const QString &action, const QString &overrideReason) const;

    Database &m_db;
    const WorkCalendar &m_work;
    QString m_operator;
};

} // namespace cd
