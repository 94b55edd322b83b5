#include "services/lists.h"

#include <algorithm>

#include "services/wayup.h"
#include "storage/database.h"
#include "storage/listqueries.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {

namespace {
QString outcomeText(const QString &outcome)
{
    return outcome == QLatin1String("revoked") ? QCoreApplication::translate("cd::Lists", "Revoked") : QCoreApplication::translate("cd::Lists", "Retained");
}
} // namespace

QString Lists::suggestedName(const QString &kind, int roundYear, const QString &suffix)
{
    QString name;
    if (kind == QLatin1String("nominations") || kind == QLatin1String("naming-list"))
        name = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” naming list").arg(roundYear);
    else if (kind == QLatin1String("recommendations") || kind == QLatin1String("recommendation-list"))
        name = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” recommendation list").arg(roundYear);
    else if (kind == QLatin1String("reviews") || kind == QLatin1String("review-list"))
        name = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” review results").arg(roundYear);
    else
        name = QCoreApplication::translate("cd::Lists", "Unit roster");
    return name + QLatin1Char('.') + suffix;
}

ExportList Lists::units() const
{
    ExportList l;
    l.title = QCoreApplication::translate("cd::Lists", "Grassroots window unit roster");
    l.sheetName = QCoreApplication::translate("cd::Lists", "Unit roster");
    // The roster file format of DOMAIN.md §10, whatever the UI language, so that an export imports back as it is:
    // every import column (所属地区 as the full name, which never is ambiguous), then 编号, 市（州）and 地区代码,
    // which the import passes over.
    l.headers = {QStringLiteral("单位名称"), QStringLiteral("所属地区"), QStringLiteral("单位类别"), QStringLiteral("统一社会信用代码"),
                 QStringLiteral("地址"), QStringLiteral("负责人"), QStringLiteral("联系电话"), QStringLiteral("职工人数"), QStringLiteral("备注"),
                 QStringLiteral("编号"), QStringLiteral("市（州）"), QStringLiteral("地区代码")};
    l.numericColumns = {7, 9};
    const auto rows = UnitRepository(m_db).rows();
    l.rows.reserve(rows.size());
    for (const auto &r : rows)
        l.rows.push_back({r.name, r.regionFullName.isEmpty() ? r.regionName : r.regionFullName, r.typeName, r.creditCode, r.address,
                          r.leader, r.phone, r.staffCount ? QString::number(*r.staffCount) : QString(), r.note, QString::number(r.id),
                          r.cityName.isEmpty() ? r.regionName : r.cityName, r.regionCode});
    return l;
}

ExportList Lists::nominations(int roundYear) const
{
    ExportList l;
    l.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” naming list").arg(roundYear);
    l.sheetName = QCoreApplication::translate("cd::Lists", "Naming list");
    l.headers = {QCoreApplication::translate("cd::Lists", "No."), QCoreApplication::translate("cd::Lists", "City (prefecture)"), QCoreApplication::translate("cd::Lists", "County (district)"), QCoreApplication::translate("cd::Lists", "Unit type"), QCoreApplication::translate("cd::Lists", "Unit name"), QCoreApplication::translate("cd::Lists", "Credit code"),
                 QCoreApplication::translate("cd::Lists", "Decision number"), QCoreApplication::translate("cd::Lists", "Date named")};
    l.numericColumns = {0};
    int n = 0;
    for (const auto &r : ListQueries(m_db).namings(roundYear))
        l.rows.push_back({QString::number(++n), r.cityName, r.countyName, r.typeName, r.unitName, r.creditCode, r.docNo,
                          r.date.toString(Qt::ISODate)});
    return l;
}

ExportList Lists::reviews(int roundYear) const
{
    ExportList l;
    l.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” review results").arg(roundYear);
    l.sheetName = QCoreApplication::translate("cd::Lists", "Review results");
    l.headers = {QCoreApplication::translate("cd::Lists", "No."), QCoreApplication::translate("cd::Lists", "City (prefecture)"), QCoreApplication::translate("cd::Lists", "County (district)"), QCoreApplication::translate("cd::Lists", "Unit type"), QCoreApplication::translate("cd::Lists", "Unit name"), QCoreApplication::translate("cd::Lists", "Named in"),
                 QCoreApplication::translate("cd::Lists", "Outcome"), QCoreApplication::translate("cd::Lists", "Reason"), QCoreApplication::translate("cd::Lists", "Decision number"), QCoreApplication::translate("cd::Lists", "Date")};
    l.numericColumns = {0, 5};
    int n = 0;
    for (const auto &r : ListQueries(m_db).reviews(roundYear))
        l.rows.push_back({QString::number(++n), r.cityName, r.countyName, r.typeName, r.unitName,
                          r.namedRound ? QString::number(r.namedRound) : QString(), outcomeText(r.outcome), r.reason, r.docNo,
                          r.date.toString(Qt::ISODate)});
    return l;
}

QList<TitleListRow> Lists::inScope(QList<TitleListRow> rows) const
{
    if (m_scope)
        rows.erase(std::remove_if(rows.begin(), rows.end(), [this](const TitleListRow &r) { return !m_scope->contains(r.unitId); }), rows.end());
    return rows;
}

ReportDocument Lists::namingReport(int roundYear) const
{
    const auto rows = inScope(ListQueries(m_db).namings(roundYear));
    if (rows.isEmpty())
        failInput(QCoreApplication::translate("cd::Lists", "No units were named in the %1 round; there is no naming list to print.").arg(roundYear));
    ReportDocument doc;
    doc.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” naming list").arg(roundYear);
    QStringList docs;
    for (const auto &r : rows)
        if (!docs.contains(r.docNo))
            docs << r.docNo;
    doc.subtitle = QCoreApplication::translate("cd::Lists", "(%1; %2 units)").arg(docs.join(QStringLiteral("、"))).arg(rows.size());
    doc.landscape = true; // five columns with 18-character codes: wider than a portrait text block
    doc.tablePointSize = 12;
    ReportSection s;
    s.table.columns = {{QCoreApplication::translate("cd::Lists", "No."), 0.8, true}, {QCoreApplication::translate("cd::Lists", "County (district)"), 2.6}, {QCoreApplication::translate("cd::Lists", "Unit type"), 3.2}, {QCoreApplication::translate("cd::Lists", "Unit name"), 5.2},
                       {QCoreApplication::translate("cd::Lists", "Credit code"), 4.2}};
    QString city, type;
    int n = 0;
    for (const auto &r : rows) {
        if (r.cityName != city) {
            city = r.cityName;
            type.clear();
            s.table.groupRows << int(s.table.rows.size());
            s.table.rows << QStringList{city};
        }
        s.table.rows << QStringList{QString::number(++n), r.countyName, r.typeName, r.unitName, r.creditCode};
    }
    doc.sections << s;
    return doc;
}

ReportDocument Lists::reviewReport(int roundYear) const
{
    const auto rows = inScope(ListQueries(m_db).reviews(roundYear));
    if (rows.isEmpty())
        failInput(QCoreApplication::translate("cd::Lists", "No reviews were recorded in the %1 round; there is no review list to print.").arg(roundYear));
    ReportDocument doc;
    doc.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” review results").arg(roundYear);
    int revoked = 0;
    for (const auto &r : rows)
        revoked += r.outcome == QLatin1String("revoked") ? 1 : 0;
    doc.subtitle = QCoreApplication::translate("cd::Lists", "(%1 units reviewed: %2 retained, %3 revoked)").arg(rows.size()).arg(rows.size() - revoked).arg(revoked);
    doc.landscape = true;
    doc.tablePointSize = 12;
    ReportSection s;
    s.table.columns = {{QCoreApplication::translate("cd::Lists", "No."), 0.7, true, true},
                       {QCoreApplication::translate("cd::Lists", "County (district)"), 2},
                       {QCoreApplication::translate("cd::Lists", "Unit name"), 5},
                       {QCoreApplication::translate("cd::Lists", "Named in"), 1.2, true, true},
                       {QCoreApplication::translate("cd::Lists", "Outcome"), 1.3, false, true},
                       {QCoreApplication::translate("cd::Lists", "Reason"), 3},
                       {QCoreApplication::translate("cd::Lists", "Decision number"), 2.6, false, true}};
    s.table.fitToContent = true;
    QString city;
    int n = 0;
    for (const auto &r : rows) {
        if (r.cityName != city) {
            city = r.cityName;
            s.table.groupRows << int(s.table.rows.size());
            s.table.rows << QStringList{city};
        }
        s.table.rows << QStringList{QString::number(++n), r.countyName, r.unitName, r.namedRound ? QString::number(r.namedRound) : QString(),
                                    outcomeText(r.outcome), r.reason, r.docNo};
    }
    doc.sections << s;
    return doc;
}

namespace {
// Local appraisal totals and satisfaction of the recommended units, for the lists.
QHash<int, const UnitAppraisal *> appraisalsById(const AppraisalRun &run)
{
    QHash<int, const UnitAppraisal *> out;
    for (const auto &a : run.units)
        out.insert(a.unitId, &a);
    return out;
}

AppraisalRun localAppraisal(Database &db, int roundYear)
{
    const WorkCalendar work = WorkCalendar::fromResources();
    try {
        return AppraisalService(db, work, QString()).appraise(roundYear, QStringLiteral("local"));
    } catch (const Failure &) {
        return {}; // no indicator system: the list shows no scores
    }
}
} // namespace

ExportList Lists::recommendations(int roundYear) const
{
    ExportList l;
    l.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” recommendation list").arg(roundYear);
    l.sheetName = QCoreApplication::translate("cd::Lists", "Recommendation list");
    l.headers = {QCoreApplication::translate("cd::Lists", "No."), QCoreApplication::translate("cd::Lists", "Recommended by"),
                 QCoreApplication::translate("cd::Lists", "Rank"), QCoreApplication::translate("cd::Lists", "Unit name"),
                 QCoreApplication::translate("cd::Lists", "County (district)"), QCoreApplication::translate("cd::Lists", "Unit type"),
                 QCoreApplication::translate("cd::Lists", "Credit code"), QCoreApplication::translate("cd::Lists", "Local score"),
                 QCoreApplication::translate("cd::Lists", "Satisfaction"), QCoreApplication::translate("cd::Lists", "Date")};
    l.numericColumns = {0, 2, 7};
    const AppraisalRun run = localAppraisal(m_db, roundYear);
    const auto byId = appraisalsById(run);
    int n = 0;
    for (const auto &r : ListQueries(m_db).recommendations(roundYear)) {
        const UnitAppraisal *a = byId.value(r.unitId);
        l.rows.push_back({QString::number(++n), r.recommendingRegion, QString::number(r.rank), r.unitName, r.countyName, r.typeName,
                          r.creditCode, a ? QString::number(a->total, 'f', 2) : QString(),
                          a && a->satisfaction ? QStringLiteral("%1%").arg(*a->satisfaction * 100, 0, 'f', 1) : QString(),
                          r.date.toString(Qt::ISODate)});
    }
    return l;
}

ReportDocument Lists::recommendationReport(int roundYear) const
{
    const auto rows = inScope(ListQueries(m_db).recommendations(roundYear));
    if (rows.isEmpty())
        failInput(QCoreApplication::translate("cd::Lists", "No recommendations were recorded in the %1 round; there is no list to print.").arg(roundYear));
    const AppraisalRun run = localAppraisal(m_db, roundYear);
    const auto byId = appraisalsById(run);
    ReportDocument doc;
    doc.title = QCoreApplication::translate("cd::Lists", "%1 “Civilized Window” recommendation list").arg(roundYear);
    doc.subtitle = QCoreApplication::translate("cd::Lists", "(%1 units)").arg(rows.size());
    doc.landscape = true;
    doc.tablePointSize = 12;
    ReportSection s;
    s.table.columns = {{QCoreApplication::translate("cd::Lists", "Rank"), 0.8, true},
                       {QCoreApplication::translate("cd::Lists", "Unit name"), 5.2},
                       {QCoreApplication::translate("cd::Lists", "County (district)"), 2.4},
                       {QCoreApplication::translate("cd::Lists", "Unit type"), 3},
                       {QCoreApplication::translate("cd::Lists", "Local score"), 1.4, true},
                       {QCoreApplication::translate("cd::Lists", "Satisfaction"), 1.4, true},
                       {QCoreApplication::translate("cd::Lists", "Date"), 1.8}};
    QString region;
    for (const auto &r : rows) {
        if (r.recommendingRegion != region) {
            region = r.recommendingRegion;
            s.table.groupRows << int(s.table.rows.size());
            s.table.rows << QStringList{region};
        }
        const UnitAppraisal *a = byId.value(r.unitId);
        s.table.rows << QStringList{QString::number(r.rank), r.unitName, r.countyName, r.typeName,
                                    a ? QString::number(a->total, 'f', 2) : QString(),
                                    a && a->satisfaction ? QStringLiteral("%1%").arg(*a->satisfaction * 100, 0, 'f', 1) : QString(),
                                    r.date.toString(Qt::ISODate)};
    }
    s.signatures = {QCoreApplication::translate("cd::Lists", "Recommending bureau (seal):"),
                    QCoreApplication::translate("cd::Lists", "Date:")};
    doc.sections << s;
    return doc;
}

} // namespace cd
