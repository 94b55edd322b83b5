// The assessor's score sheet (评分表, DOMAIN.md §10): exported per assessor and round as .xlsx (unit rows ×
// indicator columns, each header with its points), filled in Excel or WPS, and imported back all or nothing.
#pragma once

#include "services/rosterimport.h"

#include <QString>

namespace cd {

class Database;
class WorkCalendar;

struct ScoreSheetImport
{
    int roundYear = 0;
    int assessorId = 0;
    QString stage;
    int scores = 0;          // cells read
    QList<RowIssue> rejected;
};

class ScoreSheet
{
public:
    ScoreSheet(Database &db, const WorkCalendar &work, QString operatorName);

    // Units: the recommended units at the province stage; else the assessor's region (or all), never their own unit.
    int exportSheet(int roundYear, int assessorId, const QString &path);
    // Checks every cell; writes the scores only when none is bad (unless nothing at all is bad, nothing changes).
    ScoreSheetImport importSheet(const QString &path, int expectedRound = 0, const QString &afterNamingReason = {});

private:
    Database &m_db;
    const WorkCalendar &m_work;
    QString m_operator;
};

} // namespace cd
