// The round's calendar drawn by us: its phases as bands on a time axis, the deadlines as marks with the
// working days left to each, and today as a line (DOMAIN.md §4).
#pragma once

#include "domain/round.h"
#include "rules/workcalendar.h"

#include <QWidget>

namespace cd {

class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    void setRound(const Round &round, const WorkCalendar *work, const QDate &today);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // What the widget says about each deadline, e.g. "2014-02-21 … 3 个工作日" (for tests and tooltips).
    QStringList deadlineTexts() const;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    double xOf(const QDate &d, const QRectF &axis) const;

    Round m_round;
    const WorkCalendar *m_work = nullptr;
    QDate m_today, m_from, m_to;
};

} // namespace cd
