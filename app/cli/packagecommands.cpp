// package export|import|receipt|list (CLI.md; issue 12): the offline exchange between levels.
#include "cli/context.h"
#include "exchange/package.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>

namespace cd::cli {

int cmdPackageExport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("out"), QStringLiteral("since"), QStringLiteral("to")});
    const QString out = ctx.args.required(QStringLiteral("out"));
    const QString to = ctx.args.value(QStringLiteral("to"));
    if (ctx.args.has(QStringLiteral("to")) && to.trimmed().isEmpty())
        failUsage(QCoreApplication::translate("cd::cli", "--to takes the code of the region below whose office the package goes to."));
    auto db = ctx.openForWriting();
    Exchange exchange(*db);
    if (ctx.args.has(QStringLiteral("since"))) // the receipt of the last package, recorded first
        exchange.importReceipt(ctx.args.value(QStringLiteral("since")), false);
    const PackageExport r = exchange.exportPackage(out, {}, to.trimmed());
    if (ctx.json) // CLI.md "JSON of the exchange"; `to` follows for a package going down
        printJson({{QStringLiteral("package"), r.uuid},
                   {QStringLiteral("file"), QDir::toNativeSeparators(out)},
                   {QStringLiteral("region_code"), r.regionCode},
                   {QStringLiteral("records"), r.records},
                   {QStringLiteral("files"), r.files},
                   {QStringLiteral("since"), r.base.isEmpty() ? QJsonValue() : QJsonValue(r.base)},
                   {QStringLiteral("to"), r.to.isEmpty() ? QJsonValue() : QJsonValue(r.to)}});
    else
        printText(QCoreApplication::translate("cd::cli", "Wrote the package %1 to %2: %3, %4.")
                      .arg(r.uuid, QDir::toNativeSeparators(out), QCoreApplication::translate("cd::cli", "%n record(s)", nullptr, int(r.records)),
                           QCoreApplication::translate("cd::cli", "%n evidence file(s)", nullptr, int(r.files))));
    return 0;
}

int cmdPackageImport(Context &ctx)
{
    ctx.args.allow({QStringLiteral("receipt-out"), QStringLiteral("trust-new-sender")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "package import takes one file: package import FILE.cdx --receipt-out RECEIPT.cdr"));
    const QString receipt = ctx.args.required(QStringLiteral("receipt-out"));
    auto db = ctx.openForWriting();
    const PackageImport r = Exchange(*db).importPackage(ctx.args.positional.first(), receipt, ctx.args.has(QStringLiteral("trust-new-sender")));
    if (ctx.json) { // CLI.md "JSON of the exchange"; the refused records and evidence files follow
        const auto list = [](const QList<RefusedRecord> &records) {
            QJsonArray a;
            for (const auto &x : records)
                a.append(QJsonObject{{QStringLiteral("record"), QStringLiteral("%1/%2").arg(x.kind, x.key)}, {QStringLiteral("kind"), x.kind},
                                     {QStringLiteral("key"), x.key}, {QStringLiteral("reason"), x.reason}});
            return a;
        };
        printJson({{QStringLiteral("package"), r.package},
                   {QStringLiteral("status"), r.again ? QStringLiteral("duplicate") : QStringLiteral("applied")},
                   {QStringLiteral("added"), r.added},
                   {QStringLiteral("updated"), r.applied - r.added},
                   {QStringLiteral("unchanged"), r.duplicate},
                   {QStringLiteral("conflicts"), list(r.conflictRecords)},
                   {QStringLiteral("receipt"), QDir::toNativeSeparators(receipt)},
                   {QStringLiteral("refused"), list(r.refusedRecords)},
                   {QStringLiteral("removed"), r.removed},
                   {QStringLiteral("files"), r.files}});
    } else {
        for (const auto &x : r.refusedRecords)
            printError(QCoreApplication::translate("cd::cli", "Refused %1 %2: %3").arg(Exchange::kindName(x.kind), x.key, x.reason));
        printText(r.again ? QCoreApplication::translate("cd::cli", "The package %1 was applied before; nothing changed. Its receipt is in %2.")
                                .arg(r.package, QDir::toNativeSeparators(receipt))
                          : QCoreApplication::translate("cd::cli", "Applied the package %1 from %2: %3 applied, %4 unchanged, %5 in conflict, %6 refused. "
                                                                   "The receipt is in %7.")
                                .arg(r.package, r.senderRegion)
                                .arg(r.applied)
                                .arg(r.duplicate)
                                .arg(r.conflicts)
                                .arg(r.refused)
                                .arg(QDir::toNativeSeparators(receipt)));
    }
    return 0;
}

int cmdPackageReceipt(Context &ctx)
{
    ctx.args.allow({QStringLiteral("trust-new-sender")});
    if (ctx.args.positional.size() != 1)
        failUsage(QCoreApplication::translate("cd::cli", "package receipt takes one file: package receipt RECEIPT.cdr"));
    auto db = ctx.openForWriting();
    const ReceiptImport r = Exchange(*db).importReceipt(ctx.args.positional.first(), ctx.args.has(QStringLiteral("trust-new-sender")));
    if (ctx.json)
        printJson({{QStringLiteral("package"), r.package}, {QStringLiteral("acknowledged"), r.acknowledged}});
    else
        printText(QCoreApplication::translate("cd::cli", "Recorded the receipt of the package %1: %n record(s) acknowledged.", nullptr, int(r.acknowledged))
                      .arg(r.package));
    return 0;
}

int cmdPackageList(Context &ctx)
{
    ctx.args.allow({});
    auto db = ctx.openReadOnly();
    const QList<ExchangePackageRecord> list = ExchangeRepository(*db).packages();
    if (ctx.json) {
        QJsonArray items;
        for (const auto &p : list) {
            QJsonObject o{{QStringLiteral("package"), p.uuid}, {QStringLiteral("direction"), p.direction}, {QStringLiteral("created"), p.created},
                          {QStringLiteral("base"), p.base}, {QStringLiteral("records"), p.records}, {QStringLiteral("files"), p.files},
                          {QStringLiteral("file"), p.fileName}};
            if (p.direction == QLatin1String("sent")) {
                o.insert(QStringLiteral("acknowledged"), p.acknowledged.isEmpty() ? QJsonValue() : QJsonValue(p.acknowledged));
                o.insert(QStringLiteral("to"), p.peer.isEmpty() ? QJsonValue() : QJsonValue(p.peer)); // null: up
            } else {
                o.insert(QStringLiteral("sender"), p.peer);
                o.insert(QStringLiteral("applied"), p.applied.value_or(0));
                o.insert(QStringLiteral("duplicate"), p.duplicate.value_or(0));
                o.insert(QStringLiteral("conflicts"), p.conflicts.value_or(0));
                o.insert(QStringLiteral("refused"), p.refused.value_or(0));
            }
            items.append(o);
        }
        printJson({{QStringLiteral("count"), int(list.size())}, {QStringLiteral("items"), items}});
        return 0;
    }
    if (list.isEmpty())
        printText(QCoreApplication::translate("cd::cli", "No package has been sent or received."));
    for (const auto &p : list) {
        if (p.direction != QLatin1String("sent")) {
            printText(QCoreApplication::translate("cd::cli", "%1 received %2: %3 applied, %4 unchanged, %5 in conflict, %6 refused")
                          .arg(p.created, p.uuid)
                          .arg(p.applied.value_or(0))
                          .arg(p.duplicate.value_or(0))
                          .arg(p.conflicts.value_or(0))
                          .arg(p.refused.value_or(0)));
            continue;
        }
        const QString state = p.acknowledged.isEmpty() ? QCoreApplication::translate("cd::cli", "waiting for its receipt")
                                                       : QCoreApplication::translate("cd::cli", "receipt recorded %1").arg(p.acknowledged);
        printText(p.peer.isEmpty() ? QCoreApplication::translate("cd::cli", "%1 sent %2 (%3 records, %4 files): %5")
                                         .arg(p.created, p.uuid)
                                         .arg(p.records)
                                         .arg(p.files)
                                         .arg(state)
                                   : QCoreApplication::translate("cd::cli", "%1 sent %2 down to the office of %3 (%4 records, %5 files): %6")
                                         .arg(p.created, p.uuid, p.peer)
                                         .arg(p.records)
                                         .arg(p.files)
                                         .arg(state));
    }
    return 0;
}

int cmdPackageConflicts(Context &ctx)
{
    ctx.args.allow({QStringLiteral("all")});
    auto db = ctx.openReadOnly();
    const QList<Exchange::Conflict> list = Exchange(*db).conflicts(!ctx.args.has(QStringLiteral("all")));
    if (ctx.json) {
        QJsonArray items;
        for (const auto &c : list) {
            QJsonArray fields;
            for (const auto &[label, incoming, local] : c.fields)
                fields.append(QJsonObject{{QStringLiteral("field"), label}, {QStringLiteral("incoming"), incoming}, {QStringLiteral("local"), local},
                                          {QStringLiteral("differs"), incoming != local}});
            items.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("package"), c.package}, {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("key"), c.key}, {QStringLiteral("subject"), c.subject},
                                     {QStringLiteral("decided"), c.decided.isEmpty() ? QJsonValue() : QJsonValue(c.decided)},
                                     {QStringLiteral("fields"), fields}});
        }
        printJson({{QStringLiteral("count"), int(list.size())}, {QStringLiteral("items"), items}});
        return 0;
    }
    if (list.isEmpty())
        printText(QCoreApplication::translate("cd::cli", "No conflict is waiting for a decision."));
    for (const auto &c : list) {
        if (c.decided.isEmpty())
            printText(QCoreApplication::translate("cd::cli", "Conflict %1: %2").arg(c.id).arg(c.subject));
        else
            printText((c.decided.startsWith(QLatin1String("incoming"))
                           ? QCoreApplication::translate("cd::cli", "Conflict %1: %2 (decided: the package's version taken)")
                           : QCoreApplication::translate("cd::cli", "Conflict %1: %2 (decided: this file's version kept)"))
                          .arg(c.id)
                          .arg(c.subject));
        for (const auto &[label, incoming, local] : c.fields)
            if (incoming != local)
                printText(QCoreApplication::translate("cd::cli", "  %1: this file \u201c%2\u201d, the package \u201c%3\u201d").arg(label, local, incoming));
    }
    return 0;
}

int cmdPackageDecide(Context &ctx)
{
    ctx.args.allow({QStringLiteral("conflict"), QStringLiteral("keep")});
    bool ok = false;
    const int id = ctx.args.required(QStringLiteral("conflict")).toInt(&ok);
    if (!ok)
        failUsage(QCoreApplication::translate("cd::cli", "--conflict takes the number that \"package conflicts\" shows."));
    const QString keep = ctx.args.required(QStringLiteral("keep"));
    if (keep != QLatin1String("incoming") && keep != QLatin1String("local"))
        failUsage(QCoreApplication::translate("cd::cli", "--keep is incoming (the package's version) or local (this file's)."));
    auto db = ctx.openForWriting();
    Exchange(*db).decide(id, keep == QLatin1String("incoming"), operatorName());
    if (ctx.json)
        printJson({{QStringLiteral("conflict"), id}, {QStringLiteral("kept"), keep}});
    else
        printText(keep == QLatin1String("incoming") ? QCoreApplication::translate("cd::cli", "Conflict %1: the package's version is now in this file.").arg(id)
                                                    : QCoreApplication::translate("cd::cli", "Conflict %1: this file's version is kept.").arg(id));
    return 0;
}

} // namespace cd::cli
