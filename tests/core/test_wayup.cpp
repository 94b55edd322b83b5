// The way up as services (DOMAIN.md §4, §6–7): phase checks with kept override reasons, quotas, the conflict
// rule, score ranges, naming years, reviews; each refusal leaves the data as it was.
#include "catch.h"
#include "testutil.h"

#include "services/recordservice.h"
#include "services/wayup.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

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
        UnitRepository(db->connection()).insert(list);
        RecordService rec(*db);
        for (const auto &x : list) {
            units << x.id;
            rec.setPrerequisite({x.id, 2014, QStringLiteral("standards-published"), d("2014-04-01"), {}});
            rec.setPrerequisite({x.id, 2014, QStringLiteral("leading-group"), d("2014-04-01"), {}});
            rec.addSurvey({0, x.id, 2014, d("2014-06-01"), 100, 100, 95, 5, 0});
        }
        assessor = rec.addAssessor({0, u("张三"), units[2], 0, QStringLiteral("local")});
    }
    QList<Score> fullMarks(int unit)
    {
        QList<Score> out;
        const IndicatorSystem system = *AppraisalRepository(db->connection()).system(2014);
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
    CHECK(refused([&] { way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[2])); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(u("张三")));
    QList<Score> over = f.fullMarks(f.units[0]);
    over[0].value += 1;
    CHECK(refused([&] { way.enterScores(2014, QStringLiteral("local"), f.assessor, over); }) == Failure::Kind::Input);
    CHECK(f.count("scores") == 0);
    way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    const int n = int(f.fullMarks(f.units[0]).size()); // the default system's indicators (DOMAIN.md §5)
    CHECK(n == 23);
    CHECK(f.count("scores") == n);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE operator = '王科员' AND action = 'score'")).toInt() == n);
    // The same scores again change nothing and add nothing to the trail.
    way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    CHECK(f.count("audit_log") == n);
}

TEST_CASE("recommendation: phase, override reason, eligibility and quota", "[services][wayup]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[1]));
    struct Case { const char *date; const char *reason; bool ok; };
    // seed 000 §五(三): recommendations belong to 总结评比 (2014-10-01 – 2014-12-31).
    const Case cases[] = {{"2014-06-15", "", false}, {"2014-09-30", "", false}, {"2015-01-01", "", false}};
    for (const auto &c : cases) {
        INFO(c.date);
        CHECK(refused([&] { way.recommend(2014, QStringLiteral("220100"), {f.units[0]}, d(c.date), u(c.reason)); }) == Failure::Kind::Input);
    }
    CHECK(f.count("recommendations") == 0);
    // With a written reason the action is recorded, and the reason is kept.
    way.recommend(2014, QStringLiteral("220100"), {f.units[0]}, d("2014-09-30"), u("省厅通知提前上报"));
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT reason FROM overrides")).toString() == u("省厅通知提前上报"));
    // A unit with no scores is not eligible; a quota caps the region's list.
    CHECK(refused([&] { way.recommend(2014, QStringLiteral("220100"), {f.units[2]}, d("2014-11-01"), {}); }) == Failure::Kind::Input);
    AppraisalRepository(f.db->connection()).setQuota(2014, sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220100'")).toInt(), 1);
    QString why;
    CHECK(refused([&] { way.recommend(2014, QStringLiteral("220100"), {f.units[1]}, d("2014-11-01"), {}); }, &why) == Failure::Kind::Input);
    CHECK(why.contains(QStringLiteral("2")));
    CHECK(f.count("recommendations") == 1);
}

TEST_CASE("naming years, naming only the recommended, reviews only of holders", "[services][wayup]")
{
    Fixture f;
    WayUp way(*f.db, f.work, u("王科员"));
    way.enterScores(2014, QStringLiteral("local"), f.assessor, f.fullMarks(f.units[0]));
    way.recommend(2014, QStringLiteral("220102"), {f.units[0]}, d("2014-11-01"), {});
    CHECK(refused([&] { way.name(2015, u("吉文明办〔2015〕1号"), d("2015-12-01"), {f.units[0]}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[1]}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.name(2014, {}, d("2014-12-26"), {f.units[0]}, {}); }) == Failure::Kind::Input);
    way.name(2014, u("吉文明办〔2014〕12号"), d("2014-12-26"), {f.units[0]}, {});
    CHECK(way.status(d("2015-03-01")).holders == QList<int>{f.units[0]});
    CHECK(refused([&] { way.review(2016, f.units[1], false, d("2016-12-20"), {}, {}, {}); }) == Failure::Kind::Input);
    CHECK(refused([&] { way.review(2016, f.units[0], true, d("2016-12-20"), {}, {}, {}); }) == Failure::Kind::Input);
    way.review(2016, f.units[0], true, d("2016-12-20"), u("2015-08-01 越级访"), u("吉文明办〔2016〕30号"), {});
    CHECK(way.status(d("2017-01-01")).holders.isEmpty());
    // A revoked unit may be recommended again later; its history stays whole.
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM naming_units")).toInt() == 1);
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM reviews")).toInt() == 1);
}
