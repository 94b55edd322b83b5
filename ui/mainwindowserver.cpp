// The main window on a server database (issue 11): connecting with a login, and following other clerks' changes.
#include "mainwindow.h"

#include "commands/commands.h"
#include "dialogs/connectdialog.h"
#include "services/workspace.h"
#include "storage/changefeed.h"
#include "util/failure.h"

namespace cd {

void MainWindow::adopt(std::unique_ptr<Workspace> next)
{
    m_feed.reset();
    m_offline.clear();
    m_workspace = std::move(next);
}

void MainWindow::connectServer(const QString &address, const QString &problem)
{
    ConnectDialog dialog(address, this);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            auto next = Workspace::openOrCreate(dialog.address());
            adopt(std::move(next));
            showWorkspace();
            return;
        } catch (const Failure &f) {
            dialog.setProblem(f.message());
        }
    }
}

void MainWindow::followServer()
{
    m_feed.reset();
    if (!m_workspace->isServer())
        return;
    // Other clerks' changes arrive as table and ids; the pages read them again under this clerk's login.
    m_feed = std::make_unique<ChangeFeed>(m_workspace->database());
    connect(m_feed.get(), &ChangeFeed::changed, this, [this](const QString &table, const QList<int> &ids) {
        const TableChange change = changeOfTable(table);
        emit m_notifier->recordsChanged(change.what, change.unitIds ? ids : QList<int>());
    });
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, [this](const QString &why) {
        m_offline = why;
        refreshStatus();
    });
    connect(m_feed.get(), &ChangeFeed::reconnected, this, [this] {
        m_offline.clear();
        refreshStatus();
        emit m_notifier->recordsChanged(everything(), {}); // whatever changed meanwhile
    });
}

} // namespace cd
