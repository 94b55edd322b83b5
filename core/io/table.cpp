#include "io/table.h"

#include <algorithm>

namespace cd {

QString foldWidth(const QString &s)
{
    const auto folds = [](char16_t u) { return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || u == 0x00A0; };
    // Most cells have nothing to fold: they are only trimmed, without a copy of their text.
    const auto first = std::find_if(s.cbegin(), s.cend(), [&folds](QChar c) { return folds(c.unicode()); });
    if (first == s.cend())
        return s.trimmed();
    QString out = s;
    for (auto c = out.begin() + (first - s.cbegin()); c != out.end(); ++c) {
        const char16_t u = c->unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            *c = QChar(char16_t(u - 0xFEE0));
        else if (folds(u))
            *c = QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace cd
