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

struct IndicatorTrace
{
    int indicatorId = 0;
    QList<int> raw;     // every assessor's score, hundredths, in assessor order
    QList<int> assessorIds; // who gave each raw score
    QList<int> dropped; // the highest and lowest dropped by trimming
    double mean = 0;    // hundredths
};

struct UnitAppraisal
{
    int unitId = 0;
    QString name;
    QString regionCode;
    double total = 0;                    // points (not hundredths); rounded only for display
    QMap<int, double> areaTotals;        // area id → points
    std::optional<double> satisfaction;  // 0…1
    bool eligible = false;
    QList<Reason> reasons;               // each failed condition, as data (worded by wording())
    std::optional<int> rank;             // 1… over the eligible units
    QList<IndicatorTrace> trace;
    int assessors = 0;
};

// `scoresByUnit` holds each unit's scores; assessors from the unit itself are refused earlier, at entry.
QList<UnitAppraisal> appraise(const IndicatorSystem &system, const QList<UnitCase> &units,
                              const QMap<int, QList<Score>> &scoresByUnit, const QString &tieBreakArea);

// The mean of one indicator's scores: the plain mean, or with one highest and one lowest dropped from
// `trimFrom` scores on. Returns hundredths.
double indicatorMean(QList<int> values, int trimFrom, QList<int> *dropped = nullptr);

} // namespace cd
