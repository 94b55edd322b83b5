// Where a date falls in the campaign (DOMAIN.md §4; CLI.md calendar).
#include "catch.h"
#include "testutil.h"

#include "rules/campaigncalendar.h"
#include "services/defaults.h"

using namespace cd;
using cdtest::d;

namespace {
Round round2014()
{
    return Defaults::firstRound(); // seed 000 §五 and the 2014-02-18 letter
}

// Seed 003: a county's 2014–2015 plan, whose last phase runs into 2015.
Round seed003Round()
{
    Round r;
    r.year = 2014;
    r.phases = {{PhaseKind::Mobilisation, d("2014-03-25"), d("2014-04-30")},
                {PhaseKind::Implementation, d("2014-05-01"), d("2014-12-31")},
                {PhaseKind::Appraisal, d("2015-01-01"), d("2015-02-28")}};
    return r;
}
} // namespace

TEST_CASE("the 2014 round as seed 000 gives it", "[rules][calendar]")
{
    const Round r = round2014();
    REQUIRE(r.year == 2014);
    REQUIRE(r.phases.size() == 3);
    // seed 000 §五(一) 宣传发动阶段（2014年1月－3月底）
    CHECK(r.phases[0].start == d("2014-01-01"));
    CHECK(r.phases[0].end == d("2014-03-31"));
    // seed 000 §五(二) 组织实施阶段（2014年4月初－2014年9月底）
    CHECK(r.phases[1].start == d("2014-04-01"));
    CHECK(r.phases[1].end == d("2014-09-30"));
    // seed 000 §五(三) 总结评比阶段（2014年10月－12月）; 省文明办于2014年底前命名
    CHECK(r.phases[2].start == d("2014-10-01"));
    CHECK(r.phases[2].end == d("2014-12-31"));
    // seed 000 letter: 于2月21日前返回
    REQUIRE(r.extraDeadlines.size() == 1);
    CHECK(r.extraDeadlines[0].date == d("2014-02-21"));
    const auto deadlines = r.deadlines();
    REQUIRE(deadlines.size() == 4);
    CHECK(deadlines[0].date == d("2014-02-21"));
    CHECK(deadlines[3].date == d("2014-12-31"));
}

TEST_CASE("calendar answers for dates of the seeds", "[rules][calendar]")
{
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignCalendar cal(NamingCycle(), round2014(), {round2014()});
    struct Case {
        const char *date;
        int round; // 0: none
        PhaseKind phase;
        const char *phaseStart; // "" for none
        const char *phaseEnd;
        const char *deadline;
        int daysLeft;
        int workingDaysLeft;
        bool namingYear;
    };
    const Case cases[] = {
        // seed 000 letter, dated 2014-02-18: comments due 2014-02-21
        {"2014-02-18", 2014, PhaseKind::Mobilisation, "2014-01-01", "2014-03-31", "2014-02-21", 3, 3, true},
        {"2014-02-21", 2014, PhaseKind::Mobilisation, "2014-01-01", "2014-03-31", "2014-02-21", 0, 0, true},
        {"2014-02-22", 2014, PhaseKind::Mobilisation, "2014-01-01", "2014-03-31", "2014-03-31", 37, 26, true},
        {"2014-01-25", 2014, PhaseKind::Mobilisation, "2014-01-01", "2014-03-31", "2014-02-21", 27, 17, true},
        // seed 000 §五(二) 4月初 – 9月底
        {"2014-04-01", 2014, PhaseKind::Implementation, "2014-04-01", "2014-09-30", "2014-09-30", 182, 127, true},
        {"2014-09-27", 2014, PhaseKind::Implementation, "2014-04-01", "2014-09-30", "2014-09-30", 3, 3, true},
        // seed 000 §五(三) 10月 – 12月, naming before the end of 2014
        {"2014-10-01", 2014, PhaseKind::Appraisal, "2014-10-01", "2014-12-31", "2014-12-31", 91, 62, true},
        {"2014-12-31", 2014, PhaseKind::Appraisal, "2014-10-01", "2014-12-31", "2014-12-31", 0, 0, true},
        // odd years are 常态创建; the next deadline is the 2016 round's first phase end (default calendar)
        {"2015-06-01", 0, PhaseKind::Ongoing, "2015-01-01", "2015-12-31", "2016-03-31", 304, 208, false},
        // 2016: the 2014 calendar moved by two years, without the one-off comment deadline
        {"2016-05-01", 2016, PhaseKind::Implementation, "2016-04-01", "2016-09-30", "2016-09-30", 152, 107, true},
        {"2016-02-18", 2016, PhaseKind::Mobilisation, "2016-01-01", "2016-03-31", "2016-03-31", 42, 0, true},
        // before the campaign
        {"2013-06-01", 0, PhaseKind::Ongoing, "", "2013-12-31", "2014-02-21", 265, 181, false},
    };
    for (const auto &c : cases) {
        INFO("date " << c.date);
        const DatePosition p = cal.locate(d(c.date), work);
        CHECK(p.round.value_or(0) == c.round);
        CHECK(phaseName(p.phase) == phaseName(c.phase));
        CHECK(p.phaseStart == (c.phaseStart[0] ? d(c.phaseStart) : QDate()));
        CHECK(p.phaseEnd == d(c.phaseEnd));
        REQUIRE(p.nextDeadline.has_value());
        CHECK(p.nextDeadline->date == d(c.deadline));
        CHECK(p.daysLeft == c.daysLeft);
        if (c.workingDaysLeft)
            CHECK(p.workingDaysLeft == c.workingDaysLeft);
        CHECK(p.namingYear == c.namingYear);
    }
}

TEST_CASE("2016-02-18 counts working days through the 2016 Spring Festival", "[rules][calendar]")
{
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignCalendar cal(NamingCycle(), round2014(), {round2014()});
    const DatePosition p = cal.locate(d("2016-02-18"), work);
    // Independent count: every day 2016-02-19..2016-03-31 that the holiday file leaves working.
    int expected = 0;
    for (QDate x = d("2016-02-19"); x <= d("2016-03-31"); x = x.addDays(1))
        expected += work.isWorkingDay(x) ? 1 : 0;
    CHECK(expected == 30);
    CHECK(p.workingDaysLeft == expected);
}

TEST_CASE("a round whose last phase runs into the next year (seed 003)", "[rules][calendar]")
{
    const WorkCalendar work = WorkCalendar::fromResources();
    const CampaignCalendar cal(NamingCycle(), round2014(), {seed003Round()});
    struct Case { const char *date; int round; PhaseKind phase; const char *deadline; int days; int wd; bool naming; };
    const Case cases[] = {
        // seed 003 (三)總結考評階段(2015年1月1日—2015年2月28日)
        {"2015-01-15", 2014, PhaseKind::Appraisal, "2015-02-28", 44, 28, false},
        {"2015-02-27", 2014, PhaseKind::Appraisal, "2015-02-28", 1, 1, false},
        // seed 003 (一)動員部署階段(2014年3月25日—2014年4月30日)
        {"2014-03-25", 2014, PhaseKind::Mobilisation, "2014-04-30", 36, 0, true},
        // before seed 003's first phase: between rounds
        {"2014-03-01", 0, PhaseKind::Ongoing, "2014-04-30", 60, 0, true},
    };
    for (const auto &c : cases) {
        INFO("date " << c.date);
        const DatePosition p = cal.locate(d(c.date), work);
        CHECK(p.round.value_or(0) == c.round);
        CHECK(phaseName(p.phase) == phaseName(c.phase));
        REQUIRE(p.nextDeadline);
        CHECK(p.nextDeadline->date == d(c.deadline));
        CHECK(p.daysLeft == c.days);
        if (c.wd)
            CHECK(p.workingDaysLeft == c.wd);
        CHECK(p.namingYear == c.naming);
    }
}

TEST_CASE("default rounds exist only for naming years", "[rules][calendar]")
{
    const CampaignCalendar cal(NamingCycle(), round2014(), {round2014()});
    // seed 000 §五: 每两年命名一次，逢偶数年度进行
    for (int year : {2014, 2016, 2018, 2020, 2030})
        CHECK(cal.round(year).has_value());
    for (int year : {2012, 2013, 2015, 2017, 2019})
        CHECK_FALSE(cal.round(year).has_value());
    const Round r2018 = *cal.round(2018);
    CHECK(r2018.phases[0].start == d("2018-01-01"));
    CHECK(r2018.phases[2].end == d("2018-12-31"));
    CHECK(r2018.extraDeadlines.isEmpty()); // the 2014 comment deadline is not repeated
}

TEST_CASE("an edited later round wins over the default", "[rules][calendar]")
{
    Round edited = round2014().shiftedTo(2016);
    edited.extraDeadlines = {{d("2016-11-15"), QStringLiteral("推荐名单上报截止")}};
    const CampaignCalendar cal(NamingCycle(), round2014(), {round2014(), edited});
    const WorkCalendar work = WorkCalendar::fromResources();
    const DatePosition p = cal.locate(d("2016-11-01"), work);
    REQUIRE(p.nextDeadline);
    CHECK(p.nextDeadline->date == d("2016-11-15"));
    CHECK(p.nextDeadline->title == QStringLiteral("推荐名单上报截止"));
}

TEST_CASE("a year without holiday data is reported with the answer", "[rules][calendar]")
{
    const CampaignCalendar cal(NamingCycle(), round2014(), {round2014()});
    const DatePosition p = cal.locate(d("2028-09-20"), WorkCalendar::fromResources());
    CHECK(p.round.value_or(0) == 2028);
    REQUIRE(p.yearsWithoutHolidayData.size() == 1);
    CHECK(p.yearsWithoutHolidayData.first() == 2028);
    // Mon–Fri from 2028-09-21 (Thu) to 2028-09-30 (Sat): 21, 22, 25–29 = 7
    CHECK(p.workingDaysLeft == 7);
}
