// The appraisal rules (DOMAIN.md §6; seed 000 §四(四), §五(二); seed 004): means, trimming, totals,
// eligibility with reasons, and the fixed order of ties.
#include "catch.h"
#include "testutil.h"

#include "rules/appraisal.h"

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {
// Two areas, three indicators: 作风建设 (area 4) holds indicator 2.
IndicatorSystem system3()
{
    IndicatorSystem s;
    s.indicators = {{1, 1, u("班子建设"), u("民主集中制"), 1500}, {2, 4, u("作风建设"), u("安全管理"), 3000},
                    {3, 6, u("环境建设"), u("基础设施"), 5500}};
    return s;
}

QList<Score> uniform(int unit, const QList<int> &assessorShares)
{
    // Each assessor gives every indicator the same share (in percent) of its points.
    QList<Score> out;
    const IndicatorSystem s = system3();
    for (int a = 0; a < assessorShares.size(); ++a)
        for (const auto &i : s.indicators)
            out.push_back({a + 1, unit, i.id, i.points * assessorShares[a] / 100});
    return out;
}
} // namespace

TEST_CASE("indicator means: plain below five assessors, trimmed from five on", "[rules][appraisal]")
{
    // DOMAIN.md §6: the mean over assessors, dropping one highest and one lowest when there are at least 5.
    struct Case { QList<int> values; double mean; QList<int> dropped; };
    const Case cases[] = {
        {{}, 0, {}},
        {{500}, 500, {}},
        {{400, 500}, 450, {}},
        {{100, 500, 600, 200}, 350, {}},                 // four: no trimming
        {{100, 500, 600, 200, 400}, 366.6666666667, {100, 600}}, // five: drop 100 and 600
        {{300, 300, 300, 300, 300}, 300, {300, 300}},
        {{0, 1500, 1500, 1500, 1500, 1500}, 1500, {0, 1500}},
    };
    for (const auto &c : cases) {
        QList<int> dropped;
        CHECK(indicatorMean(c.values, 5, &dropped) == Approx(c.mean));
        CHECK(dropped == c.dropped);
    }
}

TEST_CASE("eligibility carries every failed condition with its rule", "[rules][appraisal]")
{
    IndicatorSystem s = system3();
    QList<UnitCase> units;
    QMap<int, QList<Score>> scores;
    const auto add = [&](int id, int share, std::optional<double> sat) {
        UnitCase c;
        c.unitId = id;
        c.name = u("单位%1").arg(id);
        c.sortCode = QString::number(id);
        c.satisfaction = sat;
        units << c;
        scores[id] = uniform(id, {share, share, share});
    };
    add(1, 90, 0.95);  // eligible: 90 points
    add(2, 84, 0.95);  // below the pass line 85
    add(3, 90, 0.899); // below 90% satisfaction (seed 004)
    add(4, 90, 0.95);
    units[3].vetoesInWindow = {{1, 4, u("安全责任事故"), d("2014-07-01"), {}}}; // seed 000 §四(四)
    add(5, 90, std::nullopt);
    add(6, 90, 0.95);
    units[5].missingPrerequisites = {u("成立创建工作领导小组")};
    add(7, 90, 0.95);
    units[6].inScope = false;
    units << UnitCase{8, u("单位8"), QStringLiteral("8"), true, {}, {}, 0.95}; // never scored

    const auto result = appraise(s, units, scores, u("作风建设"));
    QMap<int, UnitAppraisal> by;
    for (const auto &a : result)
        by[a.unitId] = a;
    struct Expect { int id; bool eligible; const char *rule; QStringList facts; const char *needle; };
    const Expect expected[] = {
        {1, true, "", {}, ""},
        {2, false, "below-pass-line", {QStringLiteral("84.00"), QStringLiteral("85.00")}, "pass line 85.00"},
        {3, false, "below-satisfaction", {QStringLiteral("89.9"), QStringLiteral("90.0")}, "satisfaction 89.9% is below the minimum 90.0%"},
        {4, false, "veto", {u("安全责任事故"), QStringLiteral("2014-07-01")}, "安全责任事故 on 2014-07-01: one-vote veto (Implementation Plan §4(4))"},
        {5, false, "no-survey", {}, "no satisfaction survey"},
        {6, false, "prerequisite", {u("成立创建工作领导小组")}, "成立创建工作领导小组"},
        {7, false, "out-of-scope", {}, "participating types"},
        {8, false, "no-scores", {}, "no scores"},
    };
    for (const auto &e : expected) {
        INFO("unit " << e.id);
        CHECK(by[e.id].eligible == e.eligible);
        if (!e.eligible) {
            REQUIRE_FALSE(by[e.id].reasons.isEmpty());
            CHECK(by[e.id].reasons.first() == Reason{QString::fromLatin1(e.rule), e.facts});
            CHECK(wordings(by[e.id].reasons).join(QStringLiteral(" | ")).contains(u(e.needle)));
            CHECK_FALSE(by[e.id].rank.has_value());
        }
    }
    CHECK(by[1].total == Approx(90.0));
    CHECK(by[1].rank == 1);
    CHECK(by[2].total == Approx(84.0));
    // The trace goes from the total down to the raw scores.
    REQUIRE(by[1].trace.size() == 3);
    CHECK(by[1].raw(by[1].trace[1]) == QList<int>{2700, 2700, 2700});
    CHECK(by[1].areaTotals.value(4) == Approx(27.0));
}

TEST_CASE("the trace keeps every assessor's raw score per indicator, what trimming dropped, and nothing foreign", "[rules][appraisal]")
{
    // Five assessors (DOMAIN.md §6: trimmed from five on), scores arriving in assessor order; a sixth score under an
    // indicator of another system (99) counts nowhere.
    const IndicatorSystem s = [] { IndicatorSystem x = system3(); x.trimMinAssessors = 5; return x; }();
    struct Given { int assessor, indicator, value; };
    const Given given[] = {{1, 1, 1500}, {1, 2, 2400}, {1, 3, 5000}, {2, 1, 1200}, {2, 2, 3000}, {2, 3, 5500},
                           {3, 1, 900},  {3, 2, 2700}, {3, 3, 4400}, {4, 1, 1350}, {4, 2, 2100}, {4, 3, 5200},
                           {5, 1, 1000}, {5, 2, 2850}, {5, 3, 4800}, {5, 99, 100}};
    QMap<int, QList<Score>> scores;
    for (const auto &g : given)
        scores[1].push_back({g.assessor, 1, g.indicator, g.value});
    const auto result = appraise(s, {UnitCase{1, u("单位1"), QStringLiteral("1"), true, {}, {}, 0.95}}, scores, u("作风建设"));
    REQUIRE(result.size() == 1);
    const UnitAppraisal &a = result.first();
    struct Expect { int indicator; QList<int> raw; QList<int> dropped; double mean; };
    const Expect expected[] = {
        {1, {1500, 1200, 900, 1350, 1000}, {900, 1500}, (1200 + 1350 + 1000) / 3.0},
        {2, {2400, 3000, 2700, 2100, 2850}, {2100, 3000}, (2400 + 2700 + 2850) / 3.0},
        {3, {5000, 5500, 4400, 5200, 4800}, {4400, 5500}, (5000 + 5200 + 4800) / 3.0},
    };
    REQUIRE(a.trace.size() == 3);
    double total = 0;
    for (int i = 0; i < 3; ++i) {
        const Expect &e = expected[i];
        const IndicatorTrace &t = a.trace[i];
        INFO("indicator " << e.indicator);
        CHECK(t.indicatorId == e.indicator);
        CHECK(a.raw(t) == e.raw);
        CHECK(t.dropped() == e.dropped);
        CHECK(t.mean == Approx(e.mean));
        for (int k = 0; k < 5; ++k)
            CHECK(a.scoreBy(t, k + 1) == e.raw[k]);
        CHECK_FALSE(a.scoreBy(t, 6).has_value());
        total += e.mean;
    }
    CHECK(a.assessors == 5);
    CHECK(a.total == Approx(total / 100.0));
    CHECK(a.areaTotals.value(4) == Approx(expected[1].mean / 100.0));
}

TEST_CASE("ties: total, then 作风建设, then satisfaction, then unit code", "[rules][appraisal]")
{
    IndicatorSystem s = system3();
    s.passLine = 0;
    s.satisfactionMin = 0;
    QList<UnitCase> units;
    QMap<int, QList<Score>> scores;
    // Same total 50.00 for all, split differently between 作风建设 (indicator 2) and the rest.
    const auto add = [&](int id, const char *code, int zuofeng, int rest, double sat) {
        units << UnitCase{id, u("单位"), QString::fromLatin1(code), true, {}, {}, sat};
        scores[id] = {{1, id, 2, zuofeng}, {1, id, 3, rest}};
    };
    add(10, "B", 2000, 3000, 0.95); // more 作风建设 than 11
    add(11, "A", 1000, 4000, 0.99);
    add(12, "C", 2000, 3000, 0.97); // same 作风建设 as 10, higher satisfaction
    add(13, "A", 2000, 3000, 0.97); // same as 12 but for the code: A before C
    add(14, "Z", 3000, 2500, 0.50); // highest total, 55
    const auto result = appraise(s, units, scores, u("作风建设"));
    QList<int> order;
    for (const auto &a : result)
        order << a.unitId;
    CHECK(order == QList<int>{14, 13, 12, 10, 11});
    // The same data in another input order gives the same ranking.
    std::reverse(units.begin(), units.end());
    QList<int> again;
    for (const auto &a : appraise(s, units, scores, u("作风建设")))
        again << a.unitId;
    CHECK(again == order);
}
