// The roster page and main window, driven as a clerk would (offscreen platform).
#include "catch.h"
#include "testutil.h"

#include "mainwindow.h"
#include "models/unittablemodel.h"
#include "pages/unitspage.h"
#include "services/demo.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "io/listexport.h"
#include "reports/reportdocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using cdtest::u;

namespace {
UnitRow row(int id, const char *name, const char *leader = "")
{
    UnitRow r;
    r.id = id;
    r.name = u(name);
    r.leader = u(leader);
    r.regionName = u("南关区");
    return r;
}
} // namespace

TEST_CASE("the roster model filters on name, contact and code, and sorts Chinese by pinyin", "[ui][model]")
{
    UnitTableModel m;
    QList<UnitRow> rows = {row(1, "张家单位", "李四"), row(2, "阿城救助站"), row(3, "北山殡仪馆", "王五")};
    rows[1].creditCode = QStringLiteral("12220102MB0000011R");
    m.setRows(rows);
    CHECK(m.rowCount() == 3);

    m.sort(UnitTableModel::Name, Qt::AscendingOrder);
    // 阿 (a) < 北 (bei) < 张 (zhang); code-point order would put 北 first and 阿 last.
    CHECK(m.rowAt(0)->id == 2);
    CHECK(m.rowAt(1)->id == 3);
    CHECK(m.rowAt(2)->id == 1);

    m.setFilterText(u("王五"));
    REQUIRE(m.rowCount() == 1);
    CHECK(m.rowAt(0)->id == 3);
    m.setFilterText(QStringLiteral("mb0000011"));
    REQUIRE(m.rowCount() == 1);
    CHECK(m.rowAt(0)->id == 2);
    m.setFilterText({});
    CHECK(m.rowCount() == 3);
    CHECK(m.rowAt(0)->id == 2); // the sort order survives the filter
}

TEST_CASE("typing in the search box filters the page after the debounce", "[ui][page]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("ui.db")));
    Demo::generate(*db, {800, 11});
    Workspace ws(std::move(db));
    UnitsPage page;
    page.load(ws);
    CHECK(page.model()->rowCount() == 800);
    QTest::keyClicks(page.searchBox(), QStringLiteral("1222")); // ASCII: keyClicks aborts on Chinese (FIELD-NOTES)
    CHECK(page.model()->rowCount() == 800);                        // not yet: debounced
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() < 800, 2000);
    const int withCode = page.model()->rowCount();
    CHECK(withCode > 500);
    // Chinese text goes in through an input-method commit, as a clerk's IME would send it.
    page.searchBox()->clear();
    QInputMethodEvent ime;
    ime.setCommitString(u("婚姻登记处"));
    QApplication::sendEvent(page.searchBox(), &ime);
    page.applyFilterNow();
    CHECK(page.model()->rowCount() > 0);
    for (int i = 0; i < page.model()->rowCount(); ++i)
        REQUIRE(page.model()->rowAt(i)->name.contains(u("婚姻登记处")));
}

TEST_CASE("the status bar tells the round, phase and working days on a fixed day", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>(cdtest::initialisedFile(dir.filePath(QStringLiteral("s.db"))));
    MainWindow w(std::move(ws));
    w.setToday(cdtest::d("2014-02-18")); // seed 000 letter: comments due 2014-02-21
    const QString text = w.statusText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("2014")));
    CHECK(text.contains(QStringLiteral("publicity and mobilisation"))); // 宣传发动, in the English UI of the tests
    CHECK(text.contains(QStringLiteral("2014-02-21")));
    CHECK(text.contains(QStringLiteral(": 3 working day")));
}

TEST_CASE("the roster page exports and prints what it shows", "[ui][export]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("x.db")));
    Demo::generate(*db, {400, 12});
    Workspace ws(std::move(db));
    UnitsPage page;
    page.load(ws);
    page.searchBox()->setText(u("婚姻登记处"));
    page.applyFilterNow();
    const int shown = page.model()->rowCount();
    REQUIRE(shown > 0);
    REQUIRE(shown < 400);
    const ExportList list = page.visibleList();
    CHECK(int(list.rows.size()) == shown);
    CHECK(list.headers.size() == UnitTableModel::ColumnCount);
    for (const auto &r : list.rows)
        REQUIRE(r[UnitTableModel::Name].contains(u("婚姻登记处")));
    const QString xlsx = dir.filePath(QStringLiteral("单位名册.xlsx"));
    writeXlsx(list, xlsx);
    CHECK(cdtest::fileBytes(xlsx).startsWith("PK"));
    const ReportDocument doc = page.visibleReport();
    REQUIRE(doc.sections.size() == 1);
    CHECK(doc.sections[0].table.rows.size() == shown);
    CHECK(doc.landscape);
}

TEST_CASE("a large file's roster is read in the background: the page is usable at once and fills when read", "[ui][page]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("big.db")));
    Demo::generate(*db, {900, 13});
    const int units = UnitRepository(*db).count();
    Workspace ws(std::move(db));
    UnitsPage page;
    page.setBackgroundFrom(0); // every file counts as large here
    QSignalSpy loaded(&page, &UnitsPage::loaded);
    page.load(ws);
    CHECK(page.isLoading());
    CHECK(page.model()->rowCount() == 0); // nothing yet, and the call came back without waiting for the rows
    CHECK(page.countLabel()->text().startsWith(QStringLiteral("Loading the roster")));
    // The clerk types while it loads: the search applies to the rows once they are there.
    page.searchBox()->setText(u("婚姻登记处"));
    page.applyFilterNow();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    CHECK_FALSE(page.isLoading());
    CHECK(page.model()->totalCount() == units);
    REQUIRE(page.model()->rowCount() > 0);
    CHECK(page.model()->rowCount() < units);
    for (int i = 0; i < page.model()->rowCount(); ++i)
        REQUIRE(page.model()->rowAt(i)->name.contains(u("婚姻登记处")));
    CHECK(page.countLabel()->text() == QStringLiteral("%1 of %2 units").arg(page.model()->rowCount()).arg(units));
    // A second load while one runs replaces it; the page is destroyed safely while a load runs.
    page.load(ws);
    page.load(ws);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    UnitsPage leaving;
    leaving.setBackgroundFrom(0);
    leaving.load(ws);
}
