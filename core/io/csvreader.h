// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF endings.
#pragma once

#include "io/table.h"

namespace cd {

struct CsvError
{
    int row = 0;
    QString reason;
};

// Parses decoded text; an unterminated quote is reported through *error (when given) with its row.
Table parseCsv(const QString &text, CsvError *error = nullptr);

} // namespace cd
