// The main window: menus, the pages, and the status bar with the campaign's position today.
// It only wires pages together; the pages and services do the work.
#pragma once

#include <QDate>
#include <QMainWindow>
#include <memory>

class QLabel;

namespace cd {

class UnitsPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The day the status bar speaks of; today unless a test fixes it.
    void setToday(const QDate &today);
    QString statusText() const;
    UnitsPage *unitsPage() const { return m_units; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void openFile(const QString &path);
    void chooseFile();
    void newFile();
    void backUp();
    void exportRoundList(const QString &kind);
    void showWorkspace();
    void refreshStatus();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void setLanguage(const QString &code);

    std::unique_ptr<Workspace> m_workspace;
    UnitsPage *m_units;
    QLabel *m_status;
    QLabel *m_fileLabel;
    QMenu *m_recentMenu = nullptr;
    QDate m_today;
};

} // namespace cd
