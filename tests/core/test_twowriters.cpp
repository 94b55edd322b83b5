// Two clerks on one store (issue 11, "zero lost updates"): both read the same unit and the same score, one saves,
// the other's save is refused as a conflict and she applies her change again on what she now reads. Over a thousand
// interleavings the final state holds every accepted change. On the server store the clerks have connections of their
// own (tests/server/with-server.sh); on a file, whose writer lock lets one program write at a time, the interleaving
// is the same on one connection.
#include "catch.h"
#include "testutil.h"

#include "services/recordservice.h"
#include "services/unitservice.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"
#include "util/rng.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace cd;
using cdtest::u;

namespace {
// A new unit of 南关区 of the given type, as clerk A adds it.
Unit addUnit(Database &db, const QString &name, const char *type)
{
    Unit unit;
    unit.name = name;
    unit.regionId = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    unit.typeId = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = ?"), {u(type)}).toInt();
    unit.staffCount = 0;
    return UnitService(db).add(unit);
}
} // namespace

TEST_CASE("two clerks edit the same unit: one wins, the other gets the conflict, no change is lost", "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const Unit unit = addUnit(a, u("南关区民政局婚姻登记处"), "婚姻登记处");
    const int id = unit.id;

    Rng rng(11);
    int accepted = 0, conflicts = 0;
    for (int i = 0; i < 1000; ++i) {
        const bool aFirst = rng.chance(500);
        Database &first = aFirst ? a : b;
        Database &second = aFirst ? b : a;
        Unit mine = *UnitService(first).get(id);
        Unit theirs = *UnitService(second).get(id); // both read the same version
        REQUIRE(mine.version == theirs.version);
        mine.staffCount = *mine.staffCount + 1;
        mine.note = QStringLiteral("first %1").arg(i);
        UnitService(first).update(mine);
        ++accepted;
        theirs.staffCount = *theirs.staffCount + 1;
        theirs.leader = QStringLiteral("second %1").arg(i);
        try {
            UnitService(second).update(theirs);
            FAIL("a save onto an old version was taken");
        } catch (const EditConflict &c) {
            ++conflicts;
            CHECK(c.recordKind() == QLatin1String("unit"));
            CHECK(c.recordId() == id);
            CHECK(c.message().contains(unit.name));
        }
        // The refused save changed nothing; she decides to apply hers on what is there now.
        Unit now = *UnitService(second).get(id);
        REQUIRE(now.note == QStringLiteral("first %1").arg(i));
        REQUIRE(now.leader != QStringLiteral("second %1").arg(i));
        now.staffCount = *now.staffCount + 1;
        now.leader = theirs.leader;
        UnitService(second).update(now);
        ++accepted;
    }
    const Unit final = *UnitService(b).get(id);
    CHECK(accepted == 2000);
    CHECK(conflicts == 1000);
    CHECK(final.staffCount == accepted); // every accepted +1 is there: 0 lost updates
    CHECK(final.version == 1 + accepted);
    CHECK(final.note == QStringLiteral("first 999"));
    CHECK(final.leader == QStringLiteral("second 999"));
}

TEST_CASE("two clerks enter the same score: one wins, the other gets the conflict, no change is lost", "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const WorkCalendar work = WorkCalendar::fromResources();
    const int unitId = addUnit(a, u("南关区救助站"), "救助站").id;
    const int assessor = AssessorService(a).addAssessor({0, u("张三"), 0, 0, QStringLiteral("local")});
    WayUp wayA(a, work, u("王科员")), wayB(b, work, u("李科员"));
    wayA.scoring.enterScores(2014, QStringLiteral("local"), assessor, {}); // the round's indicator system
    const IndicatorSystem system = *AppraisalRepository(a).system(2014);
    const Indicator &ind = system.indicators.first();
    const int points = ind.points; // each accepted change steps the score by one hundredth, round 0…points
    const auto step = [points](std::optional<int> v) { return (v.value_or(0) + 1) % (points + 1); };
    const auto score = [&](WayUp &w) { return w.scoring.score(2014, QStringLiteral("local"), assessor, unitId, ind.id); };

    Rng rng(12);
    int accepted = 0, conflicts = 0;
    for (int i = 0; i < 500; ++i) {
        const bool aFirst = rng.chance(500);
        WayUp &first = aFirst ? wayA : wayB;
        WayUp &second = aFirst ? wayB : wayA;
        const auto seenFirst = score(first), seenSecond = score(second);
        REQUIRE(seenFirst == seenSecond);
        first.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, seenFirst, step(seenFirst));
        ++accepted;
        try {
            second.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, seenSecond, step(seenSecond));
            FAIL("a score entered onto one that changed was taken");
        } catch (const EditConflict &c) {
            ++conflicts;
            CHECK(c.recordKind() == QLatin1String("score"));
        }
        const auto now = score(second);
        REQUIRE(now == step(seenFirst));
        second.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, now, step(now));
        ++accepted;
    }
    CHECK(accepted == 1000);
    CHECK(conflicts == 500);
    CHECK(score(wayA) == accepted % (points + 1));
    // Every accepted change, and no refused one, is in the audit trail.
    CHECK(sql::scalar(a.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'score'")).toInt() == accepted);
    // Clearing works the same way: a clear onto a changed score is refused.
    const auto last = score(wayA);
    wayA.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, last, step(last));
    CHECK_THROWS_AS(wayB.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, last, std::nullopt), EditConflict);
    wayB.scoring.changeScore(2014, QStringLiteral("local"), assessor, unitId, ind.id, step(last), std::nullopt);
    CHECK_FALSE(score(wayA).has_value());
}

TEST_CASE("an undo or redo does not overwrite another clerk's change made in between", "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const Unit before = addUnit(a, u("南关区社会福利院"), "救助站");
    Unit after = before;
    after.phone = QStringLiteral("0431-88880000");
    UnitService(a).update(after);
    // Undo and redo of one's own edit work, whatever version the unit has reached.
    UnitService(a).replace(after, before);
    CHECK(UnitService(b).get(before.id)->phone.isEmpty());
    UnitService(a).replace(before, after);
    CHECK(UnitService(b).get(before.id)->phone == after.phone);
    // Another clerk changes the phone; the undo is refused and her number stays.
    Unit theirs = *UnitService(b).get(before.id);
    theirs.phone = QStringLiteral("0431-99990000");
    UnitService(b).update(theirs);
    CHECK_THROWS_AS(UnitService(a).replace(after, before), EditConflict);
    CHECK(UnitService(a).get(before.id)->phone == theirs.phone);
}

TEST_CASE("two clerks change the same activity or rectification: one wins, the other gets the conflict, no change is lost",
          "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const int unitId = addUnit(a, u("南关区社会福利院"), "城市公办养老机构").id;
    // seed 001 §三2: 建档 — the activities of the campaign; seed 002 §五(二)3: a finding of 暗访 to be put right.
    Activity act;
    act.unitId = unitId;
    act.date = cdtest::d("2014-05-20");
    act.kind = u("技能测试");
    act.participants = 0;
    const int activityId = ActivityService(a).saveActivity(act);
    const int findingId = RectificationService(a).saveRectification(
        {0, unitId, u("窗口未公示收费标准"), u("暗访"), u("办公室"), cdtest::d("2014-07-01"), {}, {}});
    const auto activityOf = [&](Database &db) {
        for (const Activity &x : ActivityService(db).activities(unitId))
            if (x.id == activityId)
                return x;
        FAIL("the activity is gone");
        return Activity{};
    };
    const auto findingOf = [&](Database &db) {
        for (const Rectification &x : RectificationService(db).rectifications())
            if (x.id == findingId)
                return x;
        FAIL("the finding is gone");
        return Rectification{};
    };

    Rng rng(13);
    int accepted = 0, conflicts = 0;
    for (int i = 0; i < 200; ++i) {
        Database &first = rng.chance(500) ? a : b;
        Database &second = &first == &a ? b : a;
        // The activity: each clerk adds one participant and writes her own line.
        Activity mine = activityOf(first), theirs = activityOf(second);
        REQUIRE(mine.version == theirs.version);
        *mine.participants += 1;
        mine.description = QStringLiteral("first %1").arg(i);
        ActivityService(first).saveActivity(mine);
        *theirs.participants += 1;
        theirs.description = QStringLiteral("second %1").arg(i);
        try {
            ActivityService(second).saveActivity(theirs);
            FAIL("an activity saved onto an old version was taken");
        } catch (const EditConflict &c) {
            ++conflicts;
            CHECK(c.recordKind() == QLatin1String("activity"));
            CHECK(c.recordId() == activityId);
        }
        Activity now = activityOf(second);
        REQUIRE(now.description == QStringLiteral("first %1").arg(i)); // the refused save wrote nothing
        *now.participants += 1;
        ActivityService(second).saveActivity(now);
        // The finding: one clerk changes its owner, the other its deadline.
        Rectification r1 = findingOf(first), r2 = findingOf(second);
        r1.owner = QStringLiteral("owner %1").arg(i);
        RectificationService(first).saveRectification(r1);
        r2.deadline = r2.deadline.addDays(1);
        CHECK_THROWS_AS(RectificationService(second).saveRectification(r2), EditConflict);
        Rectification again = findingOf(second);
        REQUIRE(again.owner == QStringLiteral("owner %1").arg(i));
        again.deadline = again.deadline.addDays(1);
        RectificationService(second).saveRectification(again);
        accepted += 2;
    }
    CHECK(conflicts == 200);
    CHECK(*activityOf(a).participants == accepted); // every accepted +1 is there
    CHECK(activityOf(a).version == 1 + accepted);
    CHECK(findingOf(b).deadline == cdtest::d("2014-07-01").addDays(200));
    CHECK(findingOf(b).owner == QStringLiteral("owner 199"));
    // A record removed by one clerk is not brought back by the other's edit.
    const Activity stale = activityOf(b);
    ActivityService(a).removeActivity(activityId);
    CHECK_THROWS_AS(ActivityService(b).saveActivity(stale), EditConflict);
    CHECK(ActivityService(a).activities(unitId).isEmpty());
}

TEST_CASE("two clerks set the same prerequisite, 示范点, quota and calendar: one wins, the other gets the conflict, nothing is lost",
          "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const int unitId = addUnit(a, u("南关区婚姻登记处"), "婚姻登记处").id;
    const QString kind = PrerequisiteService(a).prerequisiteKinds().value(0).first;
    const QString region = QStringLiteral("220102");
    const WorkCalendar work = WorkCalendar::fromResources();
    const auto prereqOf = [&](Database &db) { return PrerequisiteService(db).prerequisites(2014, unitId).value(0); };
    const auto pointOf = [&](Database &db) { return DemoPointService(db).demonstrationPoints(2014, unitId).value(0); };

    // Both read none; the first clerk's entry stands, the second one's "there was none" is refused (seed 000 §五(二):
    // standards published; seed 001 §二9: 示范点; DOMAIN.md §6: a region's quota).
    PrerequisiteService(a).setPrerequisite({unitId, 2014, kind, cdtest::d("2014-04-01"), u("公示照片"), SetVersion::NotThere});
    CHECK_THROWS_AS(PrerequisiteService(b).setPrerequisite({unitId, 2014, kind, cdtest::d("2014-04-02"), u("照片"), SetVersion::NotThere}),
                    EditConflict);
    DemoPointService(a).setDemonstrationPoint({unitId, 2014, u("县"), SetVersion::NotThere});
    CHECK_THROWS_AS(DemoPointService(b).setDemonstrationPoint({unitId, 2014, u("市"), SetVersion::NotThere}), EditConflict);
    TitleDecisions(a, work, QStringLiteral("a")).setQuota(2014, region, 2, SetVersion::NotThere);
    CHECK_THROWS_AS(TitleDecisions(b, work, QStringLiteral("b")).setQuota(2014, region, 5, SetVersion::NotThere), EditConflict);
    CHECK(prereqOf(a).date == cdtest::d("2014-04-01"));
    CHECK(pointOf(a).level == u("县"));
    CHECK(TitleDecisions(a, work, {}).quota(2014, region) == 2);

    Rng rng(17);
    int accepted = 0, conflicts = 0;
    for (int i = 0; i < 200; ++i) {
        Database &first = rng.chance(500) ? a : b;
        Database &second = &first == &a ? b : a;
        // Both read each record at the same version; the first saves, the second's save onto it is refused.
        PrerequisiteRecord p1 = prereqOf(first), p2 = prereqOf(second);
        DemonstrationPoint d1 = pointOf(first), d2 = pointOf(second);
        TitleDecisions t1(first, work, QStringLiteral("first")), t2(second, work, QStringLiteral("second"));
        const int q1 = t1.quotaVersion(2014, region), q2 = t2.quotaVersion(2014, region);
        Round r1 = *CalendarService(first).storedRound(2014), r2 = *CalendarService(second).storedRound(2014);
        REQUIRE(p1.version == p2.version);
        REQUIRE(d1.version == d2.version);
        REQUIRE(q1 == q2);
        REQUIRE(r1.version == r2.version);

        p1.date = p1.date.addDays(1);
        PrerequisiteService(first).setPrerequisite(p1);
        p2.evidence = QStringLiteral("second %1").arg(i);
        d1.level = d1.level == u("县") ? u("市") : u("县");
        DemoPointService(first).setDemonstrationPoint(d1);
        d2.level = u("省");
        const int quota = *t1.quota(2014, region);
        t1.setQuota(2014, region, quota + 1, q1);
        r1.extraDeadlines = {{cdtest::d("2014-11-15"), QStringLiteral("first %1").arg(i)}};
        CalendarService(first).saveRound(r1);
        r2.phases[2].end = r2.phases[2].end.addDays(1);
        for (const auto &late : std::initializer_list<std::function<void()>>{
                 [&] { PrerequisiteService(second).setPrerequisite(p2); }, [&] { DemoPointService(second).setDemonstrationPoint(d2); },
                 [&] { t2.setQuota(2014, region, quota + 1, q2); }, [&] { CalendarService(second).saveRound(r2); }}) {
            try {
                late();
                FAIL("a change onto an old version was taken");
            } catch (const EditConflict &) {
                ++conflicts;
            }
        }
        // The refused saves wrote nothing: each record is the first clerk's.
        REQUIRE(prereqOf(second).evidence == u("公示照片"));
        REQUIRE(pointOf(second).level == d1.level);
        REQUIRE(*t2.quota(2014, region) == quota + 1);
        REQUIRE(CalendarService(second).storedRound(2014)->extraDeadlines.value(0).title == QStringLiteral("first %1").arg(i));
        // The second clerk applies her change again on what she now reads.
        Round again = *CalendarService(second).storedRound(2014);
        again.phases[2].end = again.phases[2].end.addDays(1);
        CalendarService(second).saveRound(again);
        t2.setQuota(2014, region, *t2.quota(2014, region) + 1, t2.quotaVersion(2014, region));
        accepted += 2;
    }
    CHECK(conflicts == 800);
    CHECK(prereqOf(b).date == cdtest::d("2014-04-01").addDays(200));
    CHECK(TitleDecisions(b, work, {}).quota(2014, region) == 2 + accepted); // every accepted +1 is there
    const Round last = *CalendarService(a).storedRound(2014);
    CHECK(last.extraDeadlines.value(0).title == QStringLiteral("first 199"));
    CHECK(last.version == 1 + accepted);

    // Removed by one clerk: the other's change onto what she read is refused and does not bring it back; her removal
    // of what another clerk changed since is refused too.
    const PrerequisiteRecord stale = prereqOf(b);
    PrerequisiteService(a).clearPrerequisite(prereqOf(a));
    CHECK_THROWS_AS(PrerequisiteService(b).setPrerequisite(stale), EditConflict);
    CHECK(PrerequisiteService(a).prerequisites(2014, unitId).isEmpty());
    const DemonstrationPoint point = pointOf(b);
    DemoPointService(a).setDemonstrationPoint({unitId, 2014, u("省")}); // unchecked: a one-step set, as the CLI's
    CHECK_THROWS_AS(DemoPointService(b).removeDemonstrationPoint(point), EditConflict);
    CHECK(pointOf(a).level == u("省"));
}

TEST_CASE("two clerks edit the same indicator system before scoring: one wins, the other gets the conflict, nothing is lost",
          "[services][conflict]")
{
    auto db = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*db);
    Database &a = *db;
    Database &b = other ? *other : *db;
    const WorkCalendar work = WorkCalendar::fromResources();
    WayUp wayA(a, work, u("王科员")), wayB(b, work, u("李科员"));
    // DOMAIN.md §5: the 2014 system (100 points, pass line 85) is edited in place until the first score.
    const IndicatorSystem start = wayA.systems.currentSystem(2014);
    REQUIRE(start.passLine == 8500);
    Rng rng(19);
    int conflicts = 0;
    for (int i = 0; i < 100; ++i) {
        WayUp &first = rng.chance(500) ? wayA : wayB;
        WayUp &second = &first == &wayA ? wayB : wayA;
        const IndicatorSystem readFirst = first.systems.currentSystem(2014), readSecond = second.systems.currentSystem(2014);
        REQUIRE(IndicatorSystems::sameSystem(readFirst, readSecond));
        // One lowers the pass line by a hundredth, the other gives the first indicator a hundredth more.
        IndicatorSystem mine = readFirst, theirs = readSecond;
        mine.passLine -= 1;
        first.systems.saveSystem(mine, {}, readFirst);
        theirs.indicators[0].points += 1;
        try {
            second.systems.saveSystem(theirs, {}, readSecond);
            FAIL("a system saved onto an old reading was taken");
        } catch (const EditConflict &c) {
            ++conflicts;
            CHECK(c.recordKind() == QLatin1String("indicator-system"));
        }
        IndicatorSystem now = second.systems.currentSystem(2014);
        REQUIRE(now.passLine == readFirst.passLine - 1);
        REQUIRE(now.indicators[0].points == readSecond.indicators[0].points); // the refused save wrote nothing
        const IndicatorSystem readAgain = now;
        now.indicators[0].points += 1;
        second.systems.saveSystem(now, {}, readAgain);
    }
    CHECK(conflicts == 100);
    const IndicatorSystem last = wayB.systems.currentSystem(2014);
    CHECK(last.passLine == start.passLine - 100);                      // every accepted change of one clerk
    CHECK(last.totalPoints() == start.totalPoints() + 100);            // and of the other
    CHECK(wayA.systems.systemVersions(2014).size() == 1);              // all in place: no score yet
}

TEST_CASE("a reader's statement is stopped from another thread: it fails as interrupted, and the reader reads on", "[services][reader]")
{
    // What a page's background read relies on when the clerk turns to another year or tab while it reads (issue 14):
    // on a file SQLite's interrupt, on a server libpq's cancel request (issue 11: no dropped read runs on to its end).
    QTemporaryDir dir;
    auto store = cdtest::testServer().isEmpty() ? cdtest::initialisedFile(dir.filePath(QStringLiteral("f.db"))) : cdtest::initialisedMemory();
    const QString path = store->path();
    const QString endless = store->isServer() ? QStringLiteral("SELECT pg_sleep(600)") // ten minutes, unless stopped
                                              : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000000) "
                                                               "SELECT count(*) FROM c"); // minutes, unless stopped
    std::mutex lock;
    Database *running = nullptr; // the reader while its long statement may run
    std::atomic<bool> done{false};
    QString stopped;
    int regions = -1;
    std::thread reading([&] {
        auto reader = Database::openReader(path);
        {
            const std::lock_guard<std::mutex> hold(lock);
            running = reader.get();
        }
        try {
            sql::run(reader->connection(), endless, {});
        } catch (const Failure &f) {
            stopped = f.message();
        }
        {
            const std::lock_guard<std::mutex> hold(lock);
            running = nullptr;
        }
        QSqlQuery q = sql::run(reader->connection(), QStringLiteral("SELECT count(*) FROM regions"), {});
        regions = q.next() ? q.value(0).toInt() : -1;
        done = true;
    });
    // On a file, an interrupt with no statement running does nothing, so it is repeated until the statement stops. A
    // server's cancel request travels on a connection of its own and could reach the next statement: it is sent once,
    // when the server shows the statement running.
    const auto runningOnServer = [&] {
        // (Qt's driver runs it as a prepared statement: the server shows "EXECUTE …", and pg_sleep's wait.)
        return sql::scalar(store->connection(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")).toInt() == 1;
    };
    bool sent = false;

    while (!done) {
        {
            const std::lock_guard<std::mutex> hold(lock);
            if (running && !sent && (!store->isServer() || runningOnServer())) {
                running->interrupt();
                sent = store->isServer();
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    reading.join();
    CHECK(stopped == QStringLiteral("The reading was stopped before it ended; nothing was changed."));
    CHECK(regions > 0); // the query after the stopped one ran: the province's regions
}
