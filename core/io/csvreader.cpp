#include "io/csvreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

Table parseCsv(const QString &text, CsvError *error)
{
    Table table;
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    qsizetype i = 0;
    int record = 1; // spreadsheet row of the record being read
    TableRow row;
    row.number = record;
    // Room for every line at once (up to two million; blank lines take none), and each row for as many cells as the
    // one before: a 100,000-line roster is not copied over and over as it grows.
    table.rows.reserve(std::min<qsizetype>(text.count(QLatin1Char('\n')) + 1, qsizetype(1) << 21));

    const auto isBreak = [](QChar c) { return c == QLatin1Char('\r') || c == QLatin1Char('\n'); };
    const auto finishRow = [&] {
        const bool blank = row.cells.size() == 1 && row.cells.first().isEmpty();
        const qsizetype width = row.cells.size();
        if (!blank)
            table.rows.push_back(std::move(row));
        row = TableRow{};
        row.number = ++record;
        row.cells.reserve(width);
    };

    while (i < n) {
        // One field.
        QString field;
        if (s[i] == QLatin1Char('"')) {
            const int startRecord = record;
            ++i;
            bool closed = false;
            while (i < n) {
                qsizetype q = i;
                while (q < n && s[q] != QLatin1Char('"'))
                    ++q;
                field.append(s + i, q - i);
                // Line breaks inside quotes belong to the field and do not start a spreadsheet row.
                if (q >= n) {
                    i = n;
                    break;
                }
                if (q + 1 < n && s[q + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                closed = true;
                break;
            }
            if (!closed) {
                if (error) {
                    error->row = startRecord;
                    error->reason = QCoreApplication::translate("cd::Csv", "a quoted field is never closed");
                }
                row.cells.push_back(field);
                table.rows.push_back(std::move(row));
                return table;
            }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            qsizetype e = i;
            while (e < n && s[e] != QLatin1Char(',') && !isBreak(s[e]))
                ++e;
            field.append(s + i, e - i);
            i = e;
        } else {
            qsizetype e = i;
            while (e < n && s[e] != QLatin1Char(',') && !isBreak(s[e]))
                ++e;
            field = QString(s + i, e - i);
            i = e;
        }
        row.cells.push_back(std::move(field));
        if (i >= n)
            break;
        if (s[i] == QLatin1Char(',')) {
            ++i;
            if (i >= n)
                row.cells.push_back(QString());
            continue;
        }
        // A line break ends the record: CRLF, LF or a lone CR.
        if (s[i] == QLatin1Char('\r') && i + 1 < n && s[i + 1] == QLatin1Char('\n'))
            ++i;
        ++i;
        finishRow();
    }
    if (!row.cells.isEmpty())
        finishRow();
    return table;
}

} // namespace cd
