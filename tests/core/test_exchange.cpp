// The offline exchange in the engine (issue 12 §3): a cancel during a package's import leaves the receiving file as
// it was and writes no receipt; the same package applied afterwards goes through whole.
#include "catch.h"
#include "testutil.h"

#include "exchange/package.h"
#include "services/demo.h"
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
