// A grassroots window unit (基层窗口单位) and its type; the roster's row as the engine sees it.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>

namespace cd {

struct UnitType
{
    int id = 0;
    QString name;
    int categoryId = 0;
    QString categoryName;
};

struct Unit
{
    int id = 0;
    QString name;
    int regionId = 0;
    int typeId = 0;
    QString creditCode; // empty when unknown
    QString address;
    QString leader;
    QString phone;
    std::optional<int> staffCount;
    QString note;
    // The version read from the store (schema 6): a change is saved only onto that version, and raises it by one.
    int version = 1;
};

// The same unit as far as a clerk can tell: every field but the id and the version.
inline bool sameContent(const Unit &a, const Unit &b)
{
    return a.name == b.name && a.regionId == b.regionId && a.typeId == b.typeId && a.creditCode == b.creditCode
        && a.address == b.address && a.leader == b.leader && a.phone == b.phone && a.staffCount == b.staffCount
        && a.note == b.note;
}

// A unit joined with the names a list shows.
struct UnitRow
{
    int id = 0;
    QString name;
    QString regionCode;
    QString regionName;
    QString cityName;
    QString typeName;
    QString categoryName;
    QString creditCode;
    QString address;
    QString leader;
    QString phone;
    int titleStatus = 0; // 0 never named, 1 holds the title, 2 revoked
    int regionId = 0;
    int cityId = 0; // the 市(州) the unit belongs to (its region itself when that is a 市(州)), 0 for the province
    QString regionFullName; // 长春市南关区
    std::optional<int> staffCount;
    QString note;
};


struct UnitFilter
{
    int regionId = 0;      // a county, or a city with all its counties; 0 for all
    QString regionCode;    // alternative to regionId
    QString typeName;      // empty for all
    int unitId = 0;        // one unit only; 0 for all
};

// One unit as the roster index reads it: ids and its five text fields as UTF-8, valid only inside the callback.
struct RosterScanRow
{
    int id = 0;
    int regionId = 0;
    int cityId = 0;
    int typeId = 0;
    int titleStatus = 0;
    std::array<QByteArrayView, 5> text; // name, address, head, phone, credit code
};

} // namespace cd
