#include "io/csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace cd {

qsizetype CsvReader::linesLeft() const
{
    // The text's lines counted once; each record read took at least one of them.
    if (m_lines < 0)
        m_lines = m_text.count(QLatin1Char('\n')) + 1;
    return std::max<qsizetype>(0, m_lines - (m_record - 1));
}

qsizetype CsvReader::read(QList<TableRow> &out, qsizetype maxRows, CsvError *error, Cells cells)
{
    const bool borrow = cells == Cells::Borrowed;
    const qsizetype n = m_text.size();
    const QChar *s = m_text.constData();
    qsizetype &i = m_pos;
    TableRow &row = m_row;
    qsizetype added = 0;

    const auto isBreak = [](QChar c) { return c == QLatin1Char('\r') || c == QLatin1Char('\n'); };
    // Each row is given room for as many cells as the one before.
    const auto finishRow = [&] {
        const bool blank = row.cells.size() == 1 && row.cells.first().isEmpty();
        const qsizetype width = row.cells.size();
        if (!blank) {
            out.push_back(std::move(row));
            ++added;
        }
        row = TableRow{};
        row.number = ++m_record;
        row.cells.reserve(width);
    };

    while (i < n && added < maxRows) {
        // One field.
        QString field;
        const bool quoted = s[i] == QLatin1Char('"');
        qsizetype quote = i + 1; // a quoted field's closing quote, when it is the field's first
        while (quoted && quote < n && s[quote] != QLatin1Char('"'))
            ++quote;
        if (quoted && quote < n && (quote + 1 == n || s[quote + 1] == QLatin1Char(',') || isBreak(s[quote + 1]))) {
            // The usual quoted field: no quote inside and nothing after the closing one, so its text is one piece of
            // the file's (borrowed as the unquoted fields are).
            field = borrow ? QString::fromRawData(s + i + 1, quote - i - 1) : QString(s + i + 1, quote - i - 1);
            i = quote + 1;
        } else if (quoted) {
            const int startRecord = m_record;
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
                out.push_back(std::move(row));
                row = TableRow{};
                return added + 1;
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
            field = borrow ? QString::fromRawData(s + i, e - i) : QString(s + i, e - i);
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
    if (i >= n && !row.cells.isEmpty() && added < maxRows)
        finishRow();
    return added;
}

Table parseCsv(const QString &text, CsvError *error)
{
    Table table;
    CsvReader reader(text);
    // Room for every line at once (up to two million; blank lines take none): a 100,000-line roster is not copied
    // over and over as it grows.
    table.rows.reserve(std::min<qsizetype>(reader.linesLeft(), qsizetype(1) << 21));
    reader.read(table.rows, std::numeric_limits<qsizetype>::max(), error);
    return table;
}

} // namespace cd
