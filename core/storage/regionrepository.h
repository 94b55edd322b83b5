// Regions and the settings table (province, level and region served, operator).
#pragma once

#include "domain/region.h"

#include <QList>

namespace cd {

class Database;

class RegionRepository
{
public:
    explicit RegionRepository(Database &db) : m_db(db) {}

    int insert(const Region &region, int sort);
    QList<Region> all() const;
    int count() const;
    bool exists(int id) const;
    // The region's code, or its name when it has none (长白山管委会); empty when there is no such region.
    QString codeOf(int id) const;
    bool exists(const QString &code, RegionLevel level) const;
    QString provinceName() const;

private:
    Database &m_db;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace cd
