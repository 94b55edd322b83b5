// Export of N nomination rows (9 columns) to .xlsx: our writer against a bare libxlsxwriter loop writing the
// same cells in constant_memory mode (the floor). Also writes the rows as CSV for the LibreOffice comparison.
// Usage: bench_export ROWS WORKDIR     Prints figures only.
#include "io/listexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
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
    writeXlsx(list, dir.filePath(QStringLiteral("ours.xlsx")));
    const qint64 ours = t.restart();

    lxw_workbook_options o{};
    o.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(dir.filePath(QStringLiteral("bare.xlsx"))).constData(), &o);
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    for (int c = 0; c < list.headers.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), list.headers[c].toUtf8().constData(), nullptr);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < list.headers.size(); ++c)
            worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), list.rows[r][c].toUtf8().constData(), nullptr);
    workbook_close(wb);
    const qint64 bare = t.restart();

    writeCsv(list, dir.filePath(QStringLiteral("rows.csv")), CsvEncoding::Utf8Bom);
    const qint64 csv = t.restart();
    std::printf("rows %d  ours.xlsx %lld ms  bare libxlsxwriter %lld ms  ratio %.2f  csv %lld ms\n", n, ours, bare,
                bare ? double(ours) / double(bare) : 0.0, csv);
    return 0;
}
