// Unit types (with categories and aliases) and units: the roster's storage.
#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QList>
#include <functional>
#include <QSqlDatabase>

namespace cd {

class UnitTypeRepository
{
public:
    explicit UnitTypeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int insertCategory(const QString &name, int sort);
    int insertType(int categoryId, const QString &name, int sort);
    void insertAlias(const QString &alias, int typeId);
    QList<UnitType> all() const;
    QHash<QString, int> aliases() const;

private:
    QSqlDatabase m_db;
};

struct UnitFilter
{
    int regionId = 0;      // a county, or a city with all its counties; 0 for all
    QString regionCode;    // alternative to regionId
    QString typeName;      // empty for all
};

class UnitRepository
{
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts each unit and writes its new id back into it.
    // `tick` (optional) hears every 2,000 rows how many are written; returning false stops with Failure(Input)
    // inside the caller's transaction, which then rolls back.
    void insert(QList<Unit> &units, const std::function<bool(qsizetype)> &tick = {});
    // Inserts units with the ids they carry (undo/redo brings back the same rows).
    void insertWithIds(const QList<Unit> &units);
    void update(const QList<Unit> &units);
    void remove(const QList<int> &ids);
    QList<Unit> all() const;
    std::optional<Unit> get(int id) const;
    QList<UnitRow> rows(const UnitFilter &filter = {}) const;
    int count() const;
    QHash<int, QString> names() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
