// Working days under the official holiday schedule (DOMAIN.md §4; data: resources/holidays, chinese-days).
#include "catch.h"
#include "testutil.h"

#include "rules/workcalendar.h"

using namespace cd;
using cdtest::d;

TEST_CASE("working days follow holidays and make-up days", "[rules][workdays]")
{
    const WorkCalendar cal = WorkCalendar::fromResources();
    struct Case { const char *date; bool working; const char *why; };
    const Case cases[] = {
        {"2014-02-18", true, "an ordinary Tuesday (seed 000 letter date)"},
        {"2014-01-31", false, "春节 2014, a Friday holiday"},
        {"2014-02-06", false, "春节 2014, Thursday, in lieu"},
        {"2014-01-26", true, "Sunday worked for 春节 (调休)"},
        {"2014-02-08", true, "Saturday worked for 春节 (调休)"},
        {"2014-09-28", true, "Sunday worked for 国庆节"},
        {"2014-10-01", false, "国庆节, start of 总结评比 (seed 000 §五(三))"},
        {"2014-10-07", false, "国庆节, Tuesday in lieu"},
        {"2014-10-11", true, "Saturday worked for 国庆节"},
        {"2014-10-12", false, "an ordinary Sunday"},
        {"2015-02-28", true, "Saturday worked for 春节 2015 (end of seed 003's 总结考评)"},
        {"2015-02-19", false, "春节 2015"},
        {"2030-01-05", false, "a Saturday in a year without data: Mon–Fri fallback"},
        {"2030-01-07", true, "a Monday in a year without data"},
    };
    for (const auto &c : cases) {
        INFO(c.date << " " << c.why);
        CHECK(cal.isWorkingDay(d(c.date)) == c.working);
    }
}

TEST_CASE("working days after a date up to a deadline", "[rules][workdays]")
{
    const WorkCalendar cal = WorkCalendar::fromResources();
    struct Case { const char *from; const char *to; int days; };
    // Figures counted by hand from the holiday files (2014: 元旦, 春节 with 01-26 and 02-08 worked, 国庆 with 09-28, 10-11 worked).
    const Case cases[] = {
        {"2014-02-18", "2014-02-21", 3},   // seed 000 letter: sent 2014-02-18, comments due 2014-02-21
        {"2014-01-25", "2014-02-21", 17},  // across 春节 with the 01-26 and 02-08 make-up days
        {"2014-09-27", "2014-09-30", 3},   // the 09-28 make-up Sunday counts
        {"2014-10-01", "2014-12-31", 62},  // all of 总结评比 2014
        {"2014-04-01", "2014-09-30", 127}, // all of 组织实施 2014
        {"2015-02-27", "2015-02-28", 1},   // Saturday 2015-02-28 is a make-up working day
        {"2014-12-31", "2014-12-31", 0},
        {"2014-12-31", "2014-12-01", 0},
    };
    for (const auto &c : cases) {
        INFO(c.from << " → " << c.to);
        const auto count = cal.workingDaysAfter(d(c.from), d(c.to));
        CHECK(count.days == c.days);
        CHECK(count.yearsWithoutData.isEmpty());
    }
}

TEST_CASE("a year without holiday data falls back to Monday to Friday and says so", "[rules][workdays]")
{
    const WorkCalendar cal = WorkCalendar::fromResources();
    CHECK(cal.hasYear(2004));
    CHECK(cal.hasYear(2026));
    CHECK_FALSE(cal.hasYear(2027));
    const auto count = cal.workingDaysAfter(d("2026-12-28"), d("2027-01-08"));
    // 2026-12-29..31 (Tue–Thu) from data; 2027-01-01..08 by Mon–Fri: Fri 1, Mon 4 – Fri 8 = 6.
    CHECK(count.days == 3 + 6);
    REQUIRE(count.yearsWithoutData.size() == 1);
    CHECK(count.yearsWithoutData.first() == 2027);
}

TEST_CASE("bad holiday JSON is refused", "[rules][workdays]")
{
    WorkCalendar cal;
    CHECK_FALSE(cal.addYearJson(2014, "not json"));
    CHECK_FALSE(cal.hasYear(2014));
    CHECK(cal.addYearJson(2099, R"({"holidays":{"2099-01-05":"x"},"workdays":{"2099-01-03":"y"}})"));
    CHECK_FALSE(cal.isWorkingDay(d("2099-01-05")));
    CHECK(cal.isWorkingDay(d("2099-01-03")));
}
