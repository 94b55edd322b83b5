// A round's calendar as the office edits it (DOMAIN.md §4), and the reasons kept for actions outside their phase. Each call is one transaction,
// checked before it is written.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "services/recordstep.h"

#include <QPair>

namespace cd {

class CalendarService : public RecordStep
{
public:
    using RecordStep::RecordStep;

    // A round's calendar as the office edits it (DOMAIN.md §4): phases in their order, each start on or before its
    // end, none overlapping; extra deadlines dated and titled. removeRound lets the default projection return.
    // Saved onto round.version, the calendar as read (domain/setversion.h); EditConflict when another clerk saved it
    // since. Returns the version now stored. removeRound takes only a round still at `readVersion` (when checked).
    int saveRound(const Round &round);
    void removeRound(int year, int readVersion = SetVersion::Unchecked);
    QList<Round> storedRounds() const;
    std::optional<Round> storedRound(int year) const;
    QList<OverrideRecord> overrides() const; // DOMAIN.md §4: the reasons kept for actions outside their phase
};

} // namespace cd
