// 创建日历: a round's phases and deadlines on a timeline, with the working days left to each.
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;

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
    TimelineWidget *timeline() const { return m_timeline; }
    QComboBox *roundBox() const { return m_rounds; }

private:
    Workspace *m_workspace = nullptr;
    QDate m_today;
    QComboBox *m_rounds;
    QLabel *m_position;
    TimelineWidget *m_timeline;
};

} // namespace cd
