// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF endings.
#pragma once

#include "io/table.h"

namespace cd {

struct CsvError
{
    int row = 0;
    QString reason;
};

// Reads the records of decoded text a number at a time, so that a large file need not be held as one table.
class CsvReader
{
public:
    explicit CsvReader(QString text) : m_text(std::move(text)) {}
    // Appends up to maxRows more records (blank lines are skipped) to out; returns how many. An unterminated quote
    // is reported through *error (when given) with its row, and ends the reading.
    // Borrowed cells are not copied: each field read as it stands refers to this reader's text (QString::fromRawData)
    // and must not outlive the reader. A copy (a QString made from it, an arg()) is the caller's own.
    enum class Cells { Owned, Borrowed };
    qsizetype read(QList<TableRow> &out, qsizetype maxRows, CsvError *error = nullptr, Cells cells = Cells::Owned);
    bool atEnd() const { return m_pos >= m_text.size() && m_row.cells.isEmpty(); }
    // The lines left to read: an upper bound on the records (quoted line breaks count too).
    qsizetype linesLeft() const;

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_record = 1; // spreadsheet row of the record being read
    mutable qsizetype m_lines = -1;
    TableRow m_row{1, {}};
};

// Parses decoded text whole; an unterminated quote is reported through *error (when given) with its row.
Table parseCsv(const QString &text, CsvError *error = nullptr);

} // namespace cd
