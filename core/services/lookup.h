// Resolves what a clerk types into a region or unit type: codes, short and full names, aliases (DOMAIN.md §10).
#pragma once

#include "domain/region.h"
#include "domain/unit.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cd {

class RegionLookup
{
public:
    explicit RegionLookup(const QList<Region> &regions);

    struct Result
    {
        int regionId = 0;
        QString error; // empty when found
    };
    // A 6-digit GB/T 2260 code of the province, or a name: 南关区, 长春市南关区, 吉林省长春市南关区, 长白山管委会.
    Result resolve(const QString &text) const;
    const Region *byId(int id) const;

private:
    QString m_provinceName;
    QHash<QString, int> m_byCode;
    QHash<QString, QList<int>> m_byName;
    QHash<int, Region> m_byId;
};

class TypeLookup
{
public:
    TypeLookup(const QList<UnitType> &types, const QHash<QString, int> &aliases);
    int resolve(const QString &text) const; // 0 when unknown
    const UnitType *byId(int id) const;

private:
    QHash<QString, int> m_byName;
    QHash<int, UnitType> m_byId;
};

} // namespace cd
