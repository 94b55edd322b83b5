// The indicator systems (DOMAIN.md §5): a round's current version, its history, and edits (in place until scoring
// starts, then a new version with its reason).
#pragma once

#include "services/wayuptypes.h"

#include <optional>

namespace cd {

class IndicatorSystems : public WayUpStep
{
public:
    IndicatorSystems(Database &db, const WorkCalendar &work, QString operatorName) : WayUpStep(db, work, std::move(operatorName)) {}

    // The round's current version, made from the defaults when missing.
    IndicatorSystem currentSystem(int roundYear);
    QList<IndicatorSystem> systemVersions(int roundYear) const;
    bool systemFrozen(int roundYear) const; // a score exists under the current version
    // Saves an edited system: in place while no score exists, else as a new version that needs `reason`.
    // Returns the id written. Refuses empty areas, points of 0 or less, a pass line above the total. With `asRead`
    // (the system as the clerk read it before editing) it is saved only while the round's system is still that one:
    // another clerk's save in between throws EditConflict and nothing is written (issue 11, zero lost updates).
    int saveSystem(const IndicatorSystem &edited, const QString &reason, const std::optional<IndicatorSystem> &asRead = std::nullopt);
    // The same system as far as a clerk can tell: version, pass line, satisfaction minimum, trimming, and every
    // indicator's area, name and points in order (not the ids an in-place save renews).
    static bool sameSystem(const IndicatorSystem &a, const IndicatorSystem &b);
    void removeSystemVersion(int systemId); // undo of a new version; refused once scores exist under it
};

} // namespace cd
