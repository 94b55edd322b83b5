// libFuzzer target: the roster CSV path (encoding detection, RFC 4180 parsing, the text-field rule on every cell).
// Invariants checked beyond "no crash": every row number is at least 1 and increasing; invalid bytes are counted; the
// import's way of reading (cells borrowed from the text, a few rows at a time) gives the same rows and error.
#include "io/csvreader.h"
#include "io/textdecode.h"
#include "rules/textfields.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto text = cd::decodeText(bytes);
    if (!text)
        return 0;
    if (text->invalidBytes == 0 && text->encoding == cd::TextEncoding::Utf8 && text->text.contains(QChar::ReplacementCharacter)
        && !bytes.contains("\xEF\xBF\xBD"))
        std::abort(); // a replacement character that no bytes asked for
    cd::CsvError error;
    const cd::Table table = cd::parseCsv(text->text, &error);
    int last = 0;
    for (const auto &row : table.rows) {
        if (row.number < 1 || row.number <= last)
            std::abort();
        last = row.number;
        for (const auto &cell : row.cells)
            (void)cd::textFieldProblem(cell, cd::TextField::Name);
    }
    cd::CsvReader reader(text->text);
    QList<cd::TableRow> parts;
    cd::CsvError partError;
    while (reader.read(parts, 3, &partError, cd::CsvReader::Cells::Borrowed) > 0 && partError.row == 0) {
    }
    if (parts.size() != table.rows.size() || partError.row != error.row)
        std::abort();
    for (qsizetype r = 0; r < parts.size(); ++r)
        if (parts[r].number != table.rows[r].number || parts[r].cells != table.rows[r].cells)
            std::abort();
    return 0;
}
