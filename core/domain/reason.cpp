#include "domain/reason.h"

#include <QCoreApplication>

namespace cd {

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    //: The display form of a date (QDate::toString format): yyyy年M月d日 in Chinese.
    return date.toString(QCoreApplication::translate("cd::Reason", "yyyy-MM-dd"));
}

static QString isoDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? displayDate(d) : iso;
}

QString wording(const Reason &r)
{
    const QStringList &f = r.facts;
    const auto fact = [&f](int i) { return f.value(i); };
    if (r.rule == QLatin1String("out-of-scope"))
        return QCoreApplication::translate("cd::Reason", "its unit type is not among the participating types of this round (Implementation Plan §2)");
    if (r.rule == QLatin1String("veto"))
        return QCoreApplication::translate("cd::Reason", "%1 on %2: one-vote veto (Implementation Plan §4(4))").arg(fact(0), isoDate(fact(1)));
    if (r.rule == QLatin1String("prerequisite"))
        return QCoreApplication::translate("cd::Reason", "prerequisite not met: %1 (Implementation Plan §5(2))").arg(fact(0));
    if (r.rule == QLatin1String("no-scores"))
        return QCoreApplication::translate("cd::Reason", "no scores were recorded");
    if (r.rule == QLatin1String("below-pass-line"))
        return QCoreApplication::translate("cd::Reason", "total %1 is below the pass line %2").arg(fact(0), fact(1));
    if (r.rule == QLatin1String("no-survey"))
        return QCoreApplication::translate("cd::Reason", "no satisfaction survey was recorded");
    if (r.rule == QLatin1String("below-satisfaction"))
        return QCoreApplication::translate("cd::Reason", "satisfaction %1% is below the minimum %2%").arg(fact(0), fact(1));
    if (r.rule == QLatin1String("review-veto"))
        return QCoreApplication::translate("cd::Reason", "%1 on %2, inside the review period %3 to %4: one-vote veto (Implementation Plan §4(4))")
            .arg(fact(0), isoDate(fact(1)), isoDate(fact(2)), isoDate(fact(3)));
    if (r.rule == QLatin1String("review-below-pass-line"))
        return QCoreApplication::translate("cd::Reason", "review score %1 is below the pass line %2 (Implementation Plan §5: assessed every two years)")
            .arg(fact(0), fact(1));
    if (r.rule == QLatin1String("review-no-scores"))
        return QCoreApplication::translate("cd::Reason", "awaiting review scores: the unit has not been scored in this round");
    return r.rule;
}

QString outcomeWord(bool revoked)
{
    return revoked ? QCoreApplication::translate("cd::Reason", "revoked") : QCoreApplication::translate("cd::Reason", "retained");
}

QStringList wordings(const QList<Reason> &reasons)
{
    QStringList out;
    for (const auto &r : reasons)
        out << wording(r);
    return out;
}

} // namespace cd
