#include "commands/commands.h"
#include "commands/commandkit.h"

#include "services/recordservice.h"
#include "services/unitservice.h"

#include <QSettings>
#include <memory>

namespace cd {

using namespace commandkit;

QString operatorName()
{
    const QString set = QSettings().value(QStringLiteral("operator/name")).toString().trimmed();
    if (!set.isEmpty())
        return set;
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("CampaignDesk") : user;
}

void setOperatorName(const QString &name)
{
    QSettings().setValue(QStringLiteral("operator/name"), name.trimmed());
}


namespace Command {

bool addUnit(const CommandContext &ctx, const Unit &unit)
{
    Database &db = ctx.workspace->database();
    const Unit added = UnitService(db).add(unit);
    push(ctx,
         new DoneCommand(tr("Add unit %1").arg(added.name), ctx, [&db, id = added.id] { UnitService(db).remove(id); },
                         [&db, added] { UnitService(db).add(added); }, Changes(Change::Units), {added.id}));
    return true;
}

bool editUnit(const CommandContext &ctx, const Unit &after)
{
    Database &db = ctx.workspace->database();
    const auto before = UnitService(db).get(after.id);
    if (!before)
        failInput(tr("There is no unit with id %1.").arg(after.id));
    if (sameContent(*before, after))
        return false; // nothing changed: nothing to undo
    // Saved onto the version the dialog read (after.version). Undo and redo change the unit only while it is as the
    // step before left it, so that neither overwrites another clerk's change made in between.
    UnitService(db).update(after);
    push(ctx,
         new DoneCommand(tr("Edit unit %1").arg(after.name), ctx, [&db, b = *before, after] { UnitService(db).replace(after, b); },
                         [&db, b = *before, after] { UnitService(db).replace(b, after); }, Changes(Change::Units), {after.id}));
    return true;
}

bool deleteUnit(const CommandContext &ctx, int unitId)
{
    Database &db = ctx.workspace->database();
    const auto before = UnitService(db).get(unitId);
    if (!before)
        return false;
    UnitService(db).remove(unitId);
    push(ctx,
         new DoneCommand(tr("Delete unit %1").arg(before->name), ctx, [&db, b = *before] { UnitService(db).add(b); },
                         [&db, unitId] { UnitService(db).remove(unitId); }, everything(), {unitId}));
    return true;
}

bool importRoster(const CommandContext &ctx, const ImportPlan &plan, const ImportProgress &progress)
{
    if (plan.toAdd.isEmpty() && plan.toUpdate.isEmpty())
        return false;
    Database &db = ctx.workspace->database();
    const ImportResult result = RosterImport(db).apply(plan, progress);
    // A small import names its units, so the roster reads only those; a large one is read again whole.
    QList<int> touched = result.addedIds;
    for (const auto &u : plan.toUpdate)
        touched << u.id;
    touched = named(touched);
    push(ctx,
         new DoneCommand(tr("Import %1 new and %2 updated units").arg(result.imported).arg(result.updated), ctx,
                         [&db, plan, result] { RosterImport(db).revert(plan, result); },
                         [&db, plan, result] { RosterImport(db).reapply(plan, result); }, Changes(Change::Units), touched));
    return true;
}

bool addVeto(const CommandContext &ctx, const VetoEvent &event)
{
    Database &db = ctx.workspace->database();
    VetoEvent added = event;
    added.id = VetoService(db).addVeto(event);
    push(ctx,
         new DoneCommand(tr("Record veto event %1").arg(event.kind), ctx, [&db, id = added.id] { VetoService(db).removeVeto(id); },
                         [&db, added] { VetoService(db).addVeto(added); }, Changes(Change::Vetoes), {event.unitId}));
    return true;
}

bool deleteVeto(const CommandContext &ctx, const VetoEvent &event)
{
    Database &db = ctx.workspace->database();
    VetoService(db).removeVeto(event.id);
    push(ctx,
         new DoneCommand(tr("Delete veto event %1").arg(event.kind), ctx, [&db, event] { VetoService(db).addVeto(event); },
                         [&db, id = event.id] { VetoService(db).removeVeto(id); }, Changes(Change::Vetoes), {event.unitId}));
    return true;
}

bool addVetoKind(const CommandContext &ctx, const QString &name)
{
    Database &db = ctx.workspace->database();
    VetoService(db).addVetoKind(name);
    const QString n = name.trimmed();
    push(ctx,
         new DoneCommand(tr("Add veto kind %1").arg(n), ctx, [&db, n] { VetoService(db).removeVetoKind(n); },
                         [&db, n] { VetoService(db).addVetoKind(n); }, Changes(Change::Vetoes)));
    return true;
}

// The undo and redo of a saved record that has a version (an activity, a rectification). An edit's undo and redo go
// onto the version the last of them left, so neither overwrites another clerk's change made in between (that one is
// refused and shown). A new record's undo removes it and its redo puts it back whole.
template <class Record>
std::pair<std::function<void()>, std::function<void()>> versionedUndo(const std::optional<Record> &before, const Record &saved,
                                                                       int readVersion, std::function<void(const Record &)> save,
                                                                       std::function<void(int id)> remove)
{
    if (!before)
        return {[remove, id = saved.id] { remove(id); },
                [save, saved] {
                    Record x = saved;
                    x.version = 0; // put back whole
                    save(x);
                }};
    const auto version = std::make_shared<int>((readVersion ? readVersion : before->version) + 1);
    const auto writeOnto = [save, version](Record x) {
        x.version = *version;
        save(x);
        ++*version;
    };
    return {[writeOnto, b = *before] { writeOnto(b); }, [writeOnto, saved] { writeOnto(saved); }};
}

bool saveRectification(const CommandContext &ctx, const Rectification &r)
{
    Database &db = ctx.workspace->database();
    std::optional<Rectification> before;
    if (r.id) // a new finding has nothing before it; the list is the office's, short enough to scan
        for (const auto &x : RectificationService(db).rectifications())
            if (x.id == r.id)
                before = x;
    if (before && before->finding == r.finding && before->source == r.source && before->owner == r.owner
        && before->deadline == r.deadline && before->closed == r.closed && before->closingEvidence == r.closingEvidence)
        return false;
    Rectification saved = r;
    saved.id = RectificationService(db).saveRectification(r); // onto the version r was read at, else EditConflict
    const auto [undoFn, redoFn] = versionedUndo<Rectification>(
        before, saved, r.version, [&db](const Rectification &x) { RectificationService(db).saveRectification(x); },
        [&db](int id) { RectificationService(db).removeRectification(id); });
    push(ctx,
         new DoneCommand(before ? tr("Change rectification %1").arg(saved.id) : tr("Record rectification %1").arg(saved.id), ctx, undoFn,
                         redoFn, Changes(Change::Rectifications), {r.unitId}));
    return true;
}

bool setVetoEvidence(const CommandContext &ctx, const VetoEvent &event, const QList<Attachment> &files)
{
    Database &db = ctx.workspace->database();
    const auto same = [](const QList<Attachment> &a, const QList<Attachment> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (a[i].sha256 != b[i].sha256 || a[i].fileName != b[i].fileName)
                return false;
        return true;
    };
    if (same(event.evidence, files))
        return false;
    VetoService(db).setVetoEvidence(event.id, files);
    push(ctx,
         new DoneCommand(tr("Evidence of veto event %1").arg(event.kind), ctx,
                         [&db, id = event.id, b = event.evidence] { VetoService(db).setVetoEvidence(id, b); },
                         [&db, id = event.id, files] { VetoService(db).setVetoEvidence(id, files); }, Changes(Change::Vetoes), {event.unitId}));
    return true;
}

bool saveActivity(const CommandContext &ctx, const Activity &a)
{
    Database &db = ctx.workspace->database();
    std::optional<Activity> before;
    if (a.id)
        for (const auto &x : ActivityService(db).activities(a.unitId))
            if (x.id == a.id)
                before = x;
    if (before && before->date == a.date && before->kind == a.kind && before->participants == a.participants
        && before->description == a.description && before->attachments.size() == a.attachments.size()) {
        bool same = true;
        for (int i = 0; i < a.attachments.size(); ++i)
            same = same && before->attachments[i].sha256 == a.attachments[i].sha256
                && before->attachments[i].fileName == a.attachments[i].fileName;
        if (same)
            return false;
    }
    Activity saved = a;
    saved.id = ActivityService(db).saveActivity(a); // onto the version a was read at, else EditConflict
    const auto [undoFn, redoFn] = versionedUndo<Activity>(
        before, saved, a.version, [&db](const Activity &x) { ActivityService(db).saveActivity(x); },
        [&db](int id) { ActivityService(db).removeActivity(id); });
    push(ctx,
         new DoneCommand(before ? tr("Change activity %1").arg(saved.kind) : tr("Record activity %1").arg(saved.kind), ctx, undoFn,
                         redoFn, Changes(Change::Activities), {a.unitId}));
    return true;
}

bool deleteActivity(const CommandContext &ctx, const Activity &a)
{
    Database &db = ctx.workspace->database();
    ActivityService(db).removeActivity(a.id);
    push(ctx,
         new DoneCommand(tr("Delete activity %1").arg(a.kind), ctx,
                         [&db, a] {
                             Activity x = a;
                             x.version = 0; // put back whole
                             ActivityService(db).saveActivity(x);
                         },
                         [&db, id = a.id] { ActivityService(db).removeActivity(id); }, Changes(Change::Activities), {a.unitId}));
    return true;
}

bool addSurvey(const CommandContext &ctx, const Survey &s)
{
    Database &db = ctx.workspace->database();
    Survey added = s;
    added.id = SurveyService(db).addSurvey(s);
    push(ctx,
         new DoneCommand(tr("Record survey of unit %1").arg(s.unitId), ctx, [&db, id = added.id] { SurveyService(db).removeSurvey(id); },
                         [&db, added] { SurveyService(db).addSurvey(added); }, Changes(Change::Surveys), {s.unitId}));
    return true;
}

bool deleteSurvey(const CommandContext &ctx, const Survey &s)
{
    Database &db = ctx.workspace->database();
    SurveyService(db).removeSurvey(s.id);
    push(ctx,
         new DoneCommand(tr("Delete survey of unit %1").arg(s.unitId), ctx, [&db, s] { SurveyService(db).addSurvey(s); },
                         [&db, id = s.id] { SurveyService(db).removeSurvey(id); }, Changes(Change::Surveys), {s.unitId}));
    return true;
}

bool setScore(const CommandContext &ctx, int roundYear, const QString &stage, int assessorId, int unitId, int indicatorId,
              std::optional<int> shown, std::optional<int> value, const QString &afterNamingReason)
{
    if (shown == value)
        return false;
    // Each step is saved only onto what the step before left (what the grid showed, then what was saved): another
    // clerk's score entered in between is refused as a conflict, never overwritten (issue 11).
    const auto apply = [ctx, roundYear, stage, assessorId, unitId, indicatorId, afterNamingReason](std::optional<int> from, std::optional<int> to) {
        wayUp(ctx).scoring.changeScore(roundYear, stage, assessorId, unitId, indicatorId, from, to, afterNamingReason);
    };
    apply(shown, value);
    push(ctx,
         new DoneCommand(value ? tr("Score %1 for unit %2").arg(*value / 100.0, 0, 'f', 2).arg(unitId) : tr("Clear a score of unit %1").arg(unitId),
                         ctx, [apply, shown, value] { apply(value, shown); }, [apply, shown, value] { apply(shown, value); }, Change::Scores | Change::Audit, {unitId}));
    return true;
}

bool saveIndicatorSystem(const CommandContext &ctx, const IndicatorSystem &edited, const QString &reason,
                         const std::optional<IndicatorSystem> &asRead)
{
    WayUp way = wayUp(ctx);
    const IndicatorSystem before = way.systems.currentSystem(edited.roundYear);
    const bool frozen = way.systems.systemFrozen(edited.roundYear);
    auto savedId = std::make_shared<int>(way.systems.saveSystem(edited, reason, asRead));
    // What the last step left stored: an in-place undo or redo is saved only onto it.
    const auto stored = std::make_shared<IndicatorSystem>(wayUp(ctx).systems.currentSystem(edited.roundYear));
    const auto inPlace = [ctx, stored](const IndicatorSystem &to, const QString &why) {
        wayUp(ctx).systems.saveSystem(to, why, *stored);
        *stored = wayUp(ctx).systems.currentSystem(to.roundYear);
    };
    const auto undoFn = frozen ? std::function<void()>([ctx, savedId] { wayUp(ctx).systems.removeSystemVersion(*savedId); })
                               : std::function<void()>([inPlace, before] { inPlace(before, {}); });
    const auto redoFn = frozen ? std::function<void()>([ctx, edited, reason, savedId] { *savedId = wayUp(ctx).systems.saveSystem(edited, reason); })
                               : std::function<void()>([inPlace, edited, reason] { inPlace(edited, reason); });
    push(ctx,
         new DoneCommand(frozen ? tr("New version of the %1 indicator system").arg(edited.roundYear)
                                : tr("Edit the %1 indicator system").arg(edited.roundYear),
                         ctx, undoFn, redoFn, Change::Indicators | Change::Audit));
    return true;
}

bool addAssessor(const CommandContext &ctx, const Assessor &a)
{
    Database &db = ctx.workspace->database();
    auto id = std::make_shared<int>(AssessorService(db).addAssessor(a));
    push(ctx,
         new DoneCommand(tr("Add assessor %1").arg(a.name), ctx, [ctx, id] { wayUp(ctx).scoring.removeAssessor(*id); },
                         [&db, a, id] { *id = AssessorService(db).addAssessor(a); }, Change::Assessors | Change::Scores));
    return true;
}

bool removeAssessor(const CommandContext &ctx, const Assessor &a)
{
    Database &db = ctx.workspace->database();
    wayUp(ctx).scoring.removeAssessor(a.id);
    auto id = std::make_shared<int>(a.id);
    push(ctx,
         new DoneCommand(tr("Remove assessor %1").arg(a.name), ctx, [&db, a, id] { *id = AssessorService(db).addAssessor(a); },
                         [ctx, id] { wayUp(ctx).scoring.removeAssessor(*id); }, Change::Assessors | Change::Scores));
    return true;
}

bool recommend(const CommandContext &ctx, int roundYear, const QString &regionCode, const QList<int> &unitIds, const QDate &date,
               const QString &overrideReason)
{
    auto id = std::make_shared<int>(wayUp(ctx).titles.recommend(roundYear, regionCode, unitIds, date, overrideReason));
    push(ctx,
         new DoneCommand(tr("Recommend %n unit(s)", nullptr, int(unitIds.size())), ctx, [ctx, id] { wayUp(ctx).titles.withdrawRecommendation(*id); },
                         [ctx, id, roundYear, regionCode, unitIds, date, overrideReason] {
                             *id = wayUp(ctx).titles.recommend(roundYear, regionCode, unitIds, date, overrideReason);
                         },
                         Change::Units | Change::Recommendations | Change::Overrides | Change::Audit, named(unitIds)));
    return true;
}

bool name(const CommandContext &ctx, int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds,
          const QString &overrideReason)
{
    auto id = std::make_shared<int>(wayUp(ctx).titles.name(roundYear, docNo, date, unitIds, overrideReason));
    push(ctx,
         new DoneCommand(tr("Name %n unit(s) (%1)", nullptr, int(unitIds.size())).arg(docNo), ctx,
                         [ctx, id] { wayUp(ctx).titles.withdrawNaming(*id); },
                         [ctx, id, roundYear, docNo, date, unitIds, overrideReason] {
                             *id = wayUp(ctx).titles.name(roundYear, docNo, date, unitIds, overrideReason);
                         },
                         Change::Units | Change::Namings | Change::Overrides | Change::Audit, named(unitIds)));
    return true;
}

bool review(const CommandContext &ctx, int roundYear, int unitId, bool revoked, const QDate &date, const QString &reason,
            const QString &docNo, const QString &overrideReason)
{
    wayUp(ctx).titles.review(roundYear, unitId, revoked, date, reason, docNo, overrideReason);
    push(ctx,
         new DoneCommand(revoked ? tr("Revoke the title of unit %1").arg(unitId) : tr("Retain the title of unit %1").arg(unitId), ctx,
                         [ctx, roundYear, unitId] { wayUp(ctx).titles.withdrawReview(roundYear, unitId); },
                         [ctx, roundYear, unitId, revoked, date, reason, docNo, overrideReason] {
                             wayUp(ctx).titles.review(roundYear, unitId, revoked, date, reason, docNo, overrideReason);
                         },
                         Change::Units | Change::Reviews | Change::Overrides | Change::Audit, {unitId}));
    return true;
}

} // namespace Command

} // namespace cd
