// The record pages driven as a clerk would (issue 3): 创建台账 with attached files, 满意度测评 with the minimum,
// 创建条件, 示范点, the round editor, the roster's trees and title filter, and an import cancelled half way.
// Every edit is checked through do, undo and redo. Dialogs are filled by a timer, as a clerk would fill them.
#include "catch.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdossierdialog.h"
#include <QTest>
#include <QInputMethodEvent>
#include <QCompleter>
#include <QStringListModel>
#include <QSignalSpy>
#include <QTreeWidget>
#include "pages/workbenchpage.h"
#include "rules/workcalendar.h"
#include "testutil.h"
#include "uitest.h"

#include "commands/commands.h"
#include "services/unitservice.h"
#include "storage/sql.h"
#include "mainwindow.h"
#include "models/recordmodel.h"
#include "models/unittablemodel.h"
#include "pages/calendarpage.h"
#include "pages/demonstrationpage.h"
#include "pages/ledgerpage.h"
#include "pages/prerequisitepage.h"
#include "pages/recordwidgets.h"
#include "pages/surveypage.h"
#include "pages/timelinewidget.h"
#include "pages/unitspage.h"
#include "pages/vetopage.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include "widgets/datefield.h"
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>

using namespace cd;
using cdtest::d;
using cdtest::u;
using cdtest::onNextDialog;
using cdtest::onNextQuestion;
using cdtest::MessageCatcher;

namespace {

struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> w;
    int unitA = 0, unitB = 0;

    explicit Desk(const QDate &today = d("2014-06-30"))
    {
        const QString folder = dir.filePath(u("张伟/文档"));
        QDir().mkpath(folder);
        w = std::make_unique<MainWindow>(std::make_unique<Workspace>(cdtest::initialisedFile(QDir(folder).filePath(u("台账.db")))));
        w->setToday(today);
        const QString roster = dir.filePath(QStringLiteral("r.csv"));
        cdtest::writeFile(roster, u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n朝阳区殡仪馆,220104,殡仪馆\n").toUtf8());
        w->unitsPage()->importRoster(roster);
        const auto names = w->commandContext().workspace->unitNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            (it.value() == u("南关区救助站") ? unitA : unitB) = it.key();
        w->undoStack()->clear();
    }
    CommandContext ctx() const { return w->commandContext(); }
    // 创建台账: a 座谈会 of unit A with 12 participants (seed 000 §五(二)), not yet saved.
    Activity meeting() const
    {
        Activity a;
        a.unitId = unitA;
        a.date = d("2014-05-20");
        a.kind = u("座谈会");
        a.participants = 12;
        a.description = u("窗口服务座谈");
        return a;
    }
    RecordService rec() const { return RecordService(w->commandContext().workspace->database()); }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString p = dir.filePath(name);
        cdtest::writeFile(p, bytes);
        return p;
    }
};

} // namespace

TEST_CASE("创建台账: an activity recorded through the dialog with a file, opened, undone and redone", "[ui][ledger]")
{
    Desk desk;
    LedgerPage *page = desk.w->ledgerPage();
    desk.w->showPage(4);
    desk.w->show();
    const QString photo = desk.file(u("学雷锋活动照片.jpg"), "JPEG bytes of the photo");
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<UnitPicker *>()->setText(u("南关区救助站 [%1]").arg(desk.unitA));
        dlg->findChild<cd::DateField *>()->setDate(d("2014-05-20"));
        dlg->findChild<QComboBox *>()->setCurrentText(u("学雷锋志愿服务"));
        dlg->findChild<QSpinBox *>()->setValue(24);
        dlg->findChild<QPlainTextEdit *>()->setPlainText(u("社区志愿服务"));
        CHECK(dlg->findChild<AttachmentList *>()->addFiles({photo}) == 1);
        dlg->accept();
    });
    {
        MessageCatcher catcher; // nothing may go wrong; if it does, the box is closed and its text shown
        page->recordActivity();
        INFO(catcher.texts.join(QLatin1Char('\n')).toStdString());
        CHECK(catcher.texts.isEmpty());
    }
    REQUIRE(page->activityCount() == 1);
    CHECK(page->model()->rowCount() == 1);
    const Activity a = page->activity(0);
    CHECK(a.kind == u("学雷锋志愿服务"));
    CHECK(a.participants == 24);
    REQUIRE(a.attachments.size() == 1);
    CHECK(page->model()->data(page->model()->index(0, 6), Qt::DisplayRole).toString() == u("学雷锋活动照片.jpg"));

    // Opening hands the system viewer a copy with the clerk's file name.
    QString opened;
    attachmentOpener() = [&opened](const QString &path) {
        opened = path;
        return true;
    };
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->openSelectedAttachment();
    CHECK(QFileInfo(opened).fileName() == u("学雷锋活动照片.jpg"));
    CHECK(cdtest::fileBytes(opened) == QByteArray("JPEG bytes of the photo"));

    desk.w->undoStack()->undo();
    CHECK(page->model()->rowCount() == 0);
    desk.w->undoStack()->redo();
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->activity(0).attachments.size() == 1);

    // The stored file goes missing: the row says so, and opening reports it instead of crashing.
    QFile::remove(desk.rec().attachments().storedPath(a.attachments[0].sha256));
    page->reload();
    CHECK(page->missingAttachments() == 1);
    CHECK(page->model()->data(page->model()->index(0, 6), Qt::DisplayRole).toString().contains(QStringLiteral("missing")));
    opened.clear();
    {
        MessageCatcher catcher;
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        page->openSelectedAttachment();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(u("学雷锋活动照片.jpg")));
    }
    CHECK(opened.isEmpty());
    attachmentOpener() = [](const QString &) { return true; };

    // Delete is one command as well; an edit that changes nothing is not pushed.
    const int depth = desk.w->undoStack()->count();
    CHECK_FALSE(Command::saveActivity(desk.ctx(), page->activity(0)));
    CHECK(desk.w->undoStack()->count() == depth);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->deleteSelected();
    CHECK(page->model()->rowCount() == 0);
    desk.w->undoStack()->undo();
    CHECK(page->model()->rowCount() == 1);
}

TEST_CASE("满意度测评: rates computed, units below the minimum flagged and filtered, undoable", "[ui][surveys]")
{
    Desk desk;
    SurveyPage *page = desk.w->surveyPage();
    desk.w->showPage(6);
    desk.w->show();
    CHECK(page->roundYear() == 2014); // the round of "today"
    // DOMAIN.md §5: rate = (满意 + 基本满意) / returned, default minimum 90% (seed 004).
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-10"), 120, 100, 80, 15, 5})); // 95%
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<UnitPicker *>()->setText(u("朝阳区殡仪馆"));
        const auto spins = dlg->findChildren<QSpinBox *>();
        REQUIRE(spins.size() == 5);
        spins[0]->setValue(100); // issued
        spins[1]->setValue(100); // returned
        spins[2]->setValue(70);  // 满意
        spins[3]->setValue(15);  // 基本满意 → 85%
        spins[4]->setValue(15);
        dlg->accept();
    });
    page->recordSurvey();
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(page->minimum() == 9000);
    CHECK_FALSE(page->unitBelowMinimum(desk.unitA));
    CHECK(page->unitBelowMinimum(desk.unitB));
    const auto rateOf = [page](int unit) {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->data(page->model()->index(r, 0), Qt::DisplayRole).toInt() == unit)
                return page->model()->data(page->model()->index(r, 8), Qt::DisplayRole).toString();
        return QString();
    };
    CHECK(rateOf(desk.unitA) == QStringLiteral("95.0%"));
    CHECK(rateOf(desk.unitB) == QStringLiteral("85.0%"));
    page->setOnlyBelowMinimum(true);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->data(page->model()->index(0, 9), Qt::DisplayRole).toString().contains(QStringLiteral("below")));
    CHECK(page->model()->data(page->model()->index(0, 9), Qt::ForegroundRole).isValid());
    page->setOnlyBelowMinimum(false);
    page->searchBox()->setText(u("殡仪"));
    page->applySearchNow();
    CHECK(page->model()->rowCount() == 1);
    page->searchBox()->clear();
    page->applySearchNow();

    // A second survey lifts the unit's rate over the round: (70+15+98) / (100+100) = 91.5%.
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-08-10"), 100, 100, 98, 0, 2}));
    CHECK_FALSE(page->unitBelowMinimum(desk.unitB));
    desk.w->undoStack()->undo();
    CHECK(page->unitBelowMinimum(desk.unitB));
    desk.w->undoStack()->redo();
    CHECK(page->model()->rowCount() == 3);
    // Impossible counts are refused by the dialog's command and nothing is pushed.
    const int depth = desk.w->undoStack()->count();
    CHECK_THROWS_AS(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-10"), 10, 20, 5, 5, 5}), Failure);
    CHECK(desk.w->undoStack()->count() == depth);
}

TEST_CASE("创建条件 and 示范点: set, change and clear are undoable; nothing-changes is not pushed", "[ui][prerequisites][demonstration]")
{
    Desk desk;
    PrerequisitePage *pre = desk.w->prerequisitePage();
    desk.w->showPage(5);
    desk.w->show();
    const auto kinds = desk.rec().prereq.prerequisiteKinds();
    REQUIRE(kinds.size() >= 2);
    // DOMAIN.md §5 (seed 000 §五(二)): standards published, leading group set up, each with date and evidence.
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<UnitPicker *>()->setText(QString::number(desk.unitA));
        dlg->findChild<QComboBox *>()->setCurrentIndex(1);
        dlg->findChild<cd::DateField *>()->setDate(d("2014-04-03"));
        dlg->findChildren<QLineEdit *>().last()->setText(u("领导小组成立文件"));
        dlg->accept();
    });
    pre->recordPrerequisite();
    REQUIRE(pre->recordCount() == 1);
    CHECK(pre->record(0).kind == kinds[1].first);
    CHECK(pre->model()->data(pre->model()->index(0, 2), Qt::DisplayRole).toString() == kinds[1].second);
    PrerequisiteRecord changed = pre->record(0);
    const int depth = desk.w->undoStack()->count();
    CHECK_FALSE(Command::setPrerequisite(desk.ctx(), changed));
    CHECK(desk.w->undoStack()->count() == depth);
    changed.date = d("2014-04-10");
    REQUIRE(Command::setPrerequisite(desk.ctx(), changed));
    CHECK(pre->record(0).date == d("2014-04-10"));
    desk.w->undoStack()->undo();
    CHECK(pre->record(0).date == d("2014-04-03"));
    pre->view()->setCurrentIndex(pre->model()->index(0, 0));
    pre->clearSelected();
    CHECK((pre->recordCount() == 0));
    desk.w->undoStack()->undo();
    CHECK(pre->recordCount() == 1);

    DemonstrationPage *demo = desk.w->demonstrationPage();
    desk.w->showPage(8);
    // seed 001 §二9: 省/市/县 demonstration points.
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<UnitPicker *>()->setText(u("南关区救助站"));
        dlg->findChild<QSpinBox *>()->setValue(2014);
        dlg->findChild<QComboBox *>()->setCurrentText(u("市"));
        dlg->accept();
    });
    demo->tagUnit();
    REQUIRE(Command::setDemonstrationPoint(desk.ctx(), {desk.unitB, 2014, u("县")}));
    REQUIRE(demo->points().size() == 2);
    REQUIRE(Command::setDemonstrationPoint(desk.ctx(), {desk.unitA, 2014, u("省")})); // raised a level
    CHECK(desk.rec().demo.demonstrationPoints(2014).size() == 2);
    desk.w->undoStack()->undo();
    bool city = false;
    for (const auto &p : demo->points())
        city = city || (p.unitId == desk.unitA && p.level == u("市"));
    CHECK(city);
    CHECK_FALSE(Command::setDemonstrationPoint(desk.ctx(), {desk.unitA, 2014, u("市")}));
    // The level filter.
    demo->findChildren<QComboBox *>().first()->setCurrentIndex(3); // 县
    CHECK(demo->model()->rowCount() == 1);
    CHECK_THROWS_AS(Command::setDemonstrationPoint(desk.ctx(), {desk.unitA, 2014, u("乡")}), Failure);
}

TEST_CASE("the round editor changes phases and adds rounds through undoable commands; the status bar follows", "[ui][calendar]")
{
    Desk desk(d("2016-09-05"));
    CalendarPage *page = desk.w->calendarPage();
    // The default 2016 round is 2014's moved by two years (DOMAIN.md §4): 5 September is 组织实施.
    CHECK(desk.w->statusText().contains(QStringLiteral("implementation")));
    onNextDialog([&](QDialog *dlg) {
        const auto dates = dlg->findChildren<cd::DateField *>();
        REQUIRE(dates.size() == 6);
        dates[3]->setDate(d("2016-08-31")); // 组织实施 ends early
        dates[4]->setDate(d("2016-09-01")); // 总结评比 starts early
        auto *extra = dlg->findChild<QTableWidget *>();
        extra->insertRow(0);
        extra->setItem(0, 0, new QTableWidgetItem(QStringLiteral("2016-11-15")));
        extra->setItem(0, 1, new QTableWidgetItem(u("市(州)推荐名单报省")));
        dlg->accept();
    });
    REQUIRE(page->editRound(2016));
    CHECK(desk.w->statusText().contains(QStringLiteral("summing-up and appraisal")));
    CHECK(desk.w->statusText().contains(QStringLiteral("2016-11-15")));
    CHECK(page->timeline()->deadlineTexts().size() == 4);
    desk.w->undoStack()->undo();
    CHECK(desk.w->statusText().contains(QStringLiteral("implementation")));
    CHECK_FALSE(desk.rec().calendar.storedRound(2016).has_value()); // back to the default projection
    desk.w->undoStack()->redo();
    CHECK(desk.rec().calendar.storedRound(2016)->phases[2].start == d("2016-09-01"));

    // Seed 003's calendar runs 总结 into the next year; it is accepted. Overlapping phases are refused in the dialog.
    {
        MessageCatcher catcher;
        onNextDialog([&](QDialog *dlg) {
            dlg->findChildren<cd::DateField *>()[2]->setDate(d("2018-02-01")); // overlaps 宣传发动
            dlg->accept(); // refused: the message names the phases, the dialog comes back
        });
        onNextDialog([&](QDialog *dlg) {
            const auto dates = dlg->findChildren<cd::DateField *>();
            dates[0]->setDate(d("2018-03-25"));
            dates[1]->setDate(d("2018-04-30"));
            dates[2]->setDate(d("2018-05-01"));
            dates[3]->setDate(d("2018-12-31"));
            dates[4]->setDate(d("2019-01-01"));
            dates[5]->setDate(d("2019-02-28"));
            dlg->accept();
        });
        REQUIRE(page->editRound(2018));
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("implementation")));
    }
    CHECK(desk.rec().calendar.storedRound(2018)->phases[2].end == d("2019-02-28"));
}

TEST_CASE("the roster narrows by region tree, type tree and title status", "[ui][units]")
{
    Desk desk;
    UnitsPage *page = desk.w->unitsPage();
    desk.w->showPage(page); // the roster reads when the clerk opens it
    UnitTableModel *model = page->model();
    REQUIRE(model->rowCount() == 2);
    const auto pick = [](QTreeWidget *tree, const QString &text) {
        const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() >= 1);
        tree->setCurrentItem(found.first());
    };
    pick(page->regionTree(), u("南关区"));
    CHECK(model->rowCount() == 1);
    CHECK(model->rowAt(0)->name == u("南关区救助站"));
    pick(page->regionTree(), u("长春市")); // the whole 市 holds both
    CHECK(model->rowCount() == 2);
    pick(page->typeTree(), u("殡仪馆"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->name == u("朝阳区殡仪馆"));
    pick(page->regionTree(), u("吉林市"));
    CHECK(model->rowCount() == 0);
    page->regionTree()->setCurrentItem(page->regionTree()->topLevelItem(0));
    page->typeTree()->setCurrentItem(page->typeTree()->topLevelItem(0));
    page->titleFilter()->setCurrentIndex(page->titleFilter()->findData(1)); // holds the title: nobody yet
    CHECK(model->rowCount() == 0);
    page->titleFilter()->setCurrentIndex(page->titleFilter()->findData(0));
    CHECK(model->rowCount() == 2);
    // The tree choice survives an edit (the page reloads after every command).
    pick(page->regionTree(), u("南关区"));
    REQUIRE(Command::addVeto(desk.ctx(), {0, desk.unitA, u("群体访"), d("2014-03-05"), {}, {}}));
    desk.w->undoStack()->undo();
    CHECK(model->rowCount() == 1);
}

TEST_CASE("the roster is read when its page comes to the front, not while the clerk works on another", "[ui][units]")
{
    Desk desk;
    UnitsPage *page = desk.w->unitsPage();
    // A copy of the desk's file (two units), opened with the workbench in front.
    desk.w->showPage(desk.w->workbenchPage());
    const QString copy = desk.dir.filePath(QStringLiteral("copy.db"));
    sql::exec(desk.ctx().workspace->database().connection(), QStringLiteral("VACUUM INTO '%1'").arg(copy));
    desk.w->openFile(copy);
    REQUIRE(desk.ctx().workspace->path() == copy);
    CHECK(page->isPending());
    CHECK(page->model()->totalCount() == 0);
    // A unit added meanwhile changes nothing either; the page reads it with the rest when it is shown.
    Unit extra{0, u("宽城区救助站"), 0, 0, {}, {}, {}, {}, {}, {}};
    extra.regionId = UnitService(desk.ctx().workspace->database()).get(desk.unitA)->regionId;
    extra.typeId = UnitService(desk.ctx().workspace->database()).get(desk.unitA)->typeId;
    REQUIRE(Command::addUnit(desk.ctx(), extra));
    CHECK(page->model()->totalCount() == 0);
    desk.w->showPage(page);
    CHECK_FALSE(page->isPending());
    CHECK(page->model()->totalCount() == 3);
    // In front, it follows every change at once.
    desk.w->undoStack()->undo();
    CHECK(page->model()->totalCount() == 2);

    // Another file opened while the workbench is in front: nothing of the old file's rows stays, nothing of the new is read.
    desk.w->showPage(desk.w->workbenchPage());
    const QString other = desk.dir.filePath(QStringLiteral("other.db"));
    cdtest::initialisedFile(other);
    desk.w->openFile(other);
    CHECK(page->isPending());
    CHECK(page->model()->totalCount() == 0);
    desk.w->showPage(page);
    CHECK(page->model()->totalCount() == 0);
    CHECK_FALSE(page->isPending());
}

TEST_CASE("a long roster import shows progress and a cancel leaves nothing behind", "[ui][import]")
{
    Desk desk;
    QString csv = u("单位名称,所属地区,单位类别\n");
    for (int i = 0; i < 6000; ++i)
        csv += u("南关区第%1救助站,220102,救助站\n").arg(i);
    const QString roster = desk.file(QStringLiteral("big.csv"), csv.toUtf8());
    const QByteArray before = cdtest::fileBytes(desk.ctx().workspace->path());
    desk.w->showPage(desk.w->unitsPage());
    QList<qsizetype> seen;
    // Cancel during the writing: after the check has run to the end.
    desk.w->unitsPage()->importProgress = [&seen](qsizetype done, qsizetype total) {
        seen << done;
        return !(total == 6000 && done >= 4000 && seen.size() > 3);
    };
    {
        MessageCatcher catcher;
        desk.w->unitsPage()->importRoster(roster);
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("cancelled")));
    }
    CHECK(seen.size() >= 3);
    CHECK(desk.w->unitsPage()->model()->totalCount() == 2);
    CHECK(desk.rec().activity.activities().isEmpty());
    CHECK(desk.w->undoStack()->count() == 0); // nothing to undo: nothing happened
    CHECK(desk.ctx().workspace->database().check().isEmpty());
    // Without cancelling, the same import goes in as one command.
    desk.w->unitsPage()->importProgress = [](qsizetype, qsizetype) { return true; };
    desk.w->unitsPage()->importRoster(roster);
    CHECK(desk.w->unitsPage()->model()->totalCount() == 6002);
    desk.w->undoStack()->undo();
    CHECK(desk.w->unitsPage()->model()->totalCount() == 2);
    (void)before;
}

TEST_CASE("every list page prints and exports the rows it shows", "[ui][lists]")
{
    Desk desk;
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-10"), 120, 100, 80, 15, 5}));
    REQUIRE(Command::setDemonstrationPoint(desk.ctx(), {desk.unitA, 2014, u("县")}));
    desk.w->show();
    for (int i = 0; i < desk.w->navigation()->count(); ++i) {
        desk.w->showPage(i);
        INFO(desk.w->navigation()->item(i)->text().toStdString());
        ListPage *page = desk.w->currentListPage();
        if (i == 2) { // the calendar has no list
            CHECK(page == nullptr);
            continue;
        }
        REQUIRE(page);
        const ExportList list = page->visibleList();
        CHECK_FALSE(list.headers.isEmpty());
        CHECK(page->visibleReport().sections.size() == 1);
        CHECK(page->visibleReport().sections[0].table.rows.size() == list.rows.size());
        CHECK_FALSE(page->listName().isEmpty());
    }
}

TEST_CASE("the office adds a veto kind through an undoable command", "[ui][veto]")
{
    Desk desk;
    onNextQuestion([](const QString &label) {
        CHECK(label.contains(u("群体访")));
        return u("重大服务质量投诉");
    });
    desk.w->vetoPage()->addKind();
    CHECK(desk.ctx().workspace->vetoKinds().contains(u("重大服务质量投诉")));
    desk.w->undoStack()->undo();
    CHECK_FALSE(desk.ctx().workspace->vetoKinds().contains(u("重大服务质量投诉")));
    desk.w->undoStack()->redo();
    REQUIRE(Command::addVeto(desk.ctx(), {0, desk.unitA, u("重大服务质量投诉"), d("2014-07-01"), {}, {}}));
    desk.w->undoStack()->undo(); // the event
    desk.w->undoStack()->undo(); // the kind
    CHECK(desk.ctx().workspace->vetoKinds().size() == 4);
}

TEST_CASE("column widths of the record pages and the roster's splitter are remembered", "[ui][settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.db"));
    {
        MainWindow w(std::make_unique<Workspace>(cdtest::initialisedFile(file)));
        w.ledgerPage()->view()->setColumnWidth(1, 333);
        w.surveyPage()->view()->setColumnWidth(2, 222);
        w.close();
    }
    MainWindow again(std::make_unique<Workspace>(cd::Database::open(file)));
    CHECK(again.ledgerPage()->view()->columnWidth(1) == 333);
    CHECK(again.surveyPage()->view()->columnWidth(2) == 222);
}

TEST_CASE("restoring a backup brings its attached files along into the new file's folder", "[ui][restore]")
{
    Desk desk;
    const AttachmentStore store = desk.rec().attachments();
    Activity a{0, desk.unitA, d("2014-05-20"), u("座谈会"), 12, {}, {store.store(desk.file(u("纪要.docx"), "minutes"))}};
    REQUIRE(Command::saveActivity(desk.ctx(), a));
    const QString backup = desk.dir.filePath(u("备份.db"));
    desk.ctx().workspace->database().backupTo(backup);
    store.copyInto(AttachmentStore(AttachmentStore::rootFor(backup)));
    const QString target = desk.dir.filePath(u("恢复.db"));
    QString why;
    REQUIRE(desk.w->restoreBackup(backup, target, &why));
    const AttachmentStore restored(AttachmentStore::rootFor(target));
    CHECK(restored.has(a.attachments[0]));
    desk.w->ledgerPage()->reload();
    REQUIRE(desk.w->ledgerPage()->activityCount() == 1);
    CHECK(desk.w->ledgerPage()->missingAttachments() == 0);
}

TEST_CASE("a date field takes 20140601 and 2014年6月1日, refuses 2014-02-30 at the field, and stores what the clerk saw", "[ui][dates]")
{
    Desk desk;
    desk.w->show();
    VetoPage *page = desk.w->vetoPage();
    // First the impossible date: the form comes back with the reason, and nothing is stored.
    QString shownAfterRefusal;
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<UnitPicker *>()->setText(u("南关区救助站 [%1]").arg(desk.unitA));
        auto *date = dlg->findChild<cd::DateField *>();
        date->setText(QStringLiteral("2014-02-30"));
        CHECK_FALSE(date->date().isValid());
        CHECK(date->problem().contains(QStringLiteral("no day 30")));
        dlg->accept();
    });
    onNextDialog([&](QDialog *dlg) {
        auto *date = dlg->findChild<cd::DateField *>();
        shownAfterRefusal = date->text();
        date->setText(QStringLiteral("20140601"));
        emit date->editingFinished();
        CHECK(date->text() == QStringLiteral("2014-06-01")); // shown as it will be stored
        dlg->accept();
    });
    {
        MessageCatcher catcher;
        page->recordEvent();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("no day 30")));
    }
    CHECK(shownAfterRefusal == QStringLiteral("2014-02-30")); // the clerk's text is kept, not replaced by another date
    const auto events = desk.rec().veto.vetoEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].date == d("2014-06-01"));

    // 2014年6月1日 in Chinese form, typed into another record's field, is the same date.
    auto *field = new cd::DateField(QDate(), desk.w.get());
    field->setText(u("2014年6月1日"));
    emit field->editingFinished();
    CHECK(field->date() == d("2014-06-01"));
    CHECK(field->text() == QStringLiteral("2014-06-01"));
}

TEST_CASE("a double-click on a record's row opens its unit's record (档案), showing that record", "[ui][dossier]")
{
    Desk desk;
    SurveyPage *page = desk.w->surveyPage();
    desk.w->showPage(6);
    desk.w->show();
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-12"), 100, 100, 70, 15, 15})); // 85%
    REQUIRE(page->model()->rowCount() == 1);
    const QModelIndex cell = page->model()->index(0, 1);
    page->view()->setCurrentIndex(cell);
    const QPoint at = page->view()->visualRect(cell).center();
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, at);
    const auto dialogs = desk.w->findChildren<UnitDossierDialog *>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first()->unitId() == desk.unitB);
    CHECK(dialogs.first()->html().contains(u("朝阳区殡仪馆")));
    CHECK(dialogs.first()->html().contains(QStringLiteral("2014-06-12")));
    CHECK(dialogs.first()->html().contains(QStringLiteral("85.0%")));
    dialogs.first()->close();
}

TEST_CASE("工作台: the round, deadlines with working days, units missing records, overdue 整改; a line goes to its records", "[ui][workbench]")
{
    Desk desk; // 2014-06-30: the 2014 round's 组织实施 phase (seed 000 §五)
    WorkbenchPage *bench = desk.w->workbenchPage();
    REQUIRE(Command::setPrerequisite(desk.ctx(), {desk.unitA, 2014, QStringLiteral("standards-published"), d("2014-04-20"), {}}));
    REQUIRE(Command::setPrerequisite(desk.ctx(), {desk.unitA, 2014, QStringLiteral("leading-group"), d("2014-04-25"), {}}));
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-10"), 120, 100, 80, 15, 5}));
    REQUIRE(Command::saveRectification(desk.ctx(), {0, desk.unitB, u("窗口服务态度"), u("暗访"), u("王科长"), d("2014-06-20"), {}, {}}));
    desk.w->showPage(0);
    desk.w->show();
    QCoreApplication::processEvents();
    const auto inGroup = [&](const QString &start) {
        QStringList texts;
        for (const auto &w : bench->items())
            if (w.group.startsWith(start))
                texts << w.text;
        return texts;
    };
    const QStringList round = inGroup(QStringLiteral("The round"));
    REQUIRE(round.size() == 1);
    CHECK(round.first().startsWith(QStringLiteral("2014 round")));
    // Only unit B lacks its prerequisites and its survey: unit A has both.
    CHECK(inGroup(QStringLiteral("Missing prerequisites for the 2014 round (1 units)")) == QStringList{u("朝阳区殡仪馆")});
    CHECK(inGroup(QStringLiteral("No satisfaction survey in the 2014 round (1 units)")) == QStringList{u("朝阳区殡仪馆")});
    const QStringList overdue = inGroup(QStringLiteral("Rectification overdue"));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.first() == u("朝阳区殡仪馆: 窗口服务态度 (deadline 2014-06-20)"));
    // The next deadlines carry their working days, counted by the holiday calendar.
    const WorkCalendar work = WorkCalendar::fromResources();
    int deadlines = 0;
    for (const auto &w : bench->items())
        if (w.group == QStringLiteral("Next deadlines") || w.group == QStringLiteral("Due this week")) {
            ++deadlines;
            const QDate at = QDate::fromString(w.text.left(10), Qt::ISODate);
            REQUIRE(at.isValid());
            CHECK(at >= d("2014-06-30"));
            CHECK(w.text.contains(QStringLiteral(": %1 working day").arg(work.workingDaysAfter(d("2014-06-30"), at).days)));
        }
    CHECK(deadlines >= 1);
    // Double-click on unit B's missing survey: the survey page, and B's 档案.
    QTreeWidgetItem *line = nullptr;
    for (int g = 0; g < bench->tree()->topLevelItemCount(); ++g)
        if (bench->tree()->topLevelItem(g)->text(0).startsWith(QStringLiteral("No satisfaction survey")))
            line = bench->tree()->topLevelItem(g)->child(0);
    REQUIRE(line);
    bench->activate(line);
    CHECK(desk.w->currentListPage() == desk.w->surveyPage());
    const auto dialogs = desk.w->findChildren<UnitDossierDialog *>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first()->unitId() == desk.unitB);
    // A survey recorded for B takes it off the list when the workbench is next shown.
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-12"), 100, 100, 90, 5, 5}));
    desk.w->showPage(0);
    QCoreApplication::processEvents();
    CHECK(inGroup(QStringLiteral("No satisfaction survey")).isEmpty());
}

TEST_CASE("a large file's workbench is read in the background: the same lines, the window usable meanwhile", "[ui][workbench]")
{
    Desk desk;
    REQUIRE(Command::saveRectification(desk.ctx(), {0, desk.unitB, u("窗口服务态度"), u("暗访"), u("王科长"), d("2014-06-20"), {}, {}}));
    WorkbenchPage direct;
    direct.setCommandContext(desk.ctx(), d("2014-06-30"));
    direct.reload();
    REQUIRE_FALSE(direct.isLoading());
    REQUIRE_FALSE(direct.items().isEmpty());

    WorkbenchPage page;
    page.setBackgroundFrom(0); // every file counts as large here
    QSignalSpy loaded(&page, &WorkbenchPage::loaded);
    page.setCommandContext(desk.ctx(), d("2014-06-30"));
    page.reload();
    CHECK(page.isLoading());
    CHECK(page.items().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    CHECK_FALSE(page.isLoading());
    REQUIRE(page.items().size() == direct.items().size());
    for (int i = 0; i < page.items().size(); ++i) {
        CHECK(page.items()[i].group == direct.items()[i].group);
        CHECK(page.items()[i].text == direct.items()[i].text);
    }
    // Destroyed while it reads: it waits for its thread.
    WorkbenchPage leaving;
    leaving.setBackgroundFrom(0);
    leaving.setCommandContext(desk.ctx(), d("2014-06-30"));
    leaving.reload();
}

namespace {
// Every cell of the page's table as the clerk sees it, in the order shown.
QList<QStringList> shownRows(const RecordPage &page)
{
    QList<QStringList> rows;
    const RecordModel *m = page.model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        QString marks; // the colours a row is marked with (below a minimum, inside a veto window, a file missing)
        for (int c = 0; c < m->columnCount(); ++c) {
            cells << m->data(m->index(r, c), Qt::DisplayRole).toString();
            for (int role : {Qt::BackgroundRole, Qt::ForegroundRole})
                if (const QVariant v = m->data(m->index(r, c), role); v.isValid())
                    marks += QStringLiteral("%1:%2 ").arg(c).arg(v.value<QColor>().name());
        }
        rows << (cells << marks);
    }
    return rows;
}

// The page read on the GUI thread and the same page read by a thread of its own show the same cells.
template <typename Page>
void sameInBackground(const CommandContext &ctx, const std::function<void(Page &)> &setUp, int expectedRows)
{
    Page direct;
    setUp(direct);
    direct.setCommandContext(ctx, d("2014-06-30"));
    direct.reload();
    REQUIRE_FALSE(direct.isLoading());
    const QList<QStringList> rows = shownRows(direct);
    REQUIRE(rows.size() == expectedRows);

    Page page;
    page.setBackgroundFrom(0); // every file counts as large here
    setUp(page);
    QSignalSpy loaded(&page, &RecordPage::loaded);
    page.setCommandContext(ctx, d("2014-06-30"));
    page.reload();
    CHECK(page.isLoading());
    CHECK(page.model()->rowCount() == 0); // nothing yet: the window is usable meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    CHECK_FALSE(page.isLoading());
    CHECK(shownRows(page) == rows);
}
} // namespace

TEST_CASE("a large file's record pages are read by a thread of their own: the same rows, unit names and marks",
          "[ui][records][large]")
{
    Desk desk;
    Activity a = desk.meeting();
    REQUIRE(Command::saveActivity(desk.ctx(), a));
    a.unitId = desk.unitB;
    a.kind = u("回访");
    a.participants.reset();
    REQUIRE(Command::saveActivity(desk.ctx(), a));
    for (int unit : {desk.unitA, desk.unitB})
        REQUIRE(Command::setPrerequisite(desk.ctx(), {unit, 2014, QStringLiteral("leading-group"), d("2014-04-01"), u("文件"), SetVersion::Unchecked}));
    REQUIRE(Command::setPrerequisite(desk.ctx(), {desk.unitB, 2014, QStringLiteral("standards-published"), d("2014-04-02"), {}, SetVersion::Unchecked}));
    // Seed 004: 90% is the minimum; B's two surveys together are 85%, below it.
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-12"), 100, 100, 90, 5, 5}));
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-12"), 100, 100, 80, 0, 20}));
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-20"), 100, 100, 90, 0, 10}));
    REQUIRE(Command::setDemonstrationPoint(desk.ctx(), {desk.unitA, 2014, u("县"), SetVersion::Unchecked}));

    sameInBackground<LedgerPage>(desk.ctx(), [](LedgerPage &) {}, 2);
    sameInBackground<PrerequisitePage>(desk.ctx(), [](PrerequisitePage &p) { p.setRoundYear(2014); }, 3);
    sameInBackground<SurveyPage>(desk.ctx(), [](SurveyPage &p) { p.setRoundYear(2014); }, 3);
    sameInBackground<DemonstrationPage>(desk.ctx(), [](DemonstrationPage &) {}, 1);
    // Seed 000 §四(四): the window of the 2014 round is the year 2014; an event of 2013 lies outside it.
    REQUIRE(Command::addVeto(desk.ctx(), {0, desk.unitA, u("群体访"), d("2014-03-05"), u("集体上访"), {}}));
    REQUIRE(Command::addVeto(desk.ctx(), {0, desk.unitB, u("越级访"), d("2013-11-20"), {}, {}}));
    sameInBackground<VetoPage>(desk.ctx(), [](VetoPage &) {}, 2);
    VetoPage veto;
    veto.setBackgroundFrom(0);
    QSignalSpy vetoLoaded(&veto, &RecordPage::loaded);
    veto.setCommandContext(desk.ctx(), d("2014-06-30"));
    veto.reload();
    QTRY_COMPARE_WITH_TIMEOUT(vetoLoaded.count(), 1, 20000);
    CHECK(veto.highlightedRows() == 1);
    CHECK(shownRows(veto)[0][1] == u("群体访")); // newest first
    CHECK(shownRows(veto)[0][3] == u("南关区救助站"));

    // What the clerk reads, spelled out once: the unit's name from the file, B's rate over the round below the minimum.
    SurveyPage surveys;
    surveys.setBackgroundFrom(0);
    surveys.setRoundYear(2014);
    QSignalSpy loaded(&surveys, &RecordPage::loaded);
    surveys.setCommandContext(desk.ctx(), d("2014-06-30"));
    surveys.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    const QList<QStringList> rows = shownRows(surveys);
    REQUIRE(rows.size() == 3);
    int below = 0;
    for (const auto &r : rows) {
        CHECK(r[1] == (r[0] == QString::number(desk.unitA) ? u("南关区救助站") : u("朝阳区殡仪馆")));
        below += r[9].contains(QStringLiteral("below")) ? 1 : 0;
    }
    CHECK(below == 2);
    CHECK(surveys.unitBelowMinimum(desk.unitB));
    CHECK_FALSE(surveys.unitBelowMinimum(desk.unitA));
}

TEST_CASE("a dialog's unit field offers the units whose name holds what is typed, or the unit of the number typed",
          "[ui][records][large]")
{
    Desk desk;
    QWidget form;
    auto *picker = new UnitPicker(UnitNames::read(desk.ctx().workspace->database()), &form);
    form.show();
    picker->setFocus();
    const auto offered = [picker] { return qobject_cast<QStringListModel *>(picker->completer()->model())->stringList(); };
    // Chinese comes from the input method, committed a word at a time.
    const auto type = [picker](const QString &text) {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(picker, &commit);
    };
    type(u("救助"));
    CHECK(offered() == QStringList{u("南关区救助站 [%1]").arg(desk.unitA)});
    CHECK(picker->unitId() == 0); // a part of a name is no unit yet
    picker->clear();
    type(u("区"));
    CHECK(offered() == QStringList{u("南关区救助站 [%1]").arg(desk.unitA), u("朝阳区殡仪馆 [%1]").arg(desk.unitB)});
    picker->clear();
    QTest::keyClicks(picker, QString::number(desk.unitB));
    CHECK(offered().first() == u("朝阳区殡仪馆 [%1]").arg(desk.unitB));
    CHECK(picker->unitId() == desk.unitB);
    picker->clear();
    type(u("婚姻"));
    CHECK(offered().isEmpty());
    // What the clerk picks from the list, or a whole name typed out, is the unit.
    picker->setText(u("南关区救助站 [%1]").arg(desk.unitA));
    CHECK(picker->unitId() == desk.unitA);
    picker->setText(u("朝阳区殡仪馆"));
    CHECK(picker->unitId() == desk.unitB);
    picker->setText(u("朝阳区殡仪馆 [%1]").arg(desk.unitB + 100));
    CHECK(picker->unitId() == 0);
    CHECK_THROWS_AS(picker->requiredUnitId(), Failure);
}

TEST_CASE("a record page asked to read again while it reads drops the older rows; one closed while it reads waits",
          "[ui][records][large]")
{
    Desk desk;
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitA, 2014, d("2014-06-12"), 100, 100, 90, 5, 5}));
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-12"), 100, 100, 80, 0, 20}));
    SurveyPage page;
    page.setBackgroundFrom(0);
    page.setRoundYear(2014);
    page.show();
    QSignalSpy loaded(&page, &RecordPage::loaded);
    page.setCommandContext(desk.ctx(), d("2014-06-30"));
    REQUIRE(page.isLoading());
    // The clerk turns to the 2016 round (none recorded) before the 2014 round's surveys are there: those are never shown.
    page.setRoundYear(2016);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    CHECK_FALSE(page.isLoading());
    CHECK(page.surveys().isEmpty());
    CHECK(page.model()->rowCount() == 0);

    // Back to 2014: a survey recorded while the page reads is read too.
    page.setRoundYear(2014);
    REQUIRE(page.isLoading());
    REQUIRE(Command::addSurvey(desk.ctx(), {0, desk.unitB, 2014, d("2014-06-20"), 100, 100, 90, 0, 10}));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    CHECK(page.surveys().size() == 3);
    CHECK(page.model()->rowCount() == 3);

    SurveyPage leaving;
    leaving.setBackgroundFrom(0);
    leaving.setCommandContext(desk.ctx(), d("2014-06-30"));
    leaving.reload();
    REQUIRE(leaving.isLoading());
}

TEST_CASE("创建台账: an edit onto an activity another clerk changed meanwhile shows both; undo never overwrites her change",
          "[ui][ledger][conflict]")
{
    Desk desk;
    LedgerPage *page = desk.w->ledgerPage();
    desk.w->showPage(4);
    desk.w->show();
    Activity a = desk.meeting();
    REQUIRE(Command::saveActivity(desk.ctx(), a));
    REQUIRE(page->activityCount() == 1);
    // Another clerk (on a server, at another computer) rewrites the description; this page still shows the old text.
    Activity theirs = desk.rec().activity.activities(desk.unitA)[0];
    theirs.description = u("窗口服务座谈（已整改）");
    desk.rec().activity.saveActivity(theirs);
    REQUIRE(page->activity(0).description == a.description);

    // She changes the participants on what her page shows: refused, and the conflict window shows both.
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    onNextDialog([](QDialog *dlg) {
        dlg->findChild<QSpinBox *>()->setValue(15);
        dlg->accept();
    });
    QStringList shown;
    bool descriptionBold = false, kindBold = true;
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        for (int row : {2, 3})
            shown << c->table()->item(row, 1)->text() << c->table()->item(row, 2)->text();
        descriptionBold = c->table()->item(3, 0)->font().bold();
        kindBold = c->table()->item(1, 0)->font().bold();
        dlg->accept(); // save hers over theirs
    });
    page->editSelected();
    CHECK(shown == QStringList{QStringLiteral("12"), QStringLiteral("15"), theirs.description, a.description});
    CHECK(descriptionBold);
    CHECK_FALSE(kindBold);
    Activity now = desk.rec().activity.activities(desk.unitA)[0];
    CHECK(now.participants == 15);
    CHECK(now.description == a.description); // hers, as she chose

    // Undo puts back what was there before her save (the other clerk's text), redo hers again.
    desk.w->undoStack()->undo();
    now = desk.rec().activity.activities(desk.unitA)[0];
    CHECK(now.description == theirs.description);
    CHECK(now.participants == 12);
    desk.w->undoStack()->redo();
    CHECK(desk.rec().activity.activities(desk.unitA)[0].participants == 15);

    // A change by the other clerk after that: the undo is refused with a message, and her change stays.
    Activity later = desk.rec().activity.activities(desk.unitA)[0];
    later.participants = 30;
    desk.rec().activity.saveActivity(later);
    {
        MessageCatcher catcher;
        desk.w->undoStack()->undo();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("another clerk")));
    }
    CHECK(desk.rec().activity.activities(desk.unitA)[0].participants == 30);
}

TEST_CASE("创建条件 and the calendar: a setting another clerk changed meanwhile is shown beside hers; undo never overwrites hers",
          "[ui][conflict]")
{
    Desk desk;
    PrerequisitePage *pre = desk.w->prerequisitePage();
    desk.w->showPage(5);
    desk.w->show();
    const auto kinds = desk.rec().prereq.prerequisiteKinds();
    REQUIRE(kinds.size() >= 2);
    REQUIRE((pre->recordCount() == 0)); // her page: unit A has no 领导小组 yet (seed 000 §五(二))
    // Another clerk records it meanwhile (on a server, at another computer); her page still shows none.
    desk.rec().prereq.setPrerequisite({desk.unitA, 2014, kinds[1].first, d("2014-04-01"), u("市局文件")});
    REQUIRE((pre->recordCount() == 0));
    const auto fillForm = [&](const char *date, const char *evidence) {
        onNextDialog([&, date, evidence](QDialog *dlg) {
            dlg->findChild<UnitPicker *>()->setText(QString::number(desk.unitA));
            dlg->findChild<QComboBox *>()->setCurrentIndex(1);
            dlg->findChild<cd::DateField *>()->setDate(d(date));
            dlg->findChildren<QLineEdit *>().last()->setText(u(evidence));
            dlg->accept();
        });
    };
    const auto stored = [&] { return desk.rec().prereq.prerequisites(2014, desk.unitA).value(0); };
    const int depth = desk.w->undoStack()->count();

    // She records hers: refused, the conflict window shows both; she keeps theirs, and her page now shows it.
    fillForm("2014-04-03", "领导小组成立文件");
    QStringList shown;
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        for (int row : {0, 1})
            shown << c->table()->item(row, 1)->text() << c->table()->item(row, 2)->text();
        dlg->reject(); // keep theirs
    });
    pre->recordPrerequisite();
    CHECK(shown == QStringList{QStringLiteral("2014-04-01"), QStringLiteral("2014-04-03"), u("市局文件"), u("领导小组成立文件")});
    CHECK(stored().date == d("2014-04-01"));
    CHECK(stored().evidence == u("市局文件"));
    REQUIRE(pre->recordCount() == 1);
    CHECK(pre->record(0).date == d("2014-04-01"));
    CHECK(desk.w->undoStack()->count() == depth); // nothing of hers was saved

    // The other clerk changes it again; this time she saves hers over theirs.
    PrerequisiteRecord theirs = stored();
    theirs.date = d("2014-04-02");
    desk.rec().prereq.setPrerequisite(theirs);
    fillForm("2014-04-05", "领导小组成立文件");
    onNextDialog([](QDialog *dlg) { dlg->accept(); });
    pre->recordPrerequisite();
    CHECK(stored().date == d("2014-04-05"));
    // Undo puts back what she overwrote (theirs), redo hers again.
    desk.w->undoStack()->undo();
    CHECK(stored().date == d("2014-04-02"));
    desk.w->undoStack()->redo();
    CHECK(stored().date == d("2014-04-05"));
    // A change by the other clerk after that: the undo is refused with a message, and that change stays.
    theirs = stored();
    theirs.date = d("2014-04-09");
    desk.rec().prereq.setPrerequisite(theirs);
    {
        MessageCatcher catcher;
        desk.w->undoStack()->undo();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("another clerk")));
    }
    CHECK(stored().date == d("2014-04-09"));
    // Clearing what her page shows after the other clerk changed it is refused, and the page shows theirs.
    pre->reload();
    desk.rec().prereq.setPrerequisite({desk.unitA, 2014, kinds[1].first, d("2014-04-11"), u("市局文件")});
    pre->view()->setCurrentIndex(pre->model()->index(0, 0));
    {
        MessageCatcher catcher;
        pre->clearSelected();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("another clerk")));
    }
    CHECK(stored().date == d("2014-04-11"));
    REQUIRE(pre->recordCount() == 1);
    CHECK(pre->record(0).date == d("2014-04-11"));

    // The calendar (DOMAIN.md §4): she edits 2014 while another clerk moves the end of 组织实施; she sees both phases and
    // saves hers; undo goes back to the other clerk's calendar.
    CalendarPage *cal = desk.w->calendarPage();
    Round before = *desk.rec().calendar.storedRound(2014);
    Round moved = before;
    moved.phases[1].end = d("2014-09-30");
    moved.phases[2].start = d("2014-10-01");
    QStringList phases;
    onNextDialog([&](QDialog *dlg) {
        desk.rec().calendar.saveRound(moved); // saved by the other clerk while her editor is open
        const auto dates = dlg->findChildren<cd::DateField *>();
        REQUIRE(dates.size() == 6);
        dates[5]->setDate(d("2014-12-20")); // 总结评比 ends early
        dlg->accept();
    });
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        for (int row : {1, 2})
            phases << c->table()->item(row, 1)->text() << c->table()->item(row, 2)->text();
        dlg->accept(); // hers over theirs
    });
    REQUIRE(cal->editRound(2014));
    CHECK(phases.size() == 4);
    CHECK(phases.value(0).endsWith(QStringLiteral("2014-09-30")));
    CHECK(phases.value(1) == QStringLiteral("%1—%2").arg(before.phases[1].start.toString(Qt::ISODate), before.phases[1].end.toString(Qt::ISODate)));
    CHECK(phases.value(3).endsWith(QStringLiteral("2014-12-20")));
    CHECK(desk.rec().calendar.storedRound(2014)->phases[2].end == d("2014-12-20"));
    desk.w->undoStack()->undo();
    CHECK(desk.rec().calendar.storedRound(2014)->phases[1].end == d("2014-09-30"));
}
