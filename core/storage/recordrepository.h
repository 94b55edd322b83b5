// Veto kinds and events, prerequisite kinds and records, satisfaction surveys, override reasons.
#pragma once

#include "domain/recordtables.h"
#include "domain/records.h"
#include "domain/rectification.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace cd {

class Database;

class RecordRepository
{
public:
    explicit RecordRepository(Database &db) : m_db(db) {}

    int insertVetoKind(const QString &name, const QString &source);
    QStringList vetoKinds() const;
    void removeVetoKind(const QString &name);
    bool vetoKindUsed(const QString &name) const;
    int addVetoEvent(const VetoEvent &event); // the kind must exist
    void addVetoEvents(const QList<VetoEvent> &events);
    bool vetoEventExists(int id) const;
    bool surveyExists(int id) const;
    QList<VetoEvent> vetoEvents(int unitId = 0) const; // with their evidence files
    void setVetoEvidence(int vetoId, const QList<Attachment> &files);
    void removeVetoEvent(int id);
    void restoreVetoEvent(const VetoEvent &event); // with its old id (undo)

    int insertPrerequisiteKind(const QString &code, const QString &name);
    QStringList prerequisiteKinds() const; // codes
    // Sets it onto the version it was read at (record.version, domain/setversion.h) and returns the version now stored;
    // EditConflict when another clerk set or cleared it since.
    int setPrerequisite(const PrerequisiteRecord &record);
    void setPrerequisites(const QList<PrerequisiteRecord> &records);
    QList<PrerequisiteRecord> prerequisites(int roundYear, int unitId = 0) const; // unitId 0: every unit
    // Those of these units only, read in one pass that makes no record for any other unit (the appraisal of a round's
    // scored units in a file of a million).
    QList<PrerequisiteRecord> prerequisites(int roundYear, const QSet<int> &units) const;
    // The round's prerequisites, compactly, for the 创建条件 list of a whole file.
    PrerequisiteTable prerequisiteTable(int roundYear) const;
    void clearPrerequisite(const PrerequisiteRecord &record); // on record.version, as setPrerequisite
    QList<QPair<QString, QString>> prerequisiteKindNames() const; // code, name

    int addSurvey(const Survey &survey);
    void addSurveys(const QList<Survey> &surveys);
    QList<Survey> surveys(int roundYear) const;
    QList<Survey> surveys(int roundYear, const QSet<int> &units) const; // of these units only, as prerequisites()
    QList<Survey> surveysOfUnit(int unitId) const; // every round, oldest first
    // Units with no survey, or without every prerequisite, in a round: the first `limit` (id, name) by id, and in
    // *total how many there are, counted up to 10,001.
    QList<QPair<int, QString>> unitsWithoutSurvey(int roundYear, int limit, int *total) const;
    QList<QPair<int, QString>> unitsMissingPrerequisites(int roundYear, int limit, int *total) const;
    void removeSurvey(int id);
    void restoreSurvey(const Survey &survey); // with its old id (undo)

    // 创建台账: inserts (id 0), restores (id free) or replaces an activity with its attachment list.
    int saveActivity(const Activity &a);
    void addActivities(const QList<Activity> &activities); // new ones, without files (demo data)
    void removeActivity(int id);
    QList<Activity> activities(int unitId = 0) const;
    // The same, compactly, for the 创建台账 list of a whole file.
    ActivityTable activityTable(int unitId = 0) const;

    int setDemonstrationPoint(const DemonstrationPoint &p); // on p.version, as setPrerequisite
    void setDemonstrationPoints(const QList<DemonstrationPoint> &points);
    void removeDemonstrationPoint(const DemonstrationPoint &p);
    QList<DemonstrationPoint> demonstrationPoints(int year = 0, int unitId = 0) const; // 0: any

    void addOverride(const QString &action, int roundYear, const QDate &date, const QString &reason);
    QList<OverrideRecord> overrides() const; // newest first

    // Rectifications: insert (or restore with its id), replace, remove, list.
    int saveRectification(const Rectification &r);
    void removeRectification(int id);
    QList<Rectification> rectifications(int unitId = 0) const; // 0: every unit

private:
    Database &m_db;
};

} // namespace cd
