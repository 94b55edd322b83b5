// A list as the clerk sends it on: a title, headers and rows of text, written to .xlsx (libxlsxwriter) or CSV.
// Every file is written beside its target and moved into place, so a failure leaves no half file.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace cd {

struct ExportList
{
    QString title;                   // the title row, e.g. 2014年文明窗口命名名单
    QString sheetName;               // at most 31 characters
    QStringList headers;
    std::vector<QStringList> rows;
    QList<int> numericColumns;       // written as numbers; every other cell is text (codes, phones stay text)
};

enum class CsvEncoding { Utf8Bom, Gb18030 };

// Progress reports rows written; returning false cancels, and nothing is left behind.
using ExportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Throws Failure(Input) for a bad target and Failure(Storage) for a failed write (a full disk says so).
void writeXlsx(const ExportList &list, const QString &path, const ExportProgress &progress = {});
void writeCsv(const ExportList &list, const QString &path, CsvEncoding encoding, const ExportProgress &progress = {});

// OWASP CSV injection: a cell that begins with = + - @, a tab or CR gets a leading apostrophe.
QString neutraliseFormula(const QString &cell);
// Column width in Excel units for text, counting a CJK character as two.
double displayWidth(const QString &text);

} // namespace cd
