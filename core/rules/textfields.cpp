#include "rules/textfields.h"

#include <QCoreApplication>

namespace cd {

int maxLength(TextField field)
{
    switch (field) {
    case TextField::Name: return 100;     // the longest official names run to about 40 characters
    case TextField::Person: return 50;
    case TextField::Phone: return 50;
    case TextField::Address: return 200;
    case TextField::Note: return 2000;
    }
    return 100;
}

QString textFieldProblem(const QString &value, TextField field)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!c.isLowSurrogate())
            ++position;
        if (c == QChar::ReplacementCharacter)
            return QCoreApplication::translate("cd::TextField", "character %1 could not be read: the file's bytes there are not valid UTF-8 or GB18030 text "
                     "(the file may be cut short or damaged)").arg(position);
        const bool lineBreakOrTab = c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
        // The control characters (general category Cc) are exactly U+0000–U+001F and U+007F–U+009F, a set Unicode
        // never changes: checked as ranges, not looked up per character.
        const bool control = c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
        if (control && !(field == TextField::Note && lineBreakOrTab))
            return QCoreApplication::translate("cd::TextField", "character %1 is an invisible control character (code %2); remove it").arg(position).arg(
                QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (c.isHighSurrogate() && (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate()))
            return QCoreApplication::translate("cd::TextField", "character %1 is not a valid character").arg(position);
    }
    if (position > maxLength(field))
        return QCoreApplication::translate("cd::TextField", "it has %1 characters; at most %2 are allowed").arg(position).arg(maxLength(field));
    return {};
}

} // namespace cd
