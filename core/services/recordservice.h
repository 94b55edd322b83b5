// Recording what happens between appraisals, checked before it is written: veto events, prerequisites,
// surveys and assessors (DOMAIN.md §5, §6, §8). Each call is one transaction.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "storage/attachmentstore.h"

#include <QPair>

namespace cd {

class Database;

class RecordService
{
public:
    explicit RecordService(Database &db) : m_db(db) {}

    // The folder of evidence files beside this data file; files are stored there before a record names them.
    AttachmentStore attachments() const;

    int addVeto(const VetoEvent &event);   // keeps event.id when it is set and free (redo); with its evidence
    void removeVeto(int id);
    void setVetoEvidence(int vetoId, const QList<Attachment> &files);
    QList<VetoEvent> vetoEvents() const;
    // DOMAIN.md §5: the seed's four veto kinds, plus kinds the office adds (and may take back while unused).
    void addVetoKind(const QString &name);
    void removeVetoKind(const QString &name);

    void setPrerequisite(const PrerequisiteRecord &record);
    void clearPrerequisite(int unitId, int roundYear, const QString &kind);
    QList<PrerequisiteRecord> prerequisites(int roundYear, int unitId = 0) const;
    QList<QPair<QString, QString>> prerequisiteKinds() const; // code, name

    int addSurvey(const Survey &survey);   // keeps survey.id when it is set and free (redo)
    void removeSurvey(int id);
    QList<Survey> surveys(int roundYear) const;
    // The round's satisfaction minimum, per ten thousand: its indicator system's, else the default 90% (seed 004).
    int satisfactionMinimum(int roundYear) const;

    int addAssessor(const Assessor &assessor);

    // 创建台账 (DOMAIN.md §8): a unit, a date and a kind; participants are not negative. Saves with the attachments.
    int saveActivity(const Activity &a);
    void removeActivity(int id);
    QList<Activity> activities(int unitId = 0) const;

    // 示范点 (seed 001 §二9): one level (省, 市 or 县) per unit per year.
    void setDemonstrationPoint(const DemonstrationPoint &p);
    void removeDemonstrationPoint(int unitId, int year);
    QList<DemonstrationPoint> demonstrationPoints(int year = 0, int unitId = 0) const;

    // A round's calendar as the office edits it (DOMAIN.md §4): phases in their order, each start on or before its
    // end, none overlapping; extra deadlines dated and titled. removeRound lets the default projection return.
    void saveRound(const Round &round);
    void removeRound(int year);
    std::optional<Round> storedRound(int year) const;
    QList<Round> storedRounds() const;
    QList<OverrideRecord> overrides() const; // DOMAIN.md §4: the reasons kept for actions outside their phase

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
