// The main window's 备份 and 恢复: a copy of the data file (and its attached files) with progress and Cancel.
#include "mainwindow.h"

#include "services/autobackup.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

namespace {
// The progress of a backup or a restore: the pages copied, then the copy checked (which cannot be measured); Cancel
// stops either, and the copy is not written.
class CopyProgress
{
public:
    CopyProgress(QWidget *parent, const QString &label)
        : m_dialog(label, QApplication::translate("cd::MainWindow", "Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoReset(false);
        m_dialog.setAutoClose(false);
    }
    std::function<bool(qint64, qint64)> callback()
    {
        return [this](qint64 done, qint64 total) {
            if (total > 0) {
                m_dialog.setValue(int(done * 100 / total));
            } else if (m_dialog.maximum() != 0) {
                m_dialog.setLabelText(QApplication::translate("cd::MainWindow", "Checking the copy…"));
                m_dialog.setRange(0, 0);
                m_dialog.setValue(0);
            }
            QApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

autobackup::Settings autoBackupSettings()
{
    const QSettings s;
    autobackup::Settings out;
    out.enabled = s.value(QStringLiteral("backup/auto"), out.enabled).toBool();
    out.keep = std::clamp(s.value(QStringLiteral("backup/keep"), out.keep).toInt(), 1, autobackup::kMostKept);
    return out;
}
} // namespace

void MainWindow::setAutoBackup(bool on)
{
    m_autoBackupOn = on;
    if (on)
        startAutoBackup();
    else
        stopAutoBackup();
}

bool MainWindow::isBackingUp() const
{
    return m_autoBackup && m_autoBackup->isRunning();
}

void MainWindow::stopAutoBackup()
{
    if (!m_autoBackup)
        return;
    *m_autoBackupStop = true;
    m_autoBackup->wait();
    m_autoBackup.reset();
}

void MainWindow::startAutoBackup()
{
    stopAutoBackup();
    const autobackup::Settings settings = autoBackupSettings();
    if (!m_autoBackupOn || !settings.enabled || m_workspace->isServer() || m_workspace->database().isInMemory())
        return;
    const QString path = m_workspace->path();
    const QDate today = QDate::currentDate();
    if (!autobackup::isDue(path, today))
        return;
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_autoBackupStop = stop;
    m_autoBackup.reset(QThread::create([this, path, today, keep = settings.keep, stop] {
        QString copy, problem;
        try {
            copy = autobackup::make(path, today, keep, [stop](qint64, qint64) { return !*stop; });
        } catch (const Failure &f) {
            if (!*stop)
                problem = f.message();
        }
        // Delivered only while the window lives (it waits for this thread before it goes).
        QMetaObject::invokeMethod(
            this,
            [this, copy, problem, keep] {
                if (!problem.isEmpty())
                    statusBar()->showMessage(tr("The automatic backup was not made: %1").arg(problem), 60000);
                else if (!copy.isEmpty())
                    statusBar()->showMessage(tr("Backed up automatically to %1 (the newest %n kept).", nullptr, keep)
                                                 .arg(QDir::toNativeSeparators(copy)),
                                             10000);
                emit autoBackupEnded(copy, problem);
            },
            Qt::QueuedConnection);
    }));
    m_autoBackup->start(QThread::LowPriority);
}

QDialog *MainWindow::showAutoBackupSettings()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Automatic backups"));
    dialog->setMinimumWidth(480);
    const autobackup::Settings settings = autoBackupSettings();
    auto *on = new QCheckBox(tr("Back up the data file the first time it is opened each day"), dialog);
    on->setObjectName(QStringLiteral("autoBackupOn"));
    on->setChecked(settings.enabled);
    auto *keep = new QSpinBox(dialog);
    keep->setObjectName(QStringLiteral("autoBackupKeep"));
    keep->setRange(1, autobackup::kMostKept);
    keep->setValue(settings.keep);
    keep->setSuffix(tr(" copies"));
    auto *form = new QFormLayout;
    form->addRow(on);
    form->addRow(tr("Keep the newest:"), keep);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    if (m_workspace->isServer()) {
        layout->addWidget(new QLabel(tr("A server database is backed up on the server by its administrator (pg_dump); "
                                        "these copies are made of data files."),
                                     dialog));
    } else {
        const QString folder = autobackup::folderFor(m_workspace->path());
        auto *where = new QLabel(tr("The copies are kept in %1, each with its attached files. To take one back, use "
                                    "File › Restore from a backup.")
                                     .arg(QDir::toNativeSeparators(folder)),
                                 dialog);
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(where);
        QPushButton *openFolder = buttons->addButton(tr("Open the folder"), QDialogButtonBox::ActionRole);
        openFolder->setEnabled(QFileInfo(folder).isDir());
        connect(openFolder, &QPushButton::clicked, dialog, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, on, keep] {
        QSettings s;
        s.setValue(QStringLiteral("backup/auto"), on->isChecked());
        s.setValue(QStringLiteral("backup/keep"), keep->value());
        dialog->accept();
        startAutoBackup(); // turned on: today's copy, if the day has none
    });
    dialog->show();
    return dialog;
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(m_workspace->path()).absolutePath() + QStringLiteral("/")
        + tr("backup-%1.db").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString out = QFileDialog::getSaveFileName(this, tr("Back up data file"), suggested, tr("CampaignDesk data files (*.db)"));
    if (!out.isEmpty())
        backUpTo(out);
}

bool MainWindow::backUpTo(const QString &out)
{
    CopyProgress progress(this, tr("Backing up to %1…").arg(QFileInfo(out).fileName()));
    try {
        m_workspace->database().backupTo(out, progress.callback());
        // The attached files go with it (DOMAIN.md §8 evidence must survive a restore).
        RecordService(m_workspace->database()).attachments().copyInto(AttachmentStore(AttachmentStore::rootFor(out)));
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(out)), 8000);
        return true;
    } catch (const Failure &f) {
        if (progress.cancelled())
            statusBar()->showMessage(tr("The backup was cancelled; nothing was written."), 8000);
        else
            QMessageBox::critical(this, tr("Backup failed"), f.message());
        return false;
    }
}

bool MainWindow::restoreBackup(const QString &backup, const QString &target, QString *error)
{
    try {
        if (QFileInfo::exists(target))
            failInput(tr("%1 already exists. A restore writes a new file and never overwrites one.").arg(QDir::toNativeSeparators(target)));
        {
            auto source = Database::open(backup, Database::Access::ReadOnly); // refuses anything that is not a sound data file
            CopyProgress progress(this, tr("Restoring %1…").arg(QFileInfo(backup).fileName()));
            try {
                source->backupTo(target, progress.callback());
            } catch (const Failure &) {
                if (progress.cancelled())
                    failInput(tr("The restore was cancelled; nothing was written."));
                throw;
            }
            AttachmentStore(AttachmentStore::rootFor(backup)).copyInto(AttachmentStore(AttachmentStore::rootFor(target)));
        }
        auto restored = Workspace::openOrCreate(target);
        adopt(std::move(restored));
        showWorkspace();
        return true;
    } catch (const Failure &f) {
        if (error)
            *error = f.message();
        return false;
    }
}

void MainWindow::restore()
{
    // The day's automatic copies are where a clerk looks first (the folder of her own backups is one level up); the
    // restored file goes beside the file that is open, not among the copies.
    const QString here = m_workspace->isServer() ? QDir::homePath() : QFileInfo(m_workspace->path()).absolutePath();
    const QString copies = m_workspace->isServer() ? QString() : autobackup::folderFor(m_workspace->path());
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), QFileInfo(copies).isDir() ? copies : here,
                                                        tr("CampaignDesk data files (*.db *.bak);;All files (*)"));
    if (backup.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Restore into a new data file"),
                                                        here + QStringLiteral("/") + tr("restored-%1.db")
                                                            .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
                                                        tr("CampaignDesk data files (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QString why;
    if (!restoreBackup(backup, target, &why)) {
        if (why == tr("The restore was cancelled; nothing was written."))
            statusBar()->showMessage(why, 8000); // the clerk's own choice needs no warning
        else
            QMessageBox::warning(this, tr("Restore from a backup"), why);
    } else
        statusBar()->showMessage(tr("Restored %1 into %2; the file you had open is unchanged.")
                                     .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target)), 10000);
}

} // namespace cd
