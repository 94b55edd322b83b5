// Issue 4, "the same round can be done in the GUI": the 2014 round is scored in the grid, appraised, recommended
// (outside its phase, with the reason asked for), named, and reviewed in 2016 with one revocation, all through the
// pages and their dialogs; each step is undone and redone; the indicator editor versions a frozen system.
#include "catch.h"
#include <QPlainTextEdit>
#include "models/recordmodel.h"
#include <QProgressDialog>
#include <QSignalSpy>
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdossierdialog.h"
#include "testutil.h"
#include "uitest.h"

#include "commands/commands.h"
#include "mainwindow.h"
#include "models/scoregridmodel.h"
#include "pages/appraisalpage.h"
#include "pages/calendarpage.h"
#include "pages/unitspage.h"
#include "pages/vetopage.h"
#include "pages/wayuppage.h"
#include "pages/recordwidgets.h"
#include "services/recordservice.h"
#include "services/wayup.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include "widgets/datefield.h"
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QScopeGuard>
#include <QUndoStack>

using namespace cd;
using cdtest::d;
using cdtest::MessageCatcher;
using cdtest::onNextDialog;
using cdtest::onNextQuestion;
using cdtest::u;

namespace {
// A cell of a way-up list as the view shows it.
QString shownText(const WayUpPage::Listed &list, int row, int column)
{
    return list.model->data(list.model->index(row, column), Qt::DisplayRole).toString();
}

struct Desk2014
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> w;
    QList<int> units; // 南关区救助站, 朝阳区殡仪馆 (both 长春市), 船营区军供站 (吉林市)

    Desk2014()
    {
        setOperatorName(u("王科员"));
        w = std::make_unique<MainWindow>(std::make_unique<Workspace>(cdtest::initialisedFile(dir.filePath(QStringLiteral("round.db")))));
        w->setToday(d("2014-06-30"));
        const QString roster = dir.filePath(QStringLiteral("r.csv"));
        cdtest::writeFile(roster, u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n朝阳区殡仪馆,220104,殡仪馆\n船营区军供站,220204,军供站\n").toUtf8());
        w->unitsPage()->importRoster(roster);
        const auto names = ctx().workspace->unitNames();
        for (const char *n : {"南关区救助站", "朝阳区殡仪馆", "船营区军供站"})
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                if (it.value() == u(n))
                    units << it.key();
        // What eligibility needs besides scores (DOMAIN.md §5): prerequisites and a survey at 95%.
        const auto kinds = PrerequisiteService(ctx().workspace->database()).prerequisiteKinds();
        for (int id : units) {
            for (const auto &k : kinds)
                Command::setPrerequisite(ctx(), {id, 2014, k.first, d("2014-04-01"), u("公示")});
            Command::addSurvey(ctx(), {0, id, 2014, d("2014-06-10"), 100, 100, 90, 5, 5});
        }
        w->undoStack()->clear();
        w->show();
    }
    CommandContext ctx() const { return w->commandContext(); }
    WayUp way() const { return WayUp(ctx().workspace->database(), ctx().workspace->workCalendar(), operatorName()); }
};

// Types every indicator of a unit's row in the grid, as the delegate would hand the text over.
void typeRow(ScoreGridModel *grid, int unitId, double fraction)
{
    for (int r = 0; r < grid->rowCount(); ++r)
        if (grid->unitAt(r) == unitId)
            for (int c = ScoreGridModel::FirstIndicatorColumn; c < grid->columnCount() - 1; ++c) {
                const QString header = grid->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
                const double points = header.section(QLatin1Char('('), -1).chopped(1).toDouble();
                REQUIRE(grid->setData(grid->index(r, c), QString::number(points * fraction, 'f', 2), Qt::EditRole));
            }
}
} // namespace

TEST_CASE("the indicator editor shows running totals, saves in place, then versions with a reason", "[ui][wayup][indicators]")
{
    Desk2014 round;
    AppraisalPage *page = round.w->appraisalPage();
    round.w->showPage(9);
    REQUIRE(page->roundYear() == 2014);
    // DOMAIN.md §5: six areas, 100 points by default.
    CHECK(page->indicatorTree()->topLevelItemCount() == 6);
    CHECK(page->runningTotals().contains(QStringLiteral("100.00")));
    QTreeWidgetItem *first = page->indicatorTree()->topLevelItem(0)->child(0);
    const QString old = first->text(1);
    first->setText(1, QString::number(old.toDouble() + 5, 'f', 2));
    CHECK(page->runningTotals().contains(QStringLiteral("105.00")));
    CHECK(page->indicatorTree()->topLevelItem(0)->text(1).contains(QStringLiteral("20.00"))); // 班子建设 15 + 5
    REQUIRE(page->saveSystem());
    CHECK(round.way().systems.currentSystem(2014).totalPoints() == 10500);
    CHECK(round.way().systems.systemVersions(2014).size() == 1); // no score yet: in place
    round.w->undoStack()->undo();
    CHECK(round.way().systems.currentSystem(2014).totalPoints() == 10000);
    CHECK(page->runningTotals().contains(QStringLiteral("100.00")));

    // Once a score exists the system is frozen: saving asks for the reason and makes version 2.
    Command::addAssessor(round.ctx(), {0, u("赵评委"), 0, 0, QStringLiteral("local")});
    const int assessor = round.way().scoring.assessors().last().id;
    const auto system = round.way().systems.currentSystem(2014);
    REQUIRE(Command::setScore(round.ctx(), 2014, QStringLiteral("local"), assessor, round.units[0], system.indicators[0].id, std::nullopt, 400));
    page->reload();
    page->indicatorTree()->topLevelItem(5)->child(0)->setText(1, QStringLiteral("6.00"));
    onNextQuestion([](const QString &) { return u("省文明办调整环境建设分值"); });
    REQUIRE(page->saveSystem());
    const auto versions = round.way().systems.systemVersions(2014);
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].reason == u("省文明办调整环境建设分值"));
    round.w->undoStack()->undo(); // the new version goes; the old scores never moved
    CHECK(round.way().systems.systemVersions(2014).size() == 1);
    CHECK(round.way().scoring.score(2014, QStringLiteral("local"), assessor, round.units[0], system.indicators[0].id) == 400);
}

TEST_CASE("an indicator system another clerk saved meanwhile is shown beside hers; undo never overwrites a later change",
          "[ui][wayup][indicators][conflict]")
{
    Desk2014 round;
    AppraisalPage *page = round.w->appraisalPage();
    round.w->showPage(9);
    REQUIRE(page->roundYear() == 2014);
    // Another clerk lowers the pass line to 80 while her page still shows 85 (DOMAIN.md §6).
    IndicatorSystem theirs = round.way().systems.currentSystem(2014);
    const IndicatorSystem before = theirs;
    theirs.passLine = 8000;
    round.way().systems.saveSystem(theirs, {});
    // She gives 班子建设's first indicator 5 more points and saves: the conflict window shows both pass lines and areas.
    QTreeWidgetItem *first = page->indicatorTree()->topLevelItem(0)->child(0);
    first->setText(1, QString::number(first->text(1).toDouble() + 5, 'f', 2));
    QStringList passLines, firstArea;
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        passLines << c->table()->item(0, 1)->text() << c->table()->item(0, 2)->text();
        firstArea << c->table()->item(3, 0)->text() << c->table()->item(3, 1)->text() << c->table()->item(3, 2)->text();
        CHECK(c->table()->item(3, 0)->font().bold());
        dlg->reject(); // keep theirs
    });
    CHECK_FALSE(page->saveSystem());
    CHECK(passLines == QStringList{QStringLiteral("80.00"), QStringLiteral("85.00")});
    CHECK(firstArea.value(0) == before.indicators[0].areaName);
    CHECK(firstArea.value(2).contains(QString::number((before.indicators[0].points + 500) / 100.0, 'f', 2)));
    CHECK(round.way().systems.currentSystem(2014).passLine == 8000);
    CHECK(round.way().systems.currentSystem(2014).totalPoints() == before.totalPoints()); // nothing of hers saved
    CHECK(page->runningTotals().contains(QStringLiteral("100.00")));                       // her page shows theirs again

    // Once more, and this time she saves hers over theirs; undo goes back to theirs.
    first = page->indicatorTree()->topLevelItem(0)->child(0);
    first->setText(1, QString::number(first->text(1).toDouble() + 5, 'f', 2));
    theirs = round.way().systems.currentSystem(2014);
    theirs.satisfactionMin = 8500;
    round.way().systems.saveSystem(theirs, {});
    onNextDialog([](QDialog *dlg) { dlg->accept(); });
    REQUIRE(page->saveSystem());
    IndicatorSystem now = round.way().systems.currentSystem(2014);
    CHECK(now.totalPoints() == before.totalPoints() + 500);
    CHECK(now.passLine == 8000); // her page had read 80 by then
    round.w->undoStack()->undo();
    now = round.way().systems.currentSystem(2014);
    CHECK(now.totalPoints() == before.totalPoints());
    CHECK(now.satisfactionMin == 8500);
    round.w->undoStack()->redo();
    CHECK(round.way().systems.currentSystem(2014).totalPoints() == before.totalPoints() + 500);
    // Another clerk's change after that: the undo is refused with a message, and her change stays.
    theirs = round.way().systems.currentSystem(2014);
    theirs.trimMinAssessors = 7;
    round.way().systems.saveSystem(theirs, {});
    {
        MessageCatcher catcher;
        round.w->undoStack()->undo();
        REQUIRE(catcher.texts.size() == 1);
        CHECK(catcher.texts[0].contains(QStringLiteral("another clerk")));
    }
    CHECK(round.way().systems.currentSystem(2014).trimMinAssessors == 7);
    CHECK(round.way().systems.currentSystem(2014).totalPoints() == before.totalPoints() + 500);
}

TEST_CASE("考核评比 reads its assessors and score grid when their tab is shown, and the assessors' unit names only", "[ui][wayup][grid]")
{
    Desk2014 round;
    Command::addAssessor(round.ctx(), {0, u("钱站长"), round.units[1], 0, QStringLiteral("local")});
    Command::addAssessor(round.ctx(), {0, u("孙处长"), 0, 0, QStringLiteral("province")});
    const QList<Assessor> assessors = round.way().scoring.assessors();
    AppraisalPage *page = round.w->appraisalPage();
    page->tabs()->setCurrentIndex(0);
    round.w->showPage(9);
    page->reload();
    // The indicator system is shown; the two other tabs have read nothing yet.
    CHECK(page->indicatorTree()->topLevelItemCount() > 0);
    CHECK(page->assessorTable()->rowCount() == 0);
    CHECK(page->grid()->rowCount() == 0);
    page->findChild<QCheckBox *>()->setChecked(false); // every unit, not only those scored
    page->tabs()->setCurrentIndex(1);
    REQUIRE(page->assessorTable()->rowCount() == 2);
    CHECK(page->assessorTable()->item(0, 1)->text() == u("钱站长"));
    CHECK(page->assessorTable()->item(0, 2)->text() == u("朝阳区殡仪馆")); // the unit the assessor works in
    CHECK(page->grid()->rowCount() == 0); // the grid (an assessor's scores: two million at 1M units) waits for its own tab
    page->tabs()->setCurrentIndex(2);
    CHECK(page->grid()->rowCount() == 3);
    page->findChild<QCheckBox *>()->setChecked(true);
    // Chosen from another page while the grid's tab was never shown: the assessors are read then.
    page->tabs()->setCurrentIndex(0);
    round.w->showPage(0);
    AppraisalPage fresh;
    fresh.setRoundYear(2014);
    fresh.setCommandContext(round.ctx(), d("2014-11-20"));
    REQUIRE(fresh.grid()->rowCount() == 0);
    fresh.tabs()->setCurrentIndex(2);
    fresh.findChild<QCheckBox *>()->setChecked(false); // every unit, not only those scored
    fresh.selectAssessor(assessors[0].id);
    CHECK(fresh.grid()->rowCount() == 3);
}

TEST_CASE("the score grid is keyboard-first, refuses out-of-range values and the own unit, undoes cell by cell", "[ui][wayup][grid]")
{
    Desk2014 round;
    AppraisalPage *page = round.w->appraisalPage();
    round.w->showPage(9);
    // An assessor from 南关区救助站 itself (the conflict rule, DOMAIN.md §6).
    Command::addAssessor(round.ctx(), {0, u("钱站长"), round.units[0], 0, QStringLiteral("local")});
    const int assessor = round.way().scoring.assessors().last().id;
    page->tabs()->setCurrentIndex(2);
    page->findChild<QCheckBox *>()->setChecked(false); // every unit, not only those scored
    page->selectAssessor(assessor);
    ScoreGridModel *grid = page->grid();
    REQUIRE(grid->rowCount() == 3);
    const int col = ScoreGridModel::FirstIndicatorColumn;
    int own = -1, other = -1;
    for (int r = 2; r >= 0; --r)
        (grid->unitAt(r) == round.units[0] ? own : other) = r; // `other`: the first row not of the assessor's unit
    REQUIRE(other + 1 < 3);
    CHECK_FALSE(grid->flags(grid->index(own, col)) & Qt::ItemIsEditable);

    // Type "4.5", Enter: saved, and the cursor moves down.
    QTableView *view = page->gridView();
    view->setFocus();
    view->setCurrentIndex(grid->index(other, col));
    QTest::keyClick(view, Qt::Key_4);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor); // typing opened the cell's editor with the key typed
    QTest::keyClicks(editor, QStringLiteral(".5")); // the editor has the focus now
    CHECK(editor->text() == QStringLiteral("4.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(20); // the delegate commits through a queued call
    CHECK(grid->data(grid->index(other, col), Qt::DisplayRole).toString() == QStringLiteral("4.50"));
    CHECK(view->currentIndex().row() == other + 1);
    CHECK(round.way().scoring.score(2014, QStringLiteral("local"), assessor, grid->unitAt(other), grid->indicatorAt(col)) == 450);

    // Out of 0…points: refused, with the reason under the grid, and nothing stored.
    CHECK_FALSE(grid->setData(grid->index(other, col), QStringLiteral("99"), Qt::EditRole));
    CHECK(page->gridMessage()->text().contains(QStringLiteral("99")));
    CHECK_FALSE(grid->setData(grid->index(other, col), QStringLiteral("-1"), Qt::EditRole));
    CHECK_FALSE(grid->setData(grid->index(other, col), QStringLiteral("abc"), Qt::EditRole));
    CHECK(round.way().scoring.score(2014, QStringLiteral("local"), assessor, grid->unitAt(other), grid->indicatorAt(col)) == 450);

    REQUIRE(grid->setData(grid->index(other, col), QStringLiteral("5"), Qt::EditRole));
    {
        // Only the edited row is shown anew, its total with it: the grid is not read back after its own edit (at a
        // million units an assessor's scores are two million cells).
        QSignalSpy changed(grid, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(grid, &QAbstractItemModel::modelReset);
        REQUIRE(grid->setData(grid->index(other, col + 1), QStringLiteral("3"), Qt::EditRole));
        REQUIRE(changed.size() == 1);
        CHECK(changed[0][0].toModelIndex().row() == other);
        CHECK(changed[0][1].toModelIndex().row() == other);
        CHECK(changed[0][1].toModelIndex().column() == grid->columnCount() - 1);
        CHECK(reset.isEmpty());
        CHECK(grid->data(grid->index(other, col + 1), Qt::DisplayRole).toString() == QStringLiteral("3.00"));
    }
    // Delete clears a cell, as one more command.
    view->setCurrentIndex(grid->index(other, col + 1));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(grid->data(grid->index(other, col + 1), Qt::DisplayRole).toString().isEmpty());
    {
        // An undo reads back the scores of its unit alone and shows that row anew, not the assessor's whole grid.
        QSignalSpy changed(grid, &QAbstractItemModel::dataChanged);
        round.w->undoStack()->undo();
        REQUIRE(changed.size() == 1);
        CHECK(changed[0][0].toModelIndex().row() == other);
        CHECK(changed[0][1].toModelIndex().row() == other);
        CHECK(changed[0][1].toModelIndex().column() == grid->columnCount() - 1);
    }
    CHECK(grid->data(grid->index(other, col + 1), Qt::DisplayRole).toString() == QStringLiteral("3.00"));
    round.w->undoStack()->undo();
    round.w->undoStack()->undo();
    CHECK(grid->data(grid->index(other, col), Qt::DisplayRole).toString() == QStringLiteral("4.50"));
    round.w->undoStack()->redo();
    CHECK(grid->data(grid->index(other, col), Qt::DisplayRole).toString() == QStringLiteral("5.00"));
    // The trail keeps every change with the operator's name, old against new.
    const auto trail = round.way().audit.auditTrail(2014, grid->unitAt(other));
    REQUIRE(trail.size() >= 4);
    CHECK(trail[0].op == u("王科员"));
}

namespace {
// 孙评委 (local) scores the three units 95%, 90% and 80% of every indicator through the grid; 省考核组 (province) is added.
QList<Assessor> scoreThree(Desk2014 &round)
{
    AppraisalPage *appraisal = round.w->appraisalPage();
    round.w->showPage(9);
    Command::addAssessor(round.ctx(), {0, u("孙评委"), 0, 0, QStringLiteral("local")});
    Command::addAssessor(round.ctx(), {0, u("省考核组"), 0, 0, QStringLiteral("province")});
    const auto assessors = round.way().scoring.assessors();
    appraisal->tabs()->setCurrentIndex(2);
    appraisal->findChild<QCheckBox *>()->setChecked(false);
    appraisal->selectAssessor(assessors[0].id);
    typeRow(appraisal->grid(), round.units[0], 0.95);
    typeRow(appraisal->grid(), round.units[1], 0.90);
    typeRow(appraisal->grid(), round.units[2], 0.80); // below the pass line 85
    return assessors;
}
} // namespace

TEST_CASE("a large file's round is appraised by a thread of its own: the same results; a stage chosen meanwhile wins",
          "[ui][wayup][large]")
{
    Desk2014 round;
    AppraisalPage *appraisal = round.w->appraisalPage();
    scoreThree(round);
    appraisal->tabs()->setCurrentIndex(3);
    appraisal->setResultStage(QStringLiteral("local"));
    REQUIRE_FALSE(appraisal->isComputing());
    const ExportList direct = appraisal->visibleList();
    REQUIRE(direct.rows.size() == 3);

    appraisal->setBackgroundFrom(0); // every file counts as large here
    QSignalSpy shown(appraisal, &AppraisalPage::resultsShown);
    appraisal->computeResults();
    CHECK(appraisal->isComputing());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    CHECK_FALSE(appraisal->isComputing());
    CHECK(appraisal->visibleList().rows == direct.rows);
    CHECK(appraisal->results().stage == QStringLiteral("local"));
    CHECK(appraisal->traceText(round.units[0]).contains(u("孙评委")));

    // The clerk turns to the provincial stage while the local one is computed: the local results are never shown.
    appraisal->setResultStage(QStringLiteral("local"));
    REQUIRE(appraisal->isComputing());
    appraisal->setResultStage(QStringLiteral("province"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
    CHECK_FALSE(appraisal->isComputing());
    CHECK(appraisal->results().stage == QStringLiteral("province"));
    CHECK(appraisal->results().units.isEmpty()); // nobody recommended or scored at the provincial stage yet
}

TEST_CASE("an edit makes the pages read again only what they show: an activity leaves the appraisal and the veto list as they were",
          "[ui][wayup][changes]")
{
    Desk2014 round;
    AppraisalPage *appraisal = round.w->appraisalPage();
    VetoPage *veto = round.w->vetoPage();
    QSignalSpy computed(appraisal, &AppraisalPage::resultsShown);
    QSignalSpy vetoRead(veto, &RecordPage::loaded);
    round.w->showPage(3); // 一票否决
    REQUIRE(vetoRead.count() == 1);
    round.w->showPage(9);
    appraisal->tabs()->setCurrentIndex(3); // 评比结果
    REQUIRE(computed.count() == 1);

    // An activity of the ledger (创建台账) is none of what the results or the veto list show: neither reads again, in
    // front or when shown again. At a million units the round's appraisal is seven seconds and the veto list three.
    Activity meeting{0, round.units[0], d("2014-05-20"), u("座谈会"), 12, u("窗口服务座谈"), {}, 0};
    REQUIRE(Command::saveActivity(round.ctx(), meeting));
    CHECK(computed.count() == 1);
    round.w->showPage(4); // 创建台账, where the activity is
    round.w->showPage(3);
    CHECK(vetoRead.count() == 1);
    round.w->showPage(9);
    CHECK(computed.count() == 1);
    round.w->undoStack()->undo();
    CHECK(computed.count() == 1);

    // A survey (满意度测评) counts in the appraisal (seed 004: the 90% minimum): the results are computed again.
    REQUIRE(Command::addSurvey(round.ctx(), {0, round.units[0], 2014, d("2014-06-20"), 100, 100, 60, 20, 20}));
    CHECK(computed.count() == 2);
    // A veto (seed 000 §四(四)) counts in both: the results at once, the veto list when it is shown.
    REQUIRE(Command::addVeto(round.ctx(), {0, round.units[1], u("群体访"), d("2014-03-05"), u("集体上访"), {}}));
    CHECK(computed.count() == 3);
    CHECK(vetoRead.count() == 1);
    round.w->showPage(3);
    CHECK(vetoRead.count() == 2);
    CHECK(veto->model()->rowCount() == 1);
    // Out of sight, the appraisal remembers it has to read again, and does so once when shown.
    round.w->undoStack()->undo();
    CHECK(vetoRead.count() == 3);
    CHECK(computed.count() == 3);
    round.w->showPage(9);
    CHECK(computed.count() == 4);
    CHECK(veto->model()->rowCount() == 0);
}

TEST_CASE("a large file's score grid is read by a thread of its own: the same cells; another assessor chosen meanwhile wins",
          "[ui][wayup][grid][large]")
{
    Desk2014 round;
    const auto assessors = scoreThree(round);
    AppraisalPage *page = round.w->appraisalPage();
    page->tabs()->setCurrentIndex(2);
    page->findChild<QCheckBox *>()->setChecked(true); // only the units the assessor has scored
    page->selectAssessor(assessors[0].id);
    REQUIRE_FALSE(page->isReadingGrid());
    ScoreGridModel *grid = page->grid();
    const auto cells = [grid] {
        QStringList out;
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                out << grid->data(grid->index(r, c), Qt::DisplayRole).toString();
        return out;
    };
    const QStringList direct = cells();
    REQUIRE(grid->rowCount() == 3); // 孙评委's three units, 95%, 90% and 80% of every indicator
    CHECK(direct.contains(u("南关区救助站")));

    page->setBackgroundFrom(0); // every file counts as large here
    QList<int> shownRows; // the grid's rows each time a read is shown
    QObject::connect(page, &AppraisalPage::gridShown, page, [&] { shownRows << grid->rowCount(); });
    page->selectAssessor(assessors[0].id);
    CHECK(page->isReadingGrid());
    CHECK(page->gridMessage()->text() == QStringLiteral("Reading the scores..."));
    CHECK(grid->rowCount() == 3); // the grid shown stays until the new one is there
    QTRY_COMPARE_WITH_TIMEOUT(shownRows.size(), 1, 20000);
    CHECK(cells() == direct);
    CHECK(page->gridMessage()->text().isEmpty());

    // 省考核组 (nothing scored yet) chosen while 孙评委's grid is read: 孙评委's rows never show again.
    shownRows.clear();
    page->selectAssessor(assessors[0].id);
    REQUIRE(page->isReadingGrid());
    page->selectAssessor(assessors[1].id);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isReadingGrid() && !shownRows.isEmpty(), 20000);
    QTest::qWait(50);
    CHECK(shownRows == QList<int>{0});
    CHECK(grid->rowCount() == 0);
}

TEST_CASE("推荐上报 on a large file: the round is appraised under a window with Cancel; a cancel opens nothing",
          "[ui][wayup][large]")
{
    Desk2014 round;
    scoreThree(round);
    WayUpPage *wayUp = round.w->wayUpPage();
    round.w->showPage(10);
    wayUp->setBackgroundFrom(0); // every file counts as large here
    int offered = -1;
    onNextDialog([&](QDialog *dlg) {
        auto *region = dlg->findChild<QComboBox *>();
        region->setCurrentIndex(region->findData(QStringLiteral("220100")));
        offered = dlg->findChild<QListWidget *>()->count();
    });
    wayUp->recommendDialog();
    REQUIRE(wayUp->isAppraising());
    const auto waiting = [wayUp] {
        for (auto *w : wayUp->findChildren<QProgressDialog *>())
            if (w->isVisible())
                return w;
        return static_cast<QProgressDialog *>(nullptr);
    };
    REQUIRE(waiting());
    CHECK(waiting()->labelText().contains(QStringLiteral("2014")));
    QTRY_COMPARE_WITH_TIMEOUT(offered, 2, 20000); // the two eligible units of 长春市, best first, as on a small file
    QTRY_VERIFY(!wayUp->isAppraising());
    CHECK_FALSE(waiting());

    // Cancelled while it appraises: no dialog opens, nothing is recommended, and the next try runs whole.
    bool opened = false;
    onNextDialog([&](QDialog *) { opened = true; });
    wayUp->recommendDialog();
    REQUIRE(waiting());
    QTest::mouseClick(waiting()->findChild<QPushButton *>(), Qt::LeftButton); // 取消
    QTRY_VERIFY(!wayUp->isAppraising());
    QTest::qWait(50);
    CHECK_FALSE(opened);
    CHECK_FALSE(waiting());
    CHECK(round.way().titles.recommendations(2014).isEmpty());
    offered = -1;
    wayUp->recommendDialog();
    QTRY_VERIFY(opened);
    QTRY_VERIFY(!wayUp->isAppraising());
}

TEST_CASE("推荐与命名's lists on a large file are read by a thread of their own: the same rows; a year turned meanwhile wins",
          "[ui][wayup][large]")
{
    Desk2014 round;
    scoreThree(round);
    // 长春市 recommends its two in June, outside 总结评比, with the reason (DOMAIN.md §4); the province names one.
    REQUIRE(Command::recommend(round.ctx(), 2014, QStringLiteral("220100"), {round.units[1], round.units[0]}, d("2014-06-30"),
                               u("省厅通知提前上报")));
    REQUIRE(Command::name(round.ctx(), 2014, u("吉文明办〔2014〕12号"), d("2014-06-30"), {round.units[0]}, u("省厅通知提前命名")));
    WayUpPage *wayUp = round.w->wayUpPage();
    round.w->showPage(10);
    wayUp->tabs()->setCurrentIndex(0);
    wayUp->reload();
    REQUIRE_FALSE(wayUp->isLoading());
    const ExportList directRecs = wayUp->visibleList();
    REQUIRE(directRecs.rows.size() == 2);
    CHECK(directRecs.rows[0][2] == QStringLiteral("1")); // in the order recommended, with its rank
    CHECK(directRecs.rows[0][3] == QString::number(round.units[1]));
    CHECK(directRecs.rows[0][4] == u("朝阳区殡仪馆"));
    CHECK(directRecs.rows[0][5] == QStringLiteral("90.00"));
    CHECK(directRecs.rows[1][5] == QStringLiteral("95.00"));
    wayUp->tabs()->setCurrentIndex(2);
    wayUp->reload();
    const ExportList directNamings = wayUp->visibleList();
    REQUIRE(directNamings.rows.size() == 1);
    CHECK(directNamings.rows[0][0] == u("吉文明办〔2014〕12号"));
    CHECK(directNamings.rows[0][3] == u("南关区救助站"));

    wayUp->setBackgroundFrom(0); // every file counts as large here
    QTranslator zh; // the counts as a zh_CN clerk reads them
    REQUIRE(zh.load(QStringLiteral(":/i18n/campaigndesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    const auto english = qScopeGuard([&zh] { QCoreApplication::removeTranslator(&zh); });
    QList<qsizetype> shown; // the rows of the list in front, each time one is shown
    QObject::connect(wayUp, &WayUpPage::loaded, wayUp, [&] { shown << wayUp->visibleList().rows.size(); });
    for (int tab : {0, 2}) {
        shown.clear();
        wayUp->tabs()->setCurrentIndex(tab);
        wayUp->reload(); // the tab's list (a window in front reads it on the tab's change alone)
        const WayUpPage::Listed &list = tab == 0 ? wayUp->recommendations() : wayUp->namings();
        CHECK(wayUp->isLoading());
        CHECK(list.count->text() == u("正在读取列表…"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
        CHECK_FALSE(wayUp->isLoading());
        CHECK(wayUp->visibleList().rows == (tab == 0 ? directRecs : directNamings).rows);
        CHECK(list.count->text() == (tab == 0 ? u("共 2 个单位") : u("共 1 个单位")));
    }

    // The clerk turns to 2016 while 2014's recommendations are read: 2014's rows never show, 2016's (none) do.
    wayUp->tabs()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!wayUp->isLoading(), 20000);
    shown.clear();
    wayUp->reload();
    REQUIRE(wayUp->isLoading());
    wayUp->setRoundYear(2016);
    wayUp->reload();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!wayUp->isLoading(), 20000);
    CHECK(shown == QList<qsizetype>{0});
    CHECK(wayUp->recommendations().count->text() == u("共 0 个单位"));

    // A page destroyed while it reads waits for its thread (no crash, no read left running).
    wayUp->setRoundYear(2014);
    wayUp->reload();
    CHECK(wayUp->isLoading());
}

TEST_CASE("a whole round in the GUI: score, appraise, recommend with an override reason, name, review with a revocation", "[ui][wayup][round]")
{
    Desk2014 round;
    AppraisalPage *appraisal = round.w->appraisalPage();
    const auto assessors = scoreThree(round);

    // Results: two eligible, ranked; the third has its reason; the trace shows the raw scores.
    appraisal->tabs()->setCurrentIndex(3);
    appraisal->setResultStage(QStringLiteral("local"));
    const AppraisalRun &run = appraisal->results();
    REQUIRE(run.units.size() == 3);
    const auto cell = [appraisal](int row, int column) {
        const RecordModel *m = appraisal->resultModel();
        return m->data(m->index(row, column), Qt::DisplayRole).toString();
    };
    CHECK(cell(0, 1) == QString::number(round.units[0]));
    CHECK(cell(0, 0) == QStringLiteral("1"));
    CHECK(cell(2, 6) == QStringLiteral("Not eligible"));
    CHECK(appraisal->resultModel()->data(appraisal->resultModel()->index(2, 6), Qt::ForegroundRole).value<QColor>() == QColor(0xB3, 0x26, 0x1E));
    CHECK(cell(2, 7).contains(QStringLiteral("80.00")));
    for (int column : {0, 1, 3, 4, 5}) { // the numbers, 满意率 among them, to the right; texts to the left
        INFO("column " << column);
        CHECK(appraisal->resultModel()->data(appraisal->resultModel()->index(0, column), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    }
    CHECK_FALSE(appraisal->resultModel()->data(appraisal->resultModel()->index(0, 2), Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    // A row picked shows its unit's trace; a sort by unit number keeps each row's trace its own.
    appraisal->resultView()->setCurrentIndex(appraisal->resultModel()->index(1, 0));
    CHECK(appraisal->findChild<QPlainTextEdit *>()->toPlainText() == appraisal->traceText(cell(1, 1).toInt()));
    appraisal->resultView()->sortByColumn(1, Qt::DescendingOrder);
    CHECK(cell(0, 1) == QString::number(std::max({round.units[0], round.units[1], round.units[2]})));
    appraisal->resultView()->setCurrentIndex(appraisal->resultModel()->index(0, 0));
    CHECK(appraisal->findChild<QPlainTextEdit *>()->toPlainText() == appraisal->traceText(cell(0, 1).toInt()));
    CHECK(appraisal->findChild<QPlainTextEdit *>()->toPlainText().contains(cell(0, 2)));
    const QString trace = appraisal->traceText(round.units[0]);
    CHECK(trace.contains(u("孙评委")));
    CHECK(trace.contains(QStringLiteral("95.00")));
    CHECK(appraisal->visibleList().rows.size() == 3);

    // Recommend 长春市's two in June: outside 总结评比, so the reason is asked for and kept (DOMAIN.md §4).
    WayUpPage *wayUp = round.w->wayUpPage();
    round.w->showPage(10);
    onNextDialog([&](QDialog *dlg) {
        auto *region = dlg->findChild<QComboBox *>();
        region->setCurrentIndex(region->findData(QStringLiteral("220100")));
        REQUIRE(dlg->findChild<QListWidget *>()->count() == 2);
        dlg->accept();
    });
    QString asked;
    onNextQuestion([&asked](const QString &label) {
        asked = label;
        return u("省厅通知提前上报");
    });
    wayUp->recommendDialog();
    CHECK(asked.contains(QStringLiteral("summing-up and appraisal")));
    const WayUpPage::Listed &recs = wayUp->recommendations();
    REQUIRE(recs.model->rowCount() == 2);
    CHECK(shownText(recs, 0, 6) == u("省厅通知提前上报"));
    for (int r = 0; r < 2; ++r) { // 本级得分: each recommended unit's local total, read for the listed units alone
        const int unit = shownText(recs, r, 3).toInt();
        CHECK(shownText(recs, r, 5) == (unit == round.units[0] ? QStringLiteral("95.00") : QStringLiteral("90.00")));
    }
    CHECK(round.w->calendarPage()->overridesTable()->rowCount() == 1);
    round.w->undoStack()->undo();
    CHECK(round.way().titles.recommendations(2014).isEmpty());
    round.w->undoStack()->redo();
    REQUIRE(round.way().titles.recommendations(2014).size() == 1);
    // A double-click on a recommended unit opens its 档案, which shows the recommendation (issue 13 §1).
    {
        REQUIRE(recs.model->rowCount() == 2);
        const int unit = shownText(recs, 0, 3).toInt();
        emit recs.view->doubleClicked(recs.model->index(0, 1));
        const auto dialogs = round.w->findChildren<UnitDossierDialog *>();
        REQUIRE(dialogs.size() == 1);
        CHECK(dialogs.first()->unitId() == unit);
        CHECK(dialogs.first()->html().contains(QStringLiteral("Recommended on 2014-06-")));
        dialogs.first()->close();
        QCoreApplication::processEvents();
    }
    // A quota lowered under what 长春市 has recommended: its row on 推荐名额 says by how many, in red; 吉林市's does not.
    round.way().titles.setQuota(2014, QStringLiteral("220100"), 1);
    wayUp->tabs()->setCurrentIndex(1);
    wayUp->reload();
    {
        QTableWidget *quotas = wayUp->quotaTable();
        int changchun = -1, jilin = -1;
        for (int r = 0; r < quotas->rowCount(); ++r) {
            if (quotas->item(r, 1)->text() == QStringLiteral("220100"))
                changchun = r;
            if (quotas->item(r, 1)->text() == QStringLiteral("220200"))
                jilin = r;
        }
        REQUIRE(changchun >= 0);
        REQUIRE(jilin >= 0);
        CHECK(quotas->item(changchun, 2)->text() == QStringLiteral("1"));
        CHECK(quotas->item(changchun, 3)->text() == QStringLiteral("2"));
        CHECK(quotas->item(changchun, 4)->text() == QStringLiteral("1 over the quota"));
        CHECK(quotas->item(changchun, 0)->foreground().color() == QColor(0xB3, 0x26, 0x1E));
        CHECK(quotas->item(jilin, 4)->text().isEmpty());
        CHECK(quotas->item(jilin, 0)->foreground().color() != QColor(0xB3, 0x26, 0x1E));
    }
    round.way().titles.setQuota(2014, QStringLiteral("220100"), std::nullopt);
    wayUp->tabs()->setCurrentIndex(0);
    wayUp->reload();

    // Provincial assessment, then the naming on 2014-12-26 with its document number.
    for (int id : {round.units[0], round.units[1]}) {
        QList<Score> s;
        for (const auto &i : round.way().systems.currentSystem(2014).indicators)
            s << Score{assessors[1].id, id, i.id, i.points * 9 / 10};
        round.way().scoring.enterScores(2014, QStringLiteral("province"), assessors[1].id, s);
    }
    wayUp->tabs()->setCurrentIndex(2);
    onNextDialog([&](QDialog *dlg) {
        dlg->findChild<QLineEdit *>()->setText(u("吉文明办〔2014〕12号"));
        dlg->findChild<cd::DateField *>()->setDate(d("2014-12-26"));
        REQUIRE(dlg->findChild<QListWidget *>()->count() == 2);
        dlg->accept();
    });
    wayUp->nameDialog();
    REQUIRE(wayUp->namings().model->rowCount() == 2);
    CHECK(shownText(wayUp->namings(), 0, 0) == u("吉文明办〔2014〕12号"));
    CHECK(shownText(wayUp->namings(), 0, 4) == QStringLiteral("90.00")); // 省级得分 of the named units
    CHECK(shownText(wayUp->namings(), 1, 4) == QStringLiteral("90.00"));
    CHECK(round.way().titles.status(d("2015-01-01")).holders.size() == 2);

    // A score typed after the naming: the grid warns and asks for the reason; without one nothing changes.
    {
        ScoreGridModel *grid = appraisal->grid();
        appraisal->tabs()->setCurrentIndex(2);
        int row = -1;
        for (int r = 0; r < grid->rowCount(); ++r)
            if (grid->unitAt(r) == round.units[2])
                row = r;
        REQUIRE(row >= 0);
        const QModelIndex cell = grid->index(row, ScoreGridModel::FirstIndicatorColumn);
        const QString before = grid->data(cell, Qt::DisplayRole).toString();
        QString asked;
        onNextQuestion([&](const QString &label) {
            asked = label;
            return QString(); // the clerk gives no reason
        });
        CHECK_FALSE(grid->setData(cell, QStringLiteral("1"), Qt::EditRole));
        CHECK(asked.contains(QStringLiteral("named")));
        CHECK(grid->data(cell, Qt::DisplayRole).toString() == before);
        onNextQuestion([](const QString &) { return u("复核发现登记错误，经领导小组同意更正"); });
        CHECK(grid->setData(cell, QStringLiteral("1"), Qt::EditRole));
        CHECK(grid->data(cell, Qt::DisplayRole).toString().startsWith(QStringLiteral("1")));
    }

    // 2016: a 越级访 in 2015 for 南关区救助站 proposes revocation; 朝阳区殡仪馆 is retained.
    Command::addVeto(round.ctx(), {0, round.units[0], u("越级访"), d("2015-08-01"), {}, {}});
    round.w->setToday(d("2016-11-20"));
    // Recording a review needs the 2016 round, which the clerk opens on the calendar page (新增届次), not by looking.
    try {
        Command::review(round.ctx(), 2016, round.units[1], false, d("2016-12-20"), u("理由"), {}, {});
        FAIL("a review was recorded in a round that was never opened");
    } catch (const Failure &f) {
        CHECK(f.message().contains(QStringLiteral("round add --year 2016")));
    }
    onNextDialog([](QDialog *dlg) { dlg->accept(); }); // the projected calendar, as it stands
    REQUIRE(round.w->calendarPage()->editRound(2016));
    REQUIRE(wayUp->roundYear() == 2016);
    wayUp->tabs()->setCurrentIndex(3);
    wayUp->reload();
    const auto &board = wayUp->reviewBoard();
    REQUIRE(board.size() == 2);
    CHECK(board[0].unitId == round.units[0]); // proposed revocations first
    CHECK(board[0].proposeRevoke);
    const WayUpPage::Listed &reviews = wayUp->reviews();
    CHECK(shownText(reviews, 0, 5).contains(QStringLiteral("2015-08-01")));
    CHECK(reviews.model->data(reviews.model->index(0, 1), Qt::ForegroundRole).value<QColor>() == QColor(0xB3, 0x26, 0x1E));
    reviews.view->setCurrentIndex(reviews.model->index(0, 0));
    onNextDialog([&](QDialog *dlg) {
        QList<QLineEdit *> edits; // the reason and the document number, not the date edit's own line edit
        for (auto *e : dlg->findChildren<QLineEdit *>())
            if (!qobject_cast<cd::DateField *>(e) && !qobject_cast<QAbstractSpinBox *>(e->parentWidget()))
                edits << e;
        REQUIRE(edits.size() == 2);
        CHECK(edits[0]->text().contains(QStringLiteral("2015-08-01"))); // the proposal's reason, ready to keep
        edits.last()->setText(u("吉文明办〔2016〕30号"));
        dlg->accept();
    });
    wayUp->reviewSelected(true);
    CHECK(shownText(reviews, 0, 6).startsWith(QStringLiteral("revoked 2016-11-20"))); // read again after the revocation
    reviews.view->setCurrentIndex(reviews.model->index(1, 0));
    CHECK(shownText(reviews, 1, 4) == QStringLiteral("Awaiting review scores")); // never scored in 2016
    QString retainAsked;
    onNextQuestion([&](const QString &label) {
        retainAsked = label;
        return u("复查组因故未能到场，经领导小组研究暂予保留");
    });
    wayUp->reviewSelected(false);
    CHECK(retainAsked.contains(QStringLiteral("no review scores")));
    CHECK(round.way().titles.status(d("2017-01-01")).holders == QList<int>{round.units[1]});
    round.w->undoStack()->undo(); // the retention
    round.w->undoStack()->undo(); // the revocation
    CHECK(round.way().titles.status(d("2017-01-01")).holders.size() == 2);
    round.w->undoStack()->redo();
    CHECK(round.way().titles.status(d("2017-01-01")).holders == QList<int>{round.units[1]});

    // The audit trail of the round, per unit.
    wayUp->tabs()->setCurrentIndex(4);
    round.w->findChild<WayUpPage *>()->findChildren<QLineEdit *>().last()->setText(QString::number(round.units[0]));
    REQUIRE(wayUp->auditTable()->rowCount() >= 2);
    CHECK(wayUp->auditTable()->item(0, 1)->text() == u("王科员"));
    CHECK(wayUp->auditTable()->item(0, 2)->text() == QStringLiteral("review"));
}

TEST_CASE("名额: a region's quota is set, cleared, undone, and saved only onto what the page read", "[ui][wayup][quota]")
{
    Desk2014 round;
    WayUpPage *wayUp = round.w->wayUpPage();
    round.w->showPage(10);
    wayUp->tabs()->setCurrentIndex(1);
    QTableWidget *table = wayUp->quotaTable();
    const auto rowOf = [table](const QString &code) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == code)
                return r;
        return -1;
    };
    // Every 市(州) and county of the province, none capped (DOMAIN.md §6: default none).
    const int changchun = rowOf(QStringLiteral("220100"));
    REQUIRE(changchun >= 0);
    REQUIRE(rowOf(QStringLiteral("220102")) >= 0);
    CHECK(rowOf(QStringLiteral("220000")) < 0); // the province recommends to no one
    CHECK(table->item(changchun, 0)->text() == u("长春市"));
    CHECK(table->item(changchun, 2)->text() == QStringLiteral("no quota"));
    CHECK(table->item(changchun, 3)->text() == QStringLiteral("0"));

    const auto setTo = [&](int value) {
        table->setCurrentCell(rowOf(QStringLiteral("220100")), 0);
        onNextDialog([value](QDialog *dlg) {
            dlg->findChild<QSpinBox *>()->setValue(value);
            dlg->accept();
        });
        wayUp->quotaDialog();
    };
    setTo(1);
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 1);
    CHECK(table->item(rowOf(QStringLiteral("220100")), 2)->text() == QStringLiteral("1"));
    // The recommendation dialog shows the region's quota and what is left of it; a region without one says so.
    const auto roomShown = [&](const char *code) {
        QString room;
        onNextDialog([&room, code](QDialog *dlg) {
            auto *region = dlg->findChild<QComboBox *>();
            region->setCurrentIndex(region->findData(QString::fromLatin1(code)));
            for (auto *l : dlg->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("recommended already")))
                    room = l->text();
            dlg->reject();
        });
        wayUp->recommendDialog();
        return room;
    };
    CHECK(roomShown("220100") == QStringLiteral("1 in all; 0 recommended already; 1 more may be recommended."));
    CHECK(roomShown("220200") == QStringLiteral("None; 0 recommended already."));
    // The quota holds: two units of 长春市 are one too many.
    try {
        round.way().titles.recommend(2014, QStringLiteral("220100"), {round.units[0], round.units[1]}, d("2014-11-20"), {});
        FAIL("a recommendation over the quota was recorded");
    } catch (const Failure &f) {
        CHECK(f.message().contains(QStringLiteral("may recommend 1 units")));
    }
    round.w->undoStack()->undo();
    CHECK_FALSE(round.way().titles.quota(2014, QStringLiteral("220100")));
    CHECK(table->item(rowOf(QStringLiteral("220100")), 2)->text() == QStringLiteral("no quota"));
    round.w->undoStack()->redo();
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 1);

    // Another clerk sets 3 while this page shows 1: both are shown; keeping theirs saves nothing of hers.
    round.way().titles.setQuota(2014, QStringLiteral("220100"), 3, round.way().titles.quotaVersion(2014, QStringLiteral("220100")));
    const int depth = round.w->undoStack()->count();
    QStringList shown;
    table->setCurrentCell(rowOf(QStringLiteral("220100")), 0);
    onNextDialog([](QDialog *dlg) {
        dlg->findChild<QSpinBox *>()->setValue(2);
        dlg->accept();
    });
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        shown << c->table()->item(0, 1)->text() << c->table()->item(0, 2)->text();
        dlg->reject(); // keep theirs
    });
    wayUp->quotaDialog();
    CHECK(shown == QStringList{QStringLiteral("3 units"), QStringLiteral("2 units")});
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 3);
    CHECK(round.w->undoStack()->count() == depth);
    CHECK(table->item(rowOf(QStringLiteral("220100")), 2)->text() == QStringLiteral("3"));
    // The undo of her 1 would go onto theirs: refused, theirs stays.
    {
        MessageCatcher messages;
        round.w->undoStack()->undo();
        CHECK(messages.texts.size() == 1);
    }
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 3);

    // Clearing what another clerk changed since is refused; then cleared onto what the page shows now.
    wayUp->reload();
    round.way().titles.setQuota(2014, QStringLiteral("220100"), 4, round.way().titles.quotaVersion(2014, QStringLiteral("220100")));
    table->setCurrentCell(rowOf(QStringLiteral("220100")), 0);
    {
        MessageCatcher messages;
        wayUp->clearSelectedQuota();
        REQUIRE(messages.texts.size() == 1);
        CHECK(messages.texts[0] == QStringLiteral("The quota of 长春市 in the 2014 round was changed by another clerk after it was read; it was left as it is."));
    }
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 4);
    CHECK(table->item(rowOf(QStringLiteral("220100")), 2)->text() == QStringLiteral("4"));
    table->setCurrentCell(rowOf(QStringLiteral("220100")), 0);
    wayUp->clearSelectedQuota();
    CHECK_FALSE(round.way().titles.quota(2014, QStringLiteral("220100")));
    round.w->undoStack()->undo();
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 4);

    // Another clerk removes the quota while this page shows 4: the window says it was removed, not changed.
    round.way().titles.setQuota(2014, QStringLiteral("220100"), std::nullopt, round.way().titles.quotaVersion(2014, QStringLiteral("220100")));
    table->setCurrentCell(rowOf(QStringLiteral("220100")), 0);
    onNextDialog([](QDialog *dlg) {
        dlg->findChild<QSpinBox *>()->setValue(5);
        dlg->accept();
    });
    QString title, question, theirs;
    onNextDialog([&](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        title = c->windowTitle();
        for (auto *l : c->findChildren<QLabel *>())
            question += l->text();
        theirs = c->table()->item(0, 1)->text();
        dlg->accept(); // hers over the removal
    });
    wayUp->quotaDialog();
    CHECK(title == QStringLiteral("Another clerk removed this quota"));
    CHECK(question == QStringLiteral("The quota of 长春市 in the 2014 round was removed by another clerk after you opened it, so your change "
                                     "was not saved. Set yours again, or keep it removed (no quota)?"));
    CHECK(theirs == QStringLiteral("no quota"));
    CHECK(round.way().titles.quota(2014, QStringLiteral("220100")) == 5);
}

TEST_CASE("leaving the appraisal page or quitting with an unsaved indicator system asks to save", "[ui][wayup][indicators]")
{
    Desk2014 round;
    AppraisalPage *appraisal = round.w->appraisalPage();
    round.w->show();
    round.w->showPage(9);
    const int appraisalRow = round.w->navigation()->currentRow();
    QTreeWidgetItem *first = appraisal->indicatorTree()->topLevelItem(0)->child(0);
    const QString before = first->text(1);
    first->setText(1, QStringLiteral("6.00"));
    REQUIRE(appraisal->hasUnsavedSystem());
    const auto answer = [](QMessageBox::StandardButton which) {
        onNextDialog([which](QDialog *d) {
            auto *box = qobject_cast<QMessageBox *>(d);
            REQUIRE(box);
            box->button(which)->click();
        });
    };
    // Stay: the page stays, the edit stays.
    answer(QMessageBox::Cancel);
    round.w->showPage(0);
    CHECK(round.w->navigation()->currentRow() == appraisalRow);
    CHECK(first->text(1) == QStringLiteral("6.00"));
    // Discard: the page is left and the editor shows the saved system again.
    answer(QMessageBox::Discard);
    round.w->showPage(0);
    CHECK(round.w->navigation()->currentRow() == 0);
    CHECK(appraisal->indicatorTree()->topLevelItem(0)->child(0)->text(1) == before);
    CHECK_FALSE(appraisal->hasUnsavedSystem());
    // Quitting with an edit: Cancel keeps the window; Save saves and lets it close.
    round.w->showPage(9);
    QCoreApplication::processEvents(); // the page's show (and any reload) first, as a clerk's click would find it
    appraisal->indicatorTree()->topLevelItem(0)->child(0)->setText(1, QStringLiteral("6.00"));
    appraisal->reload(); // a reload while the edit is unsaved keeps it
    CHECK(appraisal->hasUnsavedSystem());
    // The close request as the window system sends it (sent directly: under wine, QWidget::close() of an offscreen
    // window does not come back through closeEvent).
    answer(QMessageBox::Cancel);
    QCloseEvent stay;
    QCoreApplication::sendEvent(round.w.get(), &stay);
    CHECK_FALSE(stay.isAccepted());
    CHECK(appraisal->hasUnsavedSystem());
    answer(QMessageBox::Save);
    QCloseEvent quit;
    QCoreApplication::sendEvent(round.w.get(), &quit);
    CHECK(quit.isAccepted());
    CHECK(round.way().systems.currentSystem(2014).indicators.first().points == 600);
}
