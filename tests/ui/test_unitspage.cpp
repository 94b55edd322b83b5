// The roster page and main window, driven as a clerk would (offscreen platform).
#include "catch.h"
#include "testutil.h"

#include "commands/commands.h"
#include "mainwindow.h"
#include "models/unittablemodel.h"
#include "pages/unitspage.h"
#include "dialogs/unitdossierdialog.h"
#include "rules/namingcycle.h"
#include "storage/titlerepository.h"
#include "services/demo.h"
#include "services/unitservice.h"
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
#include <QUndoStack>

using namespace cd;
using cdtest::u;

namespace {
// A data file in `dir` with demo units, as the clerk's file would be.
std::unique_ptr<Database> demoFile(const QTemporaryDir &dir, const char *name, int units, std::uint64_t seed)
{
    auto db = cdtest::initialisedFile(dir.filePath(QString::fromUtf8(name)));
    Demo::generate(*db, {units, seed});
    return db;
}

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
    Workspace ws(demoFile(dir, "ui.db", 800, 11));
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
    Workspace ws(demoFile(dir, "x.db", 400, 12));
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
    Workspace ws(demoFile(dir, "big.db", 900, 13));
    const int units = UnitRepository(ws.database()).count();
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

TEST_CASE("an edit reads that unit again, in place: no reload of the roster, the clerk's row and search kept", "[ui][page]")
{
    QTemporaryDir dir;
    Workspace ws(demoFile(dir, "edit.db", 900, 17));
    QUndoStack stack;
    DataNotifier notifier;
    const CommandContext ctx{&ws, &stack, &notifier};
    UnitsPage page;
    page.setBackgroundFrom(0); // a reload of everything would show as a background load
    page.setCommandContext(ctx);
    QSignalSpy loaded(&page, &UnitsPage::loaded);
    page.load(ws);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    page.searchBox()->setText(u("长春市"));
    page.applyFilterNow();
    const int shown = page.model()->rowCount();
    REQUIRE(shown > 3);
    page.view()->setCurrentIndex(page.model()->index(2, UnitTableModel::Name));
    const UnitRow picked = *page.model()->rowAt(2);

    // Renamed: the row shows the new name at once, still selected, the search still applied.
    Unit edited = *UnitService(ws.database()).get(picked.id);
    edited.name = picked.name + u("（新址）");
    REQUIRE(Command::editUnit(ctx, edited));
    CHECK_FALSE(page.isLoading());
    CHECK(loaded.count() == 1);
    CHECK(page.model()->rowCount() == shown);
    CHECK(page.model()->idAt(page.view()->currentIndex().row()) == picked.id);
    CHECK(page.model()->rowAt(page.view()->currentIndex().row())->name == edited.name);
    CHECK(page.model()->totalCount() == 900);

    // Moved out of the search (another city's address): it leaves the filtered rows; undo brings it back. The next
    // edit is made on the version the first one saved (a stale version is refused: test_wayup, "two clerks").
    edited.version = UnitService(ws.database()).get(picked.id)->version;
    edited.address = u("吉林市船营区东风路1号");
    REQUIRE(Command::editUnit(ctx, edited));
    CHECK(page.model()->rowCount() == shown - (picked.address.contains(u("长春市")) ? 1 : 0));
    stack.undo();
    CHECK(page.model()->rowCount() == shown);
    // A new unit appears; deleted, it goes; undone twice, the roster is as it was.
    Unit fresh = edited;
    fresh.id = 0;
    fresh.name = u("长春市新设婚姻登记处");
    fresh.creditCode.clear();
    REQUIRE(Command::addUnit(ctx, fresh));
    CHECK(page.model()->totalCount() == 901);
    int added = 0;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->rowAt(r)->name == fresh.name)
            added = page.model()->idAt(r);
    REQUIRE(added > 0);
    REQUIRE(Command::deleteUnit(ctx, added));
    CHECK(page.model()->totalCount() == 900);
    CHECK(page.model()->visibleRowOf(added) < 0);
    while (stack.canUndo())
        stack.undo();
    CHECK(page.model()->totalCount() == 900);
    const int row = page.model()->visibleRowOf(picked.id);
    REQUIRE(row >= 0);
    CHECK(page.model()->rowAt(row)->name == picked.name);
    CHECK(page.model()->rowAt(row)->address == picked.address);
    CHECK_FALSE(page.isLoading());
    CHECK(loaded.count() == 1); // every change above was read unit by unit
}

TEST_CASE("a double-click on a unit opens its record: data, title with 文号, rounds, records; once per unit", "[ui][dossier]")
{
    QTemporaryDir dir;
    Workspace ws(demoFile(dir, "dossier.db", 60, 3));
    QList<TitleEvent> named;
    for (const auto &e : TitleRepository(ws.database()).events())
        if (e.kind == TitleEvent::Kind::Named)
            named << e;
    REQUIRE_FALSE(named.isEmpty());
    const TitleEvent event = named.first();
    const Unit unit = *UnitService(ws.database()).get(event.unitId);
    UnitsPage page;
    page.load(ws);
    page.resize(1200, 700);
    page.show();
    page.searchBox()->setText(unit.creditCode);
    page.applyFilterNow();
    REQUIRE(page.model()->rowCount() == 1);
    const QModelIndex cell = page.model()->index(0, UnitTableModel::Name);
    page.view()->setCurrentIndex(cell);
    const QPoint at = page.view()->visualRect(cell).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at); // a double-click is a press that follows one
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    auto dialogs = page.findChildren<UnitDossierDialog *>();
    REQUIRE(dialogs.size() == 1);
    UnitDossierDialog *d = dialogs.first();
    CHECK(d->isVisible());
    CHECK(d->unitId() == unit.id);
    const QString html = d->html();
    CHECK(html.contains(unit.name.toHtmlEscaped()));
    CHECK(html.contains(unit.address.toHtmlEscaped()));
    CHECK(html.contains(event.docNo.toHtmlEscaped()));            // the title, with its 文号
    CHECK(html.contains(QStringLiteral("The %1 round").arg(event.roundYear)));
    CHECK(html.contains(QStringLiteral("Survey of ")));           // the surveys of its rounds
    // A second double-click brings the same window forward instead of opening another.
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    CHECK(page.findChildren<UnitDossierDialog *>().size() == 1);
    d->close();
}
