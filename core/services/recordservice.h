// Recording what happens between appraisals, checked before it is written: veto events, prerequisites,
// surveys and assessors (DOMAIN.md §5, §6, §8). Each call is one transaction.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"

namespace cd {

class Database;

class RecordService
{
public:
    explicit RecordService(Database &db) : m_db(db) {}

    int addVeto(const VetoEvent &event);   // keeps event.id when it is set and free (redo)
    void removeVeto(int id);
    QList<VetoEvent> vetoEvents() const;
    void setPrerequisite(const PrerequisiteRecord &record);
    int addSurvey(const Survey &survey);
    int addAssessor(const Assessor &assessor);

    // Rectifications (DOMAIN.md §8): a finding needs a unit, a text and a deadline; closing needs a date and evidence.
    int saveRectification(const Rectification &r);
    void removeRectification(int id);
    QList<Rectification> rectifications() const;
    QList<Rectification> overdueRectifications(const QDate &today) const;

private:
    void requireUnit(int unitId) const;
    Database &m_db;
};

} // namespace cd
