// The way up as services (DOMAIN.md §4, §6–7): phase checks with kept override reasons, quotas, the conflict
// rule, score ranges, naming years, reviews; each refusal leaves the data as it was.
#include "catch.h"
#include "testutil.h"

#include "services/appraisalreports.h"
#include "services/appraisalservice.h"
#include "services/demo.h"
#include "services/recordservice.h"
#include "services/rounds.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/titlerepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <atomic>
#include <chrono>
#include <thread>

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {
struct Fixture
{
    std::unique_ptr<Database> db = cdtest::initialisedMemory();
    WorkCalendar work = WorkCalendar::fromResources();
    QList<int> units;
    int assessor = 0;

    Fixture()
    {
        QList<Unit> list;
        const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
        const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
        for (int i = 0; i < 3; ++i)
            list << Unit{0, u("南关区救助站%1").arg(i), region, type, {}, {}, {}, {}, {}, {}};
        UnitRepository(*db).insert(list);
        RecordService rec(*db);
        for (const auto &x : list) {
            units << x.id;
            rec.prereq.setPrerequisite({x.id, 2014, QStringLiteral("standards-published"), d("2014-04-01"), {}});
            rec.prereq.setPrerequisite({x.id, 2014, QStringLiteral("leading-group"), d("2014-04-01"), {}});
            rec.survey.addSurvey({0, x.id, 2014, d("2014-06-01"), 100, 100, 95, 5, 0});
        }
        assessor = rec.assessor.addAssessor({0, u("张三"), units[2], 0, QStringLiteral("local")});
    }
    QList<Score> fullMarks(int unit)
    {
        QList<Score> out;
        const IndicatorSystem system = *AppraisalRepository(*db).system(2014);
        for (const auto &i : system.indicators)
            out << Score{assessor, unit, i.id, i.points};
        return out;
    }
    int count(const char *table) { return sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(); }
};

Failure::Kind refused(const std::function<void()> &f, QString *message = nullptr)
{
    try {
        f();
    } catch (const Failure &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return Failure::Kind::Usage;
}
} // namespace

TEST_CASE("scores: the conflict rule and the range of each indicator", "[services][wayup]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    QString why;
    // DOMAIN.md §6: an assessor from the unit itself may not score it.
    CHECK(refused([&] { way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[2])); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(u("张三")));
    QList<Score> over = f.fullMarks(f.units[0]);
    over[0].value += 1;
    CHECK(refused([&] { way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, over); }) == Failure::Kind::Input);
    CHECK(f.count("scores") == 0);
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    const int n = int(f.fullMarks(f.units[0]).size()); // the default system's indicators (DOMAIN.md §5)
    CHECK(n == 23);
    CHECK(f.count("scores") == n);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE operator = '王科员' AND action = 'score'")).toInt() == n);
    // The same scores again change nothing and add nothing to the trail.
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    CHECK(f.count("audit_log") == n);
}

TEST_CASE("recommendation: phase, override reason, eligibility and quota", "[services][wayup]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[1]));
    struct Case { const char *date; const char *reason; bool ok; };
    // seed 000 §五(三): recommendations belong to 总结评比 (2014-10-01 – 2014-12-31).
    const Case cases[] = {{"2014-06-15", "", false}, {"2014-09-30", "", false}, {"2015-01-01", "", false}};
    for (const auto &c : cases) {
        INFO(c.date);
        CHECK(refused([&] { way.titles.recommend(2014, QStringLiteral("220100"), {f.units[0]}, d(c.date), u(c.reason)); }) == Failure::Kind::Input);
    }
    CHECK(f.count("recommendations") == 0);
    // With a written reason the action is recorded, and the reason is kept.
    way.titles.recommend(2014, QStringLiteral("220100"), {f.units[0]}, d("2014-09-30"), u("省厅通知提前上报"));
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT reason FROM overrides")).toString() == u("省厅通知提前上报"));
    // A unit with no scores is not eligible; a quota caps the region's list.
    CHECK(refused([&] { way.titles.recommend(2014, QStringLiteral("220100"), {f.units[2]}, d("2014-11-01"), {}); }) == Failure::Kind::Input);
    AppraisalRepository(*f.db).setQuota(2014, sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220100'")).toInt(), 1);
    QString why;
    CHECK(refused([&] { way.titles.recommend(2014, QStringLiteral("220100"), {f.units[1]}, d("2014-11-01"), {}); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(QStringLiteral("2")));
    CHECK(f.count("recommendations") == 1);
}

TEST_CASE("the appraisal reads the records of the units it appraises only; a few units' totals are what it gives them",
          "[services][wayup][appraisal]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    // units[0] full marks; units[1] 2 points short on its first indicator, one prerequisite fewer and a survey of 85%;
    // units[2] no score at all. A fourth unit has records but no score: it is not appraised.
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    QList<Score> short2 = f.fullMarks(f.units[1]);
    short2[0].value -= 200;
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, short2);
    RecordService rec(*f.db);
    rec.prereq.clearPrerequisite(rec.prereq.prerequisites(2014, f.units[1]).constFirst());
    rec.survey.addSurvey({0, f.units[1], 2014, d("2014-07-01"), 100, 100, 75, 0, 25});
    QList<Unit> extra{Unit{0, u("南关区救助站3"), sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt(),
                           sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt(), {}, {}, {}, {}, {}, {}}};
    UnitRepository(*f.db).insert(extra);
    rec.survey.addSurvey({0, extra[0].id, 2014, d("2014-06-01"), 100, 100, 10, 0, 90});

    const AppraisalRun run = way.appraisal.appraise(2014, QStringLiteral("local"));
    REQUIRE(run.units.size() == 2);
    QHash<int, UnitAppraisal> byUnit;
    for (const auto &a : run.units)
        byUnit.insert(a.unitId, a);
    REQUIRE(byUnit.contains(f.units[0]));
    REQUIRE(byUnit.contains(f.units[1]));
    CHECK(byUnit[f.units[0]].name == u("南关区救助站0"));
    CHECK(byUnit[f.units[0]].total == 100.0);
    CHECK(byUnit[f.units[1]].total == 98.0);
    // Its own surveys (satisfied and basically satisfied of those returned): 100 of 100 for units[0]; (100 + 75) of
    // 200 for units[1], below the 90% line; the fourth unit's 10% counts for nobody.
    CHECK(byUnit[f.units[0]].satisfaction == std::optional<double>(1.0));
    CHECK(byUnit[f.units[1]].satisfaction == std::optional<double>(0.875));
    // Its own prerequisites: units[1] misses one more than units[0].
    const auto count = [](const UnitAppraisal &a, const char *rule) {
        return std::count_if(a.reasons.cbegin(), a.reasons.cend(), [rule](const Reason &r) { return r.rule == QLatin1String(rule); });
    };
    CHECK(count(byUnit[f.units[1]], "prerequisite") == count(byUnit[f.units[0]], "prerequisite") + 1);
    CHECK(count(byUnit[f.units[0]], "below-satisfaction") == 0);
    CHECK(count(byUnit[f.units[1]], "below-satisfaction") == 1);

    // The totals of the units a page shows, read for them alone: the same figures; a unit with no score has none.
    const QHash<int, double> totals = way.appraisal.totals(2014, QStringLiteral("local"), {f.units[1], f.units[2], extra[0].id, f.units[0]});
    CHECK(totals.size() == 2);
    CHECK(totals.value(f.units[0]) == byUnit[f.units[0]].total);
    CHECK(totals.value(f.units[1]) == byUnit[f.units[1]].total);
    CHECK(way.appraisal.totals(2014, QStringLiteral("province"), f.units).isEmpty());
    CHECK(way.appraisal.totals(2030, QStringLiteral("local"), f.units).isEmpty()); // a round without a system
}

TEST_CASE("naming years, naming only the recommended, reviews only of holders", "[services][wayup]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    way.titles.recommend(2014, QStringLiteral("220102"), {f.units[0]}, d("2014-11-01"), {});
    CHECK(refused([&] { way.titles.name(2015, u("吉文明办〔2015〕1号"), d("2015-12-01"), {f.units[0]}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[1]}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.titles.name(2014, {}, d("2014-12-26"), {f.units[0]}, {}); }) == Failure::Kind::Input);
    way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0]}, {});
    CHECK(way.titles.status(d("2015-03-01")).holders == QList<int>{f.units[0]});
    Rounds(*f.db).open(2016);
    CHECK(refused([&] { way.titles.review(2016, f.units[1], false, d("2016-12-20"), {}, {}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.titles.review(2016, f.units[0], true, d("2016-12-20"), {}, {}, {}); }) == Failure::Kind::Input);
    way.titles.review(2016, f.units[0], true, d("2016-12-20"), u("2015-08-01 越级访"), u("吉文明办〔2016〕30号"), {});
    CHECK(way.titles.status(d("2017-01-01")).holders.isEmpty());
    // A revoked unit may be recommended again later; its history stays whole.
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM naming_units")).toInt() == 1);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM reviews")).toInt() == 1);
}

TEST_CASE("the indicator system is edited in place before scoring and versioned with a reason after", "[services][wayup][indicators]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    IndicatorSystem s = way.systems.currentSystem(2014);
    // DOMAIN.md §5: six areas from seed 000 §四, 100 points by default; pass line 85 (DOMAIN.md §6).
    CHECK(s.totalPoints() == 10000);
    CHECK(s.passLine == 8500);
    const int firstId = s.id;
    s.indicators[0].points -= 100; // 班子建设 loses a point …
    s.indicators[1].points += 100; // … and gains it back elsewhere
    s.passLine = 8000;
    CHECK(way.systems.saveSystem(s, {}) == firstId); // no score yet: the same version, changed in place
    CHECK(way.systems.currentSystem(2014).passLine == 8000);
    CHECK(way.systems.systemVersions(2014).size() == 1);

    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    CHECK(way.systems.systemFrozen(2014));
    IndicatorSystem next = way.systems.currentSystem(2014);
    next.passLine = 8500;
    QString why;
    CHECK(refused([&] { way.systems.saveSystem(next, {}); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(QStringLiteral("frozen")));
    const int secondId = way.systems.saveSystem(next, u("省文明办通知：合格线恢复为85分"));
    CHECK(secondId != firstId);
    const auto versions = way.systems.systemVersions(2014);
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].version == 2);
    CHECK(versions[1].reason == u("省文明办通知：合格线恢复为85分"));
    // The old scores keep the version they were given under.
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(DISTINCT system_id) FROM scores")).toInt() == 1);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT system_id FROM scores LIMIT 1")).toInt() == firstId);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'indicator-system'")).toInt() == 2);
    // Undo of the new version: allowed while no score exists under it.
    way.systems.removeSystemVersion(secondId);
    CHECK(way.systems.currentSystem(2014).id == firstId);
    CHECK(refused([&] { way.systems.removeSystemVersion(firstId); }) == Failure::Kind::Input);

    struct Bad
    {
        const char *what;
        std::function<void(IndicatorSystem &)> change;
    };
    const Bad bad[] = {
        {"zero points", [](IndicatorSystem &x) { x.indicators[0].points = 0; }},
        {"pass line above the total", [](IndicatorSystem &x) { x.passLine = x.totalPoints() + 1; }},
        {"satisfaction over 100%", [](IndicatorSystem &x) { x.satisfactionMin = 10001; }},
        {"trimming below 3 assessors", [](IndicatorSystem &x) { x.trimMinAssessors = 2; }},
        {"no indicators", [](IndicatorSystem &x) { x.indicators.clear(); }},
        {"nameless indicator", [](IndicatorSystem &x) { x.indicators[2].name = QStringLiteral(" "); }},
    };
    for (const auto &b : bad) {
        INFO(b.what);
        IndicatorSystem x = way.systems.currentSystem(2014);
        b.change(x);
        CHECK(refused([&] { way.systems.saveSystem(x, u("理由")); }) == Failure::Kind::Input);
    }
    CHECK(way.systems.systemVersions(2014).size() == 1);
}

TEST_CASE("the review board proposes revocation for a veto in the window or a score below the line", "[services][wayup][review]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    for (int i = 0; i < 2; ++i)
        way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[i]));
    way.titles.recommend(2014, QStringLiteral("220102"), {f.units[0], f.units[1]}, d("2014-11-01"), {});
    way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0], f.units[1]}, {});
    Rounds(*f.db).open(2016);
    // seed 000 §四(四): 越级访 on 2015-08-01 lies in unit 0's review window (2014-12-27 … 2016-12-31).
    VetoService(*f.db).addVeto({0, f.units[0], u("越级访"), d("2015-08-01"), {}, {}});
    // Unit 1 is scored at review at 80 points of 100, below the pass line 85 (DOMAIN.md §6–7).
    const int reviewer = AssessorService(*f.db).addAssessor({0, u("李四"), 0, 0, QStringLiteral("local")});
    QList<Score> low;
    for (const auto &i : way.systems.currentSystem(2016).indicators)
        low << Score{reviewer, f.units[1], i.id, i.points * 80 / 100};
    way.scoring.enterScores(2016, QStringLiteral("local"), reviewer, low);
    const auto board = way.titles.reviewBoard(2016);
    REQUIRE(board.size() == 2);
    for (const auto &c : board) {
        CHECK(c.proposeRevoke);
        CHECK(c.lastConfirmed == d("2014-12-26"));
        REQUIRE(c.reasons.size() == 1);
        if (c.unitId == f.units[0]) {
            CHECK(c.reasons[0].rule == QStringLiteral("review-veto"));
            CHECK(c.reasons[0].facts == QStringList{u("越级访"), QStringLiteral("2015-08-01"), QStringLiteral("2014-12-27"), QStringLiteral("2016-12-31")});
            CHECK(wording(c.reasons[0]).contains(QStringLiteral("Implementation Plan §4(4)")));
            CHECK(c.awaitingScores); // not scored in 2016 either; the veto alone proposes revocation
        } else {
            CHECK(c.reviewTotal.has_value());
            CHECK(c.reasons[0] == Reason{QStringLiteral("review-below-pass-line"), {QStringLiteral("80.00"), QStringLiteral("85.00")}});
            CHECK_FALSE(c.awaitingScores);
        }
        CHECK_FALSE(c.outcome.has_value());
    }
    way.titles.review(2016, f.units[0], true, d("2016-12-20"), wording(board[0].reasons[0]), u("吉文明办〔2016〕30号"), {});
    const auto after = way.titles.reviewBoard(2016);
    REQUIRE(after.size() == 2); // the reviewed unit stays on the board with its outcome
    int recorded = 0;
    for (const auto &c : after)
        recorded += c.outcome && c.outcome->kind == TitleEvent::Kind::Revoked ? 1 : 0;
    CHECK(recorded == 1);
    // Withdrawing the review (undo) leaves a line in the trail and the unit holds the title again.
    way.titles.withdrawReview(2016, f.units[0]);
    CHECK(way.titles.status(d("2017-01-01")).holders.contains(f.units[0]));
    const auto trail = way.audit.auditTrail(2016, f.units[0]);
    REQUIRE(trail.size() >= 2);
    CHECK(trail[0].action == QStringLiteral("review"));
    CHECK(trail[0].op == u("王科员"));
}

TEST_CASE("the review board proposes 保留 only for a unit assessed and passed; an unscored one awaits scores and needs a reason", "[services][wayup][review]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    for (int i = 0; i < 2; ++i)
        way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[i]));
    way.titles.recommend(2014, QStringLiteral("220102"), {f.units[0], f.units[1]}, d("2014-11-01"), {});
    way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0], f.units[1]}, {});
    Rounds(*f.db).open(2016);
    // 2016: unit 0 is scored at review with 90 of 100 (passes 85); unit 1 is never scored.
    const int reviewer = AssessorService(*f.db).addAssessor({0, u("李四"), 0, 0, QStringLiteral("local")});
    QList<Score> good;
    for (const auto &i : way.systems.currentSystem(2016).indicators)
        good << Score{reviewer, f.units[0], i.id, i.points * 90 / 100};
    way.scoring.enterScores(2016, QStringLiteral("local"), reviewer, good);
    QMap<int, ReviewCase> board;
    for (const auto &c : way.titles.reviewBoard(2016))
        board.insert(c.unitId, c);
    REQUIRE(board.size() == 2);
    CHECK_FALSE(board[f.units[0]].proposeRevoke);
    CHECK_FALSE(board[f.units[0]].awaitingScores); // 保留 proposed
    CHECK_FALSE(board[f.units[1]].proposeRevoke);
    CHECK(board[f.units[1]].awaitingScores); // 待复查评分: neither proposed
    CHECK_FALSE(board[f.units[1]].reviewTotal.has_value());
    // Recording 保留 for the unscored unit asks for the reason; with it, it is kept.
    QString why;
    CHECK(refused([&] { way.titles.review(2016, f.units[1], false, d("2016-12-20"), {}, {}, {}); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(QStringLiteral("--reason")));
    CHECK(f.count("reviews") == 0);
    way.titles.review(2016, f.units[1], false, d("2016-12-20"), u("复查组因故未能到场，经领导小组研究暂予保留"), {}, {});
    way.titles.review(2016, f.units[0], false, d("2016-12-20"), {}, {}, {}); // assessed and passed: no reason needed
    CHECK(f.count("reviews") == 2);
}

TEST_CASE("withdrawing a score, a recommendation or a naming is itself audited", "[services][wayup][audit]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    const IndicatorSystem s = way.systems.currentSystem(2014);
    const int before = f.count("audit_log");
    way.scoring.clearScore(2014, QStringLiteral("local"), f.assessor, f.units[0], s.indicators[0].id);
    CHECK_FALSE(way.scoring.score(2014, QStringLiteral("local"), f.assessor, f.units[0], s.indicators[0].id).has_value());
    CHECK(f.count("audit_log") == before + 1);
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    const int rec = way.titles.recommend(2014, QStringLiteral("220102"), {f.units[0]}, d("2014-11-01"), {});
    const int naming = way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0]}, {});
    CHECK(way.titles.namings(2014).size() == 1);
    way.titles.withdrawNaming(naming);
    CHECK(way.titles.namings(2014).isEmpty());
    way.titles.withdrawRecommendation(rec);
    CHECK(way.titles.recommendations(2014).isEmpty());
    const auto trail = way.audit.auditTrail(2014, f.units[0]);
    QStringList actions;
    for (const auto &e : trail)
        actions << e.action + QLatin1Char(':') + e.detail;
    CHECK(actions[0].startsWith(QStringLiteral("recommend:")));
    CHECK(actions[1].startsWith(QStringLiteral("name:")));
    // Nothing edits or deletes the trail (triggers in the schema).
    CHECK_FALSE(sql::execNoThrow(f.db->connection(), QStringLiteral("DELETE FROM audit_log")));
    CHECK(refused([&] { way.scoring.removeAssessor(f.assessor); }) == Failure::Kind::Input);
}

TEST_CASE("a round exists once opened: commands about a missing round say so and name round add; opening copies the system", "[services][rounds]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    RecordService rec(*f.db);
    const int before = f.count("rounds");
    // Seed 000 §五: rounds are named in even years; 2015 is none, 2016 is not opened yet.
    struct Case
    {
        const char *what;
        std::function<void()> action;
        const char *needle;
    };
    const Case cases[] = {
        {"prerequisite in 2015", [&] { rec.prereq.setPrerequisite({f.units[0], 2015, QStringLiteral("leading-group"), d("2015-03-01"), {}}); }, "every 2 years"},
        {"prerequisite in 2016", [&] { rec.prereq.setPrerequisite({f.units[0], 2016, QStringLiteral("leading-group"), d("2016-03-01"), {}}); }, "round add --year 2016"},
        {"survey in 2018", [&] { rec.survey.addSurvey({0, f.units[0], 2018, d("2018-06-01"), 10, 10, 10, 0, 0}); }, "round add --year 2018"},
        {"scores in 2016", [&] { way.scoring.enterScores(2016, QStringLiteral("local"), f.assessor, {}); }, "round add --year 2016"},
        {"the 2016 system", [&] { way.systems.currentSystem(2016); }, "round add --year 2016"},
        {"a quota in 2020", [&] { way.titles.setQuota(2020, QStringLiteral("220100"), 3); }, "round add --year 2020"},
        {"a recommendation in 2016", [&] { way.titles.recommend(2016, QStringLiteral("220102"), {f.units[0]}, d("2016-11-10"), {}); }, "round add --year 2016"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QString why;
        CHECK(refused(c.action, &why) == Failure::Kind::Input);
        CHECK(why.contains(QLatin1String(c.needle)));
        CHECK_FALSE(why.contains(QStringLiteral("FOREIGN KEY")));
    }
    CHECK(f.count("rounds") == before); // looking never opened a round
    CHECK(f.count("indicator_systems") == 1);

    // The 2014 system, edited before scoring, travels to 2016 when the round is opened.
    IndicatorSystem s14 = way.systems.currentSystem(2014);
    s14.passLine = 8000;
    way.systems.saveSystem(s14, {});
    const Round r = Rounds(*f.db).open(2016);
    CHECK(r.year == 2016);
    CHECK(f.count("rounds") == before + 1);
    const IndicatorSystem s16 = way.systems.currentSystem(2016);
    CHECK(s16.roundYear == 2016);
    CHECK(s16.passLine == 8000);
    CHECK(s16.indicators.size() == s14.indicators.size());
    CHECK(s16.id != s14.id);
    QString why;
    CHECK(refused([&] { Rounds(*f.db).open(2016); }, &why) == Failure::Kind::Input);
    CHECK(refused([&] { Rounds(*f.db).open(2017); }) == Failure::Kind::Input);
    rec.prereq.setPrerequisite({f.units[0], 2016, QStringLiteral("leading-group"), d("2016-03-01"), {}});
    // A round with records is not removed; an empty one is (the undo of 新增届次).
    CHECK(refused([&] { rec.calendar.removeRound(2016); }) == Failure::Kind::Input);
    Rounds(*f.db).open(2018);
    rec.calendar.removeRound(2018);
    CHECK_FALSE(Rounds(*f.db).exists(2018));
}

TEST_CASE("scores of a named round change only with a written reason, which the audit trail keeps", "[services][wayup][audit]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    way.titles.recommend(2014, QStringLiteral("220102"), {f.units[0]}, d("2014-11-01"), {});
    way.titles.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0]}, {});
    const IndicatorSystem s = way.systems.currentSystem(2014);
    const Score changed{f.assessor, f.units[0], s.indicators[0].id, s.indicators[0].points - 50};
    QString why;
    try {
        way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, {changed});
        FAIL("a score of a named round changed without a word");
    } catch (const PhaseRefusal &p) {
        why = p.plainMessage();
    }
    CHECK(why.contains(QStringLiteral("named")));
    CHECK(way.scoring.score(2014, QStringLiteral("local"), f.assessor, f.units[0], s.indicators[0].id) == s.indicators[0].points);
    CHECK_THROWS_AS(way.scoring.clearScore(2014, QStringLiteral("local"), f.assessor, f.units[0], s.indicators[0].id), PhaseRefusal);
    way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, {changed}, u("复核发现登记错误，经领导小组同意更正"));
    CHECK(way.scoring.score(2014, QStringLiteral("local"), f.assessor, f.units[0], s.indicators[0].id) == changed.value);
    bool kept = false;
    for (const auto &e : way.audit.auditTrail(2014, 0))
        kept = kept || (e.action == QStringLiteral("score-after-naming") && e.detail == u("复核发现登记错误，经领导小组同意更正") && e.op == u("王科员"));
    CHECK(kept);
    // Another round, not named, is scored freely.
    Rounds(*f.db).open(2016);
    const IndicatorSystem s16 = way.systems.currentSystem(2016);
    way.scoring.enterScores(2016, QStringLiteral("local"), f.assessor, {Score{f.assessor, f.units[1], s16.indicators[0].id, 100}});
    CHECK(way.scoring.score(2016, QStringLiteral("local"), f.assessor, f.units[1], s16.indicators[0].id) == 100);
}

TEST_CASE("the score ledger traces each total, names the tie-break and the conflict rule, and fingerprints its inputs", "[services][wayup][ledger]")
{
    // DOMAIN.md §6: equal totals are ordered by the 作风建设 subtotal; an assessor from the unit itself does not score
    // it; every printed number can be traced to the raw scores.
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    const int lisi = AssessorService(*f.db).addAssessor({0, u("李四"), 0, 0, QStringLiteral("local")});
    const IndicatorSystem system = *AppraisalRepository(*f.db).system(2014);
    int style = -1, other = -1; // an indicator of 作风建设 and one of another area
    for (int i = 0; i < system.indicators.size(); ++i)
        (system.indicators[i].areaName == u("作风建设") ? (style < 0 ? style = i : style) : (other < 0 ? other = i : other));
    REQUIRE(style >= 0);
    REQUIRE(other >= 0);
    // Every indicator 0.10 below its points; unit 1 moves 0.10 from another area to 作风建设: the same total.
    const auto sheet = [&](int assessor, int unit, int shift) {
        QList<Score> out;
        for (int i = 0; i < system.indicators.size(); ++i) {
            const Indicator &ind = system.indicators[i];
            out << Score{assessor, unit, ind.id, ind.points - 10 + (i == style ? shift : i == other ? -shift : 0)};
        }
        return out;
    };
    for (int a : {f.assessor, lisi}) {
        way.scoring.enterScores(2014, QStringLiteral("local"), a, sheet(a, f.units[0], 0));
        way.scoring.enterScores(2014, QStringLiteral("local"), a, sheet(a, f.units[1], 10));
    }
    way.scoring.enterScores(2014, QStringLiteral("local"), lisi, sheet(lisi, f.units[2], 0)); // 张三 is from unit 2

    AppraisalReports reports(*f.db);
    QString first;
    const ReportDocument doc = reports.scoreLedger(2014, QStringLiteral("local"), &first);
    CHECK(first.size() == 64);
    CHECK(doc.pageMark.contains(first));
    const auto sectionOf = [&](int unitIndex) -> const ReportSection * {
        for (const auto &s : doc.sections)
            if (s.heading.contains(u("南关区救助站%1").arg(unitIndex)))
                return &s;
        return nullptr;
    };
    const ReportSection *s0 = sectionOf(0), *s1 = sectionOf(1), *s2 = sectionOf(2);
    REQUIRE(s0);
    REQUIRE(s1);
    REQUIRE(s2);
    const double total = [&] { double t = 0; for (const auto &i : system.indicators) t += i.points - 10; return t / 100.0; }();
    CHECK(s1->heading.startsWith(QStringLiteral("No. 1")));
    CHECK(s0->heading.startsWith(QStringLiteral("No. 2")));
    CHECK(s0->heading.endsWith(QString::number(total, 'f', 2)));
    CHECK(s1->heading.endsWith(QString::number(total, 'f', 2)));
    CHECK(s1->afterTable.join(QLatin1Char('\n')).contains(u("placed before it by the higher 作风建设 subtotal")));
    CHECK(s0->afterTable.join(QLatin1Char('\n')).contains(u("placed after it by the higher 作风建设 subtotal")));
    // The raw scores of both assessors per indicator; the conflict rule named on unit 2's page, not on the others.
    const Indicator &ind = system.indicators[style];
    const QStringList row = s1->table.rows[style];
    CHECK(row[1] == ind.name);
    CHECK(row[3] == QStringLiteral("%1 %2, %3 %4").arg(u("张三"), QString::number(ind.points / 100.0, 'f', 2), u("李四"),
                                                          QString::number(ind.points / 100.0, 'f', 2)));
    CHECK(s2->table.rows[style][3] == QStringLiteral("%1 %2").arg(u("李四"), QString::number((ind.points - 10) / 100.0, 'f', 2)));
    CHECK(s2->afterTable.join(QLatin1Char('\n')).contains(u("Assessor 张三 belongs to this unit and did not score it")));
    CHECK_FALSE(s0->afterTable.join(QLatin1Char('\n')).contains(u("张三 belongs")));

    // The same data gives the same fingerprint; one changed score changes it; putting it back restores it.
    QString again;
    reports.scoreLedger(2014, QStringLiteral("local"), &again);
    CHECK(again == first);
    QList<Score> changed = sheet(lisi, f.units[2], 0);
    changed[0].value -= 1;
    way.scoring.enterScores(2014, QStringLiteral("local"), lisi, changed);
    QString after;
    reports.scoreLedger(2014, QStringLiteral("local"), &after);
    CHECK(after != first);
    way.scoring.enterScores(2014, QStringLiteral("local"), lisi, sheet(lisi, f.units[2], 0));
    reports.scoreLedger(2014, QStringLiteral("local"), &after);
    CHECK(after == first);
}

namespace {
// Clerk A is in the middle of a step: she holds what it decides about (as the service does) and has written her
// outcome, not yet committed. Clerk B starts the same kind of step through the service meanwhile. On a server B has a
// connection of her own and must wait for A, then read what A wrote; on a file, whose writer lock lets one program
// write at a time, B comes after A on the same connection. Returns B's refusal, or "" when B's step was taken.
QString raced(Fixture &f, const std::function<void(Transaction &)> &clerkA, const std::function<void(WayUp &)> &clerkB)
{
    const auto attempt = [&clerkB](Database &db, const WorkCalendar &work) {
        WayUp way(db, work, u("李科员"));
        try {
            clerkB(way);
        } catch (const Failure &e) {
            return e.message().isEmpty() ? QStringLiteral("refused") : e.message();
        }
        return QString();
    };
    if (!f.db->isServer()) {
        Transaction t(*f.db);
        clerkA(t);
        t.commit();
        return attempt(*f.db, f.work);
    }
    Transaction t(*f.db);
    clerkA(t);
    QString refusal;
    std::atomic<bool> done{false};
    const QString address = f.db->path();
    const WorkCalendar work = f.work;
    std::thread other([&] {
        try {
            auto db = Database::openServerAdmin(address);
            refusal = attempt(*db, work);
        } catch (const std::exception &e) {
            refusal = QStringLiteral("clerk B could not connect: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        done = true;
    });
    // B gets as far as she can while A's step is open: to the end if nothing holds her, to A's lock otherwise.
    for (int i = 0; i < 30 && !done; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    t.commit();
    other.join();
    return refusal;
}
} // namespace

TEST_CASE("two clerks name, review or recommend the same unit at once: the second reads the first's outcome and is refused",
          "[services][wayup][conflict]")
{
    // issue 11 §2: short steps that must not interleave lock what they read. Seed 000 §五: a unit is named once and
    // reviewed once a round; DOMAIN.md §6: a region's list stays within its quota.
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    for (int unit : {f.units[0], f.units[1]}) // the assessor belongs to unit 2 and may not score it
        way.scoring.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(unit));
    const int nanguan = sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    way.titles.setQuota(2014, QStringLiteral("220102"), 2);

    // The quota: A's list of one is being written while B recommends two more.
    QString why = raced(
        f,
        [&](Transaction &t) {
            t.serialise(Transaction::Key::Region, {nanguan});
            t.serialise(Transaction::Key::Unit, {f.units[0]});
            AppraisalRepository(*f.db).addRecommendation({0, 2014, nanguan, d("2014-11-01"), {}, {f.units[0]}});
        },
        [&](WayUp &b) { b.titles.recommend(2014, QStringLiteral("220102"), {f.units[1], f.units[2]}, d("2014-11-01"), {}); });
    CHECK(why.contains(QStringLiteral("may recommend 2 units in the 2014 round; this would make 3")));
    CHECK(f.count("recommendations") == 1);
    way.titles.recommend(2014, QStringLiteral("220102"), {f.units[1]}, d("2014-11-02"), {});

    // The naming: A names unit 0 under 〔2014〕12号 while B names it under 〔2014〕13号.
    why = raced(
        f,
        [&](Transaction &t) {
            t.serialise(Transaction::Key::Unit, {f.units[0]});
            TitleRepository(*f.db).addNaming(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0]});
        },
        [&](WayUp &b) { b.titles.name(2014, u("吉文明办〔2014〕13号"), d("2014-12-26"), {f.units[0]}, {}); });
    CHECK(why.contains(QStringLiteral("already holds the title")));
    CHECK(f.count("naming_units") == 1);

    // The review: A retains unit 0 in 2016 while B revokes it.
    Rounds(*f.db).open(2016);
    why = raced(
        f,
        [&](Transaction &t) {
            t.serialise(Transaction::Key::Unit, {f.units[0]});
            TitleRepository(*f.db).addReview(2016, f.units[0], TitleEvent::Kind::Retained, d("2016-12-20"),
                                             u("经复查，继续保留称号"), {});
        },
        [&](WayUp &b) { b.titles.review(2016, f.units[0], true, d("2016-12-20"), u("2015-08-01 越级访"), u("吉文明办〔2016〕30号"), {}); });
    CHECK(why.contains(QStringLiteral("was already reviewed in the 2016 round")));
    CHECK(f.count("reviews") == 1);
    CHECK(way.titles.status(d("2017-01-01")).holders == QList<int>{f.units[0]});
}

TEST_CASE("the appraisal reads a round's scores a unit at a time and comes to what each unit's own scores give it",
          "[services][wayup][appraisal]")
{
    auto db = cdtest::initialisedMemory();
    Demo::generate(*db, {600, 7});
    const WorkCalendar work = WorkCalendar::fromResources();
    AppraisalRepository repo(*db);
    const IndicatorSystem system = *repo.system(2014);

    // Every unit once, in ascending order, its scores in assessor and indicator order, none lost.
    QList<int> units;
    qsizetype seen = 0;
    bool ordered = true;
    repo.eachUnitsScores(system.id, QStringLiteral("local"), [&](int unit, std::span<const Score> scores) {
        ordered = ordered && (units.isEmpty() || units.last() < unit) && !scores.empty();
        for (size_t i = 0; i < scores.size(); ++i) {
            ordered = ordered && scores[i].unitId == unit;
            if (i > 0)
                ordered = ordered && std::pair(scores[i - 1].assessorId, scores[i - 1].indicatorId) < std::pair(scores[i].assessorId, scores[i].indicatorId);
        }
        units << unit;
        seen += qsizetype(scores.size());
    });
    CHECK(ordered);
    REQUIRE(units.size() > 50);
    CHECK(seen == sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM scores WHERE system_id = ? AND stage = 'local'"), {system.id}).toLongLong());

    // The round's appraisal against each unit's total read for that unit alone (AppraisalService::totals, one
    // lookup per unit): the same units, the same totals; the eligible ranked 1… in the fixed order.
    AppraisalService service(*db, work, u("王科员"));
    const AppraisalRun run = service.appraise(2014, QStringLiteral("local"));
    const QHash<int, double> alone = service.totals(2014, QStringLiteral("local"), units);
    REQUIRE(run.units.size() == units.size());
    int eligible = 0;
    const int tie = tieAreaId(system, run.tieBreakArea);
    for (qsizetype i = 0; i < run.units.size(); ++i) {
        const UnitAppraisal &a = run.units[i];
        INFO("unit " << a.unitId);
        CHECK(alone.value(a.unitId, -1) == a.total);
        CHECK_FALSE(a.name.isEmpty());
        CHECK(a.scored);
        if (a.eligible)
            CHECK(a.rank == std::optional<int>(++eligible));
        else
            CHECK_FALSE(a.rank);
        if (i > 0 && run.units[i - 1].eligible == a.eligible)
            CHECK(rankOrder(run.units[i - 1], a, tie).second);
    }
    CHECK(eligible > 0);
    CHECK(eligible < run.units.size());
}
