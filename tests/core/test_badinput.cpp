// Never accept a damaged file, never drop what could not be read (issue 14, defects 4, 5 and 6): a CSV cut in the
// middle of a character, stray bytes, a cut or damaged workbook part, a shared string that is not there, a DTD with
// entities ("billion laughs"), and a workbook part that expands far beyond its size ("zip bomb").
#include "catch.h"
#include "testutil.h"

#include "io/csvreader.h"
#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "util/failure.h"

#include <QTemporaryDir>
#include <minizip/zip.h>
#include <zlib.h>

using namespace cd;
using cdtest::u;

namespace {
const char kWorkbook[] = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char kRels[] = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

struct Part
{
    const char *name;
    QByteArray data;
    qint64 declaredSize = -1; // when set, the central directory claims this size instead of the real one
};

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray workbook(QTemporaryDir &dir, const QList<Part> &parts)
{
    const QString path = dir.filePath(QStringLiteral("w%1.xlsx").arg(qHash(parts.first().data)));
    zipFile z = zipOpen64(path.toLocal8Bit().constData(), 0);
    REQUIRE(z);
    for (const Part &p : parts) {
        if (p.declaredSize < 0) {
            REQUIRE(zipOpenNewFileInZip(z, p.name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9) == ZIP_OK);
            REQUIRE(zipWriteInFileInZip(z, p.data.constData(), unsigned(p.data.size())) == ZIP_OK);
            REQUIRE(zipCloseFileInZip(z) == ZIP_OK);
        } else {
            const QByteArray deflated = rawDeflate(p.data);
            REQUIRE(zipOpenNewFileInZip2(z, p.name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1) == ZIP_OK);
            REQUIRE(zipWriteInFileInZip(z, deflated.constData(), unsigned(deflated.size())) == ZIP_OK);
            const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(p.data.constData()), uInt(p.data.size()));
            REQUIRE(zipCloseFileInZipRaw64(z, ZPOS64_T(p.declaredSize), crc) == ZIP_OK);
        }
    }
    REQUIRE(zipClose(z, nullptr) == ZIP_OK);
    return cdtest::fileBytes(path);
}

QByteArray sheetXml(const QByteArray &rows)
{
    return QByteArray(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)") + rows
        + QByteArray("</sheetData></worksheet>");
}

QString refusal(const QByteArray &bytes)
{
    try {
        readXlsxFirstSheet(bytes, QStringLiteral("名册.xlsx"));
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        return f.message();
    }
    FAIL("the damaged workbook was accepted");
    return {};
}

const QByteArray kGoodRows = u(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                               R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>220102</v></c></row>)").toUtf8();
const QByteArray kShared = u(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">)"
                             R"(<si><t>单位名称</t></si><si><t>所属地区</t></si><si><t>南关区婚姻登记处</t></si></sst>)").toUtf8();
} // namespace

TEST_CASE("a sound hand-made workbook reads (the baseline of the damaged ones below)", "[io][xlsx][bad]")
{
    QTemporaryDir dir;
    const XlsxSheet s = readXlsxFirstSheet(workbook(dir, {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                                          {"xl/worksheets/sheet1.xml", sheetXml(kGoodRows)}, {"xl/sharedStrings.xml", kShared}}),
                                           QStringLiteral("名册.xlsx"));
    REQUIRE(s.table.rows.size() == 2);
    CHECK(s.table.rows[1].cells == QStringList{u("南关区婚姻登记处"), u("220102")});
}

TEST_CASE("a workbook with any part that does not parse completely is refused whole, with the part and place", "[io][xlsx][bad]")
{
    QTemporaryDir dir;
    const QByteArray laughs = QByteArray(R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">)"
                                         R"(<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>)"
                                         R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;</t></si><si><t>x</t></si><si><t>y</t></si></sst>)");
    struct Case
    {
        const char *what;
        QByteArray sheet;
        QByteArray shared;
        QStringList needles;
    };
    const Case cases[] = {
        {"sharedStrings cut in the middle", sheetXml(kGoodRows), kShared.left(kShared.size() - 30), {QStringLiteral("xl/sharedStrings.xml")}},
        {"a string index beyond the shared strings", sheetXml(kGoodRows + R"(<row r="3"><c r="A3" t="s"><v>7</v></c></row>)"), kShared,
         {QStringLiteral("A3"), QStringLiteral("7")}},
        {"a string index that is not a number", sheetXml(kGoodRows + R"(<row r="3"><c r="C3" t="s"><v>x</v></c></row>)"), kShared,
         {QStringLiteral("C3")}},
        {"billion laughs in the shared strings", sheetXml(kGoodRows), laughs, {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("DTD")}},
        {"a DTD in the sheet", QByteArray(R"(<!DOCTYPE worksheet [<!ENTITY x "y">]>)") + sheetXml(kGoodRows), kShared,
         {QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("DTD")}},
        {"the sheet cut after row 2", sheetXml(kGoodRows).chopped(24), kShared,
         {QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("row 2")}},
        {"the sheet garbled before its first row", QByteArray("<worksheet><sheetData><row r=\"1\"><c></x>"), kShared,
         {QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("first row")}},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString why = refusal(workbook(dir, {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                                    {"xl/worksheets/sheet1.xml", c.sheet}, {"xl/sharedStrings.xml", c.shared}}));
        INFO(why.toStdString());
        CHECK(why.contains(u("名册.xlsx")));
        for (const QString &n : c.needles)
            CHECK(why.contains(n));
        // Qt's own English parser text and the XML's line numbers never reach the clerk.
        for (const char *engine : {"Premature", "Expected", "line ", "Opening and ending tag", "Entity"})
            CHECK_FALSE(why.contains(QLatin1String(engine)));
    }
}

TEST_CASE("a workbook part damaged inside the zip (bad CRC) is refused, not read as empty", "[io][xlsx][bad]")
{
    QTemporaryDir dir;
    QByteArray bytes = workbook(dir, {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                      {"xl/worksheets/sheet1.xml", sheetXml(kGoodRows)}, {"xl/sharedStrings.xml", kShared}});
    // Flip a byte in the compressed shared strings (the last local entry, just before the central directory).
    const qsizetype at = bytes.lastIndexOf("xl/sharedStrings.xml", bytes.indexOf("PK\x01\x02")) + 20 + 10;
    bytes[at] = char(bytes[at] ^ 0x55);
    const QString why = refusal(bytes);
    CHECK(why.contains(QStringLiteral("xl/sharedStrings.xml")));
}

TEST_CASE("a zip bomb is refused on its declared size and on what it actually expands to, before it is inflated", "[io][xlsx][bad]")
{
    QTemporaryDir dir;
    // 64 MB of one repeated row compresses to about 64 KB: 1000 times, far beyond any real sheet.
    QByteArray huge;
    huge.reserve(64 * 1024 * 1024);
    const QByteArray row("<row><c><v>1</v></c></row>");
    while (huge.size() < 64 * 1024 * 1024)
        huge += row;
    const QByteArray bomb = sheetXml(huge);
    huge.clear();
    for (qint64 declared : {qint64(-1), qint64(5000)}) { // honest sizes, and a central directory that lies
        INFO("declared " << declared);
        const QByteArray bytes = workbook(dir, {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                                {"xl/worksheets/sheet1.xml", bomb, declared}});
        CHECK(bytes.size() < 2 * 1024 * 1024);
        const QString why = refusal(bytes);
        INFO(why.toStdString());
        CHECK(why.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        if (declared < 0)
            CHECK(why.contains(QStringLiteral("100"))); // the limit is in the message
        // A lying size stops the inflating at the size it claims; the CRC then refuses the part as damaged.
    }
    CHECK(tooLarge(kMaxPartBytes + 1, kMaxPartBytes));
    CHECK_FALSE(tooLarge(15 * 1024 * 1024, 10 * 1024)); // small parts may compress as well as they like
    CHECK_FALSE(tooLarge(500 * 1024 * 1024, 20 * 1024 * 1024)); // a large real sheet (25×)
}

TEST_CASE("bytes that are not text in the file's encoding become U+FFFD, counted, never dropped", "[io][encoding][bad]")
{
    const QByteArray good = u("单位名称,所属地区\n南关区婚姻登记处,南关区\n").toUtf8();
    struct Case
    {
        const char *what;
        QByteArray bytes;
        TextEncoding encoding;
        int invalid;
        int fffdRow; // the CSV row (header = 1) that holds the U+FFFD
    };
    const QByteArray utf8Cut = good + u("朝阳区殡仪馆,朝阳").toUtf8().chopped(2);      // cut in the middle of 阳
    const QByteArray bomCut = QByteArray("\xEF\xBB\xBF") + utf8Cut;
    const QByteArray gb = toGb18030(u("单位名称,所属地区\n南关区婚姻登记处,南关区\n朝阳区殡仪馆,朝阳区\n"));
    QByteArray gbStray = gb;
    gbStray.insert(gbStray.indexOf('\n', gbStray.indexOf('\n') + 1) + 3, '\xFF'); // a stray byte in row 3
    const QByteArray gbCut = gb.chopped(2);                                        // cut after the lead byte of 区
    const Case cases[] = {
        {"UTF-8 cut in the middle of a character", utf8Cut, TextEncoding::Utf8, 1, 3},
        {"UTF-8 with a BOM, cut", bomCut, TextEncoding::Utf8Bom, 1, 3},
        {"GB18030 with a stray 0xFF", gbStray, TextEncoding::Gb18030, 1, 3},
        {"GB18030 cut after a lead byte", gbCut, TextEncoding::Gb18030, 1, 3},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto t = decodeText(c.bytes);
        REQUIRE(t);
        CHECK(t->encoding == c.encoding);
        CHECK(t->invalidBytes == c.invalid);
        const Table table = parseCsv(t->text);
        REQUIRE(table.rows.size() == 3);
        CHECK(table.rows[2].number == c.fffdRow);
        CHECK(table.rows[2].cells.join(QString()).contains(QChar::ReplacementCharacter));
        CHECK_FALSE(table.rows[1].cells.join(QString()).contains(QChar::ReplacementCharacter));
        CHECK(table.rows[1].cells.value(0) == u("南关区婚姻登记处"));
    }
    // Sound files decode without a single replacement.
    for (const QByteArray &sound : {good, gb, QByteArray("\xEF\xBB\xBF") + good}) {
        const auto t = decodeText(sound);
        REQUIRE(t);
        CHECK(t->invalidBytes == 0);
        CHECK_FALSE(t->text.contains(QChar::ReplacementCharacter));
    }
}

TEST_CASE("the read-back of a written workbook streams its sheet: a sheet far over 512 MiB is checked, in little memory", "[io][xlsx][export]")
{
    // What 1M exported rows make (issue 14, defect 11): the check once read the whole workbook into memory and gave up
    // on a sheet over 512 MiB, blaming the disk. 600 MiB of rows, deflated as libxlsxwriter does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    zipFile z = zipOpen64(path.toLocal8Bit().constData(), 0);
    REQUIRE(z);
    REQUIRE(zipOpenNewFileInZip64(z, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1, 1) == ZIP_OK);
    const QByteArray head("<worksheet><sheetData>");
    REQUIRE(zipWriteInFileInZip(z, head.constData(), unsigned(head.size())) == ZIP_OK);
    QByteArray chunk;
    for (int i = 0; i < 20000; ++i)
        chunk += "<row><c t=\"s\"><v>12</v></c></row>";
    const qint64 target = 600ll * 1024 * 1024;
    qint64 written = head.size();
    while (written < target) {
        REQUIRE(zipWriteInFileInZip(z, chunk.constData(), unsigned(chunk.size())) == ZIP_OK);
        written += chunk.size();
    }
    const QByteArray tail("</sheetData></worksheet>");
    REQUIRE(zipWriteInFileInZip(z, tail.constData(), unsigned(tail.size())) == ZIP_OK);
    written += tail.size();
    REQUIRE(zipCloseFileInZip(z) == ZIP_OK);
    REQUIRE(zipClose(z, nullptr) == ZIP_OK);

    qint64 seen = 0;
    qsizetype largestPiece = 0;
    QByteArray last;
    const ZipEntryStatus status = streamZipFileEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"), [&](const char *d, qsizetype n) {
        seen += n;
        largestPiece = std::max(largestPiece, n);
        last = QByteArray(d, n).right(64);
    });
    CHECK(status == ZipEntryStatus::Ok);
    CHECK(seen == written);
    CHECK(largestPiece <= 1 << 20); // piece by piece, never the whole sheet
    CHECK(last.endsWith("</worksheet>"));
}
