// CSV reading: RFC 4180 quoting and encoding detection (DOMAIN.md §10; FIELD-NOTES "CSV from Chinese Excel").
#include "catch.h"
#include "testutil.h"

#include "io/csvreader.h"
#include "io/textdecode.h"

using namespace cd;
using cdtest::u;

TEST_CASE("RFC 4180 fields, quotes and line breaks", "[io][csv]")
{
    const QString text = u("单位名称,地址,备注\r\n"
                           "\"南关区婚姻登记处\",\"长春市南关区, 人民大街 1 号\",\"第一行\r\n第二行\"\r\n"
                           "宽城区救助站,\"他说\"\"你好\"\"\",\r\n"
                           "\r\n"
                           "末行,无换行,x");
    CsvError err;
    const Table t = parseCsv(text, &err);
    CHECK(err.row == 0);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].number == 1);
    CHECK(t.rows[1].cells == QStringList{u("南关区婚姻登记处"), u("长春市南关区, 人民大街 1 号"), u("第一行\r\n第二行")});
    CHECK(t.rows[1].number == 2);
    CHECK(t.rows[2].cells == QStringList{u("宽城区救助站"), u("他说\"你好\""), QString()});
    CHECK(t.rows[2].number == 3);
    CHECK(t.rows[3].number == 5); // the blank record 4 still counts, as in a spreadsheet
    CHECK(t.rows[3].cells == QStringList{u("末行"), u("无换行"), u("x")});
}

TEST_CASE("an unclosed quote is reported with its row", "[io][csv]")
{
    CsvError err;
    parseCsv(u("a,b\n1,2\n3,\"never closed\n4,5\n"), &err);
    CHECK(err.row == 3);
    CHECK_FALSE(err.reason.isEmpty());
}

TEST_CASE("encodings: BOM, UTF-8 and GB18030 are told apart", "[io][encoding]")
{
    const QString text = u("单位名称,所属地区\n南关区婚姻登记处,南关区\n");
    const auto bom = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    REQUIRE(bom);
    CHECK(bom->encoding == TextEncoding::Utf8Bom);
    CHECK(bom->text == text);
    const auto plain = decodeText(text.toUtf8());
    REQUIRE(plain);
    CHECK(plain->encoding == TextEncoding::Utf8);
    const QByteArray gbk = toGb18030(text);
    CHECK(gbk.size() < text.toUtf8().size()); // two bytes per character, not three
    const auto gb = decodeText(gbk);
    REQUIRE(gb);
    CHECK(gb->encoding == TextEncoding::Gb18030);
    CHECK(gb->text == text);
    CHECK_FALSE(decodeText(QByteArray("PK\x03\x04\0\0binary", 12)).has_value());
}
