// What an edit changed, by kind of record (issue 11 §1: "the change notifications say what changed, kind and ids, so
// a page reloads only what it shows"). An edit, its undo and its redo announce their kinds and the units they touched;
// another clerk's change on a server arrives as the same kinds (ChangeFeed). A page reads again only when a kind it
// shows is among them: a 创建台账 activity recorded leaves 考核评比's results and 一票否决's list as they are.
#pragma once

#include <QFlags>

namespace cd {

enum class Change : unsigned {
    Units = 1u << 0,           // the roster: a unit added, edited, deleted, imported; its title standing
    Calendar = 1u << 1,        // rounds, their phases, deadlines and scope
    Vetoes = 1u << 2,          // veto events, their kinds and evidence
    Rectifications = 1u << 3,
    Activities = 1u << 4,      // 创建台账
    Prerequisites = 1u << 5,   // 创建条件
    Surveys = 1u << 6,         // 满意度测评
    Demonstration = 1u << 7,   // 示范点
    Indicators = 1u << 8,      // indicator systems
    Assessors = 1u << 9,
    Scores = 1u << 10,
    Recommendations = 1u << 11,
    Namings = 1u << 12,
    Reviews = 1u << 13,
    Quotas = 1u << 14,
    Overrides = 1u << 15,      // a step taken outside its phase, with its reason
    Audit = 1u << 16,          // the audit trail
    Other = 1u << 31,          // settings, exchange bookkeeping, anything not named above
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

// Whatever may have changed (a package applied, a reconnection after a lost link): every page reads again.
inline constexpr Changes everything() { return Changes::fromInt(~0u); }

} // namespace cd
