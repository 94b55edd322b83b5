// Export of N nomination rows (9 columns) to .xlsx: our writer against a bare libxlsxwriter loop writing the same
// workbook in constant_memory mode from ready UTF-8 (the floor), and against the earlier anchor, a loop writing the
// texts as plain unformatted strings. Also writes the rows as CSV for the LibreOffice comparison.
// Usage: bench_export ROWS WORKDIR     Prints figures only.
#include "io/listexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>
#include <xlsxwriter.h>

using namespace cd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 100000;
    const QDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath());
    ExportList list;
    list.title = QStringLiteral("2014年“文明窗口”命名名单");
    list.headers = {QStringLiteral("编号"), QStringLiteral("市（州）"), QStringLiteral("县（市、区）"), QStringLiteral("单位类别"),
                    QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("文号"), QStringLiteral("命名日期"),
                    QStringLiteral("备注")};
    list.numericColumns = {0};
    list.rows.reserve(n);
    for (int i = 0; i < n; ++i)
        list.rows.push_back({QString::number(i + 1), QStringLiteral("长春市"), QStringLiteral("南关区"), QStringLiteral("婚姻登记处"),
                             QStringLiteral("南关区第%1婚姻登记处").arg(i), QStringLiteral("12220102MB%1").arg(i, 8, 10, QLatin1Char('0')),
                             QStringLiteral("吉文明办〔2014〕12号"), QStringLiteral("2014-12-26"), QString()});

    QElapsedTimer t;
    t.start();
    // The floor: the same workbook (title, bordered header, bordered text cells, the number column, blank bordered
    // cells where a row has no value, the print set-up) written by a bare loop over ready UTF-8, constant_memory.
    std::vector<std::vector<QByteArray>> utf8(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        for (const QString &v : list.rows[r])
            utf8[size_t(r)].push_back(v.toUtf8());
    const QByteArray title = list.title.toUtf8();
    // Each writer three times, taking turns (ours, the floor, the plain loop), and the median of each: the machine is
    // shared and the first writer of a run pays for warming it up.
    std::vector<qint64> oursRuns, bareRuns, plainRuns;
    const auto timed = [&t](std::vector<qint64> &runs, const std::function<void()> &write) {
        t.restart();
        write();
        runs.push_back(t.elapsed());
    };
    for (int turn = 0; turn < 3; ++turn) {
        timed(oursRuns, [&] {
            writeXlsx(list, dir.filePath(QStringLiteral("ours.xlsx")));
        });
        timed(bareRuns, [&] {
            {
                lxw_workbook_options o{};
                o.constant_memory = LXW_TRUE;
                lxw_workbook *wb = workbook_new_opt(QFile::encodeName(dir.filePath(QStringLiteral("bare.xlsx"))).constData(), &o);
                lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
                lxw_format *big = workbook_add_format(wb);
                format_set_bold(big);
                format_set_font_size(big, 16);
                format_set_align(big, LXW_ALIGN_CENTER);
                lxw_format *head = workbook_add_format(wb);
                format_set_bold(head);
                format_set_border(head, LXW_BORDER_THIN);
                lxw_format *cell = workbook_add_format(wb);
                format_set_border(cell, LXW_BORDER_THIN);
                format_set_num_format(cell, "@");
                const int cols = int(list.headers.size());
                worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(cols - 1), title.constData(), big);
                for (int c = 0; c < cols; ++c)
                    worksheet_write_string(ws, 1, lxw_col_t(c), list.headers[c].toUtf8().constData(), head);
                worksheet_freeze_panes(ws, 2, 0);
                worksheet_autofilter(ws, 1, 0, lxw_row_t(1 + n), lxw_col_t(cols - 1));
                worksheet_set_paper(ws, 9);
                worksheet_repeat_rows(ws, 0, 1);
                for (int r = 0; r < n; ++r) {
                    worksheet_write_number(ws, lxw_row_t(r + 2), 0, r + 1, nullptr);
                    for (int c = 1; c < cols; ++c)
                        worksheet_write_string(ws, lxw_row_t(r + 2), lxw_col_t(c), utf8[size_t(r)][size_t(c)].constData(), cell);
                }
                workbook_close(wb);
            }
        });
        // The earlier anchor: the same texts as plain strings, without any format, title or blank cells.
        timed(plainRuns, [&] {
            {
                lxw_workbook_options o{};
                o.constant_memory = LXW_TRUE;
                lxw_workbook *wb = workbook_new_opt(QFile::encodeName(dir.filePath(QStringLiteral("plain.xlsx"))).constData(), &o);
                lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
                for (int c = 0; c < list.headers.size(); ++c)
                    worksheet_write_string(ws, 0, lxw_col_t(c), list.headers[c].toUtf8().constData(), nullptr);
                for (int r = 0; r < n; ++r)
                    for (int c = 0; c < list.headers.size(); ++c)
                        worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), list.rows[r][c].toUtf8().constData(), nullptr);
                workbook_close(wb);
            }
        });
    }
    const auto median = [](std::vector<qint64> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const qint64 ours = median(oursRuns), bare = median(bareRuns), plain = median(plainRuns);
    t.restart();

    writeCsv(list, dir.filePath(QStringLiteral("rows.csv")), CsvEncoding::Utf8Bom);
    const qint64 csv = t.restart();
    std::printf("rows %d  ours.xlsx %lld ms  bare libxlsxwriter %lld ms  ratio %.2f  plain strings %lld ms  ratio %.2f  csv %lld ms\n",
                n, ours, bare, bare ? double(ours) / double(bare) : 0.0, plain, plain ? double(ours) / double(plain) : 0.0, csv);
    return 0;
}
