// Regions and the settings table (province, level and region served, operator).
#pragma once

#include "domain/region.h"

#include <QList>
#include <QSqlDatabase>

namespace cd {

class RegionRepository
{
public:
    explicit RegionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int insert(const Region &region, int sort);
    QList<Region> all() const;
    int count() const;
    bool exists(int id) const;
    bool exists(const QString &code, RegionLevel level) const;
    QString provinceName() const;

private:
    QSqlDatabase m_db;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace cd
