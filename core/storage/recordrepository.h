// Veto kinds and events, prerequisite kinds and records, satisfaction surveys, override reasons.
#pragma once

#include "domain/records.h"
#include "domain/rectification.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

class RecordRepository
{
public:
    explicit RecordRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int insertVetoKind(const QString &name, const QString &source);
    QStringList vetoKinds() const;
    int addVetoEvent(const VetoEvent &event); // the kind must exist
    void addVetoEvents(const QList<VetoEvent> &events);
    QList<VetoEvent> vetoEvents(int unitId = 0) const;
    void removeVetoEvent(int id);
    void restoreVetoEvent(const VetoEvent &event); // with its old id (undo)

    int insertPrerequisiteKind(const QString &code, const QString &name);
    QStringList prerequisiteKinds() const; // codes
    void setPrerequisite(const PrerequisiteRecord &record);
    void setPrerequisites(const QList<PrerequisiteRecord> &records);
    QList<PrerequisiteRecord> prerequisites(int roundYear) const;

    int addSurvey(const Survey &survey);
    void addSurveys(const QList<Survey> &surveys);
    QList<Survey> surveys(int roundYear) const;

    void addOverride(const QString &action, int roundYear, const QDate &date, const QString &reason);

    // Rectifications: insert (or restore with its id), replace, remove, list.
    int saveRectification(const Rectification &r);
    void removeRectification(int id);
    QList<Rectification> rectifications() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
