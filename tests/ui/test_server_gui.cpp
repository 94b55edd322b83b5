// Issue 11 §3, the GUI on a server: two windows, two connections to one server database (tests/server/with-server.sh
// starts it). A veto recorded in one window appears in the other without a reload by hand (LISTEN/NOTIFY, re-read
// under the window's own connection); a unit edited in both is refused in the second, which shows both versions.
#include "catch.h"
#include "testutil.h"
#include "uitest.h"

#include "commands/commands.h"
#include "dialogs/conflictdialog.h"
#include "mainwindow.h"
#include "models/unittablemodel.h"
#include "pages/unitspage.h"
#include "pages/vetopage.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QApplication>
#include <QElapsedTimer>
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

    MainWindow a(std::make_unique<Workspace>(std::move(first)));
    MainWindow b(std::make_unique<Workspace>(std::move(second)));
    for (MainWindow *w : {&a, &b}) {
        w->setToday(d("2014-06-02"));
        w->show();
    }
    b.showPage(3); // 一票否决事件, in front in the second window
    b.vetoPage()->reload();
    REQUIRE(b.vetoPage()->table()->rowCount() == 0);

    REQUIRE(Command::addVeto(a.commandContext(), VetoEvent{0, unit.id, u("群体访"), d("2014-05-20"), u("窗口群众集体上访"), {}}));
    CHECK(eventually([&] {
        for (int r = 0; r < b.vetoPage()->table()->rowCount(); ++r)
            for (int c = 0; c < b.vetoPage()->table()->columnCount(); ++c)
                if (b.vetoPage()->table()->item(r, c) && b.vetoPage()->table()->item(r, c)->text() == u("窗口群众集体上访"))
                    return true;
        return false;
    }));

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
