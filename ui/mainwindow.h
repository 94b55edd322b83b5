// The main window: menus, the pages, and the status bar with the campaign's position today.
// It only wires pages together; the pages and services do the work.
#pragma once

#include "commands/commands.h"

#include <QDate>
#include <QMainWindow>
#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QThread;
class QUndoStack;

namespace cd {

class HelpDialog;

class AppraisalPage;
class CalendarPage;
class WayUpPage;
class DemonstrationPage;
class LedgerPage;
class ListPage;
class PrerequisitePage;
class RecordPage;
class SurveyPage;
class DataNotifier;
class ChangeFeed;
class ExchangeDialog;
class UnitsPage;
class WorkbenchPage;
class RectificationPage;
class VetoPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The program's name as the system shows it beside window titles, in the installed translator's language
    // (文明窗口创建管理系统 in zh_CN); called once the translators are in place.
    static void applyDisplayName();
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The day the status bar speaks of; today unless a test fixes it.
    void setToday(const QDate &today);
    QString statusText() const;
    WorkbenchPage *workbenchPage() const { return m_workbench; }
    UnitsPage *unitsPage() const { return m_units; }
    CalendarPage *calendarPage() const { return m_calendar; }
    VetoPage *vetoPage() const { return m_veto; }
    RectificationPage *rectificationPage() const { return m_rectification; }
    LedgerPage *ledgerPage() const { return m_ledger; }
    PrerequisitePage *prerequisitePage() const { return m_prerequisites; }
    SurveyPage *surveyPage() const { return m_surveys; }
    DemonstrationPage *demonstrationPage() const { return m_demonstration; }
    AppraisalPage *appraisalPage() const { return m_appraisal; }
    WayUpPage *wayUpPage() const { return m_wayUp; }
    // The page in front, when it has a list to print or export.
    ListPage *currentListPage() const;
    QUndoStack *undoStack() const { return m_undo; }
    QListWidget *navigation() const { return m_nav; }
    void showPage(int index);
    void showPage(QWidget *page); // one of the pages above
    // After a new file: the next steps, each one click away (import the roster, check the calendar, add assessors).
    // Returns the dialog it showed (non-modal), so that tests can press its buttons.
    QDialog *offerFirstSteps();
    // Opens another data file in this window (File › Open, Recent files); a refusal is shown, the old file stays.
    void openFile(const QString &path);
    // 文件 → 连接服务器…: asks for a server's address (starting from `address`), showing `problem`, until it opens.
    void connectServer(const QString &address, const QString &problem);
    // F1: the user guide at the section of the page in front.
    QString helpAnchor() const;
    HelpDialog *showHelp();
    // File › 上报与接收: the one exchange window of this main window.
    ExchangeDialog *showExchange();
    CommandContext commandContext() const;
    // Restore: copies a backup into a new file (never over an existing one) and opens it. Returns false with a message.
    // Both show their progress (pages copied, then the copy checked) with Cancel; a cancel writes nothing.
    bool restoreBackup(const QString &backup, const QString &target, QString *error = nullptr);
    // Back up: the open file and its attached files to `out`; says in the status bar what came of it.
    bool backUpTo(const QString &out);
    // The day's automatic backup of a data file (services/autobackup.h), made on a thread of its own when a file is
    // shown and the day has none, if the clerk has not turned it off (文件 → 自动备份…). Off until the program turns
    // it on: runs for screenshots, benchmarks and tests make no copies unless they ask.
    void setAutoBackup(bool on);
    bool isBackingUp() const;
    // 文件 → 自动备份…: on or off, how many copies are kept, where they are. Returns the dialog (non-modal) for tests.
    QDialog *showAutoBackupSettings();

signals:
    // An automatic backup ended: the copy made, or why none was (empty when it was stopped because the window closed
    // or another file was opened).
    void autoBackupEnded(const QString &copy, const QString &problem);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QList<RecordPage *> recordPages() const;
    void followTodaysRound(); // the survey and prerequisite pages show the round of "today"
    void chooseFile();
    void newFile();
    void backUp();
    void restore();
    void startAutoBackup();
    void stopAutoBackup(); // the running one, if any: it stops where it is and leaves nothing of its day
    void exportRoundList(const QString &kind);
    void showWorkspace();
    void adopt(std::unique_ptr<Workspace> next); // the workspace to show next (the old one's feed goes first)
    void followServer();
    void refreshStatus();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void setLanguage(const QString &code);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ChangeFeed> m_feed; // other clerks' changes on a server (after m_workspace: goes first)
    QString m_offline;                  // why the server is unreachable, while it is
    QUndoStack *m_undo;
    DataNotifier *m_notifier;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    WorkbenchPage *m_workbench;
    UnitsPage *m_units;
    CalendarPage *m_calendar;
    VetoPage *m_veto;
    RectificationPage *m_rectification;
    LedgerPage *m_ledger;
    PrerequisitePage *m_prerequisites;
    SurveyPage *m_surveys;
    DemonstrationPage *m_demonstration;
    AppraisalPage *m_appraisal;
    WayUpPage *m_wayUp;
    QLabel *m_status;
    QLabel *m_fileLabel;
    QMenu *m_recentMenu = nullptr;
    QDate m_today;
    bool m_autoBackupOn = false;
    std::unique_ptr<QThread> m_autoBackup;
    std::shared_ptr<std::atomic_bool> m_autoBackupStop;
};

} // namespace cd
