#include "rules/dateinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {

std::optional<QDate> parseDateInput(const QString &input, QString *why)
{
    QString t;
    for (QChar c : input.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms: ２０１４－０６－０１
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        t += c;
    }
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch()) {
        if (why)
            *why = t.isEmpty() ? QCoreApplication::translate("cd::DateInput", "The date is missing; type it as 2014-06-01.")
                               : QCoreApplication::translate("cd::DateInput", "\"%1\" is not a date; type it as 2014-06-01, 2014/6/1, 20140601 or 2014年6月1日.")
                                     .arg(input.trimmed());
        return std::nullopt;
    }
    const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
    const QDate date(y, mo, d);
    if (!date.isValid() || y < 1900 || y > 2999) {
        if (why) {
            if (y < 1900 || y > 2999)
                *why = QCoreApplication::translate("cd::DateInput", "%1 is not a year this program keeps records for.").arg(y);
            else if (mo < 1 || mo > 12)
                *why = QCoreApplication::translate("cd::DateInput", "\"%1\": there is no month %2.").arg(input.trimmed()).arg(mo);
            else
                *why = QCoreApplication::translate("cd::DateInput", "\"%1\": month %2 of %3 has no day %4 (it has %5 days).")
                           .arg(input.trimmed())
                           .arg(mo)
                           .arg(y)
                           .arg(d)
                           .arg(QDate(y, mo, 1).daysInMonth());
        }
        return std::nullopt;
    }
    return date;
}

} // namespace cd
