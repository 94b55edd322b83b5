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

// A command whose work was already done when it was pushed: the first redo() is skipped.
class DoneCommand : public QUndoCommand
{
public:
    DoneCommand(const QString &text, const CommandContext &ctx, std::function<void()> undoFn, std::function<void()> redoFn,
                bool unitsTouched, bool calendar = false, QList<int> unitIds = {})
        : QUndoCommand(text), m_ctx(ctx), m_undo(std::move(undoFn)), m_redo(std::move(redoFn)), m_units(unitsTouched),
          m_calendar(calendar), m_unitIds(std::move(unitIds))
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
            emit m_ctx.notifier->unitsChanged(m_unitIds);
        if (m_calendar)
            emit m_ctx.notifier->calendarChanged();
        emit m_ctx.notifier->recordsChanged();
    }

    CommandContext m_ctx;
    std::function<void()> m_undo, m_redo;
    bool m_units;
    bool m_calendar;
    QList<int> m_unitIds; // the units touched (empty: too many to name)
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

inline void push(const CommandContext &ctx, DoneCommand *cmd, bool units, const QList<int> &unitIds = {})
{
    ctx.stack->push(cmd);
    if (units)
        emit ctx.notifier->unitsChanged(unitIds);
    emit ctx.notifier->recordsChanged();
}


inline WayUp wayUp(const CommandContext &ctx)
{
    return WayUp(ctx.workspace->database(), ctx.workspace->workCalendar(), operatorName());
}

} // namespace cd::commandkit
