// A date field that takes what a clerk types (2014-06-01, 2014/6/1, 20140601, 2014年6月1日), shows it back as
// 2014-06-01 once typed, and marks a text that is not a date at the field with the reason; a calendar pops up from
// its button. It never turns a wrong date into another one (QDateEdit made 2014-02-30 into 2014-02-03).
#pragma once

#include <QDate>
#include <QLineEdit>

namespace cd {

class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date = {}, QWidget *parent = nullptr);

    // The date shown, or an invalid QDate when the text is not a date.
    QDate date() const;
    void setDate(const QDate &date);
    // Why the text is not a date (empty when it is one).
    QString problem() const;

    // The first date field of `dialog` whose text is not a date, after showing why at it; nullptr when all are dates.
    static DateField *firstInvalid(QWidget *dialog);

signals:
    void dateChanged(const QDate &date);

private:
    void check(bool normalise);
    void showProblem();
};

} // namespace cd
