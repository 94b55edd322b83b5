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

TEST_CASE("borrowed cells: the same fields, a usual quoted field taken from the text as it stands", "[io][csv]")
{
    // Each record once as its fields read, and which of them are pieces of the text itself (a quote doubled inside a
    // field, or text after its closing quote, make the field anew).
    struct Case
    {
        const char *record;
        QStringList cells;
        QList<bool> borrowed;
    };
    const Case cases[] = {
        {"\"南关区婚姻登记处\",\"长春市南关区, 人民大街 1 号\",12", {u("南关区婚姻登记处"), u("长春市南关区, 人民大街 1 号"), u("12")}, {true, true, true}},
        {"\"\",\"\"\"\",\"a\"\"b\"", {QString(), u("\""), u("a\"b")}, {true, false, false}},
        {"\"第一行\r\n第二行\",\"x\"y,\"末\"", {u("第一行\r\n第二行"), u("xy"), u("末")}, {true, false, true}},
        {"宽城区救助站,\"他说\"\"你好\"\"\",", {u("宽城区救助站"), u("他说\"你好\""), QString()}, {true, false, true}},
    };
    QString text;
    for (const Case &c : cases)
        text += u(c.record) + QStringLiteral("\r\n");
    text += u("\"最后一格没有换行\"");

    CsvReader reader(text); // shares `text`'s characters
    QList<TableRow> rows;
    while (reader.read(rows, 1, nullptr, CsvReader::Cells::Borrowed) > 0) {
    }
    const Table owned = parseCsv(text);
    REQUIRE(rows.size() == std::size(cases) + 1);
    REQUIRE(owned.rows.size() == rows.size());
    const auto inText = [&text](const QString &cell) {
        return cell.isEmpty() || (cell.constData() >= text.constData() && cell.constData() + cell.size() <= text.constData() + text.size());
    };
    for (qsizetype r = 0; r < qsizetype(std::size(cases)); ++r) {
        INFO("record " << cases[r].record);
        CHECK(rows[r].cells == cases[r].cells);
        CHECK(owned.rows[r].cells == cases[r].cells);
        CHECK(rows[r].number == owned.rows[r].number);
        for (qsizetype c = 0; c < rows[r].cells.size(); ++c) {
            INFO("cell " << c);
            CHECK(inText(rows[r].cells[c]) == cases[r].borrowed[c]);
            const QString &copy = owned.rows[r].cells[c];
            CHECK((copy.isEmpty() || !inText(copy))); // an owned cell is a copy
        }
    }
    CHECK(rows.last().cells == QStringList{u("最后一格没有换行")});
    CHECK(inText(rows.last().cells.first()));
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
