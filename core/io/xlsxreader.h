// A small .xlsx reader on minizip and QXmlStreamReader: the first worksheet's cells as text.
// Handles shared strings, inline strings, formula strings, booleans and numbers; a whole number
// stored as a number (220102, 2.20102E5) reads back as its digits, so codes survive an office suite.
#pragma once

#include "io/table.h"

#include <QString>
#include <optional>

namespace cd {

struct XlsxSheet
{
    QString name;
    Table table;
};

// Throws Failure(Input) with a sentence when the file is not a readable .xlsx workbook.
XlsxSheet readXlsxFirstSheet(const QString &path);
// The same from bytes already in memory.
XlsxSheet readXlsxFirstSheet(const QByteArray &bytes, const QString &displayName);
bool looksLikeZip(const QByteArray &head);
// One entry of a zip archive in memory, checked against its CRC; nullopt when missing or damaged.
std::optional<QByteArray> zipEntry(const QByteArray &zipBytes, const QString &name);

} // namespace cd
