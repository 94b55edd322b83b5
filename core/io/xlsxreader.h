// A small .xlsx reader on minizip and QXmlStreamReader: the first worksheet's cells as text.
// Handles shared strings, inline strings, formula strings, booleans and numbers; a whole number
// stored as a number (220102, 2.20102E5) reads back as its digits, so codes survive an office suite.
#pragma once

#include "io/table.h"

#include <QString>
#include <functional>
#include <optional>

namespace cd {

struct XlsxSheet
{
    QString name;
    Table table;
};

enum class ZipEntryStatus { Ok, Missing, Damaged, TooLarge };

// What one part of a workbook may expand to: at most 1 GiB, and beyond 16 MiB at most 100 times its compressed size
// (real sheets compress 5–30 times; a "zip bomb" 1,000 times). A part over either limit refuses the whole file
// before it is inflated.
constexpr quint64 kMaxPartBytes = 1024ull * 1024 * 1024;
constexpr quint64 kMaxPartRatio = 100;
constexpr quint64 kRatioFreeBytes = 16ull * 1024 * 1024;
bool tooLarge(quint64 expanded, quint64 compressed);

// Throws Failure(Input) with a sentence when the file is not a readable .xlsx workbook: every part it needs must
// parse completely (a damaged part, a shared string that is not there, a DTD, a part over the limits refuse it all).
XlsxSheet readXlsxFirstSheet(const QString &path);
// The same from bytes already in memory.
XlsxSheet readXlsxFirstSheet(const QByteArray &bytes, const QString &displayName);
// The sheet of that name (hidden or not), or the first when `name` is empty; nullopt when there is none of that name.
std::optional<XlsxSheet> readXlsxSheet(const QByteArray &bytes, const QString &displayName, const QString &name);
bool looksLikeZip(const QByteArray &head);
// One entry of a zip archive in memory, checked against its CRC; nullopt when missing, damaged or over the limits.
std::optional<QByteArray> zipEntry(const QByteArray &zipBytes, const QString &name);
// The names of a zip archive's entries; nullopt when it is not a zip or its directory is damaged.
std::optional<QStringList> zipEntryNames(const QByteArray &zipBytes);
// One entry of a zip file on disk, inflated piece by piece through `sink` (never held whole), CRC checked; for reading
// back what this program wrote, so without the size limits.
ZipEntryStatus streamZipFileEntry(const QString &path, const QString &name, const std::function<void(const char *, qsizetype)> &sink);

} // namespace cd
