// SeenKeys (util/seenkeys.h): the keys a roster has used so far and the first row of each, behind the import's
// "already appears in row N" (DOMAIN.md §10).
#include "catch.h"
#include "testutil.h"

#include "util/seenkeys.h"

#include <utility>

using namespace cd;
using cdtest::u;

namespace {
using RegionKey = std::pair<int, QString>;
}

TEST_CASE("keys seen: each key's first row, through the table's growth", "[util][import]")
{
    // Room for one key asked for: 10,000 keys make it grow several times, and every key keeps its row.
    SeenKeys<RegionKey> seen(1);
    for (int i = 0; i < 10000; ++i) {
        const RegionKey key{220102 + i % 7, u("南关区第%1救助站").arg(i)};
        REQUIRE(seen.rowOf(key, SeenKeys<RegionKey>::hashOf(key)) == 0);
        seen.insert(key, SeenKeys<RegionKey>::hashOf(key), i + 2);
    }
    for (int i = 0; i < 10000; ++i) {
        const RegionKey key{220102 + i % 7, u("南关区第%1救助站").arg(i)};
        CHECK(seen.rowOf(key, SeenKeys<RegionKey>::hashOf(key)) == i + 2);
    }
    // The same name in another region, or another name in the same region, is not the same key.
    const RegionKey otherRegion{220102 + 3, u("南关区第0救助站")};
    const RegionKey otherName{220102, u("南关区第0救助站 ")};
    CHECK(seen.rowOf(otherRegion, SeenKeys<RegionKey>::hashOf(otherRegion)) == 0);
    CHECK(seen.rowOf(otherName, SeenKeys<RegionKey>::hashOf(otherName)) == 0);
}

TEST_CASE("keys seen: keys whose hashes are equal, or equal in the bits that place them, stay apart", "[util][import]")
{
    struct Case
    {
        const char *what;
        size_t (*hash)(int);
    };
    const Case cases[] = {
        {"one hash for every key", [](int) { return size_t(42); }},
        {"hashes that differ only above the table's bits", [](int i) { return size_t(i) << 40; }},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        SeenKeys<QString> seen(4);
        for (int i = 0; i < 3000; ++i) {
            const QString code = QStringLiteral("12220102MB%1").arg(i, 8, 10, QLatin1Char('0'));
            REQUIRE(seen.rowOf(code, c.hash(i)) == 0);
            seen.insert(code, c.hash(i), 100 + i);
        }
        for (int i = 0; i < 3000; ++i)
            CHECK(seen.rowOf(QStringLiteral("12220102MB%1").arg(i, 8, 10, QLatin1Char('0')), c.hash(i)) == 100 + i);
        CHECK(seen.rowOf(QStringLiteral("12220102MB99999999"), c.hash(99999999)) == 0);
    }
}
