// The rows of a roster file (CSV or .xlsx), read a part at a time.
#pragma once

#include "io/csvreader.h"
#include "io/table.h"

#include <QList>
#include <QString>
#include <optional>

namespace cd {

// A roster file's rows, read a part at a time: a CSV file is decoded whole and parsed as its rows are asked for; a
// workbook is read whole.
class RosterSource
{
public:
    explicit RosterSource(const QString &path);

    // Appends up to `max` more rows to out; 0 at the end. A CSV file cut inside a quoted field is refused here.
    // Borrowed cells refer to this source's text and must not outlive it (CsvReader::Cells).
    qsizetype read(QList<TableRow> &out, qsizetype max, CsvReader::Cells cells = CsvReader::Cells::Owned);

    // At most this many rows are left.
    qsizetype rowsLeft() const { return m_table ? m_table->rows.size() - m_next : m_csv->linesLeft(); }

private:
    QString m_shown;
    std::optional<Table> m_table;
    qsizetype m_next = 0;
    std::optional<CsvReader> m_csv;
};

} // namespace cd
