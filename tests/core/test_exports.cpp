// List exports and the report painter: formula neutralising, safe writing, cancellation, page layout.
#include "catch.h"
#include "testutil.h"

#include "io/listexport.h"
#include "reports/reportpainter.h"
#include "util/failure.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace cd;
using cdtest::u;

namespace {
ExportList sampleList(int rows)
{
    ExportList l;
    l.title = u("2014年“文明窗口”命名名单");
    l.headers = {u("编号"), u("单位名称"), u("统一社会信用代码")};
    l.numericColumns = {0};
    for (int i = 1; i <= rows; ++i)
        l.rows.push_back({QString::number(i), u("南关区第%1婚姻登记处").arg(i), QStringLiteral("12220102MB0000011R")});
    return l;
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size());
}
} // namespace

TEST_CASE("cells that a spreadsheet would run get a leading apostrophe (OWASP)", "[io][export]")
{
    struct Case { const char *in; const char *out; };
    const Case cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
        {"+1", "'+1"}, {"-2", "'-2"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
        {"＝全角", "'＝全角"}, {"南关区=1", "南关区=1"}, {"", ""}, {"12220102MB0000011R", "12220102MB0000011R"},
    };
    for (const auto &c : cases) {
        INFO(c.in);
        CHECK(neutraliseFormula(u(c.in)) == u(c.out));
    }
    CHECK(displayWidth(u("南关区")) > displayWidth(QStringLiteral("ABC")));
}

TEST_CASE("exports land whole or not at all", "[io][export]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("命名名单.xlsx"));
    writeXlsx(sampleList(50), xlsx);
    REQUIRE(QFile::exists(xlsx));
    CHECK(cdtest::fileBytes(xlsx).startsWith("PK"));
    CHECK(filesIn(dir.path()) == 1); // no temporary left beside it

    // Cancelled half way: the earlier file stays as it was, and nothing else appears.
    const QByteArray before = cdtest::fileBytes(xlsx);
    CHECK_THROWS_AS(writeXlsx(sampleList(5000), xlsx, [](qsizetype done, qsizetype) { return done < 2000; }), Failure);
    CHECK(cdtest::fileBytes(xlsx) == before);
    const QString csv = dir.filePath(QStringLiteral("名单.csv"));
    CHECK_THROWS_AS(writeCsv(sampleList(5000), csv, CsvEncoding::Utf8Bom, [](qsizetype done, qsizetype) { return done < 2000; }), Failure);
    CHECK_FALSE(QFile::exists(csv));
    CHECK(filesIn(dir.path()) == 1);

    // A folder that does not exist is a clear input error.
    try {
        writeCsv(sampleList(1), dir.filePath(QStringLiteral("没有/名单.csv")), CsvEncoding::Utf8Bom);
        FAIL("written");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(u("没有")));
    }
    writeCsv(sampleList(2), csv, CsvEncoding::Gb18030);
    const QByteArray gbk = cdtest::fileBytes(csv);
    CHECK_FALSE(gbk.startsWith("\xEF\xBB\xBF"));
    CHECK(gbk.contains("12220102MB0000011R"));
}

TEST_CASE("reports paint A4 pages with the header on each and a rare character's font", "[reports]")
{
    QTemporaryDir dir;
    ReportDocument doc;
    doc.title = u("2014年“文明窗口”命名名单");
    ReportSection s;
    s.table.columns = {{u("编号"), 1, true}, {u("单位名称"), 6}};
    for (int i = 1; i <= 120; ++i)
        s.table.rows << QStringList{QString::number(i), i == 60 ? u("𠈌字社会福利院") : u("南关区第%1婚姻登记处").arg(i)};
    doc.sections << s;
    const QString pdf = dir.filePath(QStringLiteral("名单.pdf"));
    const int pages = ReportPainter::writePdf(doc, pdf);
    CHECK(pages >= 3); // 120 rows of 14 pt do not fit on two pages of a 225 mm text block
    CHECK(cdtest::fileBytes(pdf).startsWith("%PDF"));

    // The font stack resolves to a font that has 𠈌 (U+2020C, outside the BMP).
    QFont f;
    f.setFamilies(ReportPainter::fangSongFamilies());
    CHECK(QFontMetricsF(f).inFontUcs4(0x2020C));

    // Cancelling leaves no file.
    const QString cancelled = dir.filePath(QStringLiteral("取消.pdf"));
    CHECK_THROWS_AS(ReportPainter::writePdf(doc, cancelled, [](int, int) { return false; }), Failure);
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(filesIn(dir.path()) == 1);
}
