#include "pages/timelinewidget.h"

#include <QPainter>
#include <QPainterPath>

namespace cd {

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimelineWidget::setRound(const Round &round, const WorkCalendar *work, const QDate &today)
{
    m_round = round;
    m_work = work;
    m_today = today;
    m_from = round.start();
    m_to = round.end();
    for (const auto &d : round.extraDeadlines)
        if (d.date < m_from)
            m_from = d.date;
    m_from = QDate(m_from.year(), m_from.month(), 1);
    m_to = QDate(m_to.year(), m_to.month(), 1).addMonths(1).addDays(-1);
    updateGeometry();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {900, fontMetrics().height() * (8 + 2 * int(m_round.deadlines().size()))};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {480, fontMetrics().height() * (7 + 2 * int(m_round.deadlines().size()))};
}

double TimelineWidget::xOf(const QDate &d, const QRectF &axis) const
{
    const double span = std::max<qint64>(1, m_from.daysTo(m_to));
    return axis.left() + axis.width() * double(m_from.daysTo(d)) / span;
}

QStringList TimelineWidget::deadlineTexts() const
{
    QStringList out;
    for (const auto &d : m_round.deadlines()) {
        QString text = QStringLiteral("%1  %2").arg(d.date.toString(Qt::ISODate), d.title);
        if (m_work && m_today.isValid()) {
            if (d.date < m_today)
                text += QStringLiteral("  ") + tr("(passed)");
            else
                text += QStringLiteral("  ") + tr("%n working day(s) left", nullptr, m_work->workingDaysAfter(m_today, d.date).days);
        }
        out << text;
    }
    return out;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    if (m_round.phases.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const QRectF axis(line, line * 1.5, width() - 2 * line, line * 2.2);

    // Month ticks.
    p.setPen(palette().color(QPalette::Mid));
    for (QDate m = m_from; m <= m_to; m = m.addMonths(1)) {
        const double x = xOf(m, axis);
        p.drawLine(QPointF(x, axis.top() - line * 0.4), QPointF(x, axis.bottom()));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + 2, 0, line * 4, line * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                   m.month() == 1 || m == m_from ? QStringLiteral("%1.%2").arg(m.year()).arg(m.month()) : QString::number(m.month()));
        p.setPen(palette().color(QPalette::Mid));
    }
    // Phases as coloured bands with their names.
    const QColor colours[] = {QColor(0x1E, 0x88, 0xE5), QColor(0x43, 0xA0, 0x47), QColor(0xE5, 0x39, 0x35)};
    for (const auto &ph : m_round.phases) {
        const QRectF band(xOf(ph.start, axis), axis.top(), xOf(ph.end.addDays(1), axis) - xOf(ph.start, axis), axis.height());
        QColor c = colours[int(ph.kind) % 3];
        c.setAlpha(m_today >= ph.start && m_today <= ph.end ? 230 : 140);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(band.adjusted(1, 0, -1, 0), 4, 4);
        p.setPen(Qt::white);
        p.drawText(band, Qt::AlignCenter, fm.elidedText(phaseTitle(ph.kind), Qt::ElideRight, band.width() - 4));
    }
    // Today.
    if (m_today >= m_from && m_today <= m_to) {
        const double x = xOf(m_today, axis);
        QPen pen(QColor(0xB3, 0x26, 0x1E), 2);
        p.setPen(pen);
        p.drawLine(QPointF(x, axis.top() - line * 0.5), QPointF(x, axis.bottom() + line * 0.5));
        p.drawText(QRectF(x - line * 4, axis.bottom() + line * 0.4, line * 8, line), Qt::AlignCenter, tr("today"));
    }
    // Deadlines: a mark on the axis, and a line of text below with the working days left.
    const QStringList texts = deadlineTexts();
    const auto deadlines = m_round.deadlines();
    double y = axis.bottom() + line * 1.8;
    for (int i = 0; i < deadlines.size(); ++i) {
        const double x = xOf(deadlines[i].date, axis);
        const bool passed = m_today.isValid() && deadlines[i].date < m_today;
        p.setPen(QPen(passed ? palette().color(QPalette::Mid) : QColor(0xB3, 0x26, 0x1E), 1.5));
        QPainterPath diamond;
        diamond.moveTo(x, axis.bottom() - 5);
        diamond.lineTo(x + 5, axis.bottom());
        diamond.lineTo(x, axis.bottom() + 5);
        diamond.lineTo(x - 5, axis.bottom());
        diamond.closeSubpath();
        p.setBrush(passed ? palette().color(QPalette::Mid) : QColor(0xFF, 0xC1, 0x07));
        p.drawPath(diamond);
        p.setPen(passed ? palette().color(QPalette::Mid) : palette().color(QPalette::WindowText));
        p.drawText(QRectF(axis.left(), y, axis.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("◆ ") + texts.value(i));
        y += line * 1.6;
    }
}

} // namespace cd
