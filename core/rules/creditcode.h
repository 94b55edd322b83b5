// The unified social credit code (统一社会信用代码) of GB 32100-2015 and its check character (DOMAIN.md §10).
#pragma once

#include <QString>

namespace cd {

struct CreditCodeCheck
{
    enum class Result { Ok, WrongLength, BadCharacter, BadCheckCharacter } result = Result::Ok;
    int position = 0;   // 1-based position of the bad character
    QChar expected;     // the check character the first 17 call for
};

CreditCodeCheck checkCreditCode(const QString &code);
// The check character for the first 17 characters; a null QChar when they hold a character outside the alphabet.
QChar creditCodeCheckCharacter(QStringView first17);

} // namespace cd
