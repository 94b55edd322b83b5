// Issue 12 §2, "a clerk can do the whole exchange from the GUI": File › 上报与接收 at a county writes its package, the
// 市(州) receives it (asked first whether to trust the new office, with its key's fingerprint) and writes the receipt,
// the county records the receipt; the workbench shows the package waiting until then.
#include "catch.h"
#include "testutil.h"
#include "uitest.h"

#include "dialogs/conflictdialog.h"
#include "dialogs/exchangedialog.h"
#include "mainwindow.h"
#include "models/unittablemodel.h"
#include "pages/unitspage.h"
#include "pages/workbenchpage.h"
#include "services/defaults.h"
#include "services/demo.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace cd;
using cdtest::d;
using cdtest::MessageCatcher;
using cdtest::onNextDialog;
using cdtest::u;

namespace {
std::unique_ptr<MainWindow> windowOn(const QString &path, const char *level, const char *region, int demoUnits)
{
    auto db = cdtest::initialisedFile(path, level, region);
    if (demoUnits)
        Demo::generate(*db, {demoUnits, 5, 2014});
    auto w = std::make_unique<MainWindow>(std::make_unique<Workspace>(std::move(db)));
    w->setToday(d("2014-11-01"));
    return w;
}

QStringList workbenchLines(MainWindow &w)
{
    w.workbenchPage()->reload();
    QStringList out;
    QTreeWidget *tree = w.workbenchPage()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out << tree->topLevelItem(i)->text(0);
        for (int k = 0; k < tree->topLevelItem(i)->childCount(); ++k)
            out << tree->topLevelItem(i)->child(k)->text(0);
    }
    return out;
}

// Presses the button of the next message box whose text starts so.
void pressNext(const QString &buttonText)
{
    onNextDialog([buttonText](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')).startsWith(buttonText))
                b->click();
    });
}
} // namespace

TEST_CASE("the whole exchange from the desktop: send, receive with a trust question, record the receipt", "[ui][exchange]")
{
    QTemporaryDir dir;
    auto county = windowOn(dir.filePath(QStringLiteral("南关区.db")), "county", "220102", 12);
    auto city = windowOn(dir.filePath(QStringLiteral("长春市.db")), "city", "220100", 0);
    const QString package = dir.filePath(QStringLiteral("南关区上报包.cdx"));
    const QString receipt = dir.filePath(QStringLiteral("南关区回执.cdr"));

    MessageCatcher said;
    ExchangeDialog *send = county->showExchange();
    REQUIRE(send->sendTo(package));
    CHECK(QFile::exists(package));
    CHECK(send->table()->rowCount() == 1);
    CHECK(workbenchLines(*county).join(QLatin1Char('\n')).contains(QStringLiteral("南关区上报包.cdx")));

    // At the city, the roster in front: declining the new office changes nothing; trusting it applies the package.
    city->showPage(city->unitsPage());
    ExchangeDialog *inbox = city->showExchange();
    pressNext(QStringLiteral("Cancel"));
    CHECK_FALSE(inbox->receive(package, receipt));
    CHECK_FALSE(QFile::exists(receipt));
    CHECK(city->unitsPage()->model()->rowCount() == 0);
    pressNext(QStringLiteral("Trust"));
    REQUIRE(inbox->receive(package, receipt));
    CHECK(QFile::exists(receipt));
    QApplication::processEvents();
    CHECK(city->unitsPage()->model()->rowCount() == 12); // the pages read the new units at once
    CHECK(inbox->table()->rowCount() == 1);

    // Back at the county: the receipt (signed by the city, a new office too) ends the wait on the workbench.
    pressNext(QStringLiteral("Trust"));
    REQUIRE(send->recordReceipt(receipt));
    CHECK_FALSE(workbenchLines(*county).join(QLatin1Char('\n')).contains(QStringLiteral("南关区上报包.cdx")));
    CHECK(send->summary().contains(QStringLiteral("0 package(s) waiting")));
    // The messages the clerk read said what happened, with the counts.
    REQUIRE(said.texts.size() >= 3);
    CHECK(said.texts.join(QLatin1Char('\n')).contains(QStringLiteral("applied")));
}

TEST_CASE("a unit changed at both ends since the last exchange: the clerk sees both and decides, or leaves it for later",
          "[ui][exchange][conflict]")
{
    QTemporaryDir dir;
    auto county = windowOn(dir.filePath(QStringLiteral("南关区.db")), "county", "220102", 4);
    auto city = windowOn(dir.filePath(QStringLiteral("长春市.db")), "city", "220100", 0);
    MessageCatcher said;
    ExchangeDialog *send = county->showExchange();
    ExchangeDialog *inbox = city->showExchange();
    REQUIRE(send->sendTo(dir.filePath(QStringLiteral("1.cdx"))));
    pressNext(QStringLiteral("Trust"));
    REQUIRE(inbox->receive(dir.filePath(QStringLiteral("1.cdx")), dir.filePath(QStringLiteral("1.cdr"))));
    pressNext(QStringLiteral("Trust"));
    REQUIRE(send->recordReceipt(dir.filePath(QStringLiteral("1.cdr"))));

    // Both offices change the addresses of the first two units, each in its own way.
    Database &countyDb = county->commandContext().workspace->database();
    Database &cityDb = city->commandContext().workspace->database();
    const auto unitOf = [](Database &db, const QString &name) {
        return *UnitService(db).get(sql::scalar(db.connection(), QStringLiteral("SELECT id FROM units WHERE name = ?"), {name}).toInt());
    };
    const QStringList names = {sql::scalar(countyDb.connection(), QStringLiteral("SELECT name FROM units WHERE id = 1")).toString(),
                               sql::scalar(countyDb.connection(), QStringLiteral("SELECT name FROM units WHERE id = 2")).toString()};
    for (const QString &name : names) {
        Unit here = unitOf(countyDb, name), there = unitOf(cityDb, name);
        here.address = u("县里改的地址");
        there.address = u("市里改的地址");
        UnitService(countyDb).update(here);
        UnitService(cityDb).update(there);
    }
    REQUIRE(send->sendTo(dir.filePath(QStringLiteral("2.cdx"))));
    REQUIRE(inbox->receive(dir.filePath(QStringLiteral("2.cdx")), dir.filePath(QStringLiteral("2.cdr"))));
    CHECK(inbox->summary().contains(QStringLiteral("2 conflict(s) to decide")));

    // The first: both addresses side by side, in bold; she takes the county's. The second: decided later.
    QStringList first;
    onNextDialog([&first](QDialog *dlg) {
        auto *c = qobject_cast<ConflictDialog *>(dlg);
        REQUIRE(c);
        for (int r = 0; r < c->table()->rowCount(); ++r)
            if (c->table()->item(r, 0)->font().bold())
                first << c->table()->item(r, 0)->text() << c->table()->item(r, 1)->text() << c->table()->item(r, 2)->text();
        dlg->accept();
    });
    onNextDialog([](QDialog *dlg) { dlg->done(ConflictDialog::Later); });
    CHECK(inbox->decideConflicts() == 1);
    CHECK(first == QStringList{QStringLiteral("Address"), u("县里改的地址"), u("市里改的地址")});
    CHECK(inbox->summary().contains(QStringLiteral("1 conflict(s) to decide")));
    // Later she keeps the city's own for the second.
    onNextDialog([](QDialog *dlg) { dlg->reject(); });
    CHECK(inbox->decideConflicts() == 1);
    CHECK(inbox->summary().contains(QStringLiteral("0 conflict(s) to decide")));
    QStringList addresses = {unitOf(cityDb, names[0]).address, unitOf(cityDb, names[1]).address};
    addresses.sort();
    CHECK(addresses == QStringList{u("县里改的地址"), u("市里改的地址")});
}

TEST_CASE("the province sends the round's settings and a quota down to a city from the desktop; the city's file then has "
          "them, and the package shows as sent down until its receipt",
          "[ui][exchange]")
{
    QTemporaryDir dir;
    auto province = windowOn(dir.filePath(QStringLiteral("吉林省.db")), "province", "", 0);
    auto city = windowOn(dir.filePath(QStringLiteral("长春市.db")), "city", "220100", 0);
    auto county = windowOn(dir.filePath(QStringLiteral("南关区.db")), "county", "220102", 0);
    sql::scalar(province->commandContext().workspace->database().connection(),
                QStringLiteral("INSERT INTO quotas(round_year, region_id, quota) SELECT 2014, id, 6 FROM regions WHERE code = '220100'"));
    const QString package = dir.filePath(QStringLiteral("吉林省下发包.cdx"));
    const QString receipt = dir.filePath(QStringLiteral("吉林省下发包-回执.cdr"));

    MessageCatcher said;
    ExchangeDialog *out = province->showExchange();
    // The province's offices below are its 市(州); a city's its counties; a county has none.
    const auto below = out->officesBelow();
    CHECK(std::any_of(below.cbegin(), below.cend(), [](const auto &o) { return o.first == QStringLiteral("220100") && o.second == QStringLiteral("长春市"); }));
    CHECK(std::none_of(below.cbegin(), below.cend(), [](const auto &o) { return o.first == QStringLiteral("220102"); }));
    const auto cityBelow = city->showExchange()->officesBelow();
    CHECK(std::any_of(cityBelow.cbegin(), cityBelow.cend(), [](const auto &o) { return o.first == QStringLiteral("220102"); }));
    CHECK(county->showExchange()->officesBelow().isEmpty());

    REQUIRE(out->sendTo(package, QStringLiteral("220100")));
    REQUIRE(out->table()->rowCount() == 1);
    CHECK(out->table()->item(0, 1)->text() == QStringLiteral("sent down to 长春市"));
    CHECK(out->summary().contains(QStringLiteral("1 package(s) waiting")));

    ExchangeDialog *inbox = city->showExchange();
    pressNext(QStringLiteral("Trust"));
    REQUIRE(inbox->receive(package, receipt));
    CHECK(sql::scalar(city->commandContext().workspace->database().connection(), QStringLiteral("SELECT quota FROM quotas")).toInt() == 6);
    pressNext(QStringLiteral("Trust"));
    REQUIRE(out->recordReceipt(receipt));
    CHECK(out->summary().contains(QStringLiteral("0 package(s) waiting")));
    // Not to a county directly from here, nor from a county at all: refused with the reason, nothing written.
    CHECK_FALSE(county->showExchange()->sendTo(dir.filePath(QStringLiteral("x.cdx")), QStringLiteral("220102")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.cdx"))));
    CHECK(said.texts.join(QLatin1Char('\n')).contains(QStringLiteral("is not an office below")));
}
