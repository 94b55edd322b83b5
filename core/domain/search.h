// What Find (Ctrl+F) finds across the file (issue 13 §1): units by name, code, address, contact or note, and the
// records that carry the text — a naming's or review's 文号, a veto event's note, an activity, a rectification.
#pragma once

#include <QDate>
#include <QString>

namespace cd {

struct SearchHit
{
    enum class Kind { Unit, Naming, Review, Veto, Activity, Rectification };
    Kind kind = Kind::Unit;
    int unitId = 0;
    QString unitName;
    QString text; // the field that matched (or the unit's credit code for a unit)
    QDate date;   // the record's date; invalid for a unit
};

} // namespace cd
