// units import and units list.
#include "cli/context.h"
#include "storage/regionrepository.h"
#include "services/lookup.h"

#include "services/rosterimport.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::cli {

int cmdUnitsImport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("only-valid")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "units import takes one file: units import FILE [--only-valid]"));
    const QString file = ctx.args.positional.first();
    const bool onlyValid = ctx.args.has(QStringLiteral("only-valid"));
    auto db = ctx.openForWriting();
    // Read, checked and written a part at a time: a whole country's roster is never held in memory at once.
    ImportPlan plan;
    const ImportResult result = RosterImport(*db).importFile(file, onlyValid, plan);
    const bool refused = !plan.rejected.isEmpty() && !onlyValid;

    if (ctx.json) {
        QJsonArray rejected;
        for (const auto &r : plan.rejected)
            rejected.append(QJsonObject{{QStringLiteral("row"), r.row}, {QStringLiteral("column"), r.column}, {QStringLiteral("reason"), r.reason}});
        printJson({{QStringLiteral("imported"), result.imported},
                   {QStringLiteral("updated"), result.updated},
                   {QStringLiteral("unchanged"), refused ? 0 : plan.unchanged},
                   {QStringLiteral("rejected"), rejected}});
    } else {
        for (const auto &r : plan.rejected)
            printError(QCoreApplication::translate("cd::cli", "Row %1, column %2: %3").arg(r.row).arg(r.column, r.reason));
        if (refused)
            printError(QCoreApplication::translate("cd::cli", "%n row(s) were rejected, so nothing was imported. Correct them, or use --only-valid to import the good rows.",
                          nullptr, plan.rejectedRows()));
        else
            printText(QCoreApplication::translate("cd::cli", "Imported %1, updated %2, %3 unchanged, %4 rejected.")
                          .arg(QCoreApplication::translate("cd::cli", "%n new unit(s)", nullptr, result.imported))
                          .arg(result.updated)
                          .arg(plan.unchanged)
                          .arg(QCoreApplication::translate("cd::cli", "%n row(s)", nullptr, plan.rejectedRows())));
    }
    return refused ? 2 : 0;
}

int cmdUnitsList(Context &ctx)
{
    ctx.args.allow({QStringLiteral("region"), QStringLiteral("type")});
    auto db = ctx.openReadOnly();
    UnitFilter filter;
    filter.regionId = regionOption(ctx, *db); // refused, not answered with an empty list, when it names no region
    filter.typeName = ctx.args.value(QStringLiteral("type"));
    const QList<UnitRow> rows = UnitRepository(*db).rows(filter);
    if (ctx.json) {
        QJsonArray units;
        for (const auto &r : rows)
            units.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("region_code"), r.regionCode.isEmpty() ? QJsonValue() : QJsonValue(r.regionCode)},
                                     {QStringLiteral("region_name"), r.regionName},
                                     {QStringLiteral("type"), r.typeName},
                                     {QStringLiteral("category"), r.categoryName},
                                     {QStringLiteral("credit_code"), r.creditCode.isEmpty() ? QJsonValue() : QJsonValue(r.creditCode)}});
        printJson({{QStringLiteral("count"), int(rows.size())}, {QStringLiteral("units"), units}});
        return 0;
    }
    QString out;
    for (const auto &r : rows)
        out += QStringLiteral("%1\t%2\t%3 %4\t%5\t%6\n")
                   .arg(r.id)
                   .arg(r.name, r.regionCode, r.regionName, r.typeName, r.creditCode);
    out += QCoreApplication::translate("cd::cli", "%n unit(s).", nullptr, int(rows.size()));
    printText(out);
    return 0;
}

} // namespace cd::cli
