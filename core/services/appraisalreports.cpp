#include "services/appraisalreports.h"

#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    AppraisalRun run = AppraisalService(m_db, work, QString()).appraise(roundYear, stage);
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

QString AppraisalReports::inputFingerprint(const AppraisalRun &run)
{
    // One line per fact, fields separated by a unit separator, so that no name can run into the next field.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto line = [&hash](const QStringList &fields) {
        hash.addData(fields.join(QChar(0x1f)).toUtf8());
        hash.addData(QByteArrayView("\n"));
    };
    const IndicatorSystem &sys = run.system;
    line({QStringLiteral("system"), QString::number(sys.roundYear), QString::number(sys.version), QString::number(sys.passLine),
          QString::number(sys.satisfactionMin), QString::number(sys.trimMinAssessors), run.stage, run.tieBreakArea});
    for (const auto &i : sys.indicators)
        line({QStringLiteral("indicator"), QString::number(i.id), QString::number(i.areaId), i.areaName, i.name, QString::number(i.points)});
    std::vector<const UnitAppraisal *> units;
    for (const auto &u : run.units)
        units.push_back(&u);
    std::sort(units.begin(), units.end(), [](const UnitAppraisal *a, const UnitAppraisal *b) { return a->unitId < b->unitId; });
    for (const UnitAppraisal *u : units)
        for (const auto &t : u->trace) {
            std::vector<TraceScore> scores(u->scoresOf(t).begin(), u->scoresOf(t).end());
            std::sort(scores.begin(), scores.end(), [](const TraceScore &a, const TraceScore &b) { return a.assessorId < b.assessorId; });
            for (const auto &score : scores)
                line({QStringLiteral("score"), QString::number(u->unitId), QString::number(t.indicatorId), QString::number(score.assessorId),
                      QString::number(score.value)});
        }
    return QString::fromLatin1(hash.result().toHex());
}

ReportDocument AppraisalReports::scoreLedger(int roundYear, const QString &stage, QString *fingerprintOut) const
{
    const AppraisalRun run = scopedRun(roundYear, stage);
    if (run.units.isEmpty())
        failInput(tr("No unit was appraised in the %1 round.").arg(roundYear));
    QHash<int, QString> assessorNames;
    QList<Assessor> stageAssessors;
    for (const auto &a : AppraisalRepository(m_db).assessors()) {
        assessorNames.insert(a.id, a.name);
        if (a.stage == stage)
            stageAssessors << a;
    }
    QHash<int, UnitRow> rows;
    for (const auto &r : UnitRepository(m_db).rows())
        rows.insert(r.id, r);
    const QString fingerprint = inputFingerprint(run);
    if (fingerprintOut)
        *fingerprintOut = fingerprint;

    ReportDocument doc;
    doc.title = tr("%1 “Civilized Window” score ledger").arg(roundYear);
    doc.subtitle = tr("(%1, %2 units; every total traced to each assessor's score)").arg(stageName(stage)).arg(run.units.size());
    doc.landscape = true;
    doc.tablePointSize = 9;
    doc.cellPaddingMm = 0.6;
    doc.pageMark = tr("Input fingerprint (SHA-256 of the scores and the indicator system): %1").arg(fingerprint);

    ReportSection rules;
    rules.heading = tr("How the totals were made");
    const IndicatorSystem &sys = run.system;
    rules.paragraphs << tr("Indicator system of the %1 round, version %2: %3 indicators, %4 points in all; pass line %5; minimum satisfaction %6%.")
                            .arg(roundYear)
                            .arg(sys.version)
                            .arg(sys.indicators.size())
                            .arg(points(sys.totalPoints()), points(sys.passLine))
                            .arg(sys.satisfactionMin / 100.0, 0, 'f', 1);
    rules.paragraphs << (sys.trimMinAssessors > 0
                             ? tr("An indicator's score is the mean of the assessors' scores; from %1 assessors on, one highest and one lowest are dropped first.").arg(sys.trimMinAssessors)
                             : tr("An indicator's score is the mean of the assessors' scores; nothing is dropped."));
    rules.paragraphs << tr("Equal totals are ordered by the %1 subtotal, then by satisfaction, then by unit code.").arg(run.tieBreakArea);
    rules.paragraphs << tr("An assessor from the unit itself does not score it (conflict rule).");
    rules.paragraphs << tr("The fingerprint at the head of every page is computed from the indicator system and every score counted; computed again from the same data it is the same, and any changed score changes it.");
    doc.sections << rules;

    const int tieArea = tieAreaId(sys, run.tieBreakArea);
    for (int k = 0; k < run.units.size(); ++k) {
        const UnitAppraisal &u = run.units[k];
        const UnitRow row = rows.value(u.unitId);
        ReportSection s;
        const QString where = row.cityName == row.regionName || row.cityName.isEmpty() ? row.regionName : row.cityName + row.regionName;
        s.heading = u.eligible ? tr("No. %1  %2 (%3): total %4").arg(u.rank.value_or(0)).arg(u.name, where).arg(u.total, 0, 'f', 2)
                               : tr("Not ranked  %1 (%2): total %3").arg(u.name, where).arg(u.total, 0, 'f', 2);
        s.table.columns = {{tr("Area"), 1.4}, {tr("Indicator"), 3.2}, {tr("Points"), 0.8, true}, {tr("Each assessor's score"), 6.0},
                           {tr("Dropped (lowest, highest)"), 1.6}, {tr("Mean"), 0.9, true}};
        for (int i = 0; i < u.trace.size() && i < sys.indicators.size(); ++i) {
            const Indicator &ind = sys.indicators[i];
            const IndicatorTrace &t = u.trace[i];
            QStringList each;
            for (const auto &score : u.scoresOf(t))
                each << QStringLiteral("%1 %2").arg(assessorNames.value(score.assessorId, QString::number(score.assessorId)), points(score.value));
            s.table.rows << QStringList{ind.areaName, ind.name, points(ind.points), each.isEmpty() ? tr("no score") : each.join(tr(", ")),
                                        t.trimmed ? QStringLiteral("%1, %2").arg(points(t.droppedLowest), points(t.droppedHighest)) : QString(),
                                        points(t.mean)};
        }
        s.table.rows << QStringList{tr("Total"), QString(), points(sys.totalPoints()), QString(), QString(), QString::number(u.total, 'f', 2)};
        s.afterTable << tr("%1 subtotal %2; satisfaction %3; unit code %4.")
                            .arg(run.tieBreakArea)
                            .arg(u.areaTotals.value(tieArea), 0, 'f', 2)
                            .arg(u.satisfaction ? QStringLiteral("%1%").arg(*u.satisfaction * 100, 0, 'f', 1) : tr("no survey"))
                            .arg(u.sortCode.startsWith(QLatin1Char('~')) ? tr("none (unit no. %1)").arg(u.unitId) : u.sortCode);
        // The tie-break that placed it against a neighbour with the same total.
        if (u.eligible)
            for (int n : {k - 1, k + 1}) {
                if (n < 0 || n >= run.units.size() || !run.units[n].eligible)
                    continue;
                const UnitAppraisal &other = run.units[n];
                const auto [by, first] = rankOrder(u, other, tieArea);
                if (by == RankedBy::Total)
                    continue;
                const QString rule = by == RankedBy::TieArea        ? tr("the higher %1 subtotal").arg(run.tieBreakArea)
                                     : by == RankedBy::Satisfaction ? tr("the higher satisfaction")
                                     : by == RankedBy::UnitCode     ? tr("the lower unit code")
                                                                    : tr("the lower unit number");
                s.afterTable << (first ? tr("Tie: same total as %1 (no. %2); placed before it by %3.").arg(other.name).arg(other.rank.value_or(0)).arg(rule)
                                       : tr("Tie: same total as %1 (no. %2); placed after it by %3.").arg(other.name).arg(other.rank.value_or(0)).arg(rule));
            }
        for (const auto &a : stageAssessors)
            if (a.unitId == u.unitId)
                s.afterTable << tr("Assessor %1 belongs to this unit and did not score it (conflict rule).").arg(a.name);
        s.afterTable << (u.eligible ? tr("Conclusion: eligible, rank %1.").arg(u.rank.value_or(0))
                                    : tr("Conclusion: not eligible — %1").arg(wordings(u.reasons).join(tr("; "))));
        doc.sections << s;
    }
    return doc;
}

} // namespace cd
