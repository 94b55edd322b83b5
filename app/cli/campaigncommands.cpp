// calendar and cycle: the date questions of CLI.md, answered by CampaignService.
#include "cli/context.h"

#include "services/campaignservice.h"
#include "services/rounds.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

static QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

int cmdCalendar(Context &ctx)
{
    ctx.args.allow({QStringLiteral("date")});
    const QDate date = ctx.date(QStringLiteral("date"));
    auto db = ctx.openReadOnly();
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignService service(*db, work);
    const DatePosition p = service.locate(date);
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                      {QStringLiteral("round"), p.round ? QJsonValue(*p.round) : QJsonValue()},
                      {QStringLiteral("phase"), phaseName(p.phase)},
                      {QStringLiteral("phase_start"), dateOrNull(p.phaseStart)},
                      {QStringLiteral("phase_end"), dateOrNull(p.phaseEnd)},
                      {QStringLiteral("next_deadline"),
                       p.nextDeadline ? QJsonValue(QJsonObject{{QStringLiteral("date"), p.nextDeadline->date.toString(Qt::ISODate)},
                                                               {QStringLiteral("title"), p.nextDeadline->title}})
                                      : QJsonValue()},
                      {QStringLiteral("days_left"), p.nextDeadline ? QJsonValue(p.daysLeft) : QJsonValue()},
                      {QStringLiteral("working_days_left"), p.nextDeadline ? QJsonValue(p.workingDaysLeft) : QJsonValue()},
                      {QStringLiteral("naming_year"), p.namingYear}};
        QJsonArray missing;
        for (int y : p.yearsWithoutHolidayData)
            missing.append(y);
        o.insert(QStringLiteral("working_days_fallback_years"), missing);
        printJson(o);
        return 0;
    }
    QString text = p.round ? QCoreApplication::translate("cd::cli", "%1 falls in the %2 round, phase %3 (%4 to %5).")
                                 .arg(date.toString(Qt::ISODate))
                                 .arg(*p.round)
                                 .arg(phaseTitle(p.phase), p.phaseStart.toString(Qt::ISODate), p.phaseEnd.toString(Qt::ISODate))
                           : QCoreApplication::translate("cd::cli", "%1 falls between rounds: %2 (ongoing work).").arg(date.toString(Qt::ISODate), phaseTitle(p.phase));
    if (p.nextDeadline)
        text += QLatin1Char('\n')
            + QCoreApplication::translate("cd::cli", "Next deadline: %1, %2 — %3 days, %4 working days left.")
                  .arg(p.nextDeadline->date.toString(Qt::ISODate), p.nextDeadline->title)
                  .arg(p.daysLeft)
                  .arg(p.workingDaysLeft);
    if (!p.yearsWithoutHolidayData.isEmpty()) {
        QStringList ys;
        for (int y : p.yearsWithoutHolidayData)
            ys << QString::number(y);
        text += QLatin1Char('\n') + QCoreApplication::translate("cd::cli", "No holiday data for %1: working days counted Monday to Friday.").arg(ys.join(QStringLiteral(", ")));
    }
    text += QLatin1Char('\n') + (p.namingYear ? QCoreApplication::translate("cd::cli", "%1 is a naming year.") : QCoreApplication::translate("cd::cli", "%1 is not a naming year.")).arg(date.year());
    printText(text);
    return 0;
}

int cmdCycle(Context &ctx)
{
    ctx.args.allow({QStringLiteral("year")});
    const int year = ctx.year(QStringLiteral("year"));
    auto db = ctx.openReadOnly();
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignService service(*db, work);
    const CycleFacts f = service.cycle(year);
    if (ctx.json) {
        QJsonArray due;
        for (int id : f.reviewsDue)
            due.append(id);
        printJson({{QStringLiteral("year"), year},
                   {QStringLiteral("naming_year"), f.namingYear},
                   {QStringLiteral("previous_naming_year"), f.previousNamingYear ? QJsonValue(*f.previousNamingYear) : QJsonValue()},
                   {QStringLiteral("next_naming_year"), f.nextNamingYear ? QJsonValue(*f.nextNamingYear) : QJsonValue()},
                   {QStringLiteral("reviews_due"), due}});
        return 0;
    }
    QString text = (f.namingYear ? QCoreApplication::translate("cd::cli", "%1 is a naming year.") : QCoreApplication::translate("cd::cli", "%1 is not a naming year.")).arg(year);
    if (f.previousNamingYear)
        text += QLatin1Char(' ') + QCoreApplication::translate("cd::cli", "Previous naming year: %1.").arg(*f.previousNamingYear);
    if (f.nextNamingYear)
        text += QLatin1Char(' ') + QCoreApplication::translate("cd::cli", "Next naming year: %1.").arg(*f.nextNamingYear);
    if (f.namingYear)
        text += QLatin1Char('\n') + QCoreApplication::translate("cd::cli", "%n unit(s) due for review in this round.", nullptr, int(f.reviewsDue.size()));
    printText(text);
    return 0;
}

} // namespace cd::cli

namespace cd::cli {

// round add --year Y: opens a round explicitly (CLI.md), with the default calendar and the previous round's system.
int cmdRoundAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("year")});
    const int year = ctx.year(QStringLiteral("year"));
    auto db = ctx.openForWriting();
    const Round round = Rounds(*db).open(year);
    QJsonArray phases;
    for (const auto &p : round.phases)
        phases.append(QJsonObject{{QStringLiteral("phase"), phaseName(p.kind)},
                                  {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                                  {QStringLiteral("end"), p.end.toString(Qt::ISODate)}});
    if (ctx.json) {
        printJson({{QStringLiteral("round"), year}, {QStringLiteral("phases"), phases}});
        return 0;
    }
    printText(QCoreApplication::translate("cd::cli", "Opened the %1 round: %2 to %3, with the indicator system of the round before "
                                                     "(or the default). Change its dates on the calendar page if they differ.")
                  .arg(year)
                  .arg(round.start().toString(Qt::ISODate), round.end().toString(Qt::ISODate)));
    return 0;
}

} // namespace cd::cli
