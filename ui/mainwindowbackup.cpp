// The main window's 备份 and 恢复: a copy of the data file (and its attached files) with progress and Cancel.
#include "mainwindow.h"

#include "services/recordservice.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

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
} // namespace

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
    // The restored file goes beside the file that is open, not beside the backup (on a USB stick, say).
    const QString here = m_workspace->isServer() ? QDir::homePath() : QFileInfo(m_workspace->path()).absolutePath();
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), here,
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
