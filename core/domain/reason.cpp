#include "domain/reason.h"

#include "domain/appraisal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

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

static QString auditValue(const QString &v)
{
    if (v == QLatin1String("holds the title"))
        return QCoreApplication::translate("cd::Audit", "holds the title");
    if (v == QLatin1String("retained"))
        return outcomeWord(false);
    if (v == QLatin1String("revoked"))
        return outcomeWord(true);
    if (v == QLatin1String("withdrawn"))
        return QCoreApplication::translate("cd::Audit", "withdrawn");
    if (v == QLatin1String("incoming"))
        return QCoreApplication::translate("cd::Audit", "the version from the package");
    if (v == QLatin1String("local"))
        return QCoreApplication::translate("cd::Audit", "this file's version kept");
    if (v == QLatin1String("edited before scoring"))
        return QCoreApplication::translate("cd::Audit", "edited before scoring");
    static const QRegularExpression score(QStringLiteral("^assessor (\\d+), indicator (\\d+), (local|province)$"));
    static const QRegularExpression version(QStringLiteral("^v(\\d+), (\\d+) indicators$"));
    static const QRegularExpression system(QStringLiteral("^(\\d+) indicators, total ([\\d.]+)$"));
    static const QRegularExpression newVersion(QStringLiteral("^new version: (.*)$"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression withdrawnVersion(QStringLiteral("^version (\\d+) withdrawn$"));
    static const QRegularExpression withdrawnDoc(QStringLiteral("^(.*) withdrawn$"));
    static const QRegularExpression rank(QStringLiteral("^rank (\\d+)$"));
    if (const auto m = rank.match(v); m.hasMatch()) // a recommendation's place on its region's list
        return QCoreApplication::translate("cd::Audit", "place %1").arg(m.captured(1));
    if (const auto m = score.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "assessor %1, indicator %2, %3").arg(m.captured(1), m.captured(2), stageName(m.captured(3)));
    if (const auto m = version.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "version %1, %2 indicators").arg(m.captured(1), m.captured(2));
    if (const auto m = system.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "%1 indicators, total %2").arg(m.captured(1), m.captured(2));
    if (const auto m = newVersion.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "new version: %1").arg(m.captured(1));
    if (const auto m = withdrawnVersion.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "version %1 withdrawn").arg(m.captured(1));
    if (const auto m = withdrawnDoc.match(v); m.hasMatch())
        return QCoreApplication::translate("cd::Audit", "%1, withdrawn").arg(m.captured(1));
    return v; // the clerk's own words (a reason, a document number) stay as written
}

AuditEntry wordedAudit(const AuditEntry &e)
{
    AuditEntry w = e;
    // Stored in UTC ("…Z"); lines written by earlier versions carry the writer's local time without a zone.
    const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
    if (at.isValid())
        w.at = at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    static const QHash<QString, const char *> actions = {
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("cd::Audit", "score")},
        {QStringLiteral("recommend"), QT_TRANSLATE_NOOP("cd::Audit", "recommendation")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cd::Audit", "naming")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("cd::Audit", "review")},
        {QStringLiteral("quota"), QT_TRANSLATE_NOOP("cd::Audit", "quota")},
        {QStringLiteral("indicator-system"), QT_TRANSLATE_NOOP("cd::Audit", "indicator system")},
        {QStringLiteral("score-after-naming"), QT_TRANSLATE_NOOP("cd::Audit", "score changed after the naming")},
        {QStringLiteral("exchange-conflict"), QT_TRANSLATE_NOOP("cd::Audit", "exchange conflict decided")},
    };
    if (const auto it = actions.constFind(e.action); it != actions.cend())
        w.action = QCoreApplication::translate("cd::Audit", it.value());
    w.detail = auditValue(e.detail);
    w.oldValue = auditValue(e.oldValue);
    w.newValue = auditValue(e.newValue);
    return w;
}

QStringList wordings(const QList<Reason> &reasons)
{
    QStringList out;
    for (const auto &r : reasons)
        out << wording(r);
    return out;
}

} // namespace cd
