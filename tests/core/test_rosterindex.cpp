// The compact roster index behind the roster page: what it finds, the order it sorts Chinese in, and that it holds
// exactly what storage holds.
#include "catch.h"
#include "testutil.h"

#include "services/demo.h"
#include "services/rosterindex.h"
#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>

using namespace cd;
using cdtest::u;

namespace {
UnitRow unit(int id, const char *name, const char *address = "", const char *leader = "", const char *code = "")
{
    UnitRow r;
    r.id = id;
    r.name = u(name);
    r.address = u(address);
    r.leader = u(leader);
    r.creditCode = QString::fromUtf8(code);
    r.phone = QStringLiteral("0431-8%1").arg(id, 7, 10, QLatin1Char('0'));
    r.regionId = 7;
    r.regionName = u("南关区");
    r.typeName = u("救助站");
    r.categoryName = u("专项社会事务服务");
    return r;
}

RosterIndex indexOf(const QList<UnitRow> &rows)
{
    RosterIndex index;
    for (const auto &r : rows)
        index.add(r);
    return index;
}

// The ids in the order the Chinese collator's sort keys give the names, equal names by id: what the index must
// reproduce. Sort keys, as the program uses: under wine QCollator::compare is not pinyin while the sort keys are.
QList<int> collatorOrder(const QList<UnitRow> &rows)
{
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    struct Keyed
    {
        QString name;
        QCollatorSortKey key;
        int id;
    };
    std::vector<Keyed> keyed;
    for (const auto &r : rows)
        keyed.push_back({r.name, collator.sortKey(r.name), r.id});
    // Equal names are equal before any key is compared: on Windows a Qt sort key carries uninitialised bytes after
    // the system's key (Qt sizes it in characters, Windows fills bytes), so two keys of one name need not compare equal.
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        const int c = a.name == b.name ? 0 : a.key.compare(b.key);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QList<int> ids;
    for (const auto &k : keyed)
        ids << k.id;
    return ids;
}

QList<int> idsOf(const RosterIndex &index, const std::vector<int> &rows)
{
    QList<int> out;
    for (int r : rows)
        out << index.id(r);
    return out;
}
} // namespace

TEST_CASE("the roster index finds text in any field, never across two fields, ASCII letters in any case", "[services][roster]")
{
    const RosterIndex index = indexOf({unit(1, "南关区救助站", "长春市南关区东风路1号", "王伟", "12220102MB0000011R"),
                                       unit(2, "朝阳区殡仪馆", "长春市朝阳区新华路8号", "李娜"),
                                       unit(3, "Ｉｔ中心aBc", "", "", "")});
    struct Case
    {
        const char *needle;
        QList<int> ids;
    } cases[] = {
        {"南关区", {1}},            // name and address
        {"长春市", {1, 2}},         // address
        {"李娜", {2}},              // head
        {"mb0000011r", {1}},        // credit code, typed in lower case
        {"MB0000011R", {1}},        // and in upper case
        {"0431-80000002", {2}},    // phone
        {"abc", {3}},
        {"救助站长春", {}},         // the end of the name and the start of the address are two fields
        {"1号王伟", {}},
        {"殡仪馆救助站", {}},
    };
    for (const auto &c : cases) {
        INFO(c.needle);
        CHECK(idsOf(index, index.search(u(c.needle))) == c.ids);
    }
}

TEST_CASE("a longer search within the rows of a shorter one finds what a search of everything finds", "[services][roster]")
{
    auto db = cdtest::initialisedMemory();
    Demo::generate(*db, {2000, 5});
    const RosterIndex index = RosterIndex::load(*db);
    REQUIRE(index.size() == 2000);
    const QString typed = u("长春市南关区"); // the start of an address
    std::vector<int> last = index.search(typed.left(1));
    CHECK(last.size() > 0);
    for (int i = 2; i <= typed.size(); ++i) {
        const std::vector<int> narrowed = index.search(typed.left(i), &last);
        CHECK(narrowed == index.search(typed.left(i)));
        last = narrowed;
    }
    CHECK(last.size() > 0);
    CHECK(last.size() < 2000);
}

TEST_CASE("the roster index sorts by name as the Chinese collator orders the names, then by number", "[services][roster]")
{
    // Pinyin: 阿 (a) < 北 (bei) < 朝 (chao) < 南 (nan) < 张 (zhang); digits and Latin before Chinese; names equal in
    // their first eight characters are told apart by the rest; equal names by number.
    const QList<UnitRow> rows = {unit(1, "张家单位"), unit(2, "阿城救助站"), unit(3, "北山殡仪馆"), unit(4, "南关区东风社区婚姻登记处"),
                                 unit(5, "南关区东风社区婚姻登记所"), unit(6, "朝阳区救助站"), unit(7, "12345热线"), unit(8, "ABC服务中心"),
                                 unit(9, "阿城救助站"), unit(10, "南关区东风社区婚姻"), unit(11, "南关区东风社区婚姻登记处第二")};
    const RosterIndex index = indexOf(rows);
    const QList<int> want = collatorOrder(rows);
    CHECK(idsOf(index, index.orderByText(RosterIndex::Name)) == want);
    CHECK(want.indexOf(2) < want.indexOf(3)); // the collator itself is pinyin, not code points (北 U+5317 < 阿 U+963F)
    CHECK(want.indexOf(9) == want.indexOf(2) + 1);
}

TEST_CASE("the roster index holds what storage holds, field by field", "[services][roster]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("r.db")));
    Demo::generate(*db, {700, 3});
    const QList<UnitRow> rows = UnitRepository(*db).rows();
    auto reader = Database::openReader(db->path()); // as the roster page reads a large file, on a connection of its own
    const RosterIndex index = RosterIndex::load(*reader);
    REQUIRE(index.size() == rows.size());
    int holders = 0;
    for (int i = 0; i < index.size(); ++i) {
        const UnitRow got = index.row(i);
        const UnitRow &want = rows[i];
        INFO(want.id);
        CHECK(got.id == want.id);
        CHECK(got.name == want.name);
        CHECK(got.address == want.address);
        CHECK(got.leader == want.leader);
        CHECK(got.phone == want.phone);
        CHECK(got.creditCode == want.creditCode);
        CHECK(got.regionId == want.regionId);
        CHECK(got.cityId == want.cityId);
        CHECK(got.regionName == want.regionName);
        CHECK(got.cityName == want.cityName);
        CHECK(got.typeName == want.typeName);
        CHECK(got.categoryName == want.categoryName);
        CHECK(got.titleStatus == want.titleStatus);
        holders += got.titleStatus == 1;
    }
    CHECK(holders > 0);
}

TEST_CASE("names alike in their first ten characters and more are ordered by the rest, among thousands of distinct characters",
          "[services][roster]")
{
    // 5,000 distinct characters need 13 bits a character, so the sort key holds ten of them; names equal that far
    // are ordered by the rest of their text (and equal names by number).
    QList<UnitRow> rows;
    int id = 1;
    for (char16_t c = 0x4E00; c < 0x4E00 + 5000; ++c)
        rows << unit(id++, "");
    for (int i = 0; i < 5000; ++i)
        rows[i].name = QString(QChar(char16_t(0x4E00 + (i * 7919) % 5000)));
    const QString prefix = u("吉林省长春市南关区东风社区");
    for (const char *tail : {"婚姻登记处第二", "婚姻登记处", "殡仪馆", "救助站", "婚姻登记处", "阿城", "12"})
        rows << unit(id++, "") , rows.last().name = prefix + u(tail);
    const RosterIndex index = indexOf(rows);
    const QList<int> want = collatorOrder(rows);
    CHECK(idsOf(index, index.orderByText(RosterIndex::Name)) == want);
}
