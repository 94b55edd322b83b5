// The .xlsx reader, on workbooks written by libxlsxwriter and by hand (shared, inline and number cells).
#include "catch.h"
#include "testutil.h"

#include "io/xlsxreader.h"
#include "util/failure.h"

#include <QDir>
#include <QTemporaryDir>
#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace cd;
using cdtest::u;

namespace {
void addEntry(zipFile z, const char *name, const QByteArray &data)
{
    zipOpenNewFileInZip(z, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6);
    zipWriteInFileInZip(z, data.constData(), unsigned(data.size()));
    zipCloseFileInZip(z);
}
} // namespace

TEST_CASE("cells written by libxlsxwriter read back, with numeric codes as digits", "[io][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    lxw_workbook *wb = workbook_new(QDir::toNativeSeparators(path).toLocal8Bit().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "名册");
    worksheet_write_string(ws, 0, 0, "单位名称", nullptr);
    worksheet_write_string(ws, 0, 1, "所属地区", nullptr);
    worksheet_write_string(ws, 0, 3, "职工人数", nullptr);
    worksheet_write_string(ws, 1, 0, "南关区婚姻登记处", nullptr);
    worksheet_write_number(ws, 1, 1, 220102, nullptr); // an office suite stores the code as a number
    worksheet_write_number(ws, 1, 3, 12, nullptr);
    worksheet_write_string(ws, 3, 0, "𠈌字单位", nullptr); // a character outside the BMP, in row 4
    worksheet_write_number(ws, 3, 1, 2.5, nullptr);
    worksheet_write_boolean(ws, 3, 3, 1, nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    const XlsxSheet sheet = readXlsxFirstSheet(path);
    CHECK(sheet.name == u("名册"));
    REQUIRE(sheet.table.rows.size() == 3);
    CHECK(sheet.table.rows[0].cells == QStringList{u("单位名称"), u("所属地区"), QString(), u("职工人数")});
    CHECK(sheet.table.rows[1].cells == QStringList{u("南关区婚姻登记处"), u("220102"), QString(), u("12")});
    CHECK(sheet.table.rows[2].number == 4);
    CHECK(sheet.table.rows[2].cells == QStringList{u("𠈌字单位"), u("2.5"), QString(), u("TRUE")});
}

TEST_CASE("inline strings, exponent numbers and sparse cells of a hand-made workbook", "[io][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handmade.xlsx")); // minizip opens paths in the ANSI code page
    zipFile z = zipOpen64(path.toLocal8Bit().constData(), 0);
    REQUIRE(z);
    addEntry(z, "xl/workbook.xml",
             R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId7"/></sheets></workbook>)");
    addEntry(z, "xl/_rels/workbook.xml.rels",
             R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>)");
    addEntry(z, "xl/worksheets/data.xml",
             u(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
               R"(<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="C1" t="str"><v>公式结果</v></c></row>)"
               R"(<row r="3"><c r="B3"><v>2.20102E5</v></c><c r="AA3" t="inlineStr"><is><t>远列</t></is></c></row>)"
               R"(</sheetData></worksheet>)").toUtf8());
    zipClose(z, nullptr);

    const XlsxSheet sheet = readXlsxFirstSheet(path);
    REQUIRE(sheet.table.rows.size() == 2);
    CHECK(sheet.table.rows[0].cells == QStringList{u("单位名称"), QString(), u("公式结果")});
    CHECK(sheet.table.rows[1].number == 3);
    CHECK(sheet.table.rows[1].cells.value(1) == u("220102"));
    CHECK(sheet.table.rows[1].cells.size() == 27);
    CHECK(sheet.table.rows[1].cells.value(26) == u("远列"));
}

TEST_CASE("files that are not workbooks get a clear message", "[io][xlsx]")
{
    CHECK_THROWS_AS(readXlsxFirstSheet(QByteArray("not a zip"), QStringLiteral("a.xlsx")), Failure);
    QByteArray damaged("PK\x03\x04", 4);
    damaged += QByteArray(2000, 'x');
    try {
        readXlsxFirstSheet(damaged, QStringLiteral("b.xlsx"));
        FAIL("accepted");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(QStringLiteral("b.xlsx")));
    }
}
