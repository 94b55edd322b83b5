// Veto windows, prerequisites and satisfaction (DOMAIN.md §5; seed 000 §四(四), §五(二); seed 004).
#include "catch.h"
#include "testutil.h"

#include "rules/vetorules.h"

using namespace cd;
using cdtest::d;

TEST_CASE("a veto event inside the window makes the unit ineligible", "[rules][veto]")
{
    // seed 000 §四(四): 全年无安全责任事故; 全年无进京访、越级访和群体访 — the window of a new recommendation is the naming year.
    const QList<VetoEvent> events = {
        {1, 7, QStringLiteral("安全责任事故"), d("2013-12-31"), {}},
        {2, 7, QStringLiteral("越级访"), d("2014-01-01"), {}},
        {3, 7, QStringLiteral("群体访"), d("2014-12-31"), {}},
        {4, 7, QStringLiteral("进京访"), d("2015-01-01"), {}},
    };
    const auto in2014 = vetoesIn(events, recommendationWindow(2014));
    REQUIRE(in2014.size() == 2);
    CHECK(in2014[0].id == 2);
    CHECK(in2014[1].id == 3);
    CHECK(vetoesIn(events, recommendationWindow(2016)).isEmpty());

    // A 复查 looks at the two years since the last naming or review.
    const DateWindow review = reviewWindow(2016, d("2014-12-26"));
    CHECK(review.from == d("2014-12-27"));
    CHECK(review.to == d("2016-12-31"));
    const auto inReview = vetoesIn(events, review);
    // 2014-12-31 and 2015-01-01 fall after the naming of 2014-12-26; 2014-01-01 does not.
    REQUIRE(inReview.size() == 2);
    CHECK(inReview[0].id == 3);
    CHECK(inReview[1].id == 4);
}

TEST_CASE("prerequisites are met with a date on or before the check", "[rules][prerequisites]")
{
    // DOMAIN.md §5 default, from seed 000 §五(二): 制定创建活动标准和工作规范，向社会公布; 成立创建工作领导小组
    const QStringList required = {QStringLiteral("standards-published"), QStringLiteral("leading-group")};
    const QList<PrerequisiteRecord> records = {
        {5, 2014, QStringLiteral("standards-published"), d("2014-04-15"), QStringLiteral("公示照片")},
        {5, 2014, QStringLiteral("leading-group"), d("2014-10-20"), QStringLiteral("成立文件")},
        {5, 2012, QStringLiteral("leading-group"), d("2012-05-01"), {}},
    };
    struct Case { const char *by; int round; QStringList missing; };
    const Case cases[] = {
        {"2014-09-30", 2014, {QStringLiteral("leading-group")}},
        {"2014-10-20", 2014, {}},
        {"2014-12-31", 2016, required},
    };
    for (const auto &c : cases) {
        INFO(c.by << " round " << c.round);
        CHECK(missingPrerequisites(required, records, c.round, d(c.by)) == c.missing);
    }
}

TEST_CASE("satisfaction rate is (满意 + 基本满意) / returned", "[rules][satisfaction]")
{
    struct Case { int returned, satisfied, basic, dissatisfied; double rate; };
    const Case cases[] = {
        {100, 80, 10, 10, 0.90},   // exactly seed 004's 90%
        {200, 150, 20, 30, 0.85},
        {37, 37, 0, 0, 1.0},
    };
    for (const auto &c : cases) {
        const auto r = satisfactionRate({{0, 1, 2014, {}, c.returned + 5, c.returned, c.satisfied, c.basic, c.dissatisfied}});
        REQUIRE(r);
        CHECK(*r == Approx(c.rate));
    }
    CHECK_FALSE(satisfactionRate({}).has_value());
    CHECK_FALSE(satisfactionRate({{0, 1, 2014, {}, 10, 0, 0, 0, 0}}).has_value());
    // Two surveys pool their answers.
    const auto pooled = satisfactionRate({{0, 1, 2014, {}, 100, 100, 90, 0, 10}, {0, 1, 2014, {}, 100, 100, 80, 0, 20}});
    CHECK(*pooled == Approx(0.85));
}
