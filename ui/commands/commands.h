// The undoable edits of the desktop, as small free functions (Subsurface's habit): the pages call these and
// never see the undo classes. Each does its work through a core service first, so a refused edit never reaches
// the stack, and an edit that changes nothing is not pushed. The notifier tells the pages what to reload.
#pragma once

#include "domain/records.h"
#include "domain/appraisal.h"
#include "domain/changes.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "domain/unit.h"
#include "services/rosterimport.h"

#include <QObject>

class QUndoStack;

namespace cd {

class Workspace;

class DataNotifier : public QObject
{
    Q_OBJECT
signals:
    // What an edit, an undo, a redo or another clerk changed (domain/changes.h), and the units whose records it
    // touched (empty when not known or too many to name, as after an import): a page reads again only when it shows
    // one of these kinds, and only these units when it can.
    void recordsChanged(cd::Changes what, const QList<int> &units);
    void failed(const QString &message); // an undo or redo that the data no longer allows
};

struct CommandContext
{
    Workspace *workspace = nullptr;
    QUndoStack *stack = nullptr;
    DataNotifier *notifier = nullptr;
};

// Who is working: the name set under Edit › Operator, else the computer's user name (audit trail, DOMAIN.md §6).
QString operatorName();
void setOperatorName(const QString &name);

namespace Command {

// Each returns true when something changed (and was pushed); a refusal throws Failure with the reason.
bool addUnit(const CommandContext &ctx, const Unit &unit);
bool editUnit(const CommandContext &ctx, const Unit &after);
bool deleteUnit(const CommandContext &ctx, int unitId);
bool importRoster(const CommandContext &ctx, const ImportPlan &plan, const ImportProgress &progress = {});
bool addVeto(const CommandContext &ctx, const VetoEvent &event);
bool deleteVeto(const CommandContext &ctx, const VetoEvent &event);
bool addVetoKind(const CommandContext &ctx, const QString &name);
// Records a new rectification (id 0) or saves a changed one, such as its closing.
bool saveRectification(const CommandContext &ctx, const Rectification &r);
// Replaces a veto event's evidence files (already stored in the attachment folder).
bool setVetoEvidence(const CommandContext &ctx, const VetoEvent &event, const QList<Attachment> &files);
// 创建台账: records a new activity (id 0) or saves a changed one with its attachments.
bool saveActivity(const CommandContext &ctx, const Activity &a);
bool deleteActivity(const CommandContext &ctx, const Activity &a);
bool addSurvey(const CommandContext &ctx, const Survey &s);
bool deleteSurvey(const CommandContext &ctx, const Survey &s);
bool setPrerequisite(const CommandContext &ctx, const PrerequisiteRecord &r);
bool clearPrerequisite(const CommandContext &ctx, const PrerequisiteRecord &r);
bool setDemonstrationPoint(const CommandContext &ctx, const DemonstrationPoint &p);
bool removeDemonstrationPoint(const CommandContext &ctx, const DemonstrationPoint &p);
// Saves a round's calendar as the office edits it, or adds a round; undo restores the old one or removes the new one.
bool saveRound(const CommandContext &ctx, const Round &round);

// The way up (DOMAIN.md §5–7). Each writes through WayUp (phase checks, audit trail); undo withdraws it, and the
// withdrawal is audited too. `overrideReason` is what the clerk wrote when the action is outside its phase.
// `shown` is the score the clerk saw (nullopt: none); the change is refused (EditConflict) when it is not the score now.
bool setScore(const CommandContext &ctx, int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId,
              std::optional<int> shown, std::optional<int> value, const QString &afterNamingReason = {});
// `asRead`: the system as the page read it; another clerk's save since throws EditConflict (nothing saved). Undo and
// redo likewise go only onto what the step before left.
bool saveIndicatorSystem(const CommandContext &ctx, const IndicatorSystem &edited, const QString &reason,
                         const std::optional<IndicatorSystem> &asRead = std::nullopt);
bool addAssessor(const CommandContext &ctx, const Assessor &a);
bool removeAssessor(const CommandContext &ctx, const Assessor &a);
bool recommend(const CommandContext &ctx, int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
               const QString &overrideReason);
bool name(const CommandContext &ctx, int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds,
          const QString &overrideReason);
bool review(const CommandContext &ctx, int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason,
            const QString &docNo, const QString &overrideReason);
// A region's quota in a round (DOMAIN.md §6), saved onto `q.version` as the page read it (EditConflict otherwise), as
// are its undo and redo. Clearing leaves the region without a cap.
bool setQuota(const CommandContext &ctx, const Quota &q);
bool clearQuota(const CommandContext &ctx, const Quota &q);

} // namespace Command

} // namespace cd
