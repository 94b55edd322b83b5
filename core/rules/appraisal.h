// The appraisal of a round, pure: indicator means over assessors (trimmed from 5 on), area subtotals, totals,
// satisfaction, veto events in the window, prerequisites, eligibility with reasons, and a fixed ranking.
// Every total carries its trace down to the raw scores (DOMAIN.md §6).
#pragma once

#include "domain/appraisal.h"
#include "domain/reason.h"
#include "domain/records.h"

#include <QMap>
#include <QStringList>
#include <optional>
#include <span>

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
struct IndicatorTrace
{
    int indicatorId = 0;
    int first = 0;       // its scores are UnitAppraisal::traceScores[first, first + count), in assessor order
    int count = 0;
    bool trimmed = false; // one highest and one lowest dropped
    int droppedLowest = 0;
    int droppedHighest = 0;
    double mean = 0;     // hundredths

    QList<int> dropped() const { return trimmed ? QList<int>{droppedLowest, droppedHighest} : QList<int>{}; }
};

struct UnitAppraisal
{
    int unitId = 0;
    QString name;
    QString regionCode;
    QString sortCode;                    // the unit code of the last tie-break (credit code, else the id)
    double total = 0;                    // points (not hundredths); rounded only for display
    QMap<int, double> areaTotals;        // area id → points
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
QList<UnitAppraisal> appraise(const IndicatorSystem &system, const QList<UnitCase> &units,
                              const QMap<int, QList<Score>> &scoresByUnit, const QString &tieBreakArea);

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
