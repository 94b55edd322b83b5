#include "dialogs/exchangedialog.h"

#include "commands/commands.h"
#include "dialogs/conflictdialog.h"

#include "exchange/package.h"
#include "exportactions.h"
#include "pages/pagekit.h"
#include "services/filescope.h"
#include "storage/exchangerepository.h"
#include "storage/regionrepository.h"
#include "util/failure.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
QString lastFolder()
{
    return QSettings().value(QStringLiteral("dialogs/exchangeDir"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}
void rememberFolder(const QString &file)
{
    QSettings().setValue(QStringLiteral("dialogs/exchangeDir"), QFileInfo(file).absolutePath());
}
} // namespace

static QList<std::pair<QString, QString>> officesBelowOf(Database &db);

ExchangeDialog::ExchangeDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db), m_scope(new QLabel(this)), m_table(new QTableWidget(this))
{
    m_officesBelow = officesBelowOf(db);
    setObjectName(QStringLiteral("ExchangeDialog"));
    setWindowTitle(tr("Packages and receipts"));
    setUpRecordTable(m_table, {tr("Date"), tr("Direction"), tr("Package"), tr("Records"), tr("Files"), tr("State")});
    auto *send = new QPushButton(tr("&Send a package..."), this);
    auto *sendDown = new QPushButton(tr("Send do&wn..."), this);
    sendDown->setToolTip(tr("The rounds' calendars, indicator systems, quotas, namings and reviews, to an office below"));
    sendDown->setVisible(!officesBelow().isEmpty());
    connect(sendDown, &QPushButton::clicked, this, [this] { this->sendDown(); });
    send->setVisible(!FileScope::of(m_db).wholeProvince()); // the province sends nothing up
    auto *receive = new QPushButton(tr("&Receive a package..."), this);
    auto *receipt = new QPushButton(tr("Record a re&ceipt..."), this);
    m_conflicts = new QPushButton(tr("&Decide conflicts..."), this);
    connect(m_conflicts, &QPushButton::clicked, this, [this] { decideConflicts(); });
    connect(send, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Send a package"),
                                                          QDir(lastFolder()).filePath(tr("%1上报包-%2.cdx").arg(FileScope::of(m_db).regionName(),
                                                                                                                QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))),
                                                          tr("Exchange packages (*.cdx)"));
        if (!path.isEmpty()) {
            rememberFolder(path);
            sendTo(path);
        }
    });
    connect(receive, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Receive a package"), lastFolder(), tr("Exchange packages (*.cdx)"));
        if (path.isEmpty())
            return;
        rememberFolder(path);
        const QString receiptPath = QFileDialog::getSaveFileName(this, tr("Save the receipt"),
                                                                 QFileInfo(path).absolutePath() + QLatin1Char('/') + QFileInfo(path).completeBaseName()
                                                                     + tr("-回执.cdr"),
                                                                 tr("Receipts (*.cdr)"));
        if (!receiptPath.isEmpty())
            this->receive(path, receiptPath);
    });
    connect(receipt, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Record a receipt"), lastFolder(), tr("Receipts (*.cdr)"));
        if (!path.isEmpty()) {
            rememberFolder(path);
            recordReceipt(path);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(send);
    row->addWidget(sendDown);
    row->addWidget(receive);
    row->addWidget(receipt);
    row->addWidget(m_conflicts);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

QString ExchangeDialog::summary() const
{
    return m_scope->text();
}

void ExchangeDialog::reload()
{
    const FileScope scope = FileScope::of(m_db);
    ExchangeRepository repo(m_db);
    const QList<ExchangePackageRecord> list = repo.packages();
    int waiting = 0;
    m_table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ExchangePackageRecord &p = list[list.size() - 1 - i]; // newest first
        const bool sent = p.direction == QLatin1String("sent");
        waiting += sent && p.acknowledged.isEmpty();
        const QString state = sent ? (p.acknowledged.isEmpty() ? tr("waiting for its receipt") : tr("receipt recorded %1").arg(p.acknowledged.left(10)))
                                   : tr("%1 applied, %2 unchanged, %3 in conflict, %4 refused")
                                         .arg(p.applied.value_or(0))
                                         .arg(p.duplicate.value_or(0))
                                         .arg(p.conflicts.value_or(0))
                                         .arg(p.refused.value_or(0));
        const QString direction = !sent ? tr("received") : p.peer.isEmpty() ? tr("sent up") : tr("sent down to %1").arg(regionName(p.peer));
        fillTableRow(m_table, i, {p.created.left(10), direction, p.fileName, QString::number(p.records), QString::number(p.files), state});
    }
    fitColumns(m_table);
    const int conflicts = repo.openConflicts();
    m_conflicts->setEnabled(conflicts > 0);
    m_scope->setText(tr("This file serves %1. %2; %3.")
                         .arg(scope.describe(), tr("%n package(s) waiting for a receipt", nullptr, int(waiting)),
                              tr("%n conflict(s) to decide", nullptr, conflicts)));
}

// The regions directly below this file's own (code, name): none at a county.
static QList<std::pair<QString, QString>> officesBelowOf(Database &db)
{
    const FileScope scope = FileScope::of(db);
    if (scope.level() == QLatin1String("county"))
        return {};
    const QList<Region> regions = RegionRepository(db).all();
    int own = 0;
    for (const Region &r : regions)
        if (scope.wholeProvince() ? r.level == RegionLevel::Province : (r.code == scope.regionCode() || r.name == scope.regionCode()))
            own = r.id;
    QList<std::pair<QString, QString>> out;
    for (const Region &r : regions)
        if (own && r.parentId == own)
            out.append({r.code.isEmpty() ? r.name : r.code, r.fullName.isEmpty() ? r.name : r.fullName});
    return out;
}

QString ExchangeDialog::regionName(const QString &code) const
{
    for (const auto &[c, name] : m_officesBelow)
        if (c == code)
            return name;
    return code;
}

void ExchangeDialog::sendDown()
{
    const auto offices = officesBelow();
    QDialog ask(this);
    ask.setWindowTitle(tr("Send down"));
    auto *combo = new QComboBox(&ask);
    for (const auto &[code, name] : offices)
        combo->addItem(name, code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(new QLabel(tr("The rounds' calendars and indicator systems, its quotas, and the namings and reviews of its units go to:"), &ask));
    layout->addWidget(combo);
    layout->addWidget(buttons);
    if (runDialog(ask) != QDialog::Accepted || combo->currentIndex() < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Send down"),
                                                      QDir(lastFolder()).filePath(tr("%1下发包-%2.cdx").arg(combo->currentText(),
                                                                                                          QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))),
                                                      tr("Exchange packages (*.cdx)"));
    if (!path.isEmpty()) {
        rememberFolder(path);
        sendTo(path, combo->currentData().toString());
    }
}

bool ExchangeDialog::sendTo(const QString &path, const QString &to)
{
    QProgressDialog progress(tr("Writing the package…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    try {
        const PackageExport r = Exchange(m_db).exportPackage(
            path,
            [&progress](int done, int total) {
                progress.setValue(total > 0 ? done * 100 / total : 0);
                QApplication::processEvents();
                return !progress.wasCanceled();
            },
            to);
        progress.close();
        reload();
        if (to.isEmpty())
            inform(this, tr("Send a package"),
                   tr("The package holds %1 and %2. Take %3 to the level above; its receipt comes back with the answer.")
                       .arg(tr("%n record(s)", nullptr, int(r.records)), tr("%n evidence file(s)", nullptr, int(r.files)),
                            QDir::toNativeSeparators(path)));
        else
            inform(this, tr("Send down"),
                   tr("The package for %1 holds %n record(s). Take %2 to that office; its receipt comes back with the answer.", nullptr, int(r.records))
                       .arg(regionName(to))
                       .arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Failure &f) {
        progress.close();
        warn(this, to.isEmpty() ? tr("Send a package") : tr("Send down"), f.message());
        return false;
    }
}

bool ExchangeDialog::trusts(const QString &path)
{
    const auto unknown = Exchange(m_db).unknownSender(path);
    if (!unknown)
        return true;
    QMessageBox box(QMessageBox::Question, tr("A new office"),
                    tr("This file comes from an office this data file does not know yet:\n\n%1 (%2)\nKey fingerprint: %3\n\n"
                       "Check the fingerprint with that office (by telephone) before trusting it. Trust it from now on?")
                        .arg(unknown->office, unknown->regionCode, unknown->fingerprint),
                    QMessageBox::Cancel, this);
    QPushButton *trust = box.addButton(tr("&Trust and continue"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    runDialog(box);
    return box.clickedButton() == trust;
}

bool ExchangeDialog::receive(const QString &package, const QString &receipt)
{
    if (!trusts(package))
        return false;
    // A cancel leaves the file as it was and writes no receipt (the import is one transaction).
    QProgressDialog progress(tr("Applying the package…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    try {
        const PackageImport r = Exchange(m_db).importPackage(package, receipt, true, [&progress](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
        progress.close();
        reload();
        if (changed)
            changed();
        inform(this, tr("Receive a package"),
               r.again ? tr("This package was applied before; nothing changed. Its receipt was written again to %1.").arg(QDir::toNativeSeparators(receipt))
                       : tr("From %1: %2, %3 unchanged, %4 in conflict (both versions kept), %5 refused. "
                            "Send the receipt %6 back to the sender.")
                             .arg(r.senderRegion, tr("%n record(s) applied", nullptr, int(r.applied)))
                             .arg(r.duplicate)
                             .arg(r.conflicts)
                             .arg(r.refused)
                             .arg(QDir::toNativeSeparators(receipt)));
        return true;
    } catch (const Failure &f) {
        progress.close();
        warn(this, tr("Receive a package"), f.message());
        return false;
    }
}

bool ExchangeDialog::recordReceipt(const QString &path)
{
    if (!trusts(path))
        return false;
    try {
        const ReceiptImport r = Exchange(m_db).importReceipt(path, true);
        reload();
        inform(this, tr("Record a receipt"), tr("%n record(s) were acknowledged; the next package carries only what changes from now on.", nullptr, int(r.acknowledged)));
        return true;
    } catch (const Failure &f) {
        warn(this, tr("Record a receipt"), f.message());
        return false;
    }
}

int ExchangeDialog::decideConflicts()
{
    int decided = 0;
    Exchange exchange(m_db);
    const QList<Exchange::Conflict> open = exchange.conflicts();
    for (int i = 0; i < open.size(); ++i) {
        const Exchange::Conflict &c = open[i];
        ConflictDialog::Wording wording;
        wording.question = tr("%1 was changed here and by the office that sent the package since they last exchanged it. "
                              "This file's version is in place; the fields in bold differ. Take the package's version, or keep this file's?");
        wording.theirsHeader = tr("In the package");
        wording.mineHeader = tr("In this file");
        wording.acceptButton = tr("&Take the package's version");
        wording.rejectButton = tr("&Keep this file's");
        wording.laterButton = tr("Decide &later");
        ConflictDialog dialog(tr("Conflict %1 of %2").arg(i + 1).arg(open.size()), c.subject, c.fields, this, wording);
        const int answer = runDialog(dialog);
        if (answer == ConflictDialog::Later)
            continue;
        try {
            exchange.decide(c.id, answer == QDialog::Accepted, operatorName());
            ++decided;
        } catch (const Failure &f) {
            warn(this, tr("Decide conflicts"), f.message());
        }
    }
    if (decided && changed)
        changed();
    reload();
    return decided;
}

} // namespace cd
