// The offline exchange in the engine (issue 12 §3): a cancel during a package's import leaves the receiving file as
// it was and writes no receipt; the same package applied afterwards goes through whole.
#include "catch.h"
#include "testutil.h"

#include "exchange/package.h"
#include "services/demo.h"
#include "services/recordservice.h"
#include "services/unitservice.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cd;
using cdtest::u;

TEST_CASE("a package import cancelled half way changes nothing and writes no receipt; the same package then applies whole",
          "[exchange]")
{
    QTemporaryDir dir;
    auto county = cdtest::initialisedFile(dir.filePath(u("南关区.db")), "county", "220102");
    Demo::generate(*county, {600, 7, 2014}); // more than one progress step of 200 records
    const QString package = dir.filePath(u("南关区上报包.cdx"));
    const PackageExport sent = Exchange(*county).exportPackage(package);
    REQUIRE(sent.records > 600);

    auto city = cdtest::initialisedFile(dir.filePath(u("长春市.db")), "city", "220100");
    const auto rows = [&city] {
        return sql::scalar(city->connection(), QStringLiteral("SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM surveys) + "
                                                              "(SELECT count(*) FROM exchange_packages) + (SELECT count(*) FROM exchange_records) + "
                                                              "(SELECT count(*) FROM exchange_peers)")).toInt();
    };
    const int before = rows();
    const QString receipt = dir.filePath(u("南关区回执.cdr"));
    int calls = 0;
    try {
        Exchange(*city).importPackage(package, receipt, true, [&calls](int done, int total) {
            ++calls;
            return done < total / 2; // the clerk presses Cancel half way
        });
        FAIL("a cancelled import went through");
    } catch (const Failure &f) {
        CHECK(f.message().contains(QStringLiteral("cancelled")));
    }
    CHECK(calls >= 2);
    CHECK(rows() == before);
    CHECK_FALSE(QFile::exists(receipt));

    const PackageImport applied = Exchange(*city).importPackage(package, receipt, true);
    CHECK(applied.applied == sent.records);
    CHECK(applied.refused == 0);
    CHECK(sql::scalar(city->connection(), QStringLiteral("SELECT count(*) FROM units")).toInt() == 600);
    CHECK(QFile::exists(receipt));
}

namespace {
int count(Database &db, const char *statement)
{
    return sql::scalar(db.connection(), QString::fromUtf8(statement)).toInt();
}
void exec(Database &db, const char *statement)
{
    sql::scalar(db.connection(), QString::fromUtf8(statement));
}
} // namespace

TEST_CASE("a unit's local scores go up under the indicator system they were given under, and are refused whole when "
          "this file lacks that system or one of its indicators (DOMAIN.md §11)",
          "[exchange]")
{
    QTemporaryDir dir;
    auto county = cdtest::initialisedFile(dir.filePath(u("南关区.db")), "county", "220102");
    Demo::generate(*county, {80, 3, 2016}); // the 2014 round (from init) and the 2016 one the demo opened here
    const int scored2014 = count(*county, "SELECT count(*) FROM scores s JOIN indicator_systems i ON i.id = s.system_id WHERE i.round_year = 2014");
    const int scored2016 = count(*county, "SELECT count(*) FROM scores s JOIN indicator_systems i ON i.id = s.system_id WHERE i.round_year = 2016");
    REQUIRE(scored2014 > 0);
    REQUIRE(scored2016 > 0);
    auto city = cdtest::initialisedFile(dir.filePath(u("长春市.db")), "city", "220100"); // knows only the 2014 round

    const QString first = dir.filePath(u("1.cdx"));
    Exchange(*county).exportPackage(first);
    const PackageImport in = Exchange(*city).importPackage(first, dir.filePath(u("1.cdr")), true);
    // The 2014 scores arrive as given; each unit's 2016 scores are refused with the reason, the unit itself kept.
    CHECK(count(*city, "SELECT count(*) FROM scores") == scored2014);
    CHECK(count(*city, "SELECT count(*) FROM units") == 80);
    int refused2016 = 0;
    for (const RefusedRecord &r : in.refusedRecords) {
        CHECK(r.kind == u("scores"));
        CHECK(r.reason.contains(u("2016")));
        refused2016 += r.key.endsWith(u("|2016|1")) ? 1 : 0;
    }
    CHECK(refused2016 == in.refused);
    CHECK(refused2016 == count(*county, "SELECT count(DISTINCT unit_id) FROM scores s JOIN indicator_systems i ON i.id = s.system_id WHERE i.round_year = 2016"));
    Exchange(*county).importReceipt(dir.filePath(u("1.cdr")), true);

    // An indicator renamed at the county (behind the program's back) makes the next package's scores name an indicator
    // the city's system lacks: each such record is refused, and the scores the city had for that unit stay as they were
    // (the record's earlier writes undone), none half replaced.
    exec(*county, "UPDATE indicators SET name = name || '（改）' WHERE id = (SELECT max(i.id) FROM indicators i JOIN indicator_areas a ON a.id = i.area_id "
                  "JOIN indicator_systems s ON s.id = a.system_id WHERE s.round_year = 2014)");
    const QString second = dir.filePath(u("2.cdx"));
    Exchange(*county).exportPackage(second);
    const int before = count(*city, "SELECT count(*) FROM scores");
    const qint64 sumBefore = sql::scalar(city->connection(), QStringLiteral("SELECT sum(value * indicator_id + unit_id) FROM scores")).toLongLong();
    const PackageImport again = Exchange(*city).importPackage(second, dir.filePath(u("2.cdr")), true);
    CHECK(again.refused > 0);
    for (const RefusedRecord &r : again.refusedRecords)
        if (r.key.endsWith(u("|2014|1")))
            CHECK(r.reason.contains(u("（改）")));
    CHECK(count(*city, "SELECT count(*) FROM scores") == before);
    CHECK(sql::scalar(city->connection(), QStringLiteral("SELECT sum(value * indicator_id + unit_id) FROM scores")).toLongLong() == sumBefore);
}

TEST_CASE("the round's settings and decisions go down: a calendar changed on both sides is kept as a conflict, and an "
          "indicator system scores were given under is frozen (DOMAIN.md §5, §11)",
          "[exchange]")
{
    QTemporaryDir dir;
    auto province = cdtest::initialisedMemory(); // the province's database on the server when the suite runs on one
    auto city = cdtest::initialisedFile(dir.filePath(u("长春市.db")), "city", "220100");
    int n = 0;
    const auto down = [&] {
        const QString package = dir.filePath(QStringLiteral("down%1.cdx").arg(++n));
        const QString receipt = dir.filePath(QStringLiteral("down%1.cdr").arg(n));
        Exchange(*province).exportPackage(package, {}, u("220100"));
        const PackageImport in = Exchange(*city).importPackage(package, receipt, true);
        Exchange(*province).importReceipt(receipt, true);
        return in;
    };
    // The same defaults on both sides: everything arrives unchanged.
    PackageImport in = down();
    CHECK(in.applied == 0);
    CHECK(in.duplicate >= 2); // the 2014 round and its indicator system
    // Refused: a package for another office, and a package down to the province itself or to the province's file.
    CHECK_THROWS_AS(Exchange(*province).exportPackage(dir.filePath(u("x.cdx")), {}, u("220000")), Failure);
    CHECK_THROWS_AS(Exchange(*city).exportPackage(dir.filePath(u("x.cdx")), {}, u("220200")), Failure); // 吉林市 is not below 长春市

    // The province moves a deadline: it comes down. Then both move it again: the city keeps its own and both versions.
    exec(*province, "UPDATE round_deadlines SET date = '2014-03-07' WHERE id = (SELECT min(id) FROM round_deadlines WHERE round_year = 2014)");
    in = down();
    CHECK(in.applied == 1);
    CHECK(count(*city, "SELECT count(*) FROM round_deadlines WHERE date = '2014-03-07'") == 1);
    exec(*province, "UPDATE round_deadlines SET date = '2014-03-14' WHERE date = '2014-03-07'");
    exec(*city, "UPDATE round_deadlines SET date = '2014-03-10' WHERE date = '2014-03-07'");
    in = down();
    CHECK(in.conflicts == 1);
    CHECK(in.conflictRecords.value(0).kind == u("round"));
    CHECK(count(*city, "SELECT count(*) FROM round_deadlines WHERE date = '2014-03-10'") == 1);
    const auto conflicts = Exchange(*city).conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].subject.contains(u("2014")));
    bool sawDeadlines = false; // both versions side by side, in words (no package JSON reaches the clerk)
    for (const auto &[label, incoming, local] : conflicts[0].fields) {
        CHECK_FALSE(incoming.contains(QLatin1Char('{')));
        CHECK_FALSE(local.contains(QLatin1Char('{')));
        if (incoming.contains(u("2014-03-14"))) {
            sawDeadlines = true;
            CHECK(local.contains(u("2014-03-10")));
        }
    }
    CHECK(sawDeadlines);
    Exchange(*city).decide(conflicts[0].id, true, u("张三"));
    CHECK(count(*city, "SELECT count(*) FROM round_deadlines WHERE date = '2014-03-14'") == 1);
    CHECK(count(*city, "SELECT count(*) FROM round_deadlines WHERE date = '2014-03-10'") == 0);

    // A quota and a pass line change at the province; the city has scored under the 2014 system meanwhile, so the
    // system is refused with the reason and stays as scored, while the quota arrives.
    auto county = cdtest::initialisedFile(dir.filePath(u("南关区.db")), "county", "220102");
    Demo::generate(*county, {40, 5, 2014});
    Exchange(*county).exportPackage(dir.filePath(u("up.cdx")));
    Exchange(*city).importPackage(dir.filePath(u("up.cdx")), dir.filePath(u("up.cdr")), true);
    REQUIRE(count(*city, "SELECT count(*) FROM scores") > 0);
    exec(*province, "UPDATE indicator_systems SET pass_line = 9000 WHERE round_year = 2014");
    exec(*province, "INSERT INTO quotas(round_year, region_id, quota) SELECT 2014, id, 4 FROM regions WHERE code = '220102'");
    in = down();
    REQUIRE(in.refused == 1);
    CHECK(in.refusedRecords[0].kind == u("indicator_system"));
    CHECK(in.refusedRecords[0].reason.contains(u("frozen")));
    CHECK(count(*city, "SELECT pass_line FROM indicator_systems WHERE round_year = 2014") == 8500);
    CHECK(count(*city, "SELECT quota FROM quotas") == 4);
}

TEST_CASE("a record removed at the county is removed at the levels above with the next packages, unless it changed "
          "there since: then both are kept as a conflict (issue 12 §2, DOMAIN.md §11)",
          "[exchange]")
{
    QTemporaryDir dir;
    auto county = cdtest::initialisedFile(dir.filePath(u("南关区.db")), "county", "220102");
    Demo::generate(*county, {120, 9, 2014});
    exec(*county, "INSERT INTO units(name, region_id, type_id) SELECT '南关区新设窗口', id, (SELECT min(id) FROM unit_types) FROM regions WHERE code = '220102'");
    auto city = cdtest::initialisedFile(dir.filePath(u("长春市.db")), "city", "220100");
    auto province = cdtest::initialisedMemory(); // the province's database on the server when the suite runs on one
    int n = 0;
    const auto send = [&](Database &from, Database &to) {
        const QString package = dir.filePath(QStringLiteral("%1.cdx").arg(++n));
        const QString receipt = dir.filePath(QStringLiteral("%1.cdr").arg(n));
        const PackageExport out = Exchange(from).exportPackage(package);
        const PackageImport in = Exchange(to).importPackage(package, receipt, true);
        Exchange(from).importReceipt(receipt, true);
        return std::pair{out, in};
    };
    send(*county, *city);
    send(*city, *province);
    const int vetoes = count(*county, "SELECT count(*) FROM veto_events");
    const int surveys = count(*county, "SELECT count(*) FROM surveys");
    REQUIRE(vetoes >= 2);
    REQUIRE(surveys >= 2);
    REQUIRE(count(*province, "SELECT count(*) FROM units") == 121);

    // At the county: the new unit, one veto event and one survey are removed, as a clerk removes them.
    const int unit = count(*county, "SELECT id FROM units WHERE name = '南关区新设窗口'");
    UnitService(*county).remove(unit);
    VetoService(*county).removeVeto(count(*county, "SELECT min(id) FROM veto_events"));
    const QString survey = sql::scalar(county->connection(), QStringLiteral("SELECT uuid FROM surveys WHERE id = (SELECT min(id) FROM surveys)")).toString();
    SurveyService(*county).removeSurvey(count(*county, "SELECT min(id) FROM surveys"));
    // Meanwhile 长春市 corrected that survey's figures itself.
    sql::scalar(city->connection(), QStringLiteral("UPDATE surveys SET issued = issued + 1 WHERE uuid = ?"), {survey});

    auto [out, in] = send(*county, *city);
    CHECK(out.records == 3); // three tombstones, nothing else changed
    CHECK(in.removed == 2);
    CHECK(in.conflicts == 1);
    CHECK(count(*city, "SELECT count(*) FROM units WHERE name = '南关区新设窗口'") == 0);
    CHECK(count(*city, "SELECT count(*) FROM veto_events") == vetoes - 1);
    CHECK(count(*city, "SELECT count(*) FROM surveys") == surveys); // the corrected one stays, as a conflict
    const auto conflicts = Exchange(*city).conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == u("survey"));
    // Next time nothing goes again: the removals were acknowledged.
    CHECK(send(*county, *city).first.records == 0);

    // On up: the city's package removes the unit and the veto event at the province too, and carries the survey the
    // city corrected (it kept it).
    auto [cityOut, atProvince] = send(*city, *province);
    CHECK(cityOut.records == 3);
    const auto issued = [&survey](Database &db) {
        return sql::scalar(db.connection(), QStringLiteral("SELECT issued FROM surveys WHERE uuid = ?"), {survey}).toInt();
    };
    CHECK(issued(*province) == issued(*city));
    CHECK(atProvince.removed == 2);
    CHECK(count(*province, "SELECT count(*) FROM units") == 120);
    CHECK(count(*province, "SELECT count(*) FROM veto_events") == vetoes - 1);
    CHECK(count(*province, "SELECT count(*) FROM surveys") == surveys);

    // The clerk at the city takes the county's side: the survey goes; its next package takes the removal on up.
    Exchange(*city).decide(conflicts[0].id, true, u("李四"));
    CHECK(count(*city, "SELECT count(*) FROM surveys") == surveys - 1);
    CHECK(send(*city, *province).second.removed == 1);
    CHECK(count(*province, "SELECT count(*) FROM surveys") == surveys - 1);
}
