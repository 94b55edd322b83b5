// Demo data: deterministic for a seed, and a realistic mix over the province and the rounds 2014–2018.
#include "catch.h"
#include "testutil.h"

#include "services/campaignservice.h"
#include "services/demo.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QSet>

using namespace cd;

namespace {
QStringList fingerprint(Database &db)
{
    QStringList out;
    for (const auto &r : UnitRepository(db).rows())
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(r.id).arg(r.name, r.regionCode, r.typeName, r.creditCode);
    for (const auto &v : RecordRepository(db).vetoEvents())
        out << QStringLiteral("v%1|%2|%3").arg(v.unitId).arg(v.kind, v.date.toString(Qt::ISODate));
    return out;
}
} // namespace

TEST_CASE("the same seed gives the same data; another seed other data", "[services][demo]")
{
    auto a = cdtest::initialisedMemory();
    auto b = cdtest::initialisedMemory();
    auto c = cdtest::initialisedMemory();
    Demo::generate(*a, {600, 42});
    Demo::generate(*b, {600, 42});
    Demo::generate(*c, {600, 43});
    CHECK(fingerprint(*a) == fingerprint(*b));
    CHECK(fingerprint(*a) != fingerprint(*c));
    CHECK_THROWS_AS(Demo::generate(*a, {10, 1}), Failure); // a file with units is left alone
}

TEST_CASE("demo data is a realistic mix", "[services][demo]")
{
    auto db = cdtest::initialisedMemory();
    const DemoSummary s = Demo::generate(*db, {3000, 7});
    CHECK(s.units == 3000);
    const auto rows = UnitRepository(*db).rows();
    QSet<QString> regions, types;
    int withCode = 0;
    for (const auto &r : rows) {
        regions.insert(r.regionName);
        types.insert(r.typeName);
        withCode += r.creditCode.isEmpty() ? 0 : 1;
    }
    CHECK(regions.size() >= 65);  // Jilin's 69 county-level regions and 长白山管委会
    CHECK(types.size() == 20);    // every default unit type
    CHECK(withCode > 2000);
    CHECK(withCode < 3000);
    CHECK(s.vetoEvents > 0);
    CHECK(s.named > 0);
    CHECK(s.revoked > 0);
    // The rounds 2016 and 2018 exist, and holders are due for review in them.
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignService service(*db, work);
    CHECK(service.cycle(2016).reviewsDue.size() > 50);
    CHECK(service.cycle(2018).reviewsDue.size() > 50);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM rounds")).toInt() == 3);
}
