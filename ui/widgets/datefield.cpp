#include "widgets/datefield.h"

#include "rules/dateinput.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QStyle>
#include <QToolTip>
#include <QWidgetAction>

namespace cd {

DateField::DateField(const QDate &date, QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2014-06-01")) + 48);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2014-06-01")) * 2 + 48);
    setDate(date);
    QAction *pick = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose from a calendar"));
    connect(pick, &QAction::triggered, this, [this] {
        QMenu menu(this);
        auto *calendar = new QCalendarWidget(&menu);
        calendar->setSelectedDate(this->date().isValid() ? this->date() : QDate::currentDate());
        auto *holder = new QWidgetAction(&menu);
        holder->setDefaultWidget(calendar);
        menu.addAction(holder);
        connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &d) {
            setDate(d);
            menu.close();
        });
        menu.exec(mapToGlobal(QPoint(0, height())));
    });
    connect(this, &QLineEdit::textEdited, this, [this] { check(false); });
    connect(this, &QLineEdit::editingFinished, this, [this] { check(true); });
}

QDate DateField::date() const
{
    return parseDateInput(text()).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
    check(false);
    emit dateChanged(date);
}

QString DateField::problem() const
{
    QString why;
    return parseDateInput(text(), &why) ? QString() : why;
}

void DateField::check(bool normalise)
{
    const auto parsed = parseDateInput(text());
    const bool bad = !parsed && !text().trimmed().isEmpty();
    setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #B3261E; background: #FDECEA; }") : QString());
    setToolTip(bad ? problem() : QString());
    if (parsed && normalise && text() != parsed->toString(Qt::ISODate)) {
        // What is stored is what the clerk sees: 2014/6/1 becomes 2014-06-01 in the field.
        setText(parsed->toString(Qt::ISODate));
        emit dateChanged(*parsed);
    }
    if (bad && normalise)
        showProblem();
}

void DateField::showProblem()
{
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), problem(), this);
}

DateField *DateField::firstInvalid(QWidget *dialog)
{
    for (DateField *f : dialog->findChildren<DateField *>()) {
        if (!f->isEnabled() || f->problem().isEmpty())
            continue;
        f->setFocus();
        f->selectAll();
        f->showProblem();
        return f;
    }
    return nullptr;
}

} // namespace cd
