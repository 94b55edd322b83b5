// Issue 12 §2, "a clerk can do the whole exchange from the GUI": File › 上报与接收 at a county writes its package, the
// 市(州) receives it (asked first whether to trust the new office, with its key's fingerprint) and writes the receipt,
// the county records the receipt; the workbench shows the package waiting until then.
#include "catch.h"
#include "testutil.h"
#include "uitest.h"

#include "dialogs/exchangedialog.h"
#include "mainwindow.h"
#include "models/unittablemodel.h"
#include "pages/unitspage.h"
#include "pages/workbenchpage.h"
#include "services/defaults.h"
#include "services/demo.h"
#include "services/workspace.h"
#include "storage/database.h"

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
    auto db = Database::create(path, [&](Database &fresh) {
        InitOptions o;
        o.level = QString::fromLatin1(level);
        o.regionCode = QString::fromLatin1(region);
        Defaults::initialise(fresh, o);
    });
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

    // At the city: declining the new office changes nothing; trusting it applies the package.
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
