// The title's records as the program passes them around: a naming (命名) with its units, and a row of the printed
// lists of named units, review outcomes and recommendations.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

struct Naming
{
    int id = 0;
    int roundYear = 0;
    QString docNo;
    QDate date;
    QList<int> unitIds;
};

struct TitleListRow
{
    int unitId = 0;
    QString unitName;
    QString cityName;   // 市(州); a county's parent, or the region itself at city level
    QString countyName; // empty for a unit registered at city level
    QString typeName;
    QString creditCode;
    QString docNo;
    QDate date;
    QString outcome;    // reviews: retained | revoked
    QString reason;
    int namedRound = 0; // reviews: the round of the naming under review
    QString recommendingRegion; // recommendations: the region that sent the list
    int rank = 0;               // recommendations: the place on its region's list
};

} // namespace cd
