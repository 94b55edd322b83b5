#include "services/workbench.h"

#include "domain/round.h"
#include "services/campaignservice.h"
#include "services/recordservice.h"
#include "services/wayup.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "storage/recordrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>

namespace cd {

QList<WorkItem> Workbench::items(const QDate &today, int perGroup) const
{
    const auto tr = [](const char *s, const char *c = nullptr, int n = -1) { return QCoreApplication::translate("cd::Workbench", s, c, n); };
    QList<WorkItem> out;
    const CampaignService campaign(m_db, m_work);
    const DatePosition p = campaign.locate(today);
    const int roundYear = p.round.value_or(today.year() + today.year() % 2);

    // Where the round stands.
    const QString round = tr("The round");
    out << WorkItem{round,
                    p.round ? tr("%1 round, %2 phase (%3 to %4)")
                                  .arg(*p.round)
                                  .arg(phaseTitle(p.phase), p.phaseStart.toString(Qt::ISODate), p.phaseEnd.toString(Qt::ISODate))
                            : tr("Between rounds (%1)").arg(phaseTitle(p.phase)),
                    WorkItem::Goes::Calendar};
    // The next deadlines of the round, with working days left; those within a week are due this week.
    if (const auto r = campaign.calendar().round(roundYear)) {
        int shown = 0;
        for (const Deadline &d : r->deadlines()) {
            if (d.date < today || shown == 3)
                continue;
            ++shown;
            const int working = m_work.workingDaysAfter(today, d.date).days;
            const bool week = d.date <= today.addDays(7);
            out << WorkItem{week ? tr("Due this week") : tr("Next deadlines"),
                            tr("%1 %2: %n working day(s) left", nullptr, working).arg(d.date.toString(Qt::ISODate), d.title),
                            WorkItem::Goes::Calendar, 0, week};
        }
    }

    // Units still missing what the round asks of them.
    RecordRepository records(m_db);
    const auto units = [&](const QString &group, const QList<QPair<int, QString>> &list, int total, WorkItem::Goes goes) {
        for (const auto &[id, name] : list)
            out << WorkItem{group, name, goes, id};
        if (total > list.size())
            out << WorkItem{group, total > 10000 ? tr("… and more than %1 more").arg(10000 - list.size())
                                                 : tr("… and %n more", nullptr, total - int(list.size())),
                            goes};
    };
    int total = 0;
    const auto missing = records.unitsMissingPrerequisites(roundYear, perGroup, &total);
    const auto count = [](int n) { return n > 10000 ? QStringLiteral("10000+") : QString::number(n); };
    units(tr("Missing prerequisites for the %1 round (%2 units)").arg(roundYear).arg(count(total)), missing, total, WorkItem::Goes::Prerequisites);
    const auto unsurveyed = records.unitsWithoutSurvey(roundYear, perGroup, &total);
    units(tr("No satisfaction survey in the %1 round (%2 units)").arg(roundYear).arg(count(total)), unsurveyed, total, WorkItem::Goes::Surveys);

    // Reviews due and overdue (DOMAIN.md §7), and 整改 past its deadline (§8).
    const StatusReport status = TitleDecisions(m_db, m_work, QString()).status(today);
    const QList<Rectification> overdue = RectificationService(m_db).overdueRectifications(today);
    QList<int> ids = status.reviewsOverdue;
    ids << status.reviewsDue;
    for (const auto &r : overdue)
        ids << r.unitId;
    const QHash<int, QString> names = UnitRepository(m_db).names(ids); // one read for every line's unit
    for (int id : status.reviewsOverdue)
        out << WorkItem{tr("Reviews overdue"), names.value(id), WorkItem::Goes::WayUp, id, true};
    for (int id : status.reviewsDue)
        out << WorkItem{tr("Reviews due in the %1 round").arg(status.reviewRound.value_or(roundYear)), names.value(id),
                        WorkItem::Goes::WayUp, id};
    for (const auto &r : overdue)
        out << WorkItem{tr("Rectification overdue"), tr("%1: %2 (deadline %3)").arg(names.value(r.unitId), r.finding, r.deadline.toString(Qt::ISODate)),
                        WorkItem::Goes::Rectification, r.unitId, true};
    // The exchange (issue 12): what went up without an answer yet, and what both sides changed.
    ExchangeRepository exchange(m_db);
    for (const ExchangePackageRecord &p : exchange.packages())
        if (p.direction == QLatin1String("sent") && p.acknowledged.isEmpty())
            out << WorkItem{tr("Packages waiting for a receipt"), tr("%1, sent %2 (%3 records)").arg(p.fileName, p.created.left(10)).arg(p.records),
                            WorkItem::Goes::Exchange, 0, p.created.left(10) < today.addDays(-14).toString(Qt::ISODate)};
    if (const int conflicts = exchange.openConflicts())
        out << WorkItem{tr("Exchange conflicts"), tr("%n record(s) changed on both sides, both versions kept", nullptr, conflicts),
                        WorkItem::Goes::Exchange, 0, true};
    return out;
}

} // namespace cd
