// Roster import (DOMAIN.md §10): every bad row reported with row, column and reason; all or nothing;
// re-imports update and never duplicate; files that are not rosters change nothing.
#include "catch.h"
#include "testutil.h"

#include "io/listexport.h"
#include "io/textdecode.h"
#include "rules/creditcode.h"
#include "services/defaults.h"
#include "services/demo.h"
#include "services/lookup.h"
#include "services/unitservice.h"
#include "storage/regionrepository.h"
#include "services/rosterimport.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"
#include "util/shares.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <thread>
#include <xlsxwriter.h>

using namespace cd;
using cdtest::u;

namespace {
const char kHeader[] = "单位名称,所属地区,单位类别,统一社会信用代码,地址,负责人,联系电话,职工人数,备注\n";

QString write(QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    cdtest::writeFile(path, bytes);
    return path;
}

ImportPlan planOf(Database &db, const QString &path)
{
    return RosterImport(db).plan(path);
}
} // namespace

TEST_CASE("a good roster imports, and a re-import updates without duplicating", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    const QString first = write(dir, "名册.csv", QByteArray(kHeader) +
        "南关区婚姻登记处,220102,婚姻登记处,12220102MB0000011R,人民大街1号,王伟,0431-88886666,12,\n"
        "宽城区救助站,长春市宽城区,救助管理站,,,,,,别名类别\n"
        "长白山管委会社会福利院,长白山管委会,社会福利院,,,,,0,\n"
        "\"吉林市\"\"龙潭\"\"殡仪馆\",龙潭区,殡仪馆,,\"吉林市龙潭区, 遵义东路\",,,,\n");
    const ImportPlan plan = planOf(*db, first);
    CHECK(plan.rejected.isEmpty());
    CHECK(plan.toAdd.size() == 4);
    const ImportResult r = RosterImport(*db).apply(plan);
    CHECK(r.imported == 4);
    UnitRepository units(*db);
    CHECK(units.count() == 4);

    const auto rows = units.rows();
    CHECK(rows[1].typeName == u("救助站"));      // alias 救助管理站 → 救助站
    CHECK(rows[2].regionName == u("长白山管委会")); // a region without a GB/T 2260 code
    CHECK(rows[2].regionCode.isEmpty());
    CHECK(rows[3].name == u("吉林市\"龙潭\"殡仪馆"));

    // Re-import: matched by credit code (renamed unit), and by region + name; one new unit; one unchanged.
    const QString second = write(dir, "名册2.csv", QByteArray("\xEF\xBB\xBF") + kHeader +
        "南关区婚姻登记中心,220102,婚姻登记处,12220102MB0000011R,人民大街1号,王伟,0431-88886666,13,\n"
        "宽城区救助站,220103,救助站,12220103MB0000033G,,,,,别名类别\n"
        "长白山管委会社会福利院,长白山管委会,城市公办养老机构,,,,,0,\n"
        "绿园区光荣院,220106,光荣院,,,,,,\n");
    const ImportPlan again = planOf(*db, second);
    CHECK(again.rejected.isEmpty());
    CHECK(again.toAdd.size() == 1);
    CHECK(again.toUpdate.size() == 2);
    CHECK(again.unchanged == 1);
    RosterImport(*db).apply(again);
    CHECK(units.count() == 5);
    const auto renamed = units.get(rows[0].id);
    REQUIRE(renamed);
    CHECK(renamed->name == u("南关区婚姻登记中心"));
    CHECK(renamed->staffCount == 13);
    CHECK(units.get(rows[1].id)->creditCode == u("12220103MB0000033G"));
}

TEST_CASE("a large roster, written with the indexes built afterwards, leaves the file as a small one does", "[services][import]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("big.db")));
    const auto schema = [&db](const char *select) {
        QStringList out;
        for (QSqlQuery q = sql::run(db->connection(), QString::fromLatin1(select), {}); q.next();)
            out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        return out;
    };
    const char indexes[] = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'units' ORDER BY name";
    const QStringList before = schema(indexes);
    REQUIRE(before.size() >= 3); // units_region_name, units_credit_code, units_uuid
    // Where each index starts in the file: an index built again starts on a page of its own, after the new rows'.
    const char uuidRoot[] = "SELECT name, rootpage FROM sqlite_schema WHERE name = 'units_uuid'";
    const QStringList uuidBefore = schema(uuidRoot);
    QByteArray csv(kHeader);
    for (int i = 0; i < 6000; ++i) // the bulk path starts at 5,000 new units
        csv += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i).toUtf8();
    const ImportResult r = RosterImport(*db).apply(planOf(*db, write(dir, "big.csv", csv)));
    CHECK(r.imported == 6000);
    CHECK(schema(indexes) == before); // every index back, as it was
    // The units written have no uuid (a unit gets one when it first travels), so their index was left as it was: not
    // built again by a pass over the whole table.
    CHECK(schema(uuidRoot) == uuidBefore);
    CHECK(schema("SELECT 'journal', journal_mode FROM pragma_journal_mode") == QStringList{QStringLiteral("journal|wal")});
    CHECK(schema("SELECT 'fk', foreign_keys FROM pragma_foreign_keys") == QStringList{QStringLiteral("fk|1")});
    // The rows' CHECK constraints were the import's own checks while it wrote; the database's are back for what follows.
    CHECK(schema("SELECT 'checks', ignore_check_constraints FROM pragma_ignore_check_constraints") == QStringList{QStringLiteral("checks|0")});
    CHECK_FALSE(QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE units SET name = '  ' WHERE id = (SELECT min(id) FROM units)")));
    CHECK_FALSE(QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE units SET staff_count = -1 WHERE id = (SELECT min(id) FROM units)")));
    // The indexes were sorted in runs of a small cache; the connection has its own 64 MiB again for what follows.
    CHECK(schema("SELECT 'cache', cache_size FROM pragma_cache_size") == QStringList{QStringLiteral("cache|-65536")});
    CHECK(schema("SELECT 'check', integrity_check FROM pragma_integrity_check") == QStringList{QStringLiteral("check|ok")});
    // The rebuilt unique index holds: a second unit of the same name in the region is refused by the database itself.
    CHECK_FALSE(QSqlQuery(db->connection()).exec(
        QStringLiteral("INSERT INTO units(name, region_id, type_id) SELECT name, region_id, type_id FROM units LIMIT 1")));
    // So does a unit import of a name already there: refused with its row, nothing written.
    const ImportPlan again = planOf(*db, write(dir, "again.csv", QByteArray(kHeader) + u("南关区第17救助站,220102,殡仪馆,,,,,,\n").toUtf8()));
    CHECK(again.toUpdate.size() == 1); // matched by region and name: an update, never a second unit
}

TEST_CASE("a roster is read in parts of 5,000 rows, a large one in parts of a fortieth up to 25,000", "[services][import]")
{
    // Parts of 10,000 rows and more are checked on every core (RosterImport::rowsPerPartFor).
    const struct
    {
        qsizetype rows, part;
    } cases[] = {{0, 5000}, {100000, 5000}, {200000, 5000}, {400000, 10000}, {800000, 20000}, {1000000, 25000}, {30000000, 25000}};
    for (const auto &c : cases) {
        CAPTURE(c.rows);
        CHECK(RosterImport::rowsPerPartFor(c.rows) == c.part);
    }
}

TEST_CASE("an index is built from sorted runs of about a twelfth of its keys, 64 KiB to 2 MiB each", "[storage][import]")
{
    // The sort runs measured fastest (bulkload.cpp): 100,000 units in runs of 500 KiB (0.18 s against 0.21 s with
    // 2 MiB), a million in runs of 2 MiB (1.57 s against 1.73 s with 1 MiB).
    const struct
    {
        qint64 rows;
        int kib;
    } cases[] = {{0, 64}, {5000, 64}, {12800, 64}, {20000, 100}, {100000, 500}, {300000, 1500}, {400000, 2000}, {1000000, 2000},
                 {50000000, 2000}};
    for (const auto &c : cases) {
        CAPTURE(c.rows);
        CHECK(IndexRebuild::sortRunKiB(c.rows) == c.kib);
    }
}

TEST_CASE("a large roster's rows are checked on every core and reported in order, as a small one's are", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    // 30,000 rows (checked in shares on worker threads from 10,000): every 997th row has no name and an unknown type
    // (two problems), every 1,009th repeats the name of the row before it (found when the rows are matched, in order).
    QByteArray csv(kHeader);
    int bad = 0, twice = 0;
    QList<int> expectedRows;
    for (int i = 0; i < 30000; ++i) {
        const int row = i + 2;
        if (i % 997 == 0) {
            csv += u(",220102,理发店,,,,,,\n").toUtf8();
            ++bad;
            expectedRows << row << row;
        } else if (i % 1009 == 0) {
            csv += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i - 1).toUtf8();
            ++twice;
            expectedRows << row;
        } else {
            csv += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i).toUtf8();
        }
    }
    const QString path = write(dir, "big.csv", csv);
    const ImportPlan plan = planOf(*db, path);
    QList<int> rows;
    for (const auto &r : plan.rejected)
        rows << r.row;
    CHECK(rows == expectedRows); // every problem, in the file's order
    CHECK(plan.rejectedRows() == bad + twice);
    CHECK(plan.dataRows == 30000);
    CHECK(plan.toAdd.size() == 30000 - bad - twice);
    CHECK(plan.addRows.first() == 3);
    CHECK(plan.addRows.last() == 30001);
    CHECK(plan.toAdd.last().name == u("南关区第29999救助站"));
    REQUIRE(plan.rejected.size() >= 5); // rows 2, 2, 999, 999, then 1011
    CHECK(plan.rejected[0].column == u("单位名称"));
    CHECK(plan.rejected[1].column == u("单位类别"));
    CHECK(plan.rejected[4].row == 1011);
    CHECK(plan.rejected[4].reason == u("南关区第1008救助站 already appears in row 1010 in the same region"));

    // Cancelled from the progress: nothing is planned, the clerk is told so.
    int asked = 0;
    try {
        RosterImport(*db).plan(path, [&asked](qsizetype, qsizetype) { return ++asked < 3; });
        FAIL("a cancelled check went on");
    } catch (const Failure &f) {
        CHECK(f.message().contains(QStringLiteral("cancelled")));
    }
    CHECK(asked == 3);
}

TEST_CASE("work in shares: every item once, a failure in any share thrown on the calling thread", "[services][import]")
{
    for (const int count : {0, 7, 19999, 20000, 50001}) {
        std::vector<std::atomic<int>> seen(static_cast<size_t>(count));
        std::atomic<bool> stop = false;
        std::atomic<int> reporting = 0;
        const int shares = runInShares(count, 20000, stop, [&](int from, int to, bool reports) {
            reporting += reports;
            for (int i = from; i < to; ++i)
                ++seen[size_t(i)];
        });
        CHECK(shares == sharesFor(count, 20000));
        CHECK(reporting == 1); // one share, the calling thread's, shows progress
        CHECK(std::all_of(seen.begin(), seen.end(), [](const std::atomic<int> &n) { return n == 1; }));
    }
    std::atomic<bool> stop = false;
    try {
        runInShares(40000, 20000, stop, [](int from, int, bool) {
            if (from > 0 || std::thread::hardware_concurrency() < 2)
                failInput(QStringLiteral("share from %1").arg(from));
        });
        FAIL("the failure was lost");
    } catch (const Failure &f) {
        CHECK(f.message().startsWith(QStringLiteral("share from")));
    }
    CHECK(stop); // the other shares are told to stop
}

TEST_CASE("every bad row is reported with its row, column and reason, and nothing is imported", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    const QString path = write(dir, "bad.csv", QByteArray(kHeader) +
        "南关区婚姻登记处,220102,婚姻登记处,,,,,,\n"                    // row 2: good
        ",220102,婚姻登记处,,,,,,\n"                                    // row 3: empty name
        "某单位,999999,婚姻登记处,,,,,,\n"                               // row 4: unknown code
        "某单位,火星区,婚姻登记处,,,,,,\n"                               // row 5: unknown name
        "某单位,220102,游乐场,,,,,,\n"                                   // row 6: unknown type
        "某单位2,220102,救助站,12220102MB0000011X,,,,,\n"               // row 7: wrong check character
        "某单位3,220102,救助站,12220102MB00000I1R,,,,,\n"               // row 8: I is not allowed
        "某单位4,220102,救助站,,,,,-3,\n"                                // row 9: negative staff
        "南关区婚姻登记处,南关区,婚姻登记处,,,,,,\n"                    // row 10: same name in region as row 2
        "某单位5,220102,救助站,1222,,,,,\n");                            // row 11: short code
    const ImportPlan plan = planOf(*db, path);
    struct Expect { int row; const char *column; const char *needle; };
    const Expect expected[] = {
        {3, "单位名称", "empty"},       {4, "所属地区", "999999"},     {5, "所属地区", "火星区"},
        {6, "单位类别", "游乐场"},       {7, "统一社会信用代码", "should be R"},
        {8, "统一社会信用代码", "character 16"}, {9, "职工人数", "-3"},
        {10, "单位名称", "row 2"},       {11, "统一社会信用代码", "4 characters"},
    };
    REQUIRE(plan.rejected.size() == std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        INFO("row " << expected[i].row << ": " << plan.rejected[int(i)].reason);
        CHECK(plan.rejected[int(i)].row == expected[i].row);
        CHECK(plan.rejected[int(i)].column == u(expected[i].column));
        CHECK(plan.rejected[int(i)].reason.contains(u(expected[i].needle)));
    }
    CHECK(plan.toAdd.size() == 1); // --only-valid would import the one good row
    CHECK(UnitRepository(*db).count() == 0);
}

TEST_CASE("GB18030 files from Excel's CSV save, with full-width headers", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    const QString text = u(" 单位名称 ,所属地区,单位类别,统一社会信用代码\r\n"
                           "德惠市殡仪馆,吉林省长春市德惠市,殡仪馆,１２２２０１０２ＭＢ０００００１１Ｒ\r\n");
    const QString path = write(dir, "gbk.csv", toGb18030(text));
    const ImportPlan plan = planOf(*db, path);
    for (const auto &r : plan.rejected)
        UNSCOPED_INFO(r.row << " " << r.column << " " << r.reason);
    CHECK(plan.rejected.isEmpty());
    REQUIRE(plan.toAdd.size() == 1);
    CHECK(plan.toAdd[0].creditCode == u("12220102MB0000011R")); // full-width digits folded
}

TEST_CASE("files that are not rosters are refused with a sentence", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    QByteArray random(4000, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 131 + 7) % 256);
    struct Case { const char *name; QByteArray bytes; const char *needle; };
    const Case cases[] = {
        {"random.bin", random, "not a roster"},
        {"other.csv", "日期,金额\n2014-01-01,100\n", "not a unit roster"},
        {"partial.csv", "单位名称,备注\nx,y\n", "所属地区"},
        {"empty.csv", "", "empty"},
        {"fake.xlsx", "hello", "not an Excel workbook"},
        {"old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'), ".xls"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        const QString path = write(dir, c.name, c.bytes);
        try {
            planOf(*db, path);
            FAIL("accepted");
        } catch (const Failure &f) {
            CHECK(f.kind() == Failure::Kind::Input);
            CHECK(f.message().contains(u(c.needle)));
        }
    }
    CHECK(UnitRepository(*db).count() == 0);
}

TEST_CASE("an ambiguous region name is a row error", "[services][import]")
{
    // In Liaoning (21) 铁西区 is both 沈阳市铁西区 and 鞍山市铁西区 (GB/T 2260).
    auto db = Database::createInMemory();
    InitOptions o;
    o.provinceCode = QStringLiteral("21");
    Defaults::initialise(*db, o);
    QTemporaryDir dir;
    const QString path = write(dir, "ln.csv", "单位名称,所属地区,单位类别\n某救助站,铁西区,救助站\n某殡仪馆,沈阳市铁西区,殡仪馆\n");
    const ImportPlan plan = planOf(*db, path);
    REQUIRE(plan.rejected.size() == 1);
    CHECK(plan.rejected[0].row == 2);
    CHECK(plan.rejected[0].reason.contains(u("ambiguous")));
    CHECK(plan.toAdd.size() == 1);
}

TEST_CASE("an .xlsx roster with codes stored as numbers imports", "[services][import]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    // libxlsxwriter opens its file with the ANSI code page on Windows: write an ASCII name, then rename,
    // so that the import itself is tested on a Chinese file name.
    const QString written = dir.filePath(QStringLiteral("written.xlsx"));
    const QString path = dir.filePath(QStringLiteral("2014年名册.xlsx"));
    lxw_workbook *wb = workbook_new(written.toLocal8Bit().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    const char *head[] = {"所属地区", "单位名称", "单位类别", "职工人数"}; // column order is free
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
    worksheet_write_number(ws, 1, 0, 220102, nullptr); // a code an office suite turned into a number
    worksheet_write_string(ws, 1, 1, "南关区婚姻登记处", nullptr);
    worksheet_write_string(ws, 1, 2, "婚姻登记处", nullptr);
    worksheet_write_number(ws, 1, 3, 15, nullptr);
    worksheet_write_number(ws, 2, 0, 229999, nullptr);  // row 3: no such region
    worksheet_write_string(ws, 2, 1, "某单位", nullptr);
    worksheet_write_string(ws, 2, 2, "救助站", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    REQUIRE(QFile::rename(written, path));
    const ImportPlan plan = planOf(*db, path);
    REQUIRE(plan.rejected.size() == 1);
    CHECK(plan.rejected[0].row == 3);
    CHECK(plan.rejected[0].column == u("所属地区"));
    REQUIRE(plan.toAdd.size() == 1);
    CHECK(plan.toAdd[0].staffCount == 15);
}

// DOMAIN.md §11 "Scope" (seed 000 §五(三)1: each county and 市(州) appraises its own units): a file made for a region
// keeps only that region's units, on import as on entry.
TEST_CASE("a county's or a city's file refuses units of other regions, on import and on entry", "[services][import][scope]")
{
    struct Case
    {
        const char *level;
        const char *region;
        const char *unitRegion;
        bool kept;
    };
    const Case cases[] = {
        {"county", "220102", "220102", true},   // 南关区's own unit
        {"county", "220102", "220103", false},  // 宽城区, a neighbour in the same city
        {"county", "220102", "220100", false},  // 长春市 itself
        {"county", "220102", "220204", false},  // 船营区 of 吉林市
        {"city", "220100", "220100", true},     // 长春市's own (city-level) unit
        {"city", "220100", "220102", true},     // one of its counties
        {"city", "220100", "220183", true},     // 德惠市, a county-level city of 长春市
        {"city", "220100", "220204", false},    // 吉林市's 船营区
        {"city", "220100", "长白山管委会", false},
        {"province", "", "220204", true},
        {"province", "", "长白山管委会", true},
    };
    for (const Case &c : cases) {
        INFO(c.level << " " << c.region << " ← " << c.unitRegion);
        auto db = Database::createInMemory();
        InitOptions o;
        o.level = QString::fromLatin1(c.level);
        o.regionCode = QString::fromLatin1(c.region);
        Defaults::initialise(*db, o);
        QTemporaryDir dir;
        const QString path = write(dir, "名册.csv", QByteArray(kHeader) + "测试婚姻登记处," + c.unitRegion + ",婚姻登记处,,,,,,\n");
        const ImportPlan plan = planOf(*db, path);
        CHECK(plan.rejected.isEmpty() == c.kept);
        if (!c.kept) {
            REQUIRE(plan.rejected.size() == 1);
            CHECK(plan.rejected[0].row == 2);
            CHECK(plan.rejected[0].column == u("所属地区"));
        }
        // Entry: the same unit typed into the unit dialog.
        Unit unit;
        unit.name = u("测试救助站");
        const auto region = RegionLookup(RegionRepository(*db).all()).resolve(u(c.unitRegion));
        REQUIRE(region.regionId > 0);
        unit.regionId = region.regionId;
        unit.typeId = TypeLookup(UnitTypeRepository(*db).all(), {}).resolve(u("救助站"));
        if (c.kept)
            CHECK(UnitService(*db).add(unit).id > 0);
        else
            CHECK_THROWS_AS(UnitService(*db).add(unit), Failure);
    }
}

TEST_CASE("demo data in a county's file stays inside the county", "[services][demo][scope]")
{
    auto db = Database::createInMemory();
    InitOptions o;
    o.level = QStringLiteral("county");
    o.regionCode = QStringLiteral("220102");
    Defaults::initialise(*db, o);
    Demo::generate(*db, {30, 3, 2014});
    const auto rows = UnitRepository(*db).rows();
    REQUIRE(rows.size() == 30);
    for (const auto &r : rows)
        CHECK(r.regionCode == QStringLiteral("220102"));
}

namespace {
// Every unit of the file, as a line of text per unit in id order: two files that read alike hold the same units.
QStringList unitDump(Database &db)
{
    QStringList out;
    for (QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT id, name, region_id, type_id, coalesce(credit_code, '<null>'), address, "
                                                                "leader, phone, coalesce(staff_count, -1), note, version FROM units ORDER BY id"), {});
         q.next();) {
        QStringList cells;
        for (int c = 0; c < 11; ++c)
            cells << q.value(c).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList problems(const QList<RowIssue> &issues)
{
    QStringList out;
    for (const RowIssue &r : issues)
        out << QStringLiteral("%1|%2|%3").arg(r.row).arg(r.column, r.reason);
    return out;
}
} // namespace

// The command line imports a file a part at a time (RosterImport::importFile): read, checked and written as it goes,
// the data cells borrowed from the file's text. Whatever the size of the parts, it must come to what the preview and its apply
// come to: the same units with the same ids, the same problems in the same order, the same counts; all or nothing.
TEST_CASE("a roster imported a part at a time comes to what its preview and apply come to", "[services][import]")
{
    QTemporaryDir dir;
    // Units the files already hold, which rows then update or leave unchanged.
    const QByteArray seed = QByteArray(kHeader) +
        "南关区婚姻登记处,220102,婚姻登记处,12220102MB0000011R,人民大街1号,王伟,0431-88886666,12,\n"
        "宽城区救助站,220103,救助站,,,,,,\n";
    struct Case
    {
        const char *name;
        QByteArray csv;
    };
    QByteArray many(kHeader);
    for (int i = 0; i < 40; ++i) // names repeated 17 rows later, across every part boundary
        many += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i % 23).toUtf8();
    const Case cases[] = {
        {"good rows, updates and an unchanged one",
         QByteArray(kHeader) + "南关区婚姻登记中心,220102,婚姻登记处,12220102MB0000011R,人民大街1号,王伟,0431-88886666,13,\n"
                               "宽城区救助站,220103,救助站,,,,,,\n"
                               "绿园区光荣院,220106,光荣院,,,,,,\n"
                               "\"吉林市\"\"龙潭\"\"殡仪馆\",龙潭区,殡仪馆,,\"吉林市龙潭区,\n遵义东路\",,,,\n"
                               "朝阳区殡仪馆,220104,殡仪馆,,,,,,\n"},
        {"problems in several parts",
         QByteArray(kHeader) + "南关区婚姻登记中心,220102,婚姻登记处,,,,,,\n"
                               ",220102,婚姻登记处,,,,,,\n"
                               "某单位,999999,游乐场,,,,,,\n"
                               "某单位2,220102,救助站,12220102MB0000011X,,,,,\n"
                               "南关区婚姻登记中心,南关区,婚姻登记处,,,,,,\n"
                               "某单位4,220102,救助站,,,,,-3,\n"
                               "某单位5,220102,救助站,,,,,,\n"},
        {"a repeated name far down the file", many},
        // Every text column written, characters beyond the BMP (two UTF-16 units, four UTF-8 bytes) among them, and
        // empty ones (a credit code stored as NULL, other texts as '').
        {"every column, and characters beyond the BMP",
         QByteArray(kHeader) + u("\U00020000南关区民政局,220102,婚姻登记处,,人民大街\U00020001号,王\U00020002,0431-88886666,0,备注\U00020003\n"
           "宽城区\U00020004救助站,220103,救助站,,,,,,\n"
           "绿园区光荣院,220106,光荣院,12220106MB0000012N,,,,7,\n").toUtf8()},
        {"a title row above the header",
         u("2014年名册,,,\n单位名称,所属地区,单位类别,备注\n德惠市殡仪馆,220183,殡仪馆,\n农安县救助站,220122,救助站,\"两行\n备注\"\n九台区救助站,220113,救助站,末行没有换行").toUtf8()},
    };
    for (const Case &c : cases) {
        for (const qsizetype part : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(50000)}) {
            for (const bool onlyValid : {false, true}) {
                INFO(c.name << ", parts of " << part << (onlyValid ? ", only the good rows" : ""));
                const QString path = write(dir, "roster.csv", c.csv);
                // The preview's way.
                auto previewed = cdtest::initialisedMemory();
                RosterImport(*previewed).apply(planOf(*previewed, write(dir, "seed.csv", seed)));
                const ImportPlan plan = planOf(*previewed, path);
                const bool refused = !plan.rejected.isEmpty() && !onlyValid;
                ImportResult applied;
                if (!refused)
                    applied = RosterImport(*previewed).apply(plan);
                // The command line's way.
                auto streamed = cdtest::initialisedMemory();
                RosterImport(*streamed).apply(planOf(*streamed, write(dir, "seed.csv", seed)));
                ImportPlan summary;
                const ImportResult r = RosterImport(*streamed).importFile(path, onlyValid, summary, {}, part);
                CHECK(problems(summary.rejected) == problems(plan.rejected));
                CHECK(summary.rejectedRows() == plan.rejectedRows());
                CHECK(summary.unchanged == plan.unchanged);
                CHECK(summary.dataRows == plan.dataRows);
                CHECK(r.imported == applied.imported);
                CHECK(r.updated == applied.updated);
                CHECK(unitDump(*streamed) == unitDump(*previewed));
            }
        }
    }
}

TEST_CASE("an .xlsx roster imported a part at a time comes to what its preview and apply come to", "[services][import]")
{
    // The program's own export of a roster: a title row above the header, then the units, one of them bad.
    QTemporaryDir dir;
    ExportList list;
    list.title = u("2014年单位名册");
    list.headers = {u("单位名称"), u("所属地区"), u("单位类别"), u("统一社会信用代码"), u("备注")};
    list.rows = {{u("南关区婚姻登记处"), QStringLiteral("220102"), u("婚姻登记处"), QStringLiteral("12220102MB0000011R"), QString()},
                 {u("宽城区救助站"), u("长春市宽城区"), u("救助站"), QString(), u("第二行")},
                 {u("某单位"), QStringLiteral("999999"), u("救助站"), QString(), QString()},
                 {u("德惠市殡仪馆"), QStringLiteral("220183"), u("殡仪馆"), QString(), QString()},
                 {u("宽城区救助站"), QStringLiteral("220103"), u("救助站"), QString(), u("重复")}};
    const QString path = dir.filePath(QStringLiteral("名册.xlsx"));
    writeXlsx(list, path);
    for (const bool onlyValid : {false, true}) {
        INFO((onlyValid ? "only the good rows" : "all or nothing"));
        auto previewed = cdtest::initialisedMemory();
        const ImportPlan plan = planOf(*previewed, path);
        REQUIRE(problems(plan.rejected).size() == 2); // rows 5 and 7 of the sheet
        ImportResult applied;
        if (onlyValid)
            applied = RosterImport(*previewed).apply(plan);
        auto streamed = cdtest::initialisedMemory();
        ImportPlan summary;
        const ImportResult r = RosterImport(*streamed).importFile(path, onlyValid, summary, {}, 2);
        CHECK(problems(summary.rejected) == problems(plan.rejected));
        CHECK(r.imported == applied.imported);
        CHECK(unitDump(*streamed) == unitDump(*previewed));
        CHECK(UnitRepository(*streamed).count() == (onlyValid ? 3 : 0));
    }
}

TEST_CASE("a large roster is checked as the database would check it: blank names and negative staff refused by row", "[services][import]")
{
    // The bulk path (5,000 new units and more) writes without SQLite evaluating the units' CHECK constraints row by
    // row (BulkLoad::RowChecks::ByCaller): the import's own checks must refuse whatever those would.
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("checked.db")));
    const QByteArray before = [&] {
        QFile f(db->path());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QByteArray csv(kHeader);
    for (int i = 0; i < 6000; ++i) {
        if (i == 2000)
            csv += u("\u3000 \t,220102,救助站,,,,,,\n").toUtf8(); // an ideographic space, a space and a tab: blank
        else if (i == 4000)
            csv += u("南关区第%1救助站,220102,救助站,,,,,-3,\n").arg(i).toUtf8();
        else
            csv += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i).toUtf8();
    }
    ImportPlan summary;
    const ImportResult r = RosterImport(*db).importFile(write(dir, "checked.csv", csv), false, summary, {}, 1000);
    CHECK(problems(summary.rejected) == QStringList{u("2002|单位名称|the unit name is empty"), u("4002|职工人数|-3 is not a whole number of staff (0 or more)")});
    CHECK(r.imported == 0);
    CHECK(UnitRepository(*db).count() == 0);
    CHECK(sql::scalar(*db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 0);
}

TEST_CASE("a roster imported a part at a time writes nothing when a row is refused, whatever was written before it", "[services][import]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("parts.db")));
    const auto indexes = [&db] {
        QStringList out;
        for (QSqlQuery q = sql::run(db->connection(), QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'units' ORDER BY name"), {});
             q.next();)
            out << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
        return out;
    };
    const QStringList before = indexes();
    // The bulk path writes through a small page cache; the connection gets its own back, whatever the outcome.
    // So does the number of SQLite's helper threads the index builds sort with.
    const auto cacheSize = [&db] {
        return std::tuple{sql::scalar(*db, QStringLiteral("PRAGMA cache_size")).toInt(), sql::scalar(*db, QStringLiteral("PRAGMA threads")).toInt(),
                          sql::scalar(*db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt()};
    };
    const auto cache = cacheSize();
    REQUIRE(std::get<0>(cache) != -2000);
    REQUIRE(std::get<1>(cache) == 0);
    REQUIRE(std::get<2>(cache) == 0);
    // 6,000 good rows (the bulk path, indexes dropped and built at the end), then in the last part a bad one.
    QByteArray csv(kHeader);
    for (int i = 0; i < 6000; ++i)
        csv += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i).toUtf8();
    csv += u("某单位,220102,游乐场,,,,,,\n").toUtf8();
    ImportPlan summary;
    const ImportResult r = RosterImport(*db).importFile(write(dir, "late.csv", csv), false, summary, {}, 1000);
    REQUIRE(problems(summary.rejected) == QStringList{u("6002|单位类别|游乐场 is not a known unit type or alias")});
    CHECK(r.imported == 0);
    CHECK(UnitRepository(*db).count() == 0);
    CHECK(indexes() == before);
    CHECK(cacheSize() == cache);
    CHECK(sql::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == u("ok"));

    // A file cut inside a quoted field in a later part: refused with its row, nothing written either.
    QByteArray cut(kHeader);
    for (int i = 0; i < 3000; ++i)
        cut += u("南关区第%1救助站,220102,救助站,,,,,,\n").arg(i).toUtf8();
    cut += u("某单位,220102,救助站,,\"人民大街\n").toUtf8();
    ImportPlan cutSummary;
    try {
        RosterImport(*db).importFile(write(dir, "cut.csv", cut), false, cutSummary, {}, 500);
        FAIL("a file cut inside a quoted field was accepted");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u("row 3002: a quoted field is never closed")));
    }
    CHECK(UnitRepository(*db).count() == 0);

    // The same rows without the bad one come in whole, and a cancel in the middle leaves nothing.
    csv.chop(u("某单位,220102,游乐场,,,,,,\n").toUtf8().size());
    int reports = 0;
    const auto cancel = [&reports](qsizetype, qsizetype) { return ++reports < 3; };
    ImportPlan cancelled;
    CHECK_THROWS_AS(RosterImport(*db).importFile(write(dir, "good.csv", csv), false, cancelled, cancel, 1000), Failure);
    CHECK(UnitRepository(*db).count() == 0);
    ImportPlan good;
    CHECK(RosterImport(*db).importFile(write(dir, "good.csv", csv), false, good, {}, 1000).imported == 6000);
    CHECK(UnitRepository(*db).count() == 6000);
    CHECK(indexes() == before);
    CHECK(cacheSize() == cache);
}

TEST_CASE("a refused row's credit code and name are not taken as seen by the rows after it", "[services][import]")
{
    // Two units on file: 甲 with credit code A and 乙 with B. Each file's first data row is refused by a check against
    // the units on file, after its keys were looked up; the rows after it use the same keys and must come in.
    const auto code = [](const char *first17) {
        const QString f = QString::fromLatin1(first17);
        return f + creditCodeCheckCharacter(f);
    };
    const QString a = code("12220102MB0000011"), b = code("12220102MB0000022"), c = code("12220102MB0000033");
    struct Case
    {
        const char *name;
        QStringList rows; // name,credit code (region 220102, type 救助站)
        QStringList refused;
        int added, updated, unchanged;
    };
    const Case cases[] = {
        {"the credit code is 甲's and the name 乙's",
         {u("乙,") + a, u("乙,") + b, u("甲,") + a},
         {u("2|单位名称|another unit (id 2) in this region already has this name")}, 0, 0, 2},
        {"a second row updates the unit a first one updates",
         {u("甲,"), u("丙,") + a, u("丙,") + c},
         {u("3|单位名称|row 2 already updates the same unit (id 1)")}, 1, 0, 1},
    };
    for (const Case &k : cases) {
        DYNAMIC_SECTION(k.name)
        {
            auto db = cdtest::initialisedMemory();
            QTemporaryDir dir;
            const ImportPlan onFile = planOf(*db, write(dir, "有.csv", QByteArray(kHeader) + (u("甲,220102,救助站,") + a + u(",,,,,\n乙,220102,救助站,") + b + u(",,,,,\n")).toUtf8()));
            REQUIRE(onFile.rejected.isEmpty());
            RosterImport(*db).apply(onFile);
            QByteArray csv(kHeader);
            for (const QString &row : k.rows) {
                const QStringList f = row.split(QLatin1Char(','));
                csv += (f[0] + u(",220102,救助站,") + f[1] + u(",,,,,\n")).toUtf8();
            }
            const QString path = write(dir, "新.csv", csv);
            const ImportPlan plan = planOf(*db, path);
            CHECK(problems(plan.rejected) == k.refused);
            CHECK(plan.toAdd.size() == k.added);
            CHECK(plan.toUpdate.size() == k.updated);
            CHECK(plan.unchanged == k.unchanged);
            ImportPlan summary; // the command line's way, a part at a time
            RosterImport(*db).importFile(path, true, summary, {}, 1);
            CHECK(problems(summary.rejected) == k.refused);
        }
    }
}
