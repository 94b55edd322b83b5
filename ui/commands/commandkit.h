// What the undoable commands (commands.cpp, keyedcommands.cpp) share: a command pushed after its work was done, and
// the notifications that follow it. Internal to ui/commands.
#pragma once

#include "commands/commands.h"
#include "services/wayup.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace cd::commandkit {

// A command whose work was already done when it was pushed: the first redo() is skipped. `what` and `units` are what
// it, its undo and its redo change (units: those whose records they touch; empty when too many to name).
class DoneCommand : public QUndoCommand
{
public:
    DoneCommand(const QString &text, const CommandContext &ctx, std::function<void()> undoFn, std::function<void()> redoFn, Changes what,
                QList<int> units = {})
        : QUndoCommand(text), m_ctx(ctx), m_undo(std::move(undoFn)), m_redo(std::move(redoFn)), m_what(what), m_units(std::move(units))
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
    // Tells the pages what the step changed (domain/changes.h).
    void announce() const { emit m_ctx.notifier->recordsChanged(m_what, m_units); }

private:
    void run(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const Failure &e) {
            emit m_ctx.notifier->failed(e.message());
        }
        announce();
    }

    CommandContext m_ctx;
    std::function<void()> m_undo, m_redo;
    Changes m_what;
    QList<int> m_units;
    bool m_first = true;
};

inline QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cd::Command", s, disambiguation, n);
}

// The units to name in a notification: a few thousand are read again one by one, more are read again whole.
inline QList<int> named(const QList<int> &units)
{
    return units.size() > 2000 ? QList<int>() : units;
}

// Pushes a step whose work is done and tells the pages what it changed.
inline void push(const CommandContext &ctx, DoneCommand *cmd)
{
    ctx.stack->push(cmd);
    cmd->announce();
}

inline WayUp wayUp(const CommandContext &ctx)
{
    return WayUp(ctx.workspace->database(), ctx.workspace->workCalendar(), operatorName());
}

} // namespace cd::commandkit
