// The biennial naming cycle and the title's history (seed 000 §五; DOMAIN.md §7).
#include "catch.h"
#include "testutil.h"

#include "rules/namingcycle.h"

using namespace cd;
using cdtest::d;
using Kind = TitleEvent::Kind;

TEST_CASE("naming years are even years from 2014", "[rules][cycle]")
{
    // seed 000 §五: 每两年命名一次，逢偶数年度进行
    const NamingCycle c;
    struct Case { int year; bool naming; int previous; int next; };
    const Case cases[] = {
        {2012, false, 0, 2014}, {2013, false, 0, 2014}, {2014, true, 0, 2016},    {2015, false, 2014, 2016},
        {2016, true, 2014, 2018}, {2017, false, 2016, 2018}, {2018, true, 2016, 2020}, {2026, true, 2024, 2028},
    };
    for (const auto &k : cases) {
        INFO("year " << k.year);
        CHECK(c.isNamingYear(k.year) == k.naming);
        CHECK(c.previous(k.year).value_or(0) == k.previous);
        CHECK(c.next(k.year).value_or(0) == k.next);
    }
}

TEST_CASE("holders, reviews due and overdue reviews", "[rules][cycle]")
{
    // Unit 1: named 2014, retained 2016, revoked 2018, named again 2020 (a revoked unit may be recommended again, §7).
    // Unit 2: named 2014, revoked 2016.  Unit 3: named 2016.  Unit 4: never named.
    const TitleHistory h({
        {1, 2014, d("2014-12-26"), Kind::Named, QStringLiteral("吉文明办〔2014〕12号"), {}},
        {2, 2014, d("2014-12-26"), Kind::Named, QStringLiteral("吉文明办〔2014〕12号"), {}},
        {1, 2016, d("2016-12-20"), Kind::Retained, {}, {}},
        {2, 2016, d("2016-12-20"), Kind::Revoked, {}, QStringLiteral("群体访")},
        {3, 2016, d("2016-12-26"), Kind::Named, {}, {}},
        {1, 2018, d("2018-12-20"), Kind::Revoked, {}, QStringLiteral("复查不合格")},
        {1, 2020, d("2020-12-26"), Kind::Named, {}, {}},
    });
    struct HolderCase { const char *date; QList<int> holders; };
    const HolderCase holders[] = {
        {"2014-12-25", {}},
        {"2014-12-26", {1, 2}},         // named on the day of the decision
        {"2016-06-01", {1, 2}},
        {"2016-12-20", {1}},            // revoked on its date
        {"2016-12-31", {1, 3}},
        {"2019-01-01", {3}},
        {"2021-01-01", {1, 3}},
    };
    for (const auto &c : holders) {
        INFO("date " << c.date);
        CHECK(h.holdersOn(d(c.date)) == c.holders);
    }
    // seed 000 §五 每两年考核一次: named in Y, reviewed in Y+2, Y+4, … until revoked
    struct DueCase { int year; QList<int> due; };
    const DueCase due[] = {{2014, {}}, {2016, {1, 2}}, {2018, {1, 3}}, {2020, {3}}, {2022, {1, 3}}};
    for (const auto &c : due) {
        INFO("round " << c.year);
        CHECK(h.reviewsDue(c.year, QDate(c.year, 1, 1)) == c.due);
    }
    // §7: a review round that ends without an outcome flags the unit as overdue; a title never lapses by time alone.
    CHECK(h.reviewsOverdue(2018, d("2018-01-01"), d("2018-12-31"), d("2018-12-31")).isEmpty());
    CHECK(h.reviewsOverdue(2020, d("2020-01-01"), d("2020-12-31"), d("2021-01-05")) == QList<int>{3});
    CHECK(h.holdsTitle(3, d("2030-01-01")));
    CHECK(h.history(1).size() == 4);
    const auto last = h.lastConfirmation(1, d("2018-01-01"));
    REQUIRE(last);
    CHECK(last->date == d("2016-12-20"));
}
