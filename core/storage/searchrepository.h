// Find across units and records: one LIKE per table, at most `limit` hits of each kind (see domain/search.h).
#pragma once

#include "domain/search.h"

#include <QList>

namespace cd {

class Database;

class SearchRepository
{
public:
    explicit SearchRepository(Database &db) : m_db(db) {}
    QList<SearchHit> find(const QString &text, int limitPerKind = 200) const;

private:
    Database &m_db;
};

} // namespace cd
