// The appraisal of a round, pure: indicator means over assessors (trimmed from 5 on), area subtotals, totals,
// satisfaction, veto events in the window, prerequisites, eligibility with reasons, and a fixed ranking.
// Every total carries its trace down to the raw scores (DOMAIN.md §6).
#pragma once

#include "domain/appraisal.h"
#include "domain/reason.h"
#include "domain/records.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <optional>
#include <span>
#include <vector>

namespace cd {

struct UnitCase
{
    int unitId = 0;
    QString name;
    QString sortCode;               // the unit code for the last tie-break: credit code, else the id
    bool inScope = true;            // its type is in the round's scope (DOMAIN.md §3)
    QList<VetoEvent> vetoesInWindow;
    QStringList missingPrerequisites; // names of the prerequisites not met
    std::optional<double> satisfaction;
    QString regionCode;             // its region's GB/T 2260 code (empty for a body without one)
};

// One assessor's score in a unit's trace.
struct TraceScore
{
    int assessorId = 0;
    int value = 0; // hundredths
};

// One indicator of a unit: where its raw scores lie in the unit's trace scores, what trimming dropped, the mean.
// 32 bytes: a whole country's round holds some millions (85,000 units × 30 indicators).
struct IndicatorTrace
{
    double mean = 0;     // hundredths
    int indicatorId = 0;
    int first = 0;       // its scores are UnitAppraisal::traceScores[first, first + count), in assessor order
    int count = 0;
    int droppedLowest = 0;
    int droppedHighest = 0;
    bool trimmed = false; // one highest and one lowest dropped

    QList<int> dropped() const { return trimmed ? QList<int>{droppedLowest, droppedHighest} : QList<int>{}; }
};

// A unit's points per area of the system (an area id → points): the few areas of a system, in the order first met.
class AreaTotals
{
public:
    double value(int areaId) const
    {
        for (const auto &[id, points] : m_areas)
            if (id == areaId)
                return points;
        return 0;
    }
    void add(int areaId, double points)
    {
        for (auto &[id, sum] : m_areas)
            if (id == areaId) {
                sum += points;
                return;
            }
        m_areas.push_back({areaId, points});
    }

private:
    QList<std::pair<int, double>> m_areas;
};

struct UnitAppraisal
{
    int unitId = 0;
    QString name;
    QString regionCode;
    QString sortCode;                    // the unit code of the last tie-break (credit code, else the id)
    double total = 0;                    // points (not hundredths); rounded only for display
    double totalHundredths = 0;          // the same, unrounded, in hundredths: what the pass line is held against
    bool scored = false;                 // any score at all was given (under this system or not)
    AreaTotals areaTotals;               // area id → points
    std::optional<double> satisfaction;  // 0…1
    bool eligible = false;
    QList<Reason> reasons;               // each failed condition, as data (worded by wording())
    std::optional<int> rank;             // 1… over the eligible units
    QList<IndicatorTrace> trace;         // one per indicator of the system, in its order
    QList<TraceScore> traceScores;       // every raw score of the unit, indicator by indicator (one allocation, not
                                         // two lists per indicator: a round of 5,000 units holds 150,000 traces)
    int assessors = 0;

    // The raw scores of one indicator, in assessor order.
    std::span<const TraceScore> scoresOf(const IndicatorTrace &t) const
    {
        return std::span<const TraceScore>(traceScores.constData() + t.first, size_t(t.count));
    }
    QList<int> raw(const IndicatorTrace &t) const
    {
        QList<int> out;
        for (const auto &s : scoresOf(t))
            out << s.value;
        return out;
    }
    // The score an assessor gave for one indicator, if any.
    std::optional<int> scoreBy(const IndicatorTrace &t, int assessorId) const
    {
        for (const auto &s : scoresOf(t))
            if (s.assessorId == assessorId)
                return s.value;
        return std::nullopt;
    }
};

// `scoresByUnit` holds each unit's scores; assessors from the unit itself are refused earlier, at entry.
// What it does in three steps, for a caller that reads the scores a unit at a time: each unit scored (UnitScorer),
// judged against the conditions (judge), then all ranked (rank).
QList<UnitAppraisal> appraise(const IndicatorSystem &system, const QList<UnitCase> &units,
                              const QMap<int, QList<Score>> &scoresByUnit, const QString &tieBreakArea);

// A unit's trace, area subtotals and total from its scores (in assessor, indicator order), before it is judged.
class UnitScorer
{
public:
    explicit UnitScorer(const IndicatorSystem &system);
    UnitAppraisal operator()(int unitId, std::span<const Score> scores);

private:
    const IndicatorSystem &m_system;
    QHash<int, int> m_place; // indicator id → its place in the system
    std::vector<int> m_scratch; // one indicator's values, reordered by trimming
};

// The unit's eligibility with its reasons (DOMAIN.md §6), and what the ranking and the lists show of it.
void judge(UnitAppraisal &a, const UnitCase &u, const IndicatorSystem &system);

// Eligible units first, in the fixed order of rankOrder(), numbered 1…; the others after, in the same order, unranked.
void rank(QList<UnitAppraisal> &units, const IndicatorSystem &system, const QString &tieBreakArea);

// The area id of the tie-break area (by name) in a system, 0 when it has none.
int tieAreaId(const IndicatorSystem &system, const QString &tieBreakArea);

// Which rule puts one of two units before the other (DOMAIN.md §6: total, then the tie-break area's subtotal, then
// satisfaction, then unit code; the id last, so that the order is always the same), and whether x goes first.
enum class RankedBy { Total, TieArea, Satisfaction, UnitCode, Id };
std::pair<RankedBy, bool> rankOrder(const UnitAppraisal &x, const UnitAppraisal &y, int tieArea);

// The mean of one indicator's scores: the plain mean, or with one highest and one lowest dropped from
// `trimFrom` scores on. Returns hundredths.
double indicatorMean(QList<int> values, int trimFrom, QList<int> *dropped = nullptr);
// The same over a scratch buffer it may reorder; the dropped values in *lowest and *highest when trimmed.
double indicatorMean(std::span<int> values, int trimFrom, bool *trimmed, int *lowest, int *highest);

} // namespace cd
