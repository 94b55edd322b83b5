// The desktop's pages driven as a clerk would: calendar, veto events, the unit dialog, the import preview, undo.
#include "catch.h"
#include "testutil.h"

#include "commands/commands.h"
#include "exportactions.h"
#include "uitest.h"
#include "dialogs/importpreview.h"
#include "io/listexport.h"
#include "dialogs/unitdialog.h"
#include "mainwindow.h"
#include "models/recordmodel.h"
#include "pages/calendarpage.h"
#include "pages/timelinewidget.h"
#include "pages/unitspage.h"
#include "pages/rectificationpage.h"
#include "pages/vetopage.h"
#include "services/autobackup.h"
#include "services/recordservice.h"
#include "util/failure.h"
#include "models/unittablemodel.h"
#include "services/rosterimport.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QGuiApplication>
#include <QTranslator>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace cd;
using cdtest::d;
using cdtest::u;

TEST_CASE("the calendar page shows 2014 as seed 000 has it, with working days left", "[ui][calendar]")
{
    QTemporaryDir dir;
    Workspace ws(cdtest::initialisedFile(dir.filePath(QStringLiteral("c.db"))));
    CalendarPage page;
    page.load(ws, d("2014-02-18")); // seed 000 letter date
    CHECK(page.roundBox()->currentData().toInt() == 2014);
    const QStringList texts = page.timeline()->deadlineTexts();
    REQUIRE(texts.size() == 4);
    CHECK(texts[0].startsWith(QStringLiteral("2014-02-21")));
    CHECK(texts[0].contains(QStringLiteral("3 working day")));
    CHECK(texts[1].startsWith(QStringLiteral("2014-03-31")));
    CHECK(texts[3].startsWith(QStringLiteral("2014-12-31")));
    page.resize(1000, 400);
    page.show();
    (void)QTest::qWaitForWindowExposed(&page); // a hint only: offscreen under wine may not report exposure
    CHECK(page.timeline()->height() >= page.timeline()->minimumSizeHint().height());
    // Another round moves by whole years, without the one-off comment deadline.
    page.roundBox()->setCurrentIndex(page.roundBox()->findData(2016));
    CHECK(page.timeline()->deadlineTexts().size() == 3);
}

TEST_CASE("recording a veto event highlights it inside the window, and undo takes it back", "[ui][veto]")
{
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>(cdtest::initialisedFile(dir.filePath(QStringLiteral("v.db"))));
    MainWindow w(std::move(ws));
    w.setToday(d("2014-06-30"));
    const QString roster = dir.filePath(QStringLiteral("r.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n").toUtf8());
    w.unitsPage()->importRoster(roster);
    w.showPage(w.unitsPage()); // the roster reads when the clerk opens it
    REQUIRE(w.unitsPage()->model()->rowCount() == 1);
    const int unitId = w.unitsPage()->model()->rowAt(0)->id;
    VetoPage *veto = w.vetoPage();
    w.showPage(3); // the page reads when the clerk opens it
    w.show();
    CHECK(veto->model()->rowCount() == 0);
    // seed 000 §四(四) 全年无…: the window of the 2014 round is the year 2014; 2013 lies outside it.
    Command::addVeto(w.commandContext(), {0, unitId, u("群体访"), d("2014-03-05"), u("集体上访")});
    Command::addVeto(w.commandContext(), {0, unitId, u("越级访"), d("2013-11-20"), {}});
    CHECK(veto->model()->rowCount() == 2); // the page reloaded itself
    CHECK(veto->highlightedRows() == 1);
    const ExportList list = veto->visibleList();
    REQUIRE(list.rows.size() == 2);
    CHECK(list.rows[0][1] == u("群体访")); // newest first
    CHECK(veto->visibleReport().sections[0].table.rows.size() == 2);
    w.undoStack()->undo();
    CHECK(veto->model()->rowCount() == 1);
    w.undoStack()->redo();
    CHECK(veto->model()->rowCount() == 2);
    // The import was one command too: undoing everything leaves an empty roster.
    while (w.undoStack()->canUndo())
        w.undoStack()->undo();
    CHECK(w.unitsPage()->model()->rowCount() == 0);
    CHECK(veto->model()->rowCount() == 0);
}

TEST_CASE("buttons that act on the selected row are offered only while a row is selected", "[ui][pages]")
{
    QTemporaryDir dir;
    MainWindow w(std::make_unique<Workspace>(cdtest::initialisedFile(dir.filePath(QStringLiteral("b.db")))));
    w.setToday(d("2014-06-30"));
    const QString roster = dir.filePath(QStringLiteral("r.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n朝阳区殡仪馆,220104,殡仪馆\n").toUtf8());
    w.unitsPage()->importRoster(roster);
    w.show();
    const auto buttons = [](QWidget *page, const QStringList &texts) {
        QList<QPushButton *> out;
        for (const QString &t : texts)
            for (auto *b : page->findChildren<QPushButton *>())
                if (b->text() == t)
                    out << b;
        REQUIRE(out.size() == texts.size());
        return out;
    };
    const auto enabled = [](const QList<QPushButton *> &bs) {
        QList<bool> out;
        for (auto *b : bs)
            out << b->isEnabled();
        return out;
    };

    // 单位名册: 编辑, 单位档案, 删除; 新增 and 导入 whatever is selected.
    w.showPage(w.unitsPage());
    const auto unitRow = buttons(w.unitsPage(), {QStringLiteral("&Edit..."), QStringLiteral("Unit &record..."), QStringLiteral("&Delete")});
    const auto unitAlways = buttons(w.unitsPage(), {QStringLiteral("&New unit..."), QStringLiteral("&Import roster...")});
    CHECK(enabled(unitRow) == QList<bool>{false, false, false});
    CHECK(enabled(unitAlways) == QList<bool>{true, true});
    QTableView *units = w.unitsPage()->view();
    units->setCurrentIndex(units->model()->index(1, 1));
    CHECK(enabled(unitRow) == QList<bool>{true, true, true});
    const int unitId = w.unitsPage()->model()->rowAt(0)->id;

    // 一票否决: 删除 and 证据文件 for the selected event; after it is deleted, nothing is selected.
    Command::addVeto(w.commandContext(), {0, unitId, u("群体访"), d("2014-03-05"), u("集体上访")});
    w.showPage(w.vetoPage());
    const auto vetoRow = buttons(w.vetoPage(), {QStringLiteral("&Delete"), QStringLiteral("E&vidence files...")});
    CHECK(enabled(vetoRow) == QList<bool>{false, false});
    w.vetoPage()->view()->setCurrentIndex(w.vetoPage()->model()->index(0, 0));
    CHECK(enabled(vetoRow) == QList<bool>{true, true});
    QTest::mouseClick(vetoRow[0], Qt::LeftButton);
    CHECK(w.vetoPage()->model()->rowCount() == 0);
    CHECK(enabled(vetoRow) == QList<bool>{false, false});
    w.undoStack()->undo(); // back, and not selected
    CHECK(w.vetoPage()->model()->rowCount() == 1);
    CHECK(enabled(vetoRow) == QList<bool>{false, false});
}

TEST_CASE("the unit dialog refuses what the import refuses, and says where", "[ui][dialog]")
{
    QTemporaryDir dir;
    Workspace ws(cdtest::initialisedFile(dir.filePath(QStringLiteral("u.db"))));
    UnitDialog dialog(ws, Unit{});
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Test Unit"));
    dialog.creditEdit()->setText(QStringLiteral("12220102MB0000011X"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // refused: the dialog stays, with the reason
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("R")));
    dialog.creditEdit()->setText(QStringLiteral("12220102MB0000011R"));
    dialog.accept();
    INFO(dialog.errorLabel()->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorLabel()->text().isEmpty());
    CHECK(dialog.unit().creditCode == QStringLiteral("12220102MB0000011R"));
}

TEST_CASE("the import preview offers all, only the valid rows, or cancel", "[ui][import]")
{
    QTemporaryDir dir;
    Workspace ws(cdtest::initialisedFile(dir.filePath(QStringLiteral("p.db"))));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    cdtest::writeFile(good, u("单位名称,所属地区,单位类别\n甲,220102,救助站\n乙,220102,殡仪馆\n").toUtf8());
    // Row 4 has two problems: the tab and the summary count rows, the table lists each problem.
    cdtest::writeFile(mixed, u("单位名称,所属地区,单位类别\n甲,220102,救助站\n乙,火星区,殡仪馆\n丙,火星区,理发店\n").toUtf8());
    ImportPreviewDialog all(RosterImport(ws.database()).plan(good), QStringLiteral("good.csv"));
    CHECK(all.importAllButton()->isEnabled());
    CHECK_FALSE(all.importValidButton()->isVisible());
    CHECK(all.tabs()->tabText(0).contains(QStringLiteral("2")));
    ImportPreviewDialog some(RosterImport(ws.database()).plan(mixed), QStringLiteral("mixed.csv"));
    CHECK_FALSE(some.importAllButton()->isEnabled());
    CHECK(some.importValidButton()->isEnabled());
    CHECK(some.tabs()->currentIndex() == 2); // the bad rows first, with their reasons
    auto *bad = qobject_cast<QTableWidget *>(some.tabs()->widget(2));
    REQUIRE(bad);
    CHECK(bad->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(bad->item(0, 2)->text().contains(u("火星区")));
    CHECK(bad->rowCount() == 3);
    CHECK(some.tabs()->tabText(2) == QStringLiteral("Bad rows (2)"));
    QTest::mouseClick(some.importValidButton(), Qt::LeftButton);
    CHECK(some.choice() == ImportPreviewDialog::ImportValid);
}

TEST_CASE("restore writes a new file and never overwrites one", "[ui][restore]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    auto ws = std::make_unique<Workspace>(cdtest::initialisedFile(live));
    ws->database().backupTo(dir.filePath(QStringLiteral("备份.db")));
    MainWindow w(std::move(ws));
    QString why;
    // Onto the open file, or any existing file: refused, and the file is left as it was.
    const QByteArray before = cdtest::fileBytes(live);
    CHECK_FALSE(w.restoreBackup(dir.filePath(QStringLiteral("备份.db")), live, &why));
    CHECK(why.contains(QStringLiteral("live.db")));
    CHECK(cdtest::fileBytes(live) == before);
    // Not a data file: refused with the storage message.
    cdtest::writeFile(dir.filePath(QStringLiteral("notes.txt")), "hello");
    CHECK_FALSE(w.restoreBackup(dir.filePath(QStringLiteral("notes.txt")), dir.filePath(QStringLiteral("x.db")), &why));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.db"))));
    // A new file: restored and opened.
    const QString target = dir.filePath(QStringLiteral("恢复.db"));
    REQUIRE(w.restoreBackup(dir.filePath(QStringLiteral("备份.db")), target, &why));
    CHECK(w.commandContext().workspace->path() == target);
    // The file that was open is closed (its WAL checkpointed into it) and still sound.
    CHECK(Database::open(live, Database::Access::ReadOnly)->check().isEmpty());
}

TEST_CASE("the day's automatic backup is made on a thread of its own when a file is shown; the clerk can turn it off", "[ui][backup]")
{
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("backup")); // as on a new PC: on, the newest seven kept
    const QString first = dir.filePath(QStringLiteral("吉林省.db")), second = dir.filePath(QStringLiteral("长春市.db")),
                  third = dir.filePath(QStringLiteral("南关区.db"));
    for (const QString &p : {second, third})
        cdtest::initialisedFile(p);
    const QDate today = QDate::currentDate();
    MainWindow w(std::make_unique<Workspace>(cdtest::initialisedFile(first)));
    // Off until the program turns it on (runs for screenshots, benchmarks and tests make no copies).
    CHECK_FALSE(w.isBackingUp());
    CHECK_FALSE(QFileInfo::exists(autobackup::folderFor(first)));

    QSignalSpy ended(&w, &MainWindow::autoBackupEnded);
    w.setAutoBackup(true);
    REQUIRE(ended.wait(30000));
    CHECK(ended.at(0).at(0).toString() == autobackup::fileFor(first, today));
    CHECK(ended.at(0).at(1).toString().isEmpty());
    CHECK(w.statusBar()->currentMessage()
          == QStringLiteral("Backed up automatically to %1 (the newest 7 kept).").arg(QDir::toNativeSeparators(autobackup::fileFor(first, today))));
    CHECK(Database::open(autobackup::fileFor(first, today), Database::Access::ReadOnly)->check().isEmpty());

    // Another file opened: its own copy, beside it. The first file opened again the same day: none.
    w.openFile(second);
    REQUIRE(ended.wait(30000));
    CHECK(ended.at(1).at(0).toString() == autobackup::fileFor(second, today));
    w.openFile(first);
    CHECK_FALSE(w.isBackingUp());
    CHECK(autobackup::existing(first).size() == 1);

    // 文件 → 自动备份…: turned off, three kept; a file opened next is not copied.
    QDialog *settings = w.showAutoBackupSettings();
    auto *on = settings->findChild<QCheckBox *>(QStringLiteral("autoBackupOn"));
    auto *keep = settings->findChild<QSpinBox *>(QStringLiteral("autoBackupKeep"));
    REQUIRE(on);
    REQUIRE(keep);
    CHECK(on->isChecked());
    CHECK(keep->value() == 7);
    on->setChecked(false);
    keep->setValue(3);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(QSettings().value(QStringLiteral("backup/auto")).toBool() == false);
    CHECK(QSettings().value(QStringLiteral("backup/keep")).toInt() == 3);
    w.openFile(third);
    CHECK_FALSE(w.isBackingUp());
    CHECK(ended.size() == 2);
    CHECK_FALSE(QFileInfo::exists(autobackup::folderFor(third)));
    QSettings().remove(QStringLiteral("backup"));
}

TEST_CASE("backup and restore show their progress with Cancel; a cancel writes nothing", "[ui][restore][backup]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    MainWindow w(std::make_unique<Workspace>(cdtest::initialisedFile(live)));
    const QString out = dir.filePath(QStringLiteral("备份.db"));
    // Watches the progress window at every turn of the event loop; `cancelWhen` says at which label to press Cancel.
    QStringList labels;
    QString cancelWhen;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &w, [&] {
        auto *dialog = w.findChild<QProgressDialog *>();
        if (!dialog)
            return;
        if (labels.isEmpty() || labels.last() != dialog->labelText())
            labels << dialog->labelText();
        if (!cancelWhen.isEmpty() && dialog->labelText() == cancelWhen)
            dialog->cancel();
    });
    watch.start(0);
    const auto hidden = [&] { return QDir(dir.path()).entryList({QStringLiteral(".*part*")}, QDir::Files | QDir::Hidden); };

    for (const QString &at : {QStringLiteral("Backing up to 备份.db…"), QStringLiteral("Checking the copy…")}) {
        labels.clear();
        cancelWhen = at;
        CHECK_FALSE(w.backUpTo(out));
        CHECK(labels.contains(at));
        CHECK(w.statusBar()->currentMessage() == QStringLiteral("The backup was cancelled; nothing was written."));
        CHECK_FALSE(QFile::exists(out));
        CHECK(hidden().isEmpty());
    }
    labels.clear();
    cancelWhen.clear();
    REQUIRE(w.backUpTo(out));
    CHECK(labels == QStringList{QStringLiteral("Backing up to 备份.db…"), QStringLiteral("Checking the copy…")});
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("Backed up to %1").arg(QDir::toNativeSeparators(out)));
    CHECK(Database::open(out, Database::Access::ReadOnly)->check().isEmpty());

    const QString target = dir.filePath(QStringLiteral("恢复.db"));
    QString why;
    labels.clear();
    cancelWhen = QStringLiteral("Checking the copy…");
    CHECK_FALSE(w.restoreBackup(out, target, &why));
    CHECK(labels == QStringList{QStringLiteral("Restoring 备份.db…"), QStringLiteral("Checking the copy…")});
    CHECK(why == QStringLiteral("The restore was cancelled; nothing was written."));
    CHECK_FALSE(QFile::exists(target));
    CHECK(hidden().isEmpty());
    CHECK(w.commandContext().workspace->path() == live); // the open file stays open
    cancelWhen.clear();
    REQUIRE(w.restoreBackup(out, target, &why));
    CHECK(w.commandContext().workspace->path() == target);
}

TEST_CASE("rectifications: overdue in red and in the status bar, closing undoable", "[ui][rectification]")
{
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>(cdtest::initialisedFile(dir.filePath(QStringLiteral("z.db"))));
    QTranslator english; // the counts as an English clerk reads them
    REQUIRE(english.load(QStringLiteral(":/i18n/campaigndesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    MainWindow w(std::move(ws));
    w.setToday(d("2014-08-01"));
    const QString roster = dir.filePath(QStringLiteral("r.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n").toUtf8());
    w.unitsPage()->importRoster(roster);
    w.showPage(w.unitsPage());
    const int unit = w.unitsPage()->model()->rowAt(0)->id;
    w.showPage(7); // the page reads when the clerk opens it
    w.show();
    // seed 001 暗访; seed 002 §五(二)3 整改 with a deadline.
    REQUIRE(Command::saveRectification(w.commandContext(), {0, unit, u("窗口服务态度生硬"), u("暗访"), u("王科长"), d("2014-07-15"), {}, {}}));
    REQUIRE(Command::saveRectification(w.commandContext(), {0, unit, u("公示栏未更新"), u("群众评议"), u("李干事"), d("2014-09-30"), {}, {}}));
    CHECK(w.rectificationPage()->table()->rowCount() == 2);
    CHECK(w.rectificationPage()->table()->item(0, 2)->text() == u("南关区救助站")); // the unit by name, not only its number
    CHECK(w.rectificationPage()->overdueRows() == 1);
    CHECK(w.rectificationPage()->countLabel()->text() == QStringLiteral("2 findings: 2 open, 1 past the deadline"));
    // 整改销号 is for an open finding the clerk has selected.
    CHECK_FALSE(w.rectificationPage()->closeButton()->isEnabled());
    w.rectificationPage()->table()->setCurrentCell(0, 3);
    CHECK(w.rectificationPage()->closeButton()->isEnabled());
    CHECK(w.statusText().contains(QStringLiteral("1 rectification")));
    Rectification closing = RectificationService(w.commandContext().workspace->database()).rectifications().first();
    closing.closed = d("2014-08-01");
    CHECK_THROWS_AS(Command::saveRectification(w.commandContext(), closing), Failure); // no evidence
    closing.closingEvidence = u("整改报告及照片");
    REQUIRE(Command::saveRectification(w.commandContext(), closing));
    CHECK(w.rectificationPage()->overdueRows() == 0);
    CHECK(w.rectificationPage()->countLabel()->text() == QStringLiteral("2 findings: 1 open, 0 past the deadline"));
    const int closedRow = w.rectificationPage()->table()->findItems(u("窗口服务态度生硬"), Qt::MatchExactly).first()->row();
    w.rectificationPage()->table()->setCurrentCell(closedRow, 3);
    CHECK_FALSE(w.rectificationPage()->closeButton()->isEnabled()); // closed already
    CHECK_FALSE(w.statusText().contains(QStringLiteral("rectification")));
    w.undoStack()->undo();
    CHECK(w.rectificationPage()->overdueRows() == 1);
    w.undoStack()->redo();
    CHECK(w.rectificationPage()->overdueRows() == 0);
    QCoreApplication::removeTranslator(&english);
    QTranslator zh; // and as a zh_CN clerk reads them
    REQUIRE(zh.load(QStringLiteral(":/i18n/campaigndesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    w.rectificationPage()->reload();
    CHECK(w.rectificationPage()->countLabel()->text() == u("共 2 项：1 项未整改，0 项逾期"));
    QCoreApplication::removeTranslator(&zh);
}

TEST_CASE("a finished export says where the file went, and its button opens the folder", "[ui][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(cdtest::u("2014年文明窗口命名名单.xlsx"));
    cdtest::writeFile(path, "x");
    QString opened, said;
    ExportActions::folderOpener() = [&opened](const QString &folder) {
        opened = folder;
        return true;
    };
    cdtest::onNextDialog([&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        REQUIRE(box);
        said = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::ActionRole)
                b->click();
    });
    ExportActions::announceWritten(nullptr, path);
    CHECK(said.contains(QDir::toNativeSeparators(path)));
    CHECK(QFileInfo(opened) == QFileInfo(dir.path()));
}

TEST_CASE("in the Chinese UI the name beside every window title is Chinese too", "[ui][i18n]")
{
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/campaigndesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    MainWindow::applyDisplayName();
    CHECK(QGuiApplication::applicationDisplayName() == cdtest::u("文明窗口创建管理系统"));
    QCoreApplication::removeTranslator(&zh);
    MainWindow::applyDisplayName();
    CHECK(QGuiApplication::applicationDisplayName() == QStringLiteral("CampaignDesk"));
}
