// 单位档案 (issue 13 §1): one unit's whole story as one document — its data, its title history, per round its
// prerequisites, surveys, scores with rank and reasons, recommendation and 示范点, then its veto events, activities with
// their files, rectifications and the audit trail of its records. The GUI shows it; `report unit-dossier` prints it.
#pragma once

#include "reports/evidencebinder.h"
#include "reports/reportdocument.h"
#include "rules/appraisal.h"

namespace cd {

class Database;
class WorkCalendar;
struct UnitRow;

// The unit's roster row, or a refusal naming the number when there is no such unit.
UnitRow requireUnitRow(Database &db, int unitId);

// How a unit came out of a round's appraisal at each stage it was scored in (local, then province): its appraisal and
// how many units were appraised with it. Stages it has no score in are left out.
struct UnitStanding
{
    QString stage;
    UnitAppraisal unit;
    int appraised = 0;
};
QList<UnitStanding> standingsOf(Database &db, const WorkCalendar &work, int roundYear, int unitId);

class UnitDossier
{
public:
    explicit UnitDossier(Database &db) : m_db(db) {}
    // Rounds from `fromYear` to `toYear` (0: no bound). Refuses a unit that does not exist.
    ReportDocument build(int unitId, int fromYear = 0, int toYear = 0) const;
    // What the evidence binder needs: the cover, the same parts, and every file attached to the unit's veto events and
    // activities in those rounds, in date order with the record each documents. Reads the data file only; binding
    // (EvidenceBinder::write) reads the files and can run on another thread.
    BinderInput binderInput(int unitId, int fromYear = 0, int toYear = 0) const;

private:
    Database &m_db;
};

} // namespace cd
