// Rows that were accepted silently before and are refused with their row now (issue 14, defects 4, 7 and 9): bytes
// that could not be read, duplicate header columns, control characters and overlong names in a roster; "nan" and
// other non-finite scores, a unit scored twice and an indicator in two columns of a score sheet.
#include "catch.h"
#include "testutil.h"

#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "exchange/package.h"
#include "rules/textfields.h"
#include "rules/workcalendar.h"
#include "services/rosterimport.h"
#include "services/scoresheet.h"
#include "services/unitservice.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QDir>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace cd;
using cdtest::u;

namespace {
const QByteArray kHeader = u("单位名称,所属地区,单位类别,统一社会信用代码,地址,负责人,联系电话,职工人数,备注\n").toUtf8();

QString write(QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    cdtest::writeFile(path, bytes);
    return path;
}

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Failure &e) {
        CHECK(e.kind() == Failure::Kind::Input);
        return e.message();
    }
    FAIL("accepted");
    return {};
}
} // namespace

TEST_CASE("roster rows with unreadable bytes, control characters or overlong fields are row errors naming the column", "[services][import][bad]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    const QString longName = QString(101, QChar(u'长'));
    const QByteArray body = kHeader
        + u("南关区婚姻登记处,220102,婚姻登记处,,,,,,\n").toUtf8()                         // row 2: good
        + u("南关区救助站,220102,救助站,,长春市\x01人民大街,,,,\n").toUtf8()                // row 3: control character in 地址
        + u("南关区殡仪馆\t,220102,殡仪馆,,,,,,\n").toUtf8()                                // row 4: a trailing tab is trimmed like a blank
        + (longName + u(",220102,殡仪馆,,,,,,\n")).toUtf8()                                // row 5: 101 characters
        + u("宽城区救助站,220103,救助站,,,,,,\"第一行\n第二行\"\n").toUtf8()                 // row 6: a note with a line break: fine (one spreadsheet row)
        + u("朝阳区殡仪馆,220104,殡仪馆,,,张").toUtf8().chopped(2);                        // row 7: cut in the middle of 张
    const ImportPlan plan = RosterImport(*db).plan(write(dir, "cut.csv", body));
    struct Expect
    {
        int row;
        const char *column;
        const char *needle;
    };
    const Expect expected[] = {{3, "地址", "U+0001"}, {5, "单位名称", "101"}, {7, "负责人", "UTF-8"}};
    for (const auto &r : plan.rejected)
        UNSCOPED_INFO(r.row << " " << r.column << " " << r.reason);
    // Row 4's tab sits at the end and is trimmed away like any blank; a tab inside a name is refused below.
    REQUIRE(plan.rejected.size() == std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        CHECK(plan.rejected[int(i)].row == expected[i].row);
        CHECK(plan.rejected[int(i)].column == u(expected[i].column));
        CHECK(plan.rejected[int(i)].reason.contains(u(expected[i].needle)));
    }
    CHECK(plan.toAdd.size() == 3);

    // The same rule holds for a unit typed in the dialog.
    UnitService units(*db);
    const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
    const struct
    {
        QString name;
        const char *needle;
    } typed[] = {{u("南关区\t救助站"), "U+0009"}, {longName, "101"}, {u("南关区\uFFFD救助站"), "UTF-8"}};
    for (const auto &t : typed) {
        INFO(t.needle);
        const QString why = refusal([&] { units.add(Unit{0, t.name, region, type, {}, {}, {}, {}, {}, {}}); });
        CHECK(why.contains(u(t.needle)));
    }
    CHECK(UnitRepository(*db).count() == 0);
    CHECK(textFieldProblem(QString(100, QChar(u'长')), TextField::Name).isEmpty());
    CHECK(textFieldProblem(u("第一行\n第二行\t"), TextField::Note).isEmpty());
    CHECK_FALSE(textFieldProblem(u("第一行\n第二行"), TextField::Address).isEmpty());
}

TEST_CASE("a text field refuses exactly the control characters Unicode names as such (category Cc)", "[rules][import][bad]")
{
    // Every UTF-16 code unit but the surrogates and U+FFFD (reported as unreadable), alone in an address: refused as
    // a control character exactly when Qt's Unicode tables give it the category Other_Control.
    int controls = 0;
    for (int c = 0; c <= 0xFFFF; ++c) {
        const QChar ch{char16_t(c)};
        if (ch.isSurrogate() || ch == QChar::ReplacementCharacter)
            continue;
        const QString why = textFieldProblem(QString(ch), TextField::Address);
        const bool control = ch.category() == QChar::Other_Control;
        INFO("U+" << QString::number(c, 16).toStdString() << ": " << why.toStdString());
        CHECK(why.contains(QLatin1String("U+")) == control);
        controls += control;
    }
    CHECK(controls == 65); // U+0000–U+001F and U+007F–U+009F
}

TEST_CASE("a roster with the same column twice is refused whole, naming the columns", "[services][import][bad]")
{
    auto db = cdtest::initialisedMemory();
    QTemporaryDir dir;
    const QString path = write(dir, "dup.csv", u("单位名称,所属地区,单位类别,单位名称\n南关区救助站,220102,救助站,别的名字\n").toUtf8());
    const QString why = refusal([&] { RosterImport(*db).plan(path); });
    CHECK(why.contains(u("单位名称")));
    CHECK(why.contains(QStringLiteral("A")));
    CHECK(why.contains(QStringLiteral("D")));
    CHECK(why.contains(QStringLiteral("dup.csv")));
}

namespace {
// A score sheet as the export writes it (marker in A2, header in row 3), with the given header and rows.
QString scoreSheet(QTemporaryDir &dir, const QString &marker, const QStringList &header, const QList<QStringList> &rows)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("sheet%1.xlsx").arg(++n));
    lxw_workbook *wb = workbook_new(QDir::toNativeSeparators(path).toLocal8Bit().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 1, 0, marker.toUtf8().constData(), nullptr);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), header[c].toUtf8().constData(), nullptr);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].isEmpty())
                worksheet_write_string(ws, lxw_row_t(r + 3), lxw_col_t(c), rows[r][c].toUtf8().constData(), nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    return path;
}
} // namespace

TEST_CASE("score sheets: only finite numbers are scores; a unit twice or an indicator twice is refused with its row", "[services][scores][bad]")
{
    auto db = cdtest::initialisedMemory();
    WorkCalendar work = WorkCalendar::fromResources();
    const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
    QList<Unit> list{Unit{0, u("南关区救助站"), region, type, {}, {}, {}, {}, {}, {}}, Unit{0, u("南关区殡仪馆"), region, type, {}, {}, {}, {}, {}, {}}};
    UnitRepository(*db).insert(list);
    sql::exec(db->connection(), QStringLiteral("INSERT INTO assessors(id, name, stage) VALUES (1, 'A', 'local')"));
    QTemporaryDir dir;
    ScoreSheet sheets(*db, work, QStringLiteral("test"));
    const QString out = dir.filePath(QStringLiteral("export.xlsx"));
    sheets.exportSheet(2014, 1, out); // makes the round's indicator system
    const IndicatorSystem system = *AppraisalRepository(*db).system(2014);
    const Indicator &first = system.indicators.at(0);
    const Indicator &second = system.indicators.at(1);
    const QString marker = QStringLiteral("CampaignDesk score sheet; round=2014; assessor=1; stage=local; system=%1").arg(system.id);
    const QString h1 = QStringLiteral("%1 [#%2]").arg(first.name).arg(first.id);
    const QString h2 = QStringLiteral("%1 [#%2]").arg(second.name).arg(second.id);
    const QString a = QString::number(list[0].id), b = QString::number(list[1].id);

    struct Case
    {
        const char *what;
        QStringList header;
        QList<QStringList> rows;
        int row;
        const char *needle;
    };
    const Case cases[] = {
        {"nan", {u("编号"), u("名称"), h1, h2}, {{a, u("x"), QStringLiteral("nan"), QStringLiteral("1")}}, 4, "nan"},
        {"inf", {u("编号"), u("名称"), h1, h2}, {{a, u("x"), QStringLiteral("1"), QStringLiteral("inf")}}, 4, "inf"},
        {"1e999", {u("编号"), u("名称"), h1, h2}, {{a, u("x"), QStringLiteral("1e999"), QStringLiteral("1")}}, 4, "1e999"},
        {"the same unit twice", {u("编号"), u("名称"), h1, h2}, {{a, u("x"), QStringLiteral("1"), QStringLiteral("1")}, {b, u("y"), QStringLiteral("1"), QStringLiteral("1")}, {a, u("x"), QStringLiteral("2"), QStringLiteral("2")}}, 6, "row 4"},
        {"the same indicator in two columns", {u("编号"), u("名称"), h1, h1}, {{a, u("x"), QStringLiteral("1"), QStringLiteral("2")}}, 3, "column 3"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const ScoreSheetImport result = sheets.importSheet(scoreSheet(dir, marker, c.header, c.rows));
        for (const auto &r : result.rejected)
            UNSCOPED_INFO(r.row << " " << r.column << " " << r.reason);
        REQUIRE(result.rejected.size() == 1);
        CHECK(result.rejected[0].row == c.row);
        CHECK(result.rejected[0].reason.contains(QLatin1String(c.needle)));
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM scores")).toInt() == 0);
    }
    // And the sound sheet is taken.
    const ScoreSheetImport ok = sheets.importSheet(scoreSheet(dir, marker, {u("编号"), u("名称"), h1, h2},
                                                              {{a, u("x"), QStringLiteral("1"), QStringLiteral("1.5")}, {b, u("y"), QStringLiteral("0"), QString()}}));
    CHECK(ok.rejected.isEmpty());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM scores")).toInt() == 3);
}

TEST_CASE("a roster, score sheet, workbook, package or receipt that cannot be opened says why in the user's words, not the system's", "[services][import][bad]")
{
    // The system's text ("No such file or directory") is English on this machine whatever the clerk's language.
    auto db = cdtest::initialisedMemory();
    WorkCalendar work = WorkCalendar::fromResources();
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u("名册"));
    const struct
    {
        const char *path;
        const char *why;
    } cases[] = {
        {"不在这里.csv", "there is no such file (was it moved, renamed or on a drive that is not connected?)"},
        {"不在这里.xlsx", "there is no such file (was it moved, renamed or on a drive that is not connected?)"},
        {"名册", "it is a folder, not a file"},
    };
    const std::function<void(const QString &)> readers[] = {
        [&](const QString &p) { RosterImport(*db).plan(p); },
        [&](const QString &p) { ScoreSheet(*db, work, QStringLiteral("test")).importSheet(p, 2014, QString()); },
        [&](const QString &p) { readXlsxFirstSheet(p); },
        [&](const QString &p) { Exchange(*db).importPackage(p, dir.filePath(QStringLiteral("r.cdr")), true); },
        [&](const QString &p) { Exchange(*db).importReceipt(p, true); },
    };
    for (const auto &c : cases) {
        for (size_t r = 0; r < std::size(readers); ++r) {
            INFO(c.path << " reader " << r);
            const QString path = dir.filePath(u(c.path));
            const QString why = refusal([&] { readers[r](path); });
            CHECK(why == QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(c.why)));
        }
    }
}
