// Dates as typed (issue 10 §2): every form a clerk uses is read as the date it names, and nothing that is not a date
// becomes one. Dates from the seeds: 2014-06-01 (a 群体访 in the scripted round), 2014-02-21 (seed 000 letter deadline).
#include "catch.h"
#include "testutil.h"

#include "rules/dateinput.h"

using namespace cd;
using cdtest::d;
using cdtest::u;

TEST_CASE("typed dates: every usual form is read; impossible dates are refused with the reason", "[rules][dates]")
{
    struct Good
    {
        const char *typed;
        const char *date;
    };
    const Good good[] = {
        {"2014-06-01", "2014-06-01"}, {"2014/6/1", "2014-06-01"},     {"20140601", "2014-06-01"},
        {"2014年6月1日", "2014-06-01"}, {"2014.6.1", "2014-06-01"},    {" 2014-6-1 ", "2014-06-01"},
        {"２０１４－０２－２１", "2014-02-21"}, {"2014年02月21日", "2014-02-21"}, {"2016-02-29", "2016-02-29"},
        {"2014 年 6 月 1 日", "2014-06-01"},
    };
    for (const Good &g : good) {
        INFO(g.typed);
        const auto parsed = parseDateInput(u(g.typed));
        REQUIRE(parsed);
        CHECK(*parsed == d(g.date));
    }
    struct Bad
    {
        const char *typed;
        const char *needle;
    };
    const Bad bad[] = {
        {"2014-02-30", "no day 30"}, {"20140230", "no day 30"}, {"2015-02-29", "no day 29"}, {"2014-13-01", "no month 13"},
        {"2014-6", "not a date"},    {"6/1/2014", "not a date"}, {"明天", "not a date"},       {"", "missing"},
        {"201406011", "not a date"}, {"0000-01-01", "not a year"},
    };
    for (const Bad &b : bad) {
        INFO(b.typed);
        QString why;
        CHECK_FALSE(parseDateInput(u(b.typed), &why));
        CHECK(why.contains(QLatin1String(b.needle)));
    }
}
