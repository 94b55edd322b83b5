// A region of the administrative tree (GB/T 2260): province → 市(州) → 县(市、区).
// Regions without an official code (长白山管委会, DOMAIN.md §2) have an empty code.
#pragma once

#include <QString>

namespace cd {

enum class RegionLevel { Province = 1, City = 2, County = 3 };

struct Region
{
    int id = 0;
    QString code;      // 6 digits (GB/T 2260), or empty when the body has no official code
    QString name;      // short name: 南关区
    QString fullName;  // with its parents below the province: 长春市南关区
    RegionLevel level = RegionLevel::County;
    int parentId = 0;  // 0 for the province
};

} // namespace cd
