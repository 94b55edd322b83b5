#include "rules/appraisal.h"

#include <QCoreApplication>
#include <algorithm>

namespace cd {

int IndicatorSystem::totalPoints() const
{
    int t = 0;
    for (const auto &i : indicators)
        t += i.points;
    return t;
}

double indicatorMean(std::span<int> values, int trimFrom, bool *trimmed, int *lowest, int *highest)
{
    *trimmed = false;
    if (values.empty())
        return 0;
    // DOMAIN.md §6 default: with at least 5 assessors, drop one highest and one lowest.
    if (trimFrom > 0 && values.size() >= size_t(trimFrom) && values.size() >= 3) {
        std::sort(values.begin(), values.end());
        *trimmed = true;
        *lowest = values.front();
        *highest = values.back();
        values = values.subspan(1, values.size() - 2);
    }
    long long sum = 0;
    for (int v : values)
        sum += v;
    return double(sum) / double(values.size());
}

double indicatorMean(QList<int> values, int trimFrom, QList<int> *dropped)
{
    bool trimmed = false;
    int lowest = 0, highest = 0;
    const double mean = indicatorMean(std::span<int>(values.data(), size_t(values.size())), trimFrom, &trimmed, &lowest, &highest);
    if (dropped && trimmed)
        *dropped = {lowest, highest};
    return mean;
}

int tieAreaId(const IndicatorSystem &system, const QString &tieBreakArea)
{
    for (const auto &i : system.indicators)
        if (i.areaName == tieBreakArea)
            return i.areaId;
    return 0;
}

std::pair<RankedBy, bool> rankOrder(const UnitAppraisal &x, const UnitAppraisal &y, int tieArea)
{
    const auto cmp = [](double p, double q) { return p > q + 1e-9 ? -1 : (q > p + 1e-9 ? 1 : 0); };
    if (int c = cmp(x.total, y.total))
        return {RankedBy::Total, c < 0};
    if (int c = cmp(x.areaTotals.value(tieArea), y.areaTotals.value(tieArea)))
        return {RankedBy::TieArea, c < 0};
    if (int c = cmp(x.satisfaction.value_or(-1), y.satisfaction.value_or(-1)))
        return {RankedBy::Satisfaction, c < 0};
    if (x.sortCode != y.sortCode)
        return {RankedBy::UnitCode, x.sortCode < y.sortCode};
    return {RankedBy::Id, x.unitId < y.unitId};
}

UnitScorer::UnitScorer(const IndicatorSystem &system) : m_system(system)
{
    // Each indicator's place in the system, found once rather than per score.
    for (int i = 0; i < system.indicators.size(); ++i)
        m_place.insert(system.indicators[i].id, i);
}

UnitAppraisal UnitScorer::operator()(int unitId, std::span<const Score> scores)
{
    const IndicatorSystem &system = m_system;
    UnitAppraisal a;
    a.unitId = unitId;
    a.scored = !scores.empty();
    // The unit's scores indicator by indicator (each unit's scores arrive in assessor, indicator order): counted,
    // then placed, all in one list.
    a.trace.resize(system.indicators.size());
    for (const auto &s : scores) {
        const auto at = m_place.constFind(s.indicatorId);
        if (at != m_place.cend()) // a score under another system's indicator counts nowhere
            ++a.trace[*at].count;
    }
    int first = 0;
    for (auto &t : a.trace) {
        t.first = first;
        first += t.count;
        t.count = 0;
    }
    a.traceScores.resize(first);
    QList<int> assessors;
    for (const auto &s : scores) {
        const auto at = m_place.constFind(s.indicatorId);
        if (at != m_place.cend()) {
            IndicatorTrace &t = a.trace[*at];
            a.traceScores[t.first + t.count++] = {s.assessorId, s.value};
        }
        if (!assessors.contains(s.assessorId))
            assessors.push_back(s.assessorId);
    }
    a.assessors = int(assessors.size());
    double totalHundredths = 0;
    for (int i = 0; i < system.indicators.size(); ++i) {
        const Indicator &ind = system.indicators[i];
        IndicatorTrace &t = a.trace[i];
        t.indicatorId = ind.id;
        m_scratch.clear();
        for (const auto &s : a.scoresOf(t))
            m_scratch.push_back(s.value);
        t.mean = indicatorMean(std::span<int>(m_scratch), system.trimMinAssessors, &t.trimmed, &t.droppedLowest, &t.droppedHighest);
        totalHundredths += t.mean;
        a.areaTotals.add(ind.areaId, t.mean / 100.0);
    }
    a.totalHundredths = totalHundredths;
    a.total = totalHundredths / 100.0;
    return a;
}

void judge(UnitAppraisal &a, const UnitCase &u, const IndicatorSystem &system)
{
    a.name = u.name;
    a.regionCode = u.regionCode;
    a.satisfaction = u.satisfaction;
    a.sortCode = u.sortCode;
    // Eligibility (DOMAIN.md §6): prerequisites met, no veto in window, total ≥ pass line, satisfaction ≥ minimum.
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    a.reasons.clear();
    if (!u.inScope)
        a.reasons << Reason{QStringLiteral("out-of-scope"), {}};
    for (const auto &v : u.vetoesInWindow)
        a.reasons << Reason{QStringLiteral("veto"), {v.kind, v.date.toString(Qt::ISODate)}};
    for (const auto &p : u.missingPrerequisites)
        a.reasons << Reason{QStringLiteral("prerequisite"), {p}};
    if (!a.scored)
        a.reasons << Reason{QStringLiteral("no-scores"), {}};
    else if (a.totalHundredths + 1e-9 < system.passLine)
        a.reasons << Reason{QStringLiteral("below-pass-line"), {number(a.total), number(system.passLine / 100.0)}};
    if (!u.satisfaction)
        a.reasons << Reason{QStringLiteral("no-survey"), {}};
    else if (*u.satisfaction * 10000.0 + 1e-9 < system.satisfactionMin)
        a.reasons << Reason{QStringLiteral("below-satisfaction"),
                            {QString::number(*u.satisfaction * 100.0, 'f', 1), QString::number(system.satisfactionMin / 100.0, 'f', 1)}};
    a.eligible = a.reasons.isEmpty();
}

void rank(QList<UnitAppraisal> &units, const IndicatorSystem &system, const QString &tieBreakArea)
{
    // Ranking: total, then 作风建设 subtotal, then satisfaction, then unit code — always the same order.
    const int tieArea = tieAreaId(system, tieBreakArea);
    std::stable_sort(units.begin(), units.end(), [&](const UnitAppraisal &x, const UnitAppraisal &y) {
        if (x.eligible != y.eligible)
            return x.eligible;
        return rankOrder(x, y, tieArea).second;
    });
    int n = 0;
    for (auto &a : units)
        a.rank = a.eligible ? std::optional<int>(++n) : std::nullopt;
}

QList<UnitAppraisal> appraise(const IndicatorSystem &system, const QList<UnitCase> &units,
                              const QMap<int, QList<Score>> &scoresByUnit, const QString &tieBreakArea)
{
    QList<UnitAppraisal> out;
    out.reserve(units.size());
    UnitScorer score(system);
    for (const UnitCase &u : units) {
        const QList<Score> scores = scoresByUnit.value(u.unitId);
        UnitAppraisal a = score(u.unitId, std::span<const Score>(scores.constData(), size_t(scores.size())));
        judge(a, u, system);
        out.push_back(std::move(a));
    }
    rank(out, system, tieBreakArea);
    return out;
}

QString stageName(const QString &stage)
{
    return stage == QLatin1String("province") ? QCoreApplication::translate("cd::Stage", "provincial assessment")
                                              : QCoreApplication::translate("cd::Stage", "local appraisal");
}

} // namespace cd
