// 创建日历: a round's phases and deadlines on a timeline, with the working days left to each.
#pragma once

#include "commands/commands.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cd {

class TimelineWidget;
class Workspace;

class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(QWidget *parent = nullptr);
    void load(Workspace &workspace, const QDate &today);
    void showRound(int year);
    // Editing goes through undoable commands; the page reloads when the calendar changes.
    void setCommandContext(const CommandContext &ctx);
    // Opens the editor on a round (the shown one, or a new one); returns true when a change was saved.
    bool editRound(int year);
    bool addRound();
    // The edited round as the dialog would save it; exposed so a test can drive the editor without a screen.
    static Round roundFromEditor(int year, const QList<QPair<QDate, QDate>> &phases, const QList<Deadline> &extra);
    QTableWidget *overridesTable() const { return m_overrides; }
    TimelineWidget *timeline() const { return m_timeline; }
    QComboBox *roundBox() const { return m_rounds; }

private:
    void reloadOverrides();

    Workspace *m_workspace = nullptr;
    CommandContext m_ctx;
    QTableWidget *m_overrides;
    QDate m_today;
    QComboBox *m_rounds;
    QLabel *m_position;
    TimelineWidget *m_timeline;
};

} // namespace cd
