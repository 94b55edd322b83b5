// Issue 11 §3, the GUI on a server: two windows, two connections to one server database (tests/server/with-server.sh
// starts it). A veto recorded in one window appears in the other without a reload by hand (LISTEN/NOTIFY, re-read
// under the window's own connection); a unit edited in both is refused in the second, which shows both versions.
#include "catch.h"
#include "testutil.h"
#include "uitest.h"

#include "commands/commands.h"
#include "dialogs/conflictdialog.h"
#include "mainwindow.h"
#include "models/recordmodel.h"
#include "models/scoregridmodel.h"
#include "models/unittablemodel.h"
#include "pages/appraisalpage.h"
#include "pages/unitspage.h"
#include "pages/vetopage.h"
#include "services/assessorservice.h"
#include "services/recordservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {
// Lets the event loop run until `done` holds (a notification arrives by the socket); false when it never does.
bool eventually(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 20000)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}
} // namespace

TEST_CASE("two windows on one server: a veto recorded in one appears in the other; a unit saved in both is a conflict shown whole",
          "[ui][server]")
{
    REQUIRE_FALSE(qEnvironmentVariable("CD_TEST_SERVER").isEmpty()); // run by with-server.sh, never skipped
    auto first = cdtest::initialisedMemory();
    REQUIRE(first->isServer());
    auto second = cdtest::secondConnection(*first);
    Unit unit;
    unit.name = u("南关区民政局婚姻登记处");
    unit.regionId = sql::scalar(first->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    unit.typeId = sql::scalar(first->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '婚姻登记处'")).toInt();
    unit = UnitService(*first).add(unit);
    Unit neighbour = unit;
    neighbour.id = 0;
    neighbour.name = u("南关区民政局救助站");
    UnitService(*first).add(neighbour);
    const int assessor = AssessorService(*first).addAssessor({0, u("孙评委"), 0, 0, QStringLiteral("local")});

    MainWindow a(std::make_unique<Workspace>(std::move(first)));
    MainWindow b(std::make_unique<Workspace>(std::move(second)));
    for (MainWindow *w : {&a, &b}) {
        w->setToday(d("2014-06-02"));
        w->show();
    }
    b.showPage(3); // 一票否决事件, in front in the second window
    b.vetoPage()->reload();
    REQUIRE(b.vetoPage()->model()->rowCount() == 0);

    REQUIRE(Command::addVeto(a.commandContext(), VetoEvent{0, unit.id, u("群体访"), d("2014-05-20"), u("窗口群众集体上访"), {}}));
    CHECK(eventually([&] {
        const RecordModel *m = b.vetoPage()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->data(m->index(r, 4), Qt::DisplayRole).toString() == u("窗口群众集体上访"))
                return true;
        return false;
    }));

    // A score typed in the first window appears in the second's grid: the feed names the unit, and only its row is
    // read again and shown anew (an assessor's grid is two million cells at a million units).
    b.showPage(9);
    AppraisalPage *appraisal = b.appraisalPage();
    appraisal->tabs()->setCurrentIndex(2);
    appraisal->findChild<QCheckBox *>()->setChecked(false); // every unit, not only those scored
    appraisal->selectAssessor(assessor);
    ScoreGridModel *grid = appraisal->grid();
    REQUIRE(eventually([&] { return !appraisal->isReadingGrid() && grid->rowCount() == 2; })); // a server is read by a thread of its own
    int row = -1;
    for (int r = 0; r < grid->rowCount(); ++r)
        if (grid->unitAt(r) == unit.id)
            row = r;
    REQUIRE(row >= 0);
    const int column = ScoreGridModel::FirstIndicatorColumn;
    REQUIRE(grid->data(grid->index(row, column), Qt::DisplayRole).toString().isEmpty());
    QSignalSpy cells(grid, &QAbstractItemModel::dataChanged), reset(grid, &QAbstractItemModel::modelReset);
    REQUIRE(Command::setScore(a.commandContext(), 2014, QStringLiteral("local"), assessor, unit.id, grid->indicatorAt(column), std::nullopt, 450));
    CHECK(eventually([&] { return grid->data(grid->index(row, column), Qt::DisplayRole).toString() == QStringLiteral("4.50"); }));
    CHECK(reset.isEmpty());
    REQUIRE_FALSE(cells.isEmpty());
    for (const auto &args : cells) {
        CHECK(args[0].toModelIndex().row() == row);
        CHECK(args[1].toModelIndex().row() == row);
    }

    // The roster of the second window shows the first's rename by itself, too.
    b.showPage(1);
    Unit renamed = *UnitService(a.commandContext().workspace->database()).get(unit.id);
    Unit stale = *UnitService(b.commandContext().workspace->database()).get(unit.id);
    renamed.name = u("南关区婚姻登记处");
    REQUIRE(Command::editUnit(a.commandContext(), renamed));
    CHECK(eventually([&] {
        UnitTableModel *m = b.unitsPage()->model();
        const int row = m->visibleRowOf(unit.id);
        return row >= 0 && m->rowAt(row)->name == renamed.name;
    }));

    // The second window's clerk had opened the unit before the rename: her save is refused, nothing overwritten, and
    // the conflict window shows both names.
    stale.phone = QStringLiteral("0431-88880000");
    CHECK_THROWS_AS(Command::editUnit(b.commandContext(), stale), EditConflict);
    CHECK(UnitService(b.commandContext().workspace->database()).get(unit.id)->name == renamed.name);
    ConflictDialog dialog(*b.commandContext().workspace, *UnitService(b.commandContext().workspace->database()).get(unit.id), stale, &b);
    QTableWidget *t = dialog.table();
    CHECK(t->item(0, 1)->text() == renamed.name);
    CHECK(t->item(0, 2)->text() == stale.name);
    CHECK(t->item(6, 1)->text().isEmpty());
    CHECK(t->item(6, 2)->text() == stale.phone);
    CHECK(t->item(0, 0)->font().bold()); // the name differs
    CHECK_FALSE(t->item(1, 0)->font().bold()); // the region does not
    // She keeps hers: saved onto the other clerk's version, with her phone and her (old) name.
    REQUIRE(Command::editUnit(b.commandContext(), dialog.mineOnTheirs()));
    const Unit now = *UnitService(a.commandContext().workspace->database()).get(unit.id);
    CHECK(now.phone == stale.phone);
    CHECK(now.name == stale.name);
}

TEST_CASE("a lost connection is shown, the window is not held up, and the program reconnects and listens again by itself",
          "[ui][server]")
{
    REQUIRE_FALSE(qEnvironmentVariable("CD_TEST_SERVER").isEmpty());
    auto mine = cdtest::initialisedMemory();
    auto other = cdtest::secondConnection(*mine);
    Unit unit;
    unit.name = u("南关区救助站");
    unit.regionId = sql::scalar(mine->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    unit.typeId = sql::scalar(mine->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
    unit = UnitService(*mine).add(unit);
    const auto cutOff = [&](Database &db) {
        // The server ends this connection, as a restart or a dropped link would.
        const int pid = sql::scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
        sql::exec(other->connection(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    };

    {
        // The feed itself: the loss is reported at once, the trial connection runs elsewhere, and the feed listens again.
        auto db = cdtest::secondConnection(*mine);
        ChangeFeed feed(*db);
        QSignalSpy lost(&feed, &ChangeFeed::connectionLost), back(&feed, &ChangeFeed::reconnected), changed(&feed, &ChangeFeed::changed);
        cutOff(*db);
        feed.probe();
        CHECK(lost.count() == 1);
        CHECK(back.count() == 0); // probe() returned without waiting for the server
        CHECK_FALSE(feed.isConnected());
        REQUIRE(eventually([&] { return back.count() == 1; }));
        CHECK(feed.isConnected());
        Unit renamed = *UnitService(*other).get(unit.id);
        renamed.phone = QStringLiteral("0431-88880000");
        UnitService(*other).update(renamed);
        CHECK(eventually([&] {
            for (const auto &args : changed)
                if (args.at(0).toString() == QLatin1String("units") && args.at(1).value<QList<int>>().contains(unit.id))
                    return true;
            return false;
        }));
    }

    // The window, while the server takes no connections: the status bar says so and stays so, and an edit is refused
    // with a clear message, nothing half-saved; once the server takes connections again the window reconnects, the
    // status clears and the pages follow other clerks again.
    MainWindow w(std::make_unique<Workspace>(std::move(mine)));
    w.setToday(d("2014-06-02"));
    w.show();
    w.showPage(3);
    w.vetoPage()->reload();
    const QString name = sql::scalar(other->connection(), QStringLiteral("SELECT current_database()")).toString();
    const auto allowConnections = [&name](bool allow) {
        cdtest::onServer(cdtest::testServer() + QStringLiteral("postgres"), [&](QSqlDatabase &c) {
            REQUIRE(QSqlQuery(c).exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2").arg(name, allow ? QStringLiteral("true") : QStringLiteral("false"))));
        });
    };
    allowConnections(false);
    cutOff(w.commandContext().workspace->database());
    CHECK(eventually([&] { return w.statusText().contains(QStringLiteral("Not connected to the server")); }));
    try {
        Command::addVeto(w.commandContext(), VetoEvent{0, unit.id, u("群体访"), d("2014-05-20"), u("断线时记录"), {}});
        FAIL("an edit while disconnected was taken");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Storage);
        CHECK(f.message().contains(QStringLiteral("nothing was saved")));
    }
    CHECK(sql::scalar(other->connection(), QStringLiteral("SELECT count(*) FROM veto_events")).toInt() == 0);
    QApplication::processEvents();
    CHECK(w.statusText().contains(QStringLiteral("Not connected to the server"))); // still: the trials are refused
    allowConnections(true);
    CHECK(eventually([&] { return !w.statusText().contains(QStringLiteral("Not connected to the server")); }));
    VetoService(*other).addVeto(VetoEvent{0, unit.id, u("越级访"), d("2014-05-21"), u("到省里上访"), {}});
    CHECK(eventually([&] {
        const RecordModel *m = w.vetoPage()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->data(m->index(r, 4), Qt::DisplayRole).toString() == u("到省里上访"))
                return true;
        return false;
    }));
}
