#include "services/defaults.h"

#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/regionrepository.h"
#include "storage/roundrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/indicatorrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

namespace {
Table resourceCsv(const QString &name)
{
    QFile f(QStringLiteral(":/regions/") + name);
    f.open(QIODevice::ReadOnly);
    return parseCsv(QString::fromUtf8(f.readAll()));
}
} // namespace

QJsonObject Defaults::document()
{
    QFile f(QStringLiteral(":/defaults/defaults.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

Round Defaults::firstRound()
{
    const QJsonObject r = document().value(QStringLiteral("first_round")).toObject();
    Round round;
    round.year = r.value(QStringLiteral("year")).toInt();
    for (const auto &p : r.value(QStringLiteral("phases")).toArray()) {
        const auto o = p.toObject();
        round.phases.push_back({PhaseKind(o.value(QStringLiteral("kind")).toInt()),
                                QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate),
                                QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate)});
    }
    for (const auto &d : r.value(QStringLiteral("deadlines")).toArray()) {
        const auto o = d.toObject();
        round.extraDeadlines.push_back({QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
                                        o.value(QStringLiteral("title")).toString()});
    }
    return round;
}

QList<Defaults::Choice> Defaults::provinces()
{
    QList<Choice> out;
    for (const auto &row : resourceCsv(QStringLiteral("provinces.csv")).rows)
        out << Choice{row.cells.value(0), row.cells.value(1)};
    return out;
}

QList<Defaults::Choice> Defaults::regionsOf(const QString &provinceCode, const QString &level)
{
    QList<Choice> out;
    QHash<QString, QString> cityNames;
    for (const auto &row : resourceCsv(QStringLiteral("cities.csv")).rows) {
        if (row.cells.value(2) != provinceCode)
            continue;
        const QString name = row.cells.value(1);
        cityNames.insert(row.cells.value(0), name == QLatin1String("市辖区") ? QString() : name);
        if (level == QLatin1String("city") && name != QLatin1String("市辖区"))
            out << Choice{row.cells.value(0) + QStringLiteral("00"), name};
    }
    if (level == QLatin1String("county"))
        for (const auto &row : resourceCsv(QStringLiteral("areas.csv")).rows)
            if (row.cells.value(3) == provinceCode)
                out << Choice{row.cells.value(0), cityNames.value(row.cells.value(2)) + row.cells.value(1)};
    return out;
}

InitSummary Defaults::initialise(Database &database, const InitOptions &options)
{
    const QJsonObject doc = document();
    Database &db = database;
    InitSummary summary;

    if (options.level != QLatin1String("province") && options.level != QLatin1String("city")
        && options.level != QLatin1String("county"))
        failUsage(QCoreApplication::translate("cd::Defaults", "--level must be province, city or county, not \"%1\".").arg(options.level));

    QString provinceName;
    for (const auto &row : resourceCsv(QStringLiteral("provinces.csv")).rows)
        if (row.cells.value(0) == options.provinceCode)
            provinceName = row.cells.value(1);
    if (provinceName.isEmpty())
        failInput(QCoreApplication::translate("cd::Defaults", "There is no province with code \"%1\" in GB/T 2260 (Jilin is 22).").arg(options.provinceCode));
    summary.provinceName = provinceName;

    Transaction t(db);
    RegionRepository regions(db);
    if (regions.count() > 0)
        failInput(QCoreApplication::translate("cd::Defaults", "This data file already has its regions; it was initialised before."));
    const int provinceId = regions.insert({0, options.provinceCode + QStringLiteral("0000"), provinceName, provinceName,
                                           RegionLevel::Province, 0},
                                          0);
    QHash<QString, int> cityIds;
    QHash<QString, QString> cityNames;
    int sort = 0;
    for (const auto &row : resourceCsv(QStringLiteral("cities.csv")).rows) {
        if (row.cells.value(2) != options.provinceCode)
            continue;
        const QString code4 = row.cells.value(0);
        const QString name = row.cells.value(1);
        cityIds[code4] = regions.insert({0, code4 + QStringLiteral("00"), name, name, RegionLevel::City, provinceId}, ++sort);
        cityNames[code4] = name == QLatin1String("市辖区") ? QString() : name;
    }
    // Bodies that appraise like a 市(州) without a GB/T 2260 code (seed 000 §五(三)1: 长白山管委会).
    for (const auto &extra : doc.value(QStringLiteral("extra_regions")).toObject().value(options.provinceCode).toArray()) {
        const QString name = extra.toObject().value(QStringLiteral("name")).toString();
        regions.insert({0, QString(), name, name, RegionLevel::City, provinceId}, ++sort);
    }
    for (const auto &row : resourceCsv(QStringLiteral("areas.csv")).rows) {
        if (row.cells.value(3) != options.provinceCode)
            continue;
        const QString city = row.cells.value(2);
        const QString name = row.cells.value(1);
        regions.insert({0, row.cells.value(0), name, cityNames.value(city) + name, RegionLevel::County,
                        cityIds.value(city, provinceId)},
                       ++sort);
    }
    summary.regions = regions.count();

    if (options.level != QLatin1String("province")) {
        const bool found = regions.exists(options.regionCode, options.level == QLatin1String("city") ? RegionLevel::City : RegionLevel::County);
        if (!found)
            failInput(QCoreApplication::translate("cd::Defaults", "--region %1 is not a %2 of %3.")
                          .arg(options.regionCode,
                               options.level == QLatin1String("city") ? QCoreApplication::translate("cd::Defaults", "city (市(州))") : QCoreApplication::translate("cd::Defaults", "county (县(市、区))"),
                               provinceName));
    }

    UnitTypeRepository types(db);
    QHash<QString, int> typeIds;
    int catSort = 0;
    for (const auto &c : doc.value(QStringLiteral("unit_categories")).toArray()) {
        const auto o = c.toObject();
        const int cat = types.insertCategory(o.value(QStringLiteral("name")).toString(), ++catSort);
        int typeSort = 0;
        for (const auto &tn : o.value(QStringLiteral("types")).toArray())
            typeIds[tn.toString()] = types.insertType(cat, tn.toString(), ++typeSort);
    }
    const auto aliases = doc.value(QStringLiteral("unit_type_aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        types.insertAlias(it.key(), typeIds.value(it.value().toString()));
    summary.unitTypes = int(typeIds.size());

    RecordRepository records(db);
    for (const auto &v : doc.value(QStringLiteral("veto_kinds")).toArray())
        records.insertVetoKind(v.toObject().value(QStringLiteral("name")).toString(),
                               v.toObject().value(QStringLiteral("source")).toString());
    for (const auto &p : doc.value(QStringLiteral("prerequisite_kinds")).toArray())
        records.insertPrerequisiteKind(p.toObject().value(QStringLiteral("code")).toString(),
                                       p.toObject().value(QStringLiteral("name")).toString());

    const Round first = firstRound();
    RoundRepository rounds(db);
    rounds.save(first, doc.value(QStringLiteral("first_round")).toObject().value(QStringLiteral("title")).toString());
    rounds.setScope(first.year, typeIds.values());

    IndicatorRepository indicators(db);
    indicators.insertDefaultSystem(first.year, doc);

    SettingsRepository settings(db);
    settings.setValue(QStringLiteral("province_code"), options.provinceCode);
    settings.setValue(QStringLiteral("level"), options.level);
    settings.setValue(QStringLiteral("region_code"), options.level == QLatin1String("province")
                                                         ? options.provinceCode + QStringLiteral("0000")
                                                         : options.regionCode);
    settings.setValue(QStringLiteral("first_naming_year"), QString::number(first.year));
    settings.setValue(QStringLiteral("naming_period"), QStringLiteral("2"));
    t.commit();
    return summary;
}

} // namespace cd
