// The unified social credit code check character (DOMAIN.md §10, GB 32100-2015).
#include "catch.h"
#include "testutil.h"

#include "rules/creditcode.h"

using namespace cd;
using R = CreditCodeCheck::Result;

TEST_CASE("credit code check characters", "[rules][creditcode]")
{
    struct Case { const char *code; R result; char expected; };
    const Case cases[] = {
        {"91350100M000100Y43", R::Ok, '3'},            // a published code (Fuzhou), check character 3
        {"91350100M000100Y42", R::BadCheckCharacter, '3'},
        {"12220000MB1234567X", R::BadCheckCharacter, 0}, // check character computed below
        {"9135010OM000100Y43", R::BadCharacter, 0},    // the letter O is not in the alphabet
        {"91350100M000100Y4", R::WrongLength, 0},
        {"", R::WrongLength, 0},
    };
    for (const auto &c : cases) {
        INFO(c.code);
        const auto r = checkCreditCode(QString::fromLatin1(c.code));
        CHECK(r.result == c.result);
        if (c.expected)
            CHECK(r.expected == QLatin1Char(c.expected));
    }
}

TEST_CASE("the check character follows the weights of GB 32100-2015", "[rules][creditcode]")
{
    // Weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check = 31 − (sum mod 31), 31 → 0.
    const QString first17 = QStringLiteral("91350100M000100Y4");
    const int values[17] = {9, 1, 3, 5, 0, 1, 0, 0, 21, 0, 0, 0, 1, 0, 0, 30, 4}; // M = 21, Y = 30
    const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += values[i] * weights[i];
    const int check = (31 - sum % 31) % 31;
    CHECK(check == 3);
    CHECK(creditCodeCheckCharacter(first17) == QLatin1Char('3'));
    // Every code the function completes passes the check, and changing any one character breaks it.
    const QString code = first17 + creditCodeCheckCharacter(first17);
    CHECK(checkCreditCode(code).result == R::Ok);
    QString typo = code;
    typo[5] = QLatin1Char('7');
    CHECK(checkCreditCode(typo).result == R::BadCheckCharacter);
}

TEST_CASE("every character outside the 31 of GB 32100-2015 is refused where it stands, and none of the 31 is", "[rules][creditcode]")
{
    // The alphabet: the ten digits and the capital letters but I, O, S, V and Z (GB 32100-2015 §4.2). Lower case,
    // full-width forms and every other character are not in it; the caller folds those first if it wants to.
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const QString rest = QStringLiteral("1350100M000100Y43");
    for (int c = 0; c <= 0xFFFF; ++c) {
        const QChar ch{char16_t(c)};
        const auto r = checkCreditCode(ch + rest);
        if (alphabet.contains(ch)) {
            CHECK(r.result != R::BadCharacter);
        } else {
            INFO("U+" << QString::number(c, 16).toStdString());
            CHECK(r.result == R::BadCharacter);
            CHECK(r.position == 1);
        }
    }
}
