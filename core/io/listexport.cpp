#include "io/listexport.h"

#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QStringEncoder>
#include <algorithm>
#include <xlsxwriter.h>

namespace cd {

namespace {

[[noreturn]] void writeFailed(const QString &path, const QString &why)
{
    throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                                              .arg(QDir::toNativeSeparators(path), why));
}

QString diskReason(const QString &dir, const QString &fallback)
{
    const QStorageInfo info(dir);
    if (info.isValid() && info.bytesAvailable() < 1024 * 1024)
        return QCoreApplication::translate("cd::Export", "the disk is full.");
    return fallback;
}

void ensureFolder(const QString &path)
{
    const QFileInfo fi(path);
    if (!QFileInfo(fi.absolutePath()).isDir())
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Export", "The folder %1 does not exist.")
                                                .arg(QDir::toNativeSeparators(fi.absolutePath())));
}

void moveIntoPlace(const QString &tmp, const QString &path)
{
    QString why;
    if (!replaceFile(tmp, path, &why)) {
        QFile::remove(tmp);
        writeFailed(path, why);
    }
}

} // namespace

QString neutraliseFormula(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QChar(0xFF1D) /* full-width = */)
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

double displayWidth(const QString &text)
{
    double w = 0;
    for (const QChar c : text)
        w += (c.unicode() >= 0x2E80 || c.isSurrogate()) ? (c.isLowSurrogate() ? 0 : 2.1) : 1.1;
    return w;
}

void writeXlsx(const ExportList &list, const QString &path, const ExportProgress &progress)
{
    ensureFolder(path);
    // libxlsxwriter opens its file by a narrow name: write to an ASCII name beside the target, then rename.
    const QString tmp = QFileInfo(path).absolutePath() + QStringLiteral("/.cd-export-%1.xlsx.part")
                            .arg(QString::number(qHash(path), 16));
    QFile::remove(tmp);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // FIELD-NOTES: 3.9 MB instead of 144 MB at 100k rows
    options.tmpdir = nullptr;
    const QByteArray tmpName = narrowPathForC(tmp);
    lxw_workbook *wb = workbook_new_opt(tmpName.constData(), &options);
    if (!wb)
        writeFailed(path, diskReason(QFileInfo(path).absolutePath(), QCoreApplication::translate("cd::Export", "the file cannot be created.")));
    const QByteArray sheetName = (list.sheetName.isEmpty() ? QStringLiteral("Sheet1") : list.sheetName.left(31)).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());

    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_bg_color(head, 0xDDE5F0);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_text_wrap(head);
    lxw_format *cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_num_format(cell, "@"); // text, so that codes and phone numbers are never turned into numbers

    const int cols = int(list.headers.size());
    // Column widths from the content (libxlsxwriter 1.1.4 has no autofit); a sample keeps 100k rows cheap.
    std::vector<double> width(cols, 6);
    for (int c = 0; c < cols; ++c)
        width[c] = std::max(width[c], displayWidth(list.headers[c]) + 2);
    const size_t sample = std::min<size_t>(list.rows.size(), 2000);
    for (size_t r = 0; r < sample; ++r)
        for (int c = 0; c < cols && c < list.rows[r].size(); ++c)
            width[c] = std::max(width[c], displayWidth(list.rows[r][c]) + 2);
    for (int c = 0; c < cols; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(width[c], 60.0), nullptr);

    worksheet_set_row(ws, 0, 30, nullptr);
    if (cols > 1)
        worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(cols - 1), list.title.toUtf8().constData(), title);
    else
        worksheet_write_string(ws, 0, 0, list.title.toUtf8().constData(), title);
    for (int c = 0; c < cols; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), list.headers[c].toUtf8().constData(), head);
    worksheet_freeze_panes(ws, 2, 0);
    worksheet_autofilter(ws, 1, 0, lxw_row_t(1 + list.rows.size()), lxw_col_t(std::max(0, cols - 1)));
    // A4, header rows repeated on every printed page, page numbers in the footer.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_repeat_rows(ws, 0, 1);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");

    lxw_row_t row = 2;
    bool cancelled = false;
    std::vector<bool> numeric(size_t(cols), false);
    for (int c : list.numericColumns)
        if (c >= 0 && c < cols)
            numeric[size_t(c)] = true;
    // Each text is encoded into one buffer kept for the whole sheet: a fresh UTF-8 copy per cell was 900,000
    // allocations at 100,000 rows.
    QByteArray utf8;
    const QString none;
    for (size_t r = 0; r < list.rows.size(); ++r, ++row) {
        const QStringList &cells = list.rows[r];
        for (int c = 0; c < cols; ++c) {
            const QString &v = c < cells.size() ? cells[c] : none;
            if (numeric[size_t(c)] && !v.isEmpty()) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (ok) {
                    worksheet_write_number(ws, row, lxw_col_t(c), d, nullptr);
                    continue;
                }
            }
            QStringEncoder encoder(QStringEncoder::Utf8);
            utf8.resize(encoder.requiredSpace(v.size()) + 1);
            char *end = encoder.appendToBuffer(utf8.data(), v);
            *end = '\0';
            // Strings are never evaluated: user text never goes to write_formula (FIELD-NOTES).
            worksheet_write_string(ws, row, lxw_col_t(c), utf8.constData(), cell);
        }
        if (progress && (r % 1000 == 0) && !progress(qsizetype(r), qsizetype(list.rows.size()))) {
            cancelled = true;
            break;
        }
    }
    const lxw_error err = workbook_close(wb);
    if (cancelled) {
        QFile::remove(tmp);
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Export", "The export was cancelled; no file was written."));
    }
    if (err != LXW_NO_ERROR) {
        QFile::remove(tmp);
        writeFailed(path, diskReason(QFileInfo(path).absolutePath(), QString::fromUtf8(lxw_strerror(err))));
    }
    // libxlsxwriter 1.1.4 does not check the writes to its temporary sheet file: on a full disk it closes a
    // workbook whose sheet is cut short and reports success. Read the sheet back piece by piece (its CRC and its last
    // tag; never the whole workbook in memory, whatever its size) before it is moved into place.
    {
        QByteArray tail;
        const ZipEntryStatus status = streamZipFileEntry(tmp, QStringLiteral("xl/worksheets/sheet1.xml"), [&tail](const char *d, qsizetype n) {
            tail.append(d, n);
            if (tail.size() > 256)
                tail.remove(0, tail.size() - 256);
        });
        if (status != ZipEntryStatus::Ok || !tail.trimmed().endsWith("</worksheet>")) {
            QFile::remove(tmp);
            // Say the disk is full only when it is (here or where libxlsxwriter keeps its temporary files).
            const QString incomplete = QCoreApplication::translate("cd::Export", "the workbook came out incomplete when it was read back.");
            writeFailed(path, diskReason(QDir::tempPath(), diskReason(QFileInfo(path).absolutePath(), incomplete)));
        }
    }
    moveIntoPlace(tmp, path);
    if (progress)
        progress(qsizetype(list.rows.size()), qsizetype(list.rows.size()));
}

static void appendCsvField(QString &out, const QString &value)
{
    const QString v = neutraliseFormula(value);
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        out += QLatin1Char('"');
        out += QString(v).replace(QLatin1String("\""), QLatin1String("\"\""));
        out += QLatin1Char('"');
    } else {
        out += v;
    }
}

void writeCsv(const ExportList &list, const QString &path, CsvEncoding encoding, const ExportProgress &progress)
{
    ensureFolder(path);
    const QString tmp = siblingTempPath(path, QStringLiteral("part"));
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly))
        writeFailed(path, f.errorString());
    const auto encode = [encoding](const QString &s) { return encoding == CsvEncoding::Gb18030 ? toGb18030(s) : s.toUtf8(); };
    bool ok = true;
    if (encoding == CsvEncoding::Utf8Bom)
        ok = f.write("\xEF\xBB\xBF", 3) == 3;
    QString chunk;
    const auto line = [&chunk](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                chunk += QLatin1Char(',');
            appendCsvField(chunk, cells[i]);
        }
        chunk += QLatin1String("\r\n");
    };
    line(list.headers);
    bool cancelled = false;
    for (size_t r = 0; r < list.rows.size() && ok; ++r) {
        line(list.rows[r]);
        if (chunk.size() > (1 << 16)) {
            const QByteArray b = encode(chunk);
            ok = f.write(b) == b.size();
            chunk.clear();
        }
        if (progress && r % 1000 == 0 && !progress(qsizetype(r), qsizetype(list.rows.size()))) {
            cancelled = true;
            break;
        }
    }
    if (ok && !chunk.isEmpty()) {
        const QByteArray b = encode(chunk);
        ok = f.write(b) == b.size();
    }
    ok = ok && f.flush();
    const QString why = f.errorString();
    f.close();
    if (cancelled || !ok) {
        QFile::remove(tmp);
        if (cancelled)
            throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Export", "The export was cancelled; no file was written."));
        writeFailed(path, diskReason(QFileInfo(path).absolutePath(), why));
    }
    moveIntoPlace(tmp, path);
}

} // namespace cd
