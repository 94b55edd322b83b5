// server init, add-clerk, list-clerks, remove-clerk, migrate: setting up an office's PostgreSQL database (CLI.md,
// issue 11). Run by the server's administrator, whose login may create roles; clerks then connect with their own.
#include "cli/context.h"

#include "services/defaults.h"
#include "services/lookup.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/serverstore.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace cd::cli {

namespace {

std::unique_ptr<Database> openAsAdministrator(const Context &ctx)
{
    if (!Database::isServerAddress(ctx.dbPath))
        failUsage(QCoreApplication::translate("cd::cli", "server commands work on a server database: give --db postgresql://LOGIN@HOST[:PORT]/DATABASE."));
    return Database::openServerAdmin(ctx.dbPath);
}

QString levelName(const QString &level)
{
    if (level == QLatin1String("city"))
        return QCoreApplication::translate("cd::cli", "city");
    if (level == QLatin1String("county"))
        return QCoreApplication::translate("cd::cli", "county");
    return QCoreApplication::translate("cd::cli", "province");
}

} // namespace

int cmdServerInit(Context &ctx)
{
    ctx.args.allow({QStringLiteral("province")});
    InitOptions o;
    o.provinceCode = ctx.args.value(QStringLiteral("province"), o.provinceCode);
    auto db = openAsAdministrator(ctx);
    InitSummary s;
    ServerAdmin(*db).init([&](Database &fresh) { s = Defaults::initialise(fresh, o); });
    if (ctx.json) {
        printJson({{QStringLiteral("db"), db->shownName()},
                   {QStringLiteral("province"), o.provinceCode},
                   {QStringLiteral("province_name"), s.provinceName},
                   {QStringLiteral("regions"), s.regions},
                   {QStringLiteral("unit_types"), s.unitTypes},
                   {QStringLiteral("schema_version"), db->schemaVersion()}});
    } else {
        printText(QCoreApplication::translate("cd::cli", "Set up %1 for %2: %3 regions, %4 unit types; every table keeps its rows by region. "
                                                         "Add a login for each clerk with \"server add-clerk\".")
                      .arg(db->shownName(), s.provinceName)
                      .arg(s.regions)
                      .arg(s.unitTypes));
    }
    return 0;
}

int cmdServerCopy(Context &ctx)
{
    ctx.args.allow({QStringLiteral("from")});
    const QString from = ctx.args.required(QStringLiteral("from"));
    auto file = Database::open(from, Database::Access::ReadOnly);
    auto db = openAsAdministrator(ctx);
    QJsonObject tables;
    const qint64 rows = ServerAdmin(*db).copyFrom(*file, [&](const QString &table, qint64 n) { tables.insert(table, n); });
    if (ctx.json) {
        printJson({{QStringLiteral("db"), db->shownName()},
                   {QStringLiteral("from"), QDir::toNativeSeparators(from)},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("tables"), tables},
                   {QStringLiteral("schema_version"), db->schemaVersion()}});
    } else {
        printText(QCoreApplication::translate("cd::cli", "Copied %1 rows of %2 tables from %3 into %4, with the attached files. "
                                                         "Add a login for each clerk with \"server add-clerk\".")
                      .arg(rows)
                      .arg(tables.size())
                      .arg(QDir::toNativeSeparators(from), db->shownName()));
    }
    return 0;
}

int cmdServerMigrate(Context &ctx)
{
    ctx.args.allow({});
    auto db = openAsAdministrator(ctx);
    const int version = ServerAdmin(*db).migrate();
    if (ctx.json)
        printJson({{QStringLiteral("db"), db->shownName()}, {QStringLiteral("schema_version"), version}});
    else
        printText(QCoreApplication::translate("cd::cli", "%1 is at schema version %2.").arg(db->shownName()).arg(version));
    return 0;
}

int cmdServerAddClerk(Context &ctx)
{
    ctx.args.allow({QStringLiteral("login"), QStringLiteral("region"), QStringLiteral("password")});
    const QString login = ctx.args.required(QStringLiteral("login"));
    ctx.args.required(QStringLiteral("region"));
    auto db = openAsAdministrator(ctx);
    const int regionId = regionOption(ctx, *db);
    ServerAdmin admin(*db);
    const QString password = admin.addClerk(login, regionId, ctx.args.value(QStringLiteral("password")));
    Clerk made;
    for (const Clerk &c : admin.clerks())
        if (c.login == login)
            made = c;
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("login"), login},
                      {QStringLiteral("level"), made.level},
                      {QStringLiteral("region"), made.regionCode},
                      {QStringLiteral("region_name"), made.regionName}};
        if (!ctx.args.has(QStringLiteral("password")))
            o.insert(QStringLiteral("password"), password);
        printJson(o);
    } else {
        printText(QCoreApplication::translate("cd::cli", "Added the login %1 for %2 (%3).").arg(login, made.regionName, levelName(made.level)));
        if (!ctx.args.has(QStringLiteral("password")))
            printText(QCoreApplication::translate("cd::cli", "Password: %1 (give it to the clerk; it is not shown again).").arg(password));
    }
    return 0;
}

int cmdServerListClerks(Context &ctx)
{
    ctx.args.allow({});
    auto db = openAsAdministrator(ctx);
    const QList<Clerk> clerks = ServerAdmin(*db).clerks();
    if (ctx.json) {
        QJsonArray a;
        for (const Clerk &c : clerks)
            a.append(QJsonObject{{QStringLiteral("login"), c.login},
                                 {QStringLiteral("level"), c.level},
                                 {QStringLiteral("region"), c.regionCode},
                                 {QStringLiteral("region_name"), c.regionName},
                                 {QStringLiteral("created"), c.created}});
        printJson({{QStringLiteral("clerks"), a}});
    } else {
        if (clerks.isEmpty())
            printText(QCoreApplication::translate("cd::cli", "No clerk has a login yet."));
        for (const Clerk &c : clerks)
            printText(QStringLiteral("%1\t%2\t%3\t%4").arg(c.login, c.regionCode, c.regionName, levelName(c.level)));
    }
    return 0;
}

int cmdServerRemoveClerk(Context &ctx)
{
    ctx.args.allow({QStringLiteral("login")});
    const QString login = ctx.args.required(QStringLiteral("login"));
    auto db = openAsAdministrator(ctx);
    ServerAdmin(*db).removeClerk(login);
    if (ctx.json)
        printJson({{QStringLiteral("login"), login}, {QStringLiteral("removed"), true}});
    else
        printText(QCoreApplication::translate("cd::cli", "Removed the login %1; the records it made stay.").arg(login));
    return 0;
}

} // namespace cd::cli
