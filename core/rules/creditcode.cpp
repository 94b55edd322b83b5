#include "rules/creditcode.h"

#include <array>

namespace cd {

namespace {
// GB 32100-2015: 31 characters, no I, O, S, V, Z.
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// Each ASCII character's value in the alphabet, -1 where it is not one: a row's code is checked 35 characters at a
// time, on every row of a roster.
constexpr auto kValues = [] {
    std::array<signed char, 128> values{};
    values.fill(-1);
    for (int i = 0; i < 31; ++i)
        values[kAlphabet[i]] = static_cast<signed char>(i);
    return values;
}();

int valueOf(QChar c)
{
    return c.unicode() < kValues.size() ? kValues[c.unicode()] : -1;
}
} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31; // 31 → 0
    return QChar(kAlphabet[check]);
}

CreditCodeCheck checkCreditCode(const QString &code)
{
    CreditCodeCheck r;
    if (code.size() != 18) {
        r.result = CreditCodeCheck::Result::WrongLength;
        return r;
    }
    for (int i = 0; i < 18; ++i)
        if (valueOf(code[i]) < 0) {
            r.result = CreditCodeCheck::Result::BadCharacter;
            r.position = i + 1;
            return r;
        }
    r.expected = creditCodeCheckCharacter(QStringView(code).left(17));
    if (code[17] != r.expected) {
        r.result = CreditCodeCheck::Result::BadCheckCharacter;
        r.position = 18;
    }
    return r;
}

} // namespace cd
