// export and report: lists to .xlsx/CSV and printed attachments to PDF (CLI.md; DOMAIN.md §9).
#include "cli/context.h"

#include "reports/reportpainter.h"
#include "services/lists.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cd::cli {

namespace {
[[noreturn]] void notYet(const QString &kind)
{
    // Recommendations and appraisal scores arrive with the appraisal module (issue 4); say so rather than print nothing.
    failInput(QCoreApplication::translate("cd::cli", "\"%1\" needs the appraisal records (recommendations and scores), which this version does not keep yet.").arg(kind));
}
} // namespace

int cmdExport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("out"), QStringLiteral("encoding")});
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

    auto db = ctx.openReadOnly();
    const Lists lists(*db);
    ExportList list;
    if (kind == QLatin1String("units"))
        list = lists.units();
    else if (kind == QLatin1String("nominations"))
        list = lists.nominations(ctx.year(QStringLiteral("round")));
    else if (kind == QLatin1String("reviews"))
        list = lists.reviews(ctx.year(QStringLiteral("round")));
    else if (kind == QLatin1String("recommendations"))
        notYet(kind);
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

int cmdReport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("unit"), QStringLiteral("out")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "report takes one KIND: appraisal-form, summary, recommendation-list, naming-list or review-list."));
    const QString kind = ctx.args.positional.first();
    const QString out = ctx.args.required(QStringLiteral("out"));
    if (QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
        failUsage(QCoreApplication::translate("cd::cli", "The report file must end in .pdf."));
    const int year = ctx.year(QStringLiteral("round"));
    auto db = ctx.openReadOnly();
    const Lists lists(*db);
    ReportDocument doc;
    if (kind == QLatin1String("naming-list"))
        doc = lists.namingReport(year);
    else if (kind == QLatin1String("review-list"))
        doc = lists.reviewReport(year);
    else if (kind == QLatin1String("appraisal-form") || kind == QLatin1String("summary") || kind == QLatin1String("recommendation-list"))
        notYet(kind);
    else
        failUsage(QCoreApplication::translate("cd::cli", "Unknown report kind \"%1\".").arg(kind));
    const int pages = ReportPainter::writePdf(doc, out);
    if (ctx.json)
        printJson({{QStringLiteral("kind"), kind}, {QStringLiteral("pages"), pages}, {QStringLiteral("out"), QDir::toNativeSeparators(out)}});
    else
        printText(QCoreApplication::translate("cd::cli", "Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(out)).arg(pages));
    return 0;
}

} // namespace cd::cli
