// Read-only queries behind the printed and exported lists: named units and review outcomes of a round.
#pragma once

#include "domain/title.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;


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
