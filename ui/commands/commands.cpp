#include "commands/commands.h"

#include "services/recordservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace cd {

namespace {

// A command whose work was already done when it was pushed: the first redo() is skipped.
class DoneCommand : public QUndoCommand
{
public:
    DoneCommand(const QString &text, const CommandContext &ctx, std::function<void()> undoFn, std::function<void()> redoFn,
                bool unitsTouched)
        : QUndoCommand(text), m_ctx(ctx), m_undo(std::move(undoFn)), m_redo(std::move(redoFn)), m_units(unitsTouched)
    {
    }
    void undo() override { run(m_undo); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }

private:
    void run(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const Failure &e) {
            emit m_ctx.notifier->failed(e.message());
        }
        if (m_units)
            emit m_ctx.notifier->unitsChanged();
        emit m_ctx.notifier->recordsChanged();
    }

    CommandContext m_ctx;
    std::function<void()> m_undo, m_redo;
    bool m_units;
    bool m_first = true;
};

QString tr(const char *s)
{
    return QCoreApplication::translate("cd::Command", s);
}

bool sameUnit(const Unit &a, const Unit &b)
{
    return a.name == b.name && a.regionId == b.regionId && a.typeId == b.typeId && a.creditCode == b.creditCode && a.address == b.address
        && a.leader == b.leader && a.phone == b.phone && a.staffCount == b.staffCount && a.note == b.note;
}

void push(const CommandContext &ctx, DoneCommand *cmd, bool units)
{
    ctx.stack->push(cmd);
    if (units)
        emit ctx.notifier->unitsChanged();
    emit ctx.notifier->recordsChanged();
}

} // namespace

namespace Command {

bool addUnit(const CommandContext &ctx, const Unit &unit)
{
    Database &db = ctx.workspace->database();
    const Unit added = UnitService(db).add(unit);
    push(ctx,
         new DoneCommand(tr("Add unit %1").arg(added.name), ctx, [&db, id = added.id] { UnitService(db).remove(id); },
                         [&db, added] { UnitService(db).add(added); }, true),
         true);
    return true;
}

bool editUnit(const CommandContext &ctx, const Unit &after)
{
    Database &db = ctx.workspace->database();
    const auto before = UnitService(db).get(after.id);
    if (!before)
        failInput(tr("There is no unit with id %1.").arg(after.id));
    if (sameUnit(*before, after))
        return false; // nothing changed: nothing to undo
    UnitService(db).update(after);
    push(ctx,
         new DoneCommand(tr("Edit unit %1").arg(after.name), ctx, [&db, b = *before] { UnitService(db).update(b); },
                         [&db, after] { UnitService(db).update(after); }, true),
         true);
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
                         [&db, unitId] { UnitService(db).remove(unitId); }, true),
         true);
    return true;
}

bool importRoster(const CommandContext &ctx, const ImportPlan &plan)
{
    if (plan.toAdd.isEmpty() && plan.toUpdate.isEmpty())
        return false;
    Database &db = ctx.workspace->database();
    const ImportResult result = RosterImport(db).apply(plan);
    push(ctx,
         new DoneCommand(tr("Import %1 new and %2 updated units").arg(result.imported).arg(result.updated), ctx,
                         [&db, plan, result] { RosterImport(db).revert(plan, result); },
                         [&db, plan, result] { RosterImport(db).reapply(plan, result); }, true),
         true);
    return true;
}

bool addVeto(const CommandContext &ctx, const VetoEvent &event)
{
    Database &db = ctx.workspace->database();
    VetoEvent added = event;
    added.id = RecordService(db).addVeto(event);
    push(ctx,
         new DoneCommand(tr("Record veto event %1").arg(event.kind), ctx, [&db, id = added.id] { RecordService(db).removeVeto(id); },
                         [&db, added] { RecordService(db).addVeto(added); }, false),
         false);
    return true;
}

bool deleteVeto(const CommandContext &ctx, const VetoEvent &event)
{
    Database &db = ctx.workspace->database();
    RecordService(db).removeVeto(event.id);
    push(ctx,
         new DoneCommand(tr("Delete veto event %1").arg(event.kind), ctx, [&db, event] { RecordService(db).addVeto(event); },
                         [&db, id = event.id] { RecordService(db).removeVeto(id); }, false),
         false);
    return true;
}

bool saveRectification(const CommandContext &ctx, const Rectification &r)
{
    Database &db = ctx.workspace->database();
    std::optional<Rectification> before;
    for (const auto &x : RecordService(db).rectifications())
        if (r.id && x.id == r.id)
            before = x;
    if (before && before->finding == r.finding && before->source == r.source && before->owner == r.owner
        && before->deadline == r.deadline && before->closed == r.closed && before->closingEvidence == r.closingEvidence)
        return false;
    Rectification saved = r;
    saved.id = RecordService(db).saveRectification(r);
    const auto undoFn = before ? std::function<void()>([&db, b = *before] { RecordService(db).saveRectification(b); })
                               : std::function<void()>([&db, id = saved.id] { RecordService(db).removeRectification(id); });
    push(ctx,
         new DoneCommand(before ? tr("Change rectification %1").arg(saved.id) : tr("Record rectification %1").arg(saved.id), ctx, undoFn,
                         [&db, saved] { RecordService(db).saveRectification(saved); }, false),
         false);
    return true;
}

} // namespace Command

} // namespace cd
