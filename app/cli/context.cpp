#include "cli/context.h"
#include "rules/dateinput.h"

#include "services/lookup.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDate>
#include <cstdio>

namespace cd::cli {

std::unique_ptr<Database> Context::openReadOnly() const
{
    return Database::open(dbPath, Database::Access::ReadOnly);
}

std::unique_ptr<Database> Context::openForWriting() const
{
    return Database::open(dbPath, Database::Access::ReadWrite);
}

int regionOption(const Context &ctx, Database &db)
{
    if (!ctx.args.has(QStringLiteral("region")))
        return 0;
    const auto region = RegionLookup(RegionRepository(db).all()).resolve(ctx.args.value(QStringLiteral("region")));
    if (!region.regionId)
        failInput(QCoreApplication::translate("cd::cli", "--region: %1. Give a 6-digit code such as 220000 (the province), 220100 (a city) "
                                                         "or 220102 (a county).")
                      .arg(region.error));
    return region.regionId;
}

std::optional<QSet<int>> unitsOfRegionOption(const Context &ctx, Database &db)
{
    const int regionId = regionOption(ctx, db);
    if (!regionId)
        return std::nullopt;
    UnitFilter f;
    f.regionId = regionId;
    QSet<int> ids;
    for (const auto &r : UnitRepository(db).rows(f))
        ids.insert(r.id);
    return ids;
}

QDate Context::date(const QString &option) const
{
    const QString text = args.required(option);
    // The same dates as the GUI's fields take (2014-06-01, 2014/6/1, 20140601, 2014年6月1日); 2014-02-30 is refused.
    QString why;
    const auto d = parseDateInput(text, &why);
    if (!d)
        failUsage(QCoreApplication::translate("cd::cli", "--%1: %2").arg(option, why));
    return *d;
}

int Context::year(const QString &option) const
{
    const QString text = args.required(option);
    bool ok = false;
    const int y = text.toInt(&ok);
    if (!ok || y < 1900 || y > 2200)
        failUsage(QCoreApplication::translate("cd::cli", "--%1 takes a year such as 2014, not \"%2\".").arg(option, text));
    return y;
}

void printText(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject &o)
{
    const QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace cd::cli
