#include "services/appraisalreports.h"

#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::AppraisalReports", s);
}

static QString points(double hundredths)
{
    return QString::number(hundredths / 100.0, 'f', 2);
}

AppraisalRun AppraisalReports::scopedRun(int roundYear, const QString &stage) const
{
    const WorkCalendar work = WorkCalendar::fromResources();
    AppraisalRun run = WayUp(m_db, work, QString()).appraise(roundYear, stage);
    if (m_scope)
        run.units.erase(std::remove_if(run.units.begin(), run.units.end(), [this](const UnitAppraisal &u) { return !m_scope->contains(u.unitId); }),
                        run.units.end());
    return run;
}

ReportDocument AppraisalReports::appraisalForms(int roundYear, int unitId, const QString &stage) const
{
    const WorkCalendar work = WorkCalendar::fromResources();
    const AppraisalRun run = scopedRun(roundYear, stage);
    QHash<int, QString> assessorNames;
    for (const auto &a : AppraisalRepository(m_db).assessors())
        assessorNames.insert(a.id, a.name);
    QHash<int, UnitRow> rows;
    for (const auto &r : UnitRepository(m_db).rows())
        rows.insert(r.id, r);

    ReportDocument doc;
    doc.title = tr("%1 “Civilized Window” appraisal form").arg(roundYear);
    doc.pageBreakBetweenSections = true;
    // One form per page with its signatures: the default system's 23 indicators fit on A4 at 9 pt (GB/T 9704 lets
    // tables use a smaller size than the body).
    doc.tablePointSize = run.system.indicators.size() > 16 ? 8 : 10.5;
    doc.cellPaddingMm = run.system.indicators.size() > 16 ? 0.4 : 1.0;
    for (const auto &u : run.units) {
        if (unitId && u.unitId != unitId)
            continue;
        const UnitRow row = rows.value(u.unitId);
        // The assessors of this unit, in order, as columns.
        QList<int> who;
        for (const auto &t : u.trace)
            for (const auto &score : u.scoresOf(t))
                if (!who.contains(score.assessorId))
                    who << score.assessorId;
        ReportSection s;
        s.heading = tr("%1 (%2 %3, %4)").arg(u.name, row.cityName, row.regionName, row.typeName);
        s.afterTable.clear();
        s.paragraphs.clear();
        s.table.columns = {{tr("Area"), 1.8}, {tr("Indicator"), 6.0}, {tr("Points"), 1.1, true}};
        for (int a : who)
            s.table.columns << ReportColumn{assessorNames.value(a, QString::number(a)), 1.0, true};
        s.table.columns << ReportColumn{tr("Score"), 1.1, true};
        for (int i = 0; i < u.trace.size() && i < run.system.indicators.size(); ++i) {
            const Indicator &ind = run.system.indicators[i];
            const IndicatorTrace &t = u.trace[i];
            QStringList cells = {ind.areaName, ind.name, points(ind.points)};
            for (int a : who) {
                const auto score = u.scoreBy(t, a);
                cells << (score ? points(*score) : QStringLiteral("—"));
            }
            cells << points(t.mean);
            s.table.rows << cells;
        }
        QStringList total = {tr("Total"), QString(), points(run.system.totalPoints())};
        for (int k = 0; k < who.size(); ++k)
            total << QString();
        total << QString::number(u.total, 'f', 2);
        s.table.rows << total;

        QStringList checks;
        if (run.system.trimMinAssessors > 0 && who.size() >= run.system.trimMinAssessors)
            checks << tr("With %1 assessors, each indicator's highest and lowest score are dropped before the mean.").arg(who.size());
        QStringList vetoes;
        for (const auto &r : u.reasons)
            if (r.rule == QLatin1String("veto"))
                vetoes << wording(r);
        // The checks in one paragraph and the conclusion in another, so that the form and its signatures fit one page.
        checks << tr("Veto check (Implementation Plan §4(4)): %1").arg(vetoes.isEmpty() ? tr("no veto event in the window") : vetoes.join(tr("; ")))
               << tr("Satisfaction: %1").arg(u.satisfaction ? QStringLiteral("%1%").arg(*u.satisfaction * 100, 0, 'f', 1) : tr("no survey"))
               << tr("Total: %1 (pass line %2)").arg(u.total, 0, 'f', 2).arg(points(run.system.passLine));
        for (QString &c : checks) // one sentence: the parts are joined with semicolons
            if (c.endsWith(QChar(0x3002)) || c.endsWith(QLatin1Char('.')))
                c.chop(1);
        s.afterTable << checks.join(tr("; "));
        s.afterTable << (u.eligible ? tr("Conclusion: eligible, rank %1.").arg(u.rank.value_or(0))
                                    : tr("Conclusion: not eligible — %1").arg(wordings(u.reasons).join(tr("; "))));
        s.signatures = {tr("Assessors (signatures): ____________________________"),
                        tr("Head of the assessment group (signature): ______________    Date: ____________")};
        doc.sections << s;
    }
    if (doc.sections.isEmpty())
        failInput(unitId ? tr("Unit %1 was not appraised in the %2 round.").arg(unitId).arg(roundYear)
                         : tr("No unit was appraised in the %1 round.").arg(roundYear));
    return doc;
}

ReportDocument AppraisalReports::summary(int roundYear, const QString &stage) const
{
    const WorkCalendar work = WorkCalendar::fromResources();
    const AppraisalRun run = scopedRun(roundYear, stage);
    if (run.units.isEmpty())
        failInput(tr("No unit was appraised in the %1 round.").arg(roundYear));
    QHash<int, UnitRow> rows;
    for (const auto &r : UnitRepository(m_db).rows())
        rows.insert(r.id, r);
    ReportDocument doc;
    doc.title = tr("%1 “Civilized Window” appraisal summary").arg(roundYear);
    int eligible = 0;
    for (const auto &u : run.units)
        eligible += u.eligible ? 1 : 0;
    doc.subtitle = tr("(%1 units appraised, %2 eligible)").arg(run.units.size()).arg(eligible);
    doc.tablePointSize = 12;

    // Official order, not the order of the characters: 市(州) by their GB/T 2260 codes (长白山管委会 after them), the
    // categories as DOMAIN.md §3 lists them.
    QHash<int, int> regionOrder;
    int position = 0;
    for (const auto &r : RegionRepository(m_db).all())
        regionOrder.insert(r.id, ++position);
    QHash<QString, int> categoryOrder;
    for (const auto &t : UnitTypeRepository(m_db).all())
        if (!categoryOrder.contains(t.categoryName))
            categoryOrder.insert(t.categoryName, int(categoryOrder.size()));
    const auto counts = [&](const QString &heading, const QString &column, const std::function<QPair<int, QString>(const UnitRow &)> &key) {
        QMap<QPair<int, QString>, QPair<int, int>> c;
        for (const auto &u : run.units) {
            auto &p = c[key(rows.value(u.unitId))];
            ++p.first;
            p.second += u.eligible ? 1 : 0;
        }
        ReportSection s;
        s.heading = heading;
        s.table.columns = {{column, 4}, {tr("Appraised"), 1.5, true}, {tr("Eligible"), 1.5, true}, {tr("Not eligible"), 1.5, true}};
        for (auto it = c.cbegin(); it != c.cend(); ++it)
            s.table.rows << QStringList{it.key().second, QString::number(it->first), QString::number(it->second),
                                        QString::number(it->first - it->second)};
        s.table.rows << QStringList{tr("Total"), QString::number(run.units.size()), QString::number(eligible),
                                    QString::number(run.units.size() - eligible)};
        doc.sections << s;
    };
    counts(tr("1. By city (prefecture)"), tr("City (prefecture)"), [&](const UnitRow &r) {
        return qMakePair(regionOrder.value(r.cityId ? r.cityId : r.regionId), r.cityName.isEmpty() ? r.regionName : r.cityName);
    });
    counts(tr("2. By category"), tr("Category"), [&](const UnitRow &r) { return qMakePair(categoryOrder.value(r.categoryName), r.categoryName); });

    ReportSection dist;
    dist.heading = tr("3. Distribution of totals");
    dist.chartTitle = tr("Units by total score");
    const QList<QPair<double, QString>> bins = {{60, tr("below 60")}, {70, QStringLiteral("60–70")}, {80, QStringLiteral("70–80")},
                                                {85, QStringLiteral("80–85")}, {90, QStringLiteral("85–90")}, {95, QStringLiteral("90–95")},
                                                {1000, QStringLiteral("95–100")}};
    for (const auto &b : bins)
        dist.bars << qMakePair(b.second, 0.0);
    for (const auto &u : run.units)
        for (int i = 0; i < bins.size(); ++i)
            if (u.total < bins[i].first) {
                dist.bars[i].second += 1;
                break;
            }
    doc.sections << dist;

    ReportSection ranking;
    ranking.heading = tr("4. Ranking of the eligible units");
    ranking.table.columns = {{tr("Rank"), 0.9, true}, {tr("Unit name"), 5}, {tr("County (district)"), 2.2}, {tr("Total"), 1.3, true},
                             {tr("Satisfaction"), 1.4, true}};
    for (const auto &u : run.units)
        if (u.eligible)
            ranking.table.rows << QStringList{QString::number(u.rank.value_or(0)), u.name, rows.value(u.unitId).regionName,
                                              QString::number(u.total, 'f', 2),
                                              u.satisfaction ? QStringLiteral("%1%").arg(*u.satisfaction * 100, 0, 'f', 1) : QString()};
    doc.sections << ranking;
    return doc;
}

} // namespace cd
