// Every undoable command three ways: do, undo (back to the state before), redo.
#include "catch.h"
#include "testutil.h"

#include "commands/commands.h"
#include "services/recordservice.h"
#include "services/rosterimport.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {
struct Env
{
    QTemporaryDir dir;
    Workspace ws{cdtest::initialisedFile(dir.filePath(QStringLiteral("undo.db")))};
    QUndoStack stack;
    DataNotifier notifier;
    CommandContext ctx{&ws, &stack, &notifier};
    int region = sql::scalar(ws.database().connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    int type = sql::scalar(ws.database().connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();

    QStringList snapshot()
    {
        QStringList out;
        for (const auto &x : UnitRepository(ws.database()).all())
            out << QStringLiteral("%1|%2|%3|%4").arg(x.id).arg(x.name, x.creditCode, x.address);
        for (const auto &v : VetoService(ws.database()).vetoEvents())
            out << QStringLiteral("v%1|%2|%3").arg(v.id).arg(v.kind, v.date.toString(Qt::ISODate));
        return out;
    }
    Unit unit(const char *name) { return Unit{0, u(name), region, type, {}, {}, {}, {}, {}, {}}; }
};

// Runs `action` and checks do / undo / redo against snapshots.
void threeWays(Env &e, const std::function<bool()> &action)
{
    const QStringList before = e.snapshot();
    REQUIRE(action());
    const QStringList after = e.snapshot();
    REQUIRE(after != before);
    REQUIRE(e.stack.count() >= 1);
    e.stack.undo();
    CHECK(e.snapshot() == before);
    e.stack.redo();
    CHECK(e.snapshot() == after);
}
} // namespace

TEST_CASE("unit commands: add, edit, delete", "[ui][undo]")
{
    Env e;
    QSignalSpy changes(&e.notifier, &DataNotifier::recordsChanged);
    threeWays(e, [&] { return Command::addUnit(e.ctx, e.unit("南关区救助站")); });
    int units = 0;
    for (const auto &args : changes)
        units += args.at(0).value<Changes>() & Change::Units ? 1 : 0;
    CHECK(units >= 3);
    const int id = UnitRepository(e.ws.database()).all().first().id;
    Unit edited = *UnitRepository(e.ws.database()).get(id);
    edited.address = u("人民大街 1 号");
    edited.creditCode = QStringLiteral("12220102MB0000011R");
    threeWays(e, [&] { return Command::editUnit(e.ctx, edited); });
    // An edit that changes nothing is not pushed.
    const int depth = e.stack.count();
    CHECK_FALSE(Command::editUnit(e.ctx, edited));
    CHECK(e.stack.count() == depth);
    // A refused edit (bad check character) never reaches the stack.
    Unit bad = edited;
    bad.creditCode = QStringLiteral("12220102MB0000011X");
    CHECK_THROWS_AS(Command::editUnit(e.ctx, bad), Failure);
    CHECK(e.stack.count() == depth);
    threeWays(e, [&] { return Command::deleteUnit(e.ctx, id); });
}

TEST_CASE("a whole roster import is one command", "[ui][undo]")
{
    Env e;
    Command::addUnit(e.ctx, e.unit("南关区救助站"));
    const QString path = e.dir.filePath(QStringLiteral("名册.csv"));
    cdtest::writeFile(path, u("单位名称,所属地区,单位类别,地址\n南关区救助站,220102,救助站,新地址\n宽城区殡仪馆,220103,殡仪馆,\n绿园区光荣院,220106,光荣院,\n").toUtf8());
    const ImportPlan plan = RosterImport(e.ws.database()).plan(path);
    REQUIRE(plan.toAdd.size() == 2);
    REQUIRE(plan.toUpdate.size() == 1);
    const int depth = e.stack.count();
    threeWays(e, [&] { return Command::importRoster(e.ctx, plan); });
    CHECK(e.stack.count() == depth + 1);
}

TEST_CASE("veto event commands: record and delete", "[ui][undo]")
{
    Env e;
    Command::addUnit(e.ctx, e.unit("南关区救助站"));
    const int unit = UnitRepository(e.ws.database()).all().first().id;
    threeWays(e, [&] { return Command::addVeto(e.ctx, {0, unit, u("群体访"), d("2014-06-01"), u("上访")}); });
    const VetoEvent recorded = VetoService(e.ws.database()).vetoEvents().first();
    threeWays(e, [&] { return Command::deleteVeto(e.ctx, recorded); });
    CHECK_THROWS_AS(Command::addVeto(e.ctx, {0, unit, u("打架"), d("2014-06-01"), {}}), Failure);
}
