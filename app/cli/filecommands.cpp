// init, check, backup, demo: commands about the data file as a whole.
#include "cli/context.h"

#include "services/defaults.h"
#include "services/demo.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/fileprobe.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

namespace cd::cli {

int cmdInit(Context &ctx)
{
    ctx.args.allow({QStringLiteral("province"), QStringLiteral("level"), QStringLiteral("region")});
    InitOptions o;
    o.provinceCode = ctx.args.value(QStringLiteral("province"), o.provinceCode);
    o.level = ctx.args.value(QStringLiteral("level"), o.level);
    o.regionCode = ctx.args.value(QStringLiteral("region"));
    if (o.level != QLatin1String("province") && o.regionCode.isEmpty())
        failUsage(QCoreApplication::translate("cd::cli", "--level %1 needs --region CODE, the region this office serves.").arg(o.level));
    if (Database::isServerAddress(ctx.dbPath))
        failUsage(QCoreApplication::translate("cd::cli", "init makes a data file; a server database is set up by its administrator with \"server init\"."));

    const FileProbe probe = probeDataFile(ctx.dbPath, Database::latestSchemaVersion());
    if (probe.state == FileProbe::State::Ours) {
        // An initialised file that holds data is never touched (CLI.md).
        std::unique_ptr<Database> db;
        try {
            db = Database::open(ctx.dbPath, Database::Access::ReadOnly);
        } catch (const Failure &) {
            // Not openable as it is (say, what an interrupted init left): create() decides whether it may go.
        }
        if (db && RegionRepository(*db).count() > 0)
            throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::cli", "%1 is already a data file with data in it; init leaves it as it is.")
                                                    .arg(QDir::toNativeSeparators(ctx.dbPath)));
    }
    // Made whole under a temporary name and moved into place: a refusal or a kill leaves nothing under the real name.
    InitSummary s;
    auto db = Database::create(ctx.dbPath, [&](Database &fresh) { s = Defaults::initialise(fresh, o); });
    if (ctx.json) {
        printJson({{QStringLiteral("db"), QDir::toNativeSeparators(ctx.dbPath)},
                   {QStringLiteral("province"), o.provinceCode},
                   {QStringLiteral("province_name"), s.provinceName},
                   {QStringLiteral("level"), o.level},
                   {QStringLiteral("regions"), s.regions},
                   {QStringLiteral("unit_types"), s.unitTypes},
                   {QStringLiteral("schema_version"), db->schemaVersion()}});
    } else {
        printText(QCoreApplication::translate("cd::cli", "Created %1 for %2: %3 regions, %4 unit types, the default indicator system and the 2014 round.")
                      .arg(QDir::toNativeSeparators(ctx.dbPath), s.provinceName)
                      .arg(s.regions)
                      .arg(s.unitTypes));
    }
    return 0;
}

int cmdCheck(Context &ctx)
{
    ctx.args.allow({});
    auto db = ctx.openReadOnly();
    const QStringList problems = db->check();
    if (ctx.json) {
        printJson({{QStringLiteral("ok"), problems.isEmpty()},
                   {QStringLiteral("schema_version"), db->schemaVersion()},
                   {QStringLiteral("units"), UnitRepository(*db).count()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        printText(QCoreApplication::translate("cd::cli", "%1 is sound: integrity and schema checks passed (schema version %2).")
                      .arg(QDir::toNativeSeparators(ctx.dbPath))
                      .arg(db->schemaVersion()));
    } else {
        for (const auto &p : problems)
            printError(p);
    }
    return problems.isEmpty() ? 0 : 3;
}

int cmdBackup(Context &ctx)
{
    ctx.args.allow({QStringLiteral("out")});
    const QString out = ctx.args.required(QStringLiteral("out"));
    if (Database::isServerAddress(ctx.dbPath))
        failUsage(QCoreApplication::translate("cd::cli", "backup copies a data file; a server database is backed up by its administrator "
                                                         "with PostgreSQL's own pg_dump."));
    auto db = ctx.openReadOnly(); // a live file may be open in the GUI; VACUUM INTO reads a consistent snapshot
    db->backupTo(out);
    // The attached files go with it, into the backup's own folder (campaigndesk.files → backup.files).
    const int files = AttachmentStore(AttachmentStore::rootFor(db->path())).copyInto(AttachmentStore(AttachmentStore::rootFor(out)));
    if (ctx.json)
        printJson({{QStringLiteral("backup"), QDir::toNativeSeparators(out)}, {QStringLiteral("ok"), true}, {QStringLiteral("attachments"), files}});
    else
        printText(QCoreApplication::translate("cd::cli", "Backed up to %1 and checked the copy.").arg(QDir::toNativeSeparators(out)));
    return 0;
}

int cmdDemo(Context &ctx)
{
    ctx.args.allow({QStringLiteral("units"), QStringLiteral("seed"), QStringLiteral("province")});
    DemoOptions o;
    o.units = ctx.args.intValue(QStringLiteral("units"), 1000);
    o.seed = std::uint64_t(ctx.args.intValue(QStringLiteral("seed"), 1));
    if (o.units < 0 || o.units > 2000000)
        failUsage(QCoreApplication::translate("cd::cli", "--units takes a number from 0 to 2000000."));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db;
    // A server database is set up by `server init` first; a data file is made here when there is none.
    const bool server = Database::isServerAddress(ctx.dbPath);
    const FileProbe probe = server ? FileProbe{} : probeDataFile(ctx.dbPath, Database::latestSchemaVersion());
    if (!server && (probe.state == FileProbe::State::Missing || probe.state == FileProbe::State::Empty)) {
        InitOptions init;
        init.provinceCode = ctx.args.value(QStringLiteral("province"), init.provinceCode);
        db = Database::create(ctx.dbPath, [&](Database &fresh) { Defaults::initialise(fresh, init); });
    } else {
        db = ctx.openForWriting();
    }
    const DemoSummary s = Demo::generate(*db, o);
    if (ctx.json) {
        printJson({{QStringLiteral("units"), s.units},
                   {QStringLiteral("veto_events"), s.vetoEvents},
                   {QStringLiteral("surveys"), s.surveys},
                   {QStringLiteral("named"), s.named},
                   {QStringLiteral("revoked"), s.revoked},
                   {QStringLiteral("scores"), s.scores},
                   {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
    } else {
        printText(QCoreApplication::translate("cd::cli", "Demo data: %1 units, %2 veto events, %3 surveys, %4 namings, %5 revocations.")
                      .arg(s.units)
                      .arg(s.vetoEvents)
                      .arg(s.surveys)
                      .arg(s.named)
                      .arg(s.revoked));
    }
    return 0;
}

} // namespace cd::cli
