// export and report: lists to .xlsx/CSV and printed attachments to PDF (CLI.md; DOMAIN.md §9).
#include "cli/context.h"
#include "cli/reportmodule.h"
#include "storage/unitrepository.h"
#include "storage/regionrepository.h"
#include "services/lookup.h"

#include "services/rounds.h"
#include "services/appraisalreports.h"
#include "services/lists.h"
#include "services/unitdossier.h"
#include "services/applicationdraft.h"
#include "services/scoresheet.h"
#include "rules/workcalendar.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {

namespace {

} // namespace

int cmdExport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("out"), QStringLiteral("encoding"), QStringLiteral("assessor")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "export takes one KIND: units, recommendations, nominations or reviews."));
    const QString kind = ctx.args.positional.first();
    const QString out = ctx.args.required(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        failUsage(QCoreApplication::translate("cd::cli", "The output file must end in .xlsx or .csv, not \"%1\".").arg(QFileInfo(out).fileName()));
    const QString encoding = ctx.args.value(QStringLiteral("encoding"), QStringLiteral("utf-8")).toLower();
    if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("gb18030"))
        failUsage(QCoreApplication::translate("cd::cli", "--encoding is utf-8 or gb18030, not \"%1\".").arg(encoding));

    if (kind == QLatin1String("score-sheet")) {
        auto db = ctx.openForWriting(); // the round gets its default indicator system on first use
        const WorkCalendar work = WorkCalendar::fromResources();
        bool ok = false;
        const int assessor = ctx.args.required(QStringLiteral("assessor")).toInt(&ok);
        if (!ok)
            failUsage(QCoreApplication::translate("cd::cli", "--assessor takes an assessor id."));
        const int units = ScoreSheet(*db, work, QString()).exportSheet(ctx.year(QStringLiteral("round")), assessor, out);
        if (ctx.json)
            printJson({{QStringLiteral("kind"), kind}, {QStringLiteral("rows"), units}, {QStringLiteral("out"), QDir::toNativeSeparators(out)}});
        else
            printText(QCoreApplication::translate("cd::cli", "Wrote %1 rows to %2.").arg(units).arg(QDir::toNativeSeparators(out)));
        return 0;
    }
    auto db = ctx.openReadOnly();
    const Lists lists(*db);
    ExportList list;
    if (kind != QLatin1String("units"))
        Rounds(*db).require(ctx.year(QStringLiteral("round")));
    if (kind == QLatin1String("units"))
        list = lists.units();
    else if (kind == QLatin1String("nominations"))
        list = lists.nominations(ctx.year(QStringLiteral("round")));
    else if (kind == QLatin1String("reviews"))
        list = lists.reviews(ctx.year(QStringLiteral("round")));
    else if (kind == QLatin1String("recommendations"))
        list = lists.recommendations(ctx.year(QStringLiteral("round")));
    else
        failUsage(QCoreApplication::translate("cd::cli", "Unknown export kind \"%1\": units, recommendations, nominations or reviews.").arg(kind));

    if (suffix == QLatin1String("xlsx"))
        writeXlsx(list, out);
    else
        writeCsv(list, out, encoding == QLatin1String("gb18030") ? CsvEncoding::Gb18030 : CsvEncoding::Utf8Bom);
    if (ctx.json)
        printJson({{QStringLiteral("kind"), kind}, {QStringLiteral("rows"), int(list.rows.size())},
                   {QStringLiteral("out"), QDir::toNativeSeparators(out)}});
    else
        printText(QCoreApplication::translate("cd::cli", "Wrote %1 rows to %2.").arg(list.rows.size()).arg(QDir::toNativeSeparators(out)));
    return 0;
}

int cmdScoresImport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("override-reason")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "scores import takes one file: scores import FILE.xlsx"));
    auto db = ctx.openForWriting();
    const WorkCalendar work = WorkCalendar::fromResources();
    const QString op = qEnvironmentVariable("CAMPAIGNDESK_OPERATOR", qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER")));
    const ScoreSheetImport r = ScoreSheet(*db, work, op).importSheet(ctx.args.positional.first(),
                                                                        ctx.args.has(QStringLiteral("round")) ? ctx.year(QStringLiteral("round")) : 0,
                                                                        ctx.args.value(QStringLiteral("override-reason")));
    const bool refused = !r.rejected.isEmpty();
    if (ctx.json) {
        QJsonArray rejected;
        for (const auto &x : r.rejected)
            rejected.append(QJsonObject{{QStringLiteral("row"), x.row}, {QStringLiteral("column"), x.column}, {QStringLiteral("reason"), x.reason}});
        printJson({{QStringLiteral("round"), r.roundYear}, {QStringLiteral("assessor"), r.assessorId},
                   {QStringLiteral("imported"), refused ? 0 : r.scores}, {QStringLiteral("rejected"), rejected}});
    } else {
        for (const auto &x : r.rejected)
            printError(QCoreApplication::translate("cd::cli", "Row %1, column %2: %3").arg(x.row).arg(x.column, x.reason));
        if (refused)
            printError(QCoreApplication::translate("cd::cli", "%n cell(s) were rejected, so no score was imported.", nullptr, int(r.rejected.size())));
        else
            printText(QCoreApplication::translate("cd::cli", "Imported %1 scores of assessor %2 for the %3 round.").arg(r.scores).arg(r.assessorId).arg(r.roundYear));
    }
    return refused ? 2 : 0;
}

int cmdReport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("unit"), QStringLiteral("out"), QStringLiteral("stage"), QStringLiteral("region"),
                    QStringLiteral("from"), QStringLiteral("to")});
    const QString stage = ctx.args.value(QStringLiteral("stage"), QStringLiteral("local"));
    if (stage != QLatin1String("local") && stage != QLatin1String("province"))
        failUsage(QCoreApplication::translate("cd::cli", "--stage is local or province, not \"%1\".").arg(stage));
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "report takes one KIND: appraisal-form, summary, recommendation-list, naming-list, review-list, score-ledger, unit-dossier or application."));
    const QString kind = ctx.args.positional.first();
    const QString out = ctx.args.required(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (kind == QLatin1String("application")) { // 申报材料: .odt to edit, or .pdf
        if (suffix != QLatin1String("odt") && suffix != QLatin1String("pdf"))
            failUsage(QCoreApplication::translate("cd::cli", "The application file must end in .odt or .pdf."));
        const int unit = ctx.args.required(QStringLiteral("unit")).toInt();
        const int year = ctx.year(QStringLiteral("round"));
        auto db = ctx.openReadOnly();
        const ReportDocument doc = ApplicationDraft(*db).build(unit, year);
        int pages = 0;
        if (suffix == QLatin1String("odt"))
            reportModule().writeOdt(doc, out);
        else
            pages = reportModule().writePdf(doc, out);
        if (ctx.json) {
            QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("out"), QDir::toNativeSeparators(out)}};
            if (pages)
                o.insert(QStringLiteral("pages"), pages);
            printJson(o);
        } else {
            printText(pages ? QCoreApplication::translate("cd::cli", "Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(out)).arg(pages)
                            : QCoreApplication::translate("cd::cli", "Wrote %1.").arg(QDir::toNativeSeparators(out)));
        }
        return 0;
    }
    if (suffix != QLatin1String("pdf"))
        failUsage(QCoreApplication::translate("cd::cli", "The report file must end in .pdf."));
    if (kind == QLatin1String("unit-dossier")) { // one unit, every round (or --from/--to): no --round
        const int unit = ctx.args.required(QStringLiteral("unit")).toInt();
        const int from = ctx.args.has(QStringLiteral("from")) ? ctx.year(QStringLiteral("from")) : 0;
        const int to = ctx.args.has(QStringLiteral("to")) ? ctx.year(QStringLiteral("to")) : 0;
        auto db = ctx.openReadOnly();
        // The evidence binder: cover, 目录, the parts, the evidence bound in (EvidenceBinder).
        const BinderResult r = reportModule().writeBinder(UnitDossier(*db).binderInput(unit, from, to), out);
        if (ctx.json)
            printJson({{QStringLiteral("kind"), kind}, {QStringLiteral("pages"), r.pages}, {QStringLiteral("out"), QDir::toNativeSeparators(out)},
                       {QStringLiteral("front_pages"), r.frontPages}, {QStringLiteral("evidence_pages"), r.evidencePages},
                       {QStringLiteral("images"), r.images}, {QStringLiteral("merged"), r.merged}, {QStringLiteral("embedded"), r.embedded},
                       {QStringLiteral("missing"), r.missing}});
        else
            printText(QCoreApplication::translate("cd::cli", "Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(out)).arg(r.pages));
        return 0;
    }
    const int year = ctx.year(QStringLiteral("round"));
    auto db = ctx.openReadOnly();
    Rounds(*db).require(year);
    const std::optional<QSet<int>> scope = unitsOfRegionOption(ctx, *db); // --region: that region's units only
    Lists lists(*db);
    lists.setScope(scope);
    AppraisalReports appraisalReports(*db);
    appraisalReports.setScope(scope);
    ReportDocument doc;
    QString fingerprint;
    if (kind == QLatin1String("naming-list"))
        doc = lists.namingReport(year);
    else if (kind == QLatin1String("review-list"))
        doc = lists.reviewReport(year);
    else if (kind == QLatin1String("recommendation-list"))
        doc = lists.recommendationReport(year);
    else if (kind == QLatin1String("appraisal-form"))
        doc = appraisalReports.appraisalForms(year, ctx.args.has(QStringLiteral("unit")) ? ctx.args.value(QStringLiteral("unit")).toInt() : 0, stage);
    else if (kind == QLatin1String("summary"))
        doc = appraisalReports.summary(year, stage);
    else if (kind == QLatin1String("score-ledger"))
        doc = appraisalReports.scoreLedger(year, stage, &fingerprint);
    else
        failUsage(QCoreApplication::translate("cd::cli", "Unknown report kind \"%1\".").arg(kind));
    const int pages = reportModule().writePdf(doc, out);
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("pages"), pages}, {QStringLiteral("out"), QDir::toNativeSeparators(out)}};
        if (kind == QLatin1String("score-ledger")) // the fingerprint printed on its pages, for a later check
            o.insert(QStringLiteral("fingerprint"), fingerprint);
        printJson(o);
    }
    else
        printText(QCoreApplication::translate("cd::cli", "Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(out)).arg(pages));
    return 0;
}

} // namespace cd::cli
