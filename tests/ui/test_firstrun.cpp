// The first run (issue 13 §3): a missing or 0-byte file asks whom the new file serves — province, level, region — and
// makes a file for that office; then the next steps are one click away.
#include "catch.h"
#include "testutil.h"

#include "dialogs/newfiledialog.h"
#include "dialogs/helpdialog.h"
#include "dialogs/finddialog.h"
#include "dialogs/unitdossierdialog.h"
#include "pages/unitspage.h"
#include "mainwindow.h"
#include "pages/calendarpage.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/regionrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QListWidget>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QSignalSpy>
#include <QAction>
#include <QTextBrowser>
#include <QFile>

using namespace cd;
using cdtest::u;

TEST_CASE("a missing or 0-byte file is new; anything else is never taken for one", "[ui][firstrun]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("新.db")), empty = dir.filePath(QStringLiteral("空.db")),
                  text = dir.filePath(QStringLiteral("文本.db"));
    cdtest::writeFile(empty, QByteArray());
    cdtest::writeFile(text, QByteArrayLiteral("not a database"));
    CHECK(Workspace::isUnmade(missing));
    CHECK(Workspace::isUnmade(empty));
    CHECK_FALSE(Workspace::isUnmade(text));
    cdtest::initialisedFile(dir.filePath(QStringLiteral("有.db")));
    CHECK_FALSE(Workspace::isUnmade(dir.filePath(QStringLiteral("有.db"))));
}

TEST_CASE("the new-file dialog makes a file for the office chosen: a county of Jilin, its region kept", "[ui][firstrun]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("南关区.db"));
    cdtest::writeFile(path, QByteArray()); // a 0-byte file: made anew, nothing in it to lose
    NewFileDialog dialog(path);
    // Jilin (DOMAIN.md §2) and the province level unless the clerk says otherwise; no region for a province office.
    CHECK(dialog.options().provinceCode == QStringLiteral("22"));
    CHECK(dialog.options().level == QStringLiteral("province"));
    CHECK_FALSE(dialog.regionBox()->isEnabled());
    dialog.choose(QStringLiteral("22"), QStringLiteral("county"));
    CHECK(dialog.regionBox()->isEnabled());
    // The counties of Jilin only, each with its 市(州): 长春市南关区 (220102), never a county of another province.
    CHECK(dialog.regionBox()->findData(QStringLiteral("220102")) >= 0);
    CHECK(dialog.regionBox()->itemText(dialog.regionBox()->findData(QStringLiteral("220102"))) == u("长春市南关区 (220102)"));
    CHECK(dialog.regionBox()->findData(QStringLiteral("110101")) < 0);
    dialog.choose(QStringLiteral("22"), QStringLiteral("city"));
    CHECK(dialog.regionBox()->findData(QStringLiteral("220100")) >= 0);
    CHECK(dialog.regionBox()->findData(QStringLiteral("220102")) < 0);
    dialog.choose(QStringLiteral("22"), QStringLiteral("county"), QStringLiteral("220102"));
    const InitOptions o = dialog.options();
    CHECK(o.level == QStringLiteral("county"));
    CHECK(o.regionCode == QStringLiteral("220102"));

    auto ws = Workspace::create(path, o);
    SettingsRepository settings(ws->database());
    CHECK(settings.value(QStringLiteral("level"), QString()) == QStringLiteral("county"));
    CHECK(settings.value(QStringLiteral("region_code"), QString()) == QStringLiteral("220102"));
    CHECK(ws->provinceName() == u("吉林省"));
    // An existing file is never made anew.
    CHECK_FALSE(Workspace::isUnmade(path));
    CHECK_THROWS(Workspace::create(path, o));
}

TEST_CASE("after a new file the next steps are one click away", "[ui][firstrun]")
{
    QTemporaryDir dir;
    MainWindow w(Workspace::create(dir.filePath(QStringLiteral("n.db")), InitOptions{}));
    w.show();
    QDialog *steps = w.offerFirstSteps();
    REQUIRE(steps);
    auto *box = qobject_cast<QMessageBox *>(steps);
    REQUIRE(box);
    QPushButton *calendar = nullptr;
    for (auto *b : box->buttons())
        if (b->text() == QStringLiteral("&Calendar"))
            calendar = qobject_cast<QPushButton *>(b);
    REQUIRE(calendar);
    CHECK(box->buttons().size() == 4);
    calendar->click();
    CHECK(w.navigation()->currentRow() == 2); // the campaign calendar
}

TEST_CASE("F1 opens the Chinese user guide at the page in front; every page has its section", "[ui][help]")
{
    QTemporaryDir dir;
    MainWindow w(Workspace::create(dir.filePath(QStringLiteral("h.db")), InitOptions{}));
    w.show();
    QFile guide(QStringLiteral(":/help/guide.html"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    QStringList anchors;
    for (int i = 0; i < w.navigation()->count(); ++i) {
        w.showPage(i);
        const QString anchor = w.helpAnchor();
        INFO("page " << i);
        REQUIRE_FALSE(anchor.isEmpty());
        CHECK(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(anchor)));
        anchors << anchor;
    }
    anchors.removeDuplicates();
    CHECK(anchors.size() == w.navigation()->count()); // a section of its own for each page
    // The action on F1 (keys reach shortcuts only in an active window, which the offscreen platform has not).
    QAction *f1 = nullptr;
    for (auto *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::Key_F1))
            f1 = a;
    REQUIRE(f1);
    w.showPage(6);
    f1->trigger();
    auto *help = w.findChild<HelpDialog *>();
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->browser()->source().fragment() == QStringLiteral("surveys"));
    const QString text = help->browser()->toPlainText();
    CHECK(text.contains(u("满意率 =（满意 + 基本满意）÷ 收回份数")));
    CHECK(text.contains(u("备份与恢复")));
    // Pressed again on another page: the same window, at that page's section.
    w.showPage(1);
    f1->trigger();
    CHECK(w.findChildren<HelpDialog *>().size() == 1);
    CHECK(help->browser()->source().fragment() == QStringLiteral("units"));
}

TEST_CASE("the user guide's table of keys names every shortcut of the main window", "[ui][help]")
{
    QTemporaryDir dir;
    MainWindow w(Workspace::create(dir.filePath(QStringLiteral("k.db")), InitOptions{}));
    QFile guide(QStringLiteral(":/help/guide.html"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    const QString keys = html.mid(html.indexOf(QStringLiteral("<a name=\"keys\"></a>")));
    REQUIRE(keys.size() < html.size());
    int named = 0;
    for (const QAction *a : w.findChildren<QAction *>()) {
        // Leaving the program is the system's own key (Alt+F4 on Windows), not the program's to teach.
        if (a->shortcut().isEmpty() || a->shortcut() == QKeySequence(QKeySequence::Quit))
            continue;
        const QString key = a->shortcut().toString(QKeySequence::PortableText);
        INFO(a->text().toStdString() << " " << key.toStdString());
        CHECK(keys.contains(key));
        ++named;
    }
    CHECK(named >= 8);
}

TEST_CASE("Ctrl+F finds units and records in one box; a hit opens the unit's record; another file closes both", "[ui][find]")
{
    QTemporaryDir dir;
    MainWindow w(Workspace::create(dir.filePath(QStringLiteral("f.db")), InitOptions{}));
    w.show();
    const QString roster = dir.filePath(QStringLiteral("r.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别,备注\n南关区救助站,220102,救助站,窗口设在一楼\n朝阳区殡仪馆,220104,殡仪馆,\n").toUtf8());
    w.unitsPage()->importRoster(roster);
    QAction *find = nullptr;
    for (auto *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            find = a;
    REQUIRE(find);
    find->trigger();
    auto *dialog = w.findChild<FindDialog *>();
    REQUIRE(dialog);
    dialog->box()->setText(u("一楼")); // a unit's note
    dialog->findNow();
    REQUIRE(dialog->hits().size() == 1);
    CHECK(dialog->table()->item(0, 1)->text() == u("南关区救助站"));
    dialog->openRow(0);
    REQUIRE(w.findChildren<UnitDossierDialog *>().size() == 1);
    // Another data file: the windows that read the old one close.
    w.openFile(dir.filePath(QStringLiteral("g.db")));
    QCoreApplication::processEvents();
    CHECK(w.findChildren<UnitDossierDialog *>().isEmpty());
    CHECK(w.findChildren<FindDialog *>().isEmpty());
}

TEST_CASE("a large file is searched by a thread of its own: the same hits, and text typed meanwhile searched after", "[ui][find]")
{
    QTemporaryDir dir;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("f.db")), InitOptions{});
    MainWindow w(std::move(ws));
    const QString roster = dir.filePath(QStringLiteral("r.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别,备注\n南关区救助站,220102,救助站,窗口设在一楼\n朝阳区殡仪馆,220104,殡仪馆,一楼大厅\n"
                                "宽城区婚姻登记处,220103,婚姻登记处,\n").toUtf8());
    w.unitsPage()->importRoster(roster);
    Database &db = w.commandContext().workspace->database();

    FindDialog inline_(db);
    inline_.box()->setText(u("一楼"));
    inline_.findNow();
    CHECK_FALSE(inline_.isSearching());
    REQUIRE(inline_.hits().size() == 2);

    FindDialog find(db);
    find.setBackgroundFrom(0); // every file counts as large here
    QSignalSpy found(&find, &FindDialog::found);
    find.box()->setText(u("一楼"));
    find.findNow();
    CHECK(find.isSearching());
    CHECK(find.hits().isEmpty());
    CHECK(find.countLabel()->text() == QStringLiteral("Searching…"));
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
    CHECK_FALSE(find.isSearching());
    REQUIRE(find.hits().size() == inline_.hits().size());
    for (qsizetype i = 0; i < find.hits().size(); ++i) {
        CHECK(find.hits()[i].unitId == inline_.hits()[i].unitId);
        CHECK(find.hits()[i].text == inline_.hits()[i].text);
    }
    CHECK(find.table()->item(1, 1)->text() == u("朝阳区殡仪馆"));
    CHECK(find.countLabel()->text() == QStringLiteral("2 found; double-click one to open its unit's record."));

    // Typed on while a search runs: that search's hits are dropped, and the text in the box now is searched next.
    find.box()->setText(u("救助"));
    find.findNow();
    REQUIRE(find.isSearching());
    find.box()->setText(u("婚姻"));
    find.findNow();
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, 20000);
    QTest::qWait(50);
    CHECK(found.count() == 2);
    REQUIRE(find.hits().size() == 1);
    CHECK(find.hits()[0].unitName == u("宽城区婚姻登记处"));

    // Closed while it searches: it waits for its thread.
    auto leaving = std::make_unique<FindDialog>(db);
    leaving->setBackgroundFrom(0);
    leaving->box()->setText(u("区"));
    leaving->findNow();
    CHECK(leaving->isSearching());
    leaving.reset();
}
