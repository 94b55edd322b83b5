// The commands on records kept under a natural key (DOMAIN.md §4–6): a prerequisite by unit, round and kind; a 示范点 by
// unit and year; a round's calendar by its year; a quota by round and region. Each is saved onto the version the
// page read (EditConflict otherwise), and so are its undo and redo.
#include "commands/commandkit.h"

#include "services/recordservice.h"

#include <memory>

namespace cd {

using namespace commandkit;

namespace {

// The undo and redo of a record set under a natural key. Each step writes onto the version the step before left
// (SetVersion::NotThere when it left none), so neither overwrites a change another clerk made in between: that one is
// refused and shown.
template <class Record>
std::pair<std::function<void()>, std::function<void()>> keyedUndo(const std::optional<Record> &before, const std::optional<Record> &after,
                                                                  int afterVersion, std::function<int(const Record &)> set,
                                                                  std::function<void(const Record &)> clear)
{
    const auto version = std::make_shared<int>(afterVersion);
    const Record key = after ? *after : *before;
    const auto go = [set, clear, version, key](const std::optional<Record> &to) {
        Record x = to ? *to : key;
        x.version = *version;
        if (to) {
            *version = set(x);
        } else {
            clear(x);
            *version = SetVersion::NotThere;
        }
    };
    return {[go, before] { go(before); }, [go, after] { go(after); }};
}

// How a kind of keyed record is written and cleared, and what its changes change.
template <class Record>
struct Keyed
{
    std::function<int(const Record &)> set; // returns the new version
    std::function<void(const Record &)> clear;
    Changes what;
};

template <class Record>
void pushKeyed(const CommandContext &ctx, const QString &text, const Keyed<Record> &kind, const Record &key,
               const std::pair<std::function<void()>, std::function<void()>> &steps)
{
    QList<int> units; // a unit's record names its unit; a round's calendar or a region's quota none
    if constexpr (requires { key.unitId; })
        units << key.unitId;
    push(ctx, new DoneCommand(text, ctx, steps.first, steps.second, kind.what, units));
}

// Saves `edit` (unless it is what is stored already, `unchanged`) and pushes its undo.
template <class Record>
bool setKeyed(const CommandContext &ctx, const Keyed<Record> &kind, const std::optional<Record> &before, const Record &edit, bool unchanged,
              const QString &text)
{
    if (before && unchanged)
        return false;
    const int version = kind.set(edit);
    pushKeyed(ctx, text, kind, edit, keyedUndo<Record>(before, edit, version, kind.set, kind.clear));
    return true;
}

// Clears the record `before` shows (nothing when there is none) and pushes its undo.
template <class Record>
bool clearKeyed(const CommandContext &ctx, const Keyed<Record> &kind, const std::optional<Record> &before, const Record &edit,
                const QString &text)
{
    if (!before)
        return false;
    kind.clear(edit);
    pushKeyed(ctx, text, kind, edit, keyedUndo<Record>(*before, std::nullopt, SetVersion::NotThere, kind.set, kind.clear));
    return true;
}

Keyed<PrerequisiteRecord> prerequisites(Database &db)
{
    return {[&db](const PrerequisiteRecord &x) { return PrerequisiteService(db).setPrerequisite(x); },
            [&db](const PrerequisiteRecord &x) { PrerequisiteService(db).clearPrerequisite(x); }, Change::Prerequisites};
}

std::optional<PrerequisiteRecord> findPrerequisite(Database &db, const PrerequisiteRecord &r)
{
    for (const auto &x : PrerequisiteService(db).prerequisites(r.roundYear, r.unitId))
        if (x.unitId == r.unitId && x.kind == r.kind)
            return x;
    return std::nullopt;
}

Keyed<DemonstrationPoint> points(Database &db)
{
    return {[&db](const DemonstrationPoint &x) { return DemoPointService(db).setDemonstrationPoint(x); },
            [&db](const DemonstrationPoint &x) { DemoPointService(db).removeDemonstrationPoint(x); }, Change::Demonstration};
}

std::optional<DemonstrationPoint> findPoint(Database &db, int unitId, int year)
{
    for (const auto &x : DemoPointService(db).demonstrationPoints(year, unitId))
        return x;
    return std::nullopt;
}

bool sameRound(const Round &a, const Round &b)
{
    if (a.year != b.year || a.phases.size() != b.phases.size() || a.extraDeadlines.size() != b.extraDeadlines.size())
        return false;
    for (int i = 0; i < a.phases.size(); ++i)
        if (a.phases[i].kind != b.phases[i].kind || a.phases[i].start != b.phases[i].start || a.phases[i].end != b.phases[i].end)
            return false;
    for (int i = 0; i < a.extraDeadlines.size(); ++i)
        if (a.extraDeadlines[i].date != b.extraDeadlines[i].date || a.extraDeadlines[i].title != b.extraDeadlines[i].title)
            return false;
    return true;
}

Keyed<Quota> quotas(const CommandContext &ctx)
{
    return {[ctx](const Quota &x) { return wayUp(ctx).titles.setQuota(x); }, [ctx](const Quota &x) { wayUp(ctx).titles.clearQuota(x); },
            Change::Quotas | Change::Audit};
}

std::optional<Quota> findQuota(const CommandContext &ctx, int roundYear, int regionId)
{
    for (const Quota &q : wayUp(ctx).titles.quotas(roundYear))
        if (q.regionId == regionId)
            return q;
    return std::nullopt;
}

} // namespace

namespace Command {

bool setPrerequisite(const CommandContext &ctx, const PrerequisiteRecord &r)
{
    Database &db = ctx.workspace->database();
    const auto before = findPrerequisite(db, r);
    return setKeyed(ctx, prerequisites(db), before, r, before && before->date == r.date && before->evidence == r.evidence,
                    tr("Prerequisite %1 of unit %2").arg(r.kind).arg(r.unitId));
}

bool clearPrerequisite(const CommandContext &ctx, const PrerequisiteRecord &r)
{
    Database &db = ctx.workspace->database();
    return clearKeyed(ctx, prerequisites(db), findPrerequisite(db, r), r, tr("Clear prerequisite %1 of unit %2").arg(r.kind).arg(r.unitId));
}

bool setDemonstrationPoint(const CommandContext &ctx, const DemonstrationPoint &p)
{
    Database &db = ctx.workspace->database();
    const auto before = findPoint(db, p.unitId, p.year);
    return setKeyed(ctx, points(db), before, p, before && before->level == p.level, tr("Demonstration point %1 %2").arg(p.year).arg(p.level));
}

bool removeDemonstrationPoint(const CommandContext &ctx, const DemonstrationPoint &p)
{
    Database &db = ctx.workspace->database();
    const auto before = findPoint(db, p.unitId, p.year);
    return clearKeyed(ctx, points(db), before, p,
                      tr("Remove demonstration point %1 %2").arg(p.year).arg(before ? before->level : p.level));
}

bool saveRound(const CommandContext &ctx, const Round &round)
{
    Database &db = ctx.workspace->database();
    const auto before = CalendarService(db).storedRound(round.year);
    const Keyed<Round> rounds{[&db](const Round &x) { return CalendarService(db).saveRound(x); },
                              [&db](const Round &x) { CalendarService(db).removeRound(x.year, x.version); }, Change::Calendar};
    return setKeyed(ctx, rounds, before, round, before && sameRound(*before, round),
                    before ? tr("Change the %1 round").arg(round.year) : tr("Add the %1 round").arg(round.year));
}

bool setQuota(const CommandContext &ctx, const Quota &q)
{
    const auto before = findQuota(ctx, q.roundYear, q.regionId);
    return setKeyed(ctx, quotas(ctx), before, q, before && before->quota == q.quota,
                    tr("Quota of %1 in the %2 round: %3").arg(ctx.workspace->regionName(q.regionId)).arg(q.roundYear).arg(q.quota));
}

bool clearQuota(const CommandContext &ctx, const Quota &q)
{
    return clearKeyed(ctx, quotas(ctx), findQuota(ctx, q.roundYear, q.regionId), q,
                      tr("No quota for %1 in the %2 round").arg(ctx.workspace->regionName(q.regionId)).arg(q.roundYear));
}

} // namespace Command

} // namespace cd
