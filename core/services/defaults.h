// The defaults every new data file gets (`init`): regions of the chosen province, unit types, veto kinds,
// prerequisites, the default indicator system and the 2014 round (DOMAIN.md §2–6). Read from resources/.
#pragma once

#include "domain/round.h"

#include <QJsonObject>
#include <QString>

namespace cd {

class Database;

struct InitOptions
{
    QString provinceCode = QStringLiteral("22"); // Jilin, DOMAIN.md §2
    QString level = QStringLiteral("province");  // province | city | county
    QString regionCode;                          // the region served, for a city or county bureau
};

struct InitSummary
{
    QString provinceName;
    int regions = 0;
    int unitTypes = 0;
};

class Defaults
{
public:
    static QJsonObject document(); // resources/defaults/defaults.json
    static Round firstRound();     // the 2014 round of seed 000 §五
    // Fills an empty data file; throws Failure(Input) for an unknown province or region.
    static InitSummary initialise(Database &db, const InitOptions &options);

    // What a new file can serve (GB/T 2260, resources/regions): the provinces, and a province's 市(州) ("city") or
    // 县(市、区) ("county") with their codes, as the new-file dialog offers them. Names of counties carry their 市(州).
    struct Choice
    {
        QString code;
        QString name;
    };
    static QList<Choice> provinces();
    static QList<Choice> regionsOf(const QString &provinceCode, const QString &level);
};

} // namespace cd
