// What a text field of a record may hold (DOMAIN.md §10's roster columns and the same fields typed in the GUI): no
// control characters (a note keeps its line breaks and tabs), no character the file's bytes could not be read as
// (U+FFFD), and a sane length. One rule for the import and for the unit dialog.
#pragma once

#include <QString>

namespace cd {

enum class TextField { Name, Person, Phone, Address, Note };

// The longest value of each field, in characters.
int maxLength(TextField field);
// Empty when the value is acceptable; otherwise the reason, in the user's language.
QString textFieldProblem(const QString &value, TextField field);

} // namespace cd
