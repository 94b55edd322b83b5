// Read-only queries behind the printed and exported lists: named units and review outcomes of a round.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;

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

class ListQueries
{
public:
    explicit ListQueries(Database &db) : m_db(db) {}

    // Units named in the round, ordered by 市(州), then type, then name (DOMAIN.md §9).
    QList<TitleListRow> namings(int roundYear) const;
    // Review outcomes recorded in the round, in the same order.
    QList<TitleListRow> reviews(int roundYear) const;
    // Recommendations of the round, by recommending region, then rank.
    QList<TitleListRow> recommendations(int roundYear) const;

private:
    Database &m_db;
};

} // namespace cd
