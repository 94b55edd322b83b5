#include "rules/creditcode.h"

namespace cd {

namespace {
// GB 32100-2015: 31 characters, no I, O, S, V, Z.
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (kAlphabet[i] == c.unicode())
            return i;
    return -1;
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
