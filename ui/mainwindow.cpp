#include "mainwindow.h"
#include "dialogs/newfiledialog.h"
#include "dialogs/helpdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exchangedialog.h"
#include "dialogs/finddialog.h"
#include "dialogs/unitdossierdialog.h"
#include "pages/workbenchpage.h"

#include <QStyle>

#include "exportactions.h"
#include "commands/commands.h"
#include "pages/appraisalpage.h"
#include "pages/calendarpage.h"
#include "pages/wayuppage.h"
#include "pages/demonstrationpage.h"
#include "pages/ledgerpage.h"
#include "pages/pagekit.h"
#include "pages/recordpage.h"
#include "pages/prerequisitepage.h"
#include "pages/surveypage.h"
#include "pages/unitspage.h"
#include "pages/rectificationpage.h"
#include "pages/vetopage.h"
#include "services/recordservice.h"
#include "services/lists.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QUrl>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace cd {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_undo(new QUndoStack(this)), m_notifier(new DataNotifier),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_splitter(new QSplitter(this)), m_workbench(new WorkbenchPage(this)), m_units(new UnitsPage(this)),
      m_calendar(new CalendarPage(this)), m_veto(new VetoPage(this)), m_rectification(new RectificationPage(this)),
      m_ledger(new LedgerPage(this)), m_prerequisites(new PrerequisitePage(this)), m_surveys(new SurveyPage(this)),
      m_demonstration(new DemonstrationPage(this)), m_appraisal(new AppraisalPage(this)), m_wayUp(new WayUpPage(this)), m_status(new QLabel(this)), m_fileLabel(new QLabel(this)),
      m_today(QDate::currentDate())
{
    m_notifier->setParent(this);
    // The pages, in the order of the clerk's work; appraisal and reports pages come with their issues.
    const QList<QPair<QString, QWidget *>> pages = {
        {tr("Workbench"), m_workbench},      {tr("Unit roster"), m_units},        {tr("Campaign calendar"), m_calendar},       {tr("Veto events"), m_veto},
        {tr("Creation ledger"), m_ledger},   {tr("Prerequisites"), m_prerequisites},       {tr("Satisfaction surveys"), m_surveys},
        {tr("Rectification"), m_rectification}, {tr("Demonstration points"), m_demonstration},
        {tr("Appraisal"), m_appraisal},      {tr("Recommendation and naming"), m_wayUp}};
    // An icon per page from the system's own set (no icon files to ship), the list as wide as its longest name.
    const QStyle::StandardPixmap icons[] = {QStyle::SP_DesktopIcon, QStyle::SP_FileDialogDetailedView, QStyle::SP_FileDialogInfoView, QStyle::SP_MessageBoxWarning,
                                            QStyle::SP_FileDialogContentsView, QStyle::SP_DialogApplyButton, QStyle::SP_FileDialogListView,
                                            QStyle::SP_BrowserReload, QStyle::SP_DirHomeIcon, QStyle::SP_FileDialogNewFolder,
                                            QStyle::SP_ArrowUp};
    int widest = 0;
    for (int i = 0; i < pages.size(); ++i) {
        m_nav->addItem(new QListWidgetItem(style()->standardIcon(icons[i % std::size(icons)]), pages[i].first));
        m_stack->addWidget(pages[i].second);
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(pages[i].first));
    }
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setMinimumWidth(widest + 20 + 44);
    m_nav->setMaximumWidth(m_nav->minimumWidth() * 2);
    m_nav->setSpacing(3);
    // A line of the workbench goes to its page, and a line about a unit opens the unit's 档案 as well.
    connect(m_workbench, &WorkbenchPage::goTo, this, [this](WorkItem::Goes goes, int unitId) {
        if (goes == WorkItem::Goes::Exchange) {
            showExchange();
            return;
        }
        QWidget *page = goes == WorkItem::Goes::Prerequisites   ? static_cast<QWidget *>(m_prerequisites)
                        : goes == WorkItem::Goes::Surveys       ? static_cast<QWidget *>(m_surveys)
                        : goes == WorkItem::Goes::Rectification ? static_cast<QWidget *>(m_rectification)
                        : goes == WorkItem::Goes::WayUp         ? static_cast<QWidget *>(m_wayUp)
                        : goes == WorkItem::Goes::Appraisal     ? static_cast<QWidget *>(m_appraisal)
                                                                : static_cast<QWidget *>(m_calendar);
        showPage(int(m_stack->indexOf(page)));
        if (unitId > 0)
            UnitDossierDialog::open(m_workspace->database(), unitId, this);
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving the appraisal page with an unsaved indicator system asks first; "stay" keeps the page.
        if (m_stack->currentWidget() == m_appraisal && row != m_stack->indexOf(m_appraisal) && !m_appraisal->confirmLeave()) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(m_stack->indexOf(m_appraisal));
            return;
        }
        m_stack->setCurrentIndex(row);
        if (m_stack->currentWidget() == m_units)
            m_units->ensureLoaded();
    });
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({m_nav->minimumWidth(), 1000}); // until the clerk's own split is restored below
    setCentralWidget(m_splitter);
    connect(m_notifier, &DataNotifier::failed, this, [this](const QString &m) { warn(this, tr("Undo"), m); });
    // The status bar speaks of the round's phase and deadlines, and of overdue rectifications.
    connect(m_notifier, &DataNotifier::recordsChanged, this, [this](Changes what) {
        if (what & (Change::Calendar | Change::Rectifications))
            refreshStatus();
    });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    buildMenus();
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_units->view()->horizontalHeader()->restoreState(s.value(QStringLiteral("units/header")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_units->splitter()->restoreState(s.value(QStringLiteral("units/splitter")).toByteArray());
    // Column widths and sort of every record page, under the page's name.
    const QStringList keys = {QStringLiteral("ledger"), QStringLiteral("prerequisites"), QStringLiteral("surveys"), QStringLiteral("demonstration")};
    for (int i = 0; i < recordPages().size(); ++i)
        recordPages()[i]->view()->horizontalHeader()->restoreState(s.value(QStringLiteral("pages/%1/header").arg(keys[i])).toByteArray());
    showWorkspace();
    showPage(s.value(QStringLiteral("window/page"), 0).toInt());
}

MainWindow::~MainWindow()
{
    stopAutoBackup(); // its thread ends before the window it reports to
}

void MainWindow::applyDisplayName()
{
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("cd::gui", "CampaignDesk"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = file->addAction(tr("&New data file..."), this, &MainWindow::newFile);
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(tr("&Open data file..."), this, &MainWindow::chooseFile);
    openAct->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to a &server..."), this, [this] { connectServer({}, {}); });
    m_recentMenu = file->addMenu(tr("Recent files"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Back up..."), this, &MainWindow::backUp);
    file->addAction(tr("&Restore from a backup..."), this, &MainWindow::restore);
    file->addAction(tr("A&utomatic backups..."), this, [this] { showAutoBackupSettings(); });
    file->addSeparator();
    // Print and export act on the list of the page in front; pages without a list disable them.
    QAction *print = file->addAction(tr("&Print..."), this, [this] {
        if (ListPage *p = currentListPage())
            ExportActions::printReport(this, p->visibleReport());
    });
    print->setShortcut(QKeySequence::Print);
    QAction *pdf = file->addAction(tr("Export to P&DF..."), this, [this] {
        if (ListPage *p = currentListPage())
            ExportActions::exportPdf(this, p->visibleReport(), p->listName() + QStringLiteral(".pdf"));
    });
    QAction *excel = file->addAction(tr("Export to &Excel..."), this, [this] {
        if (ListPage *p = currentListPage())
            ExportActions::exportList(this, p->visibleList(), p->listName() + QStringLiteral(".xlsx"));
    });
    excel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_stack, &QStackedWidget::currentChanged, this, [this, print, pdf, excel] {
        const bool list = currentListPage() != nullptr;
        print->setEnabled(list);
        pdf->setEnabled(list);
        excel->setEnabled(list);
    });
    // 上报与接收 (issue 12): packages up, receipts back.
    file->addAction(tr("Packages and rece&ipts..."), this, [this] { showExchange(); });
    QMenu *lists = file->addMenu(tr("Campaign &lists"));
    lists->addAction(tr("Naming list of a round..."), this, [this] { exportRoundList(QStringLiteral("naming-list")); });
    lists->addAction(tr("Review results of a round..."), this, [this] { exportRoundList(QStringLiteral("review-list")); });
    lists->addAction(tr("Recommendation list of a round..."), this, [this] { exportRoundList(QStringLiteral("recommendation-list")); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Ctrl+F: one box over units and records (issue 13 §1); the roster's own box stays on its page.
    QAction *find = edit->addAction(tr("&Find..."), this, [this] { FindDialog::open(m_workspace->database(), this); });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(tr("&Operator name..."), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Operator name"),
                                                   tr("The name the audit trail records for your scores and steps of the way up:"),
                                                   QLineEdit::Normal, operatorName(), &ok);
        if (ok && !name.trimmed().isEmpty())
            setOperatorName(name);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *lang = view->addMenu(tr("&Language"));
    lang->addAction(QStringLiteral("中文（简体）"), this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    lang->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { showHelp(); });
    guide->setShortcut(QKeySequence::HelpContents); // F1, at the page in front
    help->addSeparator();
    help->addAction(tr("&About CampaignDesk"), this, [this] {
        QMessageBox::about(this, tr("About CampaignDesk"),
                           tr("<b>CampaignDesk %1</b><br>Civil-affairs “Civilized Window” creation campaign administration.<br>"
                              "Data file: %2")
                               .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(m_workspace->path())));
    });
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    m_calendar->load(*m_workspace, m_today);
    m_veto->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    m_workbench->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    m_rectification->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    for (RecordPage *p : recordPages())
        p->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    m_appraisal->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    m_wayUp->setCommandContext({m_workspace.get(), m_undo, m_notifier}, m_today);
    followTodaysRound();
    refreshStatus();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

ListPage *MainWindow::currentListPage() const
{
    return dynamic_cast<ListPage *>(m_stack->currentWidget());
}

CommandContext MainWindow::commandContext() const
{
    return {m_workspace.get(), m_undo, m_notifier};
}

void MainWindow::followTodaysRound()
{
    const DatePosition p = m_workspace->campaign().locate(m_today);
    const int round = p.round.value_or(m_today.year() + m_today.year() % 2);
    m_surveys->setRoundYear(round);
    m_prerequisites->setRoundYear(round);
    m_appraisal->setRoundYear(round);
    m_wayUp->setRoundYear(round);
}

QList<RecordPage *> MainWindow::recordPages() const
{
    return {m_ledger, m_prerequisites, m_surveys, m_demonstration};
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(std::clamp(index, 0, m_nav->count() - 1));
}

void MainWindow::showPage(QWidget *page)
{
    showPage(int(m_stack->indexOf(page)));
}

void MainWindow::showWorkspace()
{
    m_undo->clear(); // commands belong to the file they were made on
    // Windows that read the file that was open (a unit's 档案, Find) go with it.
    for (QDialog *d : findChildren<UnitDossierDialog *>(QString(), Qt::FindDirectChildrenOnly))
        delete d;
    for (QDialog *d : findChildren<ExchangeDialog *>(QString(), Qt::FindDirectChildrenOnly))
        delete d;
    for (QDialog *d : findChildren<FindDialog *>(QString(), Qt::FindDirectChildrenOnly))
        delete d;
    const CommandContext ctx{m_workspace.get(), m_undo, m_notifier};
    m_units->open(*m_workspace, m_stack->currentWidget() == m_units);
    m_units->setCommandContext(ctx);
    m_veto->setCommandContext(ctx, m_today);
    m_workbench->setCommandContext(ctx, m_today);
    m_rectification->setCommandContext(ctx, m_today);
    for (RecordPage *p : recordPages())
        p->setCommandContext(ctx, m_today);
    m_appraisal->setCommandContext(ctx, m_today);
    m_wayUp->setCommandContext(ctx, m_today);
    followTodaysRound();
    m_calendar->setCommandContext(ctx);
    m_calendar->load(*m_workspace, m_today);
    // A server is shown, and remembered, by its address without the password (which is never kept).
    const QString shown = m_workspace->isServer() ? m_workspace->shownName() : QDir::toNativeSeparators(m_workspace->path());
    const QString name = m_workspace->isServer() ? QUrl(shown).path().mid(1) + QLatin1Char('@') + QUrl(shown).host()
                                                 : QFileInfo(m_workspace->path()).fileName();
    setWindowTitle(tr("%1 — CampaignDesk").arg(name));
    m_fileLabel->setText(shown);
    rememberRecent(m_workspace->isServer() ? m_workspace->shownName() : m_workspace->path());
    if (m_workspace->isServer())
        ConnectDialog::rememberServer(m_workspace->shownName());
    followServer();
    refreshStatus();
    startAutoBackup();
}

void MainWindow::refreshStatus()
{
    if (!m_offline.isEmpty()) {
        // Edits are refused by the server while it cannot be reached; the program keeps trying to reconnect.
        m_status->setText(tr("Not connected to the server: %1 Reconnecting…").arg(m_offline));
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        return;
    }
    m_status->setStyleSheet(QString());
    const CampaignService campaign = m_workspace->campaign();
    const DatePosition p = campaign.locate(m_today);
    QString text = p.round ? tr("%1 round · %2 phase").arg(*p.round).arg(phaseTitle(p.phase))
                           : tr("%1 (between rounds)").arg(phaseTitle(p.phase));
    if (p.nextDeadline)
        text += QStringLiteral("    ")
            + tr("Next deadline %1 %2: %n working day(s) left", nullptr, p.workingDaysLeft)
                  .arg(p.nextDeadline->date.toString(Qt::ISODate), p.nextDeadline->title);
    if (!p.yearsWithoutHolidayData.isEmpty())
        text += QStringLiteral("  ") + tr("(no holiday data: counted Monday to Friday)");
    // DOMAIN.md §8: overdue rectification items are counted where the clerk always looks.
    if (const int overdue = int(RectificationService(m_workspace->database()).overdueRectifications(m_today).size()))
        text += QStringLiteral("    ") + tr("%n rectification(s) overdue", nullptr, overdue);
    m_status->setText(text);
}

void MainWindow::openFile(const QString &path)
{
    try {
        auto next = Workspace::openOrCreate(path);
        adopt(std::move(next));
        showWorkspace();
    } catch (const Failure &f) {
        // A server remembered without its password (or whose login failed) is asked for again.
        if (Database::isServerAddress(path))
            connectServer(path, f.message());
        else
            QMessageBox::critical(this, tr("Cannot open the data file"), f.message());
    }
}

void MainWindow::chooseFile()
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("dialogs/dataDir"), QFileInfo(m_workspace->path()).absolutePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open data file"), dir, tr("CampaignDesk data files (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("dialogs/dataDir"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::newFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New data file"),
                                                      QFileInfo(m_workspace->path()).absolutePath() + QStringLiteral("/campaigndesk.db"),
                                                      tr("CampaignDesk data files (*.db)"));
    if (path.isEmpty())
        return;
    if (!Workspace::isUnmade(path)) {
        QMessageBox::warning(this, tr("New data file"), tr("%1 already exists. Choose a new name; an existing file is never overwritten.")
                                                            .arg(QDir::toNativeSeparators(path)));
        return;
    }
    NewFileDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        adopt(Workspace::create(path, dialog.options()));
        if (!dialog.operatorName().isEmpty())
            setOperatorName(dialog.operatorName());
        showWorkspace();
        offerFirstSteps();
    } catch (const Failure &f) {
        QMessageBox::critical(this, tr("New data file"), f.message());
    }
}

QString MainWindow::helpAnchor() const
{
    // The guide's section of each page, in the order of the navigation list.
    static const char *const anchors[] = {"workbench", "units", "calendar", "veto", "ledger", "prerequisites", "surveys", "rectification",
                                          "demonstration", "appraisal", "wayup"};
    const int row = m_nav->currentRow();
    return row >= 0 && row < int(std::size(anchors)) ? QString::fromLatin1(anchors[row]) : QString();
}

HelpDialog *MainWindow::showHelp()
{
    return HelpDialog::open(this, helpAnchor());
}

QDialog *MainWindow::offerFirstSteps()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("The data file is ready"),
                                tr("%1 is ready. Next steps:").arg(QDir::toNativeSeparators(m_workspace->path())), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("FirstSteps"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("1. Import the roster of units (Excel or CSV).\n2. Check the campaign calendar and its deadlines.\n"
                               "3. Add the assessors of the appraisal.\nYour name for the audit trail is set under Edit → Operator name."));
    QPushButton *import = box->addButton(tr("&Import roster..."), QMessageBox::ActionRole);
    QPushButton *calendar = box->addButton(tr("&Calendar"), QMessageBox::ActionRole);
    QPushButton *assessors = box->addButton(tr("&Assessors"), QMessageBox::ActionRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, import, calendar, assessors](QAbstractButton *b) {
        if (b == import) {
            showPage(int(m_stack->indexOf(m_units)));
            m_units->importRoster();
        } else if (b == calendar) {
            showPage(int(m_stack->indexOf(m_calendar)));
        } else if (b == assessors) {
            showPage(int(m_stack->indexOf(m_appraisal)));
        }
    });
    box->open();
    return box;
}

ExchangeDialog *MainWindow::showExchange()
{
    auto *dialog = findChild<ExchangeDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ExchangeDialog(m_workspace->database(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A package applied: every page reads its data again, and the workbench its lines.
        dialog->changed = [this] {
            emit m_notifier->recordsChanged(everything(), {});
        };
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::exportRoundList(const QString &kind)
{
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Choose the round"), tr("Naming year of the round:"), m_today.year() - m_today.year() % 2,
                                          2014, 2100, 2, &ok);
    if (!ok)
        return;
    try {
        const Lists lists(m_workspace->database());
        ReportDocument doc;
        ExportList list;
        if (kind == QLatin1String("naming-list")) {
            doc = lists.namingReport(year);
            list = lists.nominations(year);
        } else if (kind == QLatin1String("review-list")) {
            doc = lists.reviewReport(year);
            list = lists.reviews(year);
        } else {
            doc = lists.recommendationReport(year);
            list = lists.recommendations(year);
        }
        QMessageBox box(QMessageBox::Question, doc.title, tr("Print the list, or save it as PDF or Excel?"), QMessageBox::Cancel, this);
        QPushButton *printButton = box.addButton(tr("Print..."), QMessageBox::AcceptRole);
        QPushButton *pdfButton = box.addButton(tr("PDF..."), QMessageBox::AcceptRole);
        QPushButton *excelButton = box.addButton(tr("Excel..."), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == printButton)
            ExportActions::printReport(this, doc);
        else if (box.clickedButton() == pdfButton)
            ExportActions::exportPdf(this, doc, Lists::suggestedName(kind, year, QStringLiteral("pdf")));
        else if (box.clickedButton() == excelButton)
            ExportActions::exportList(this, list, Lists::suggestedName(kind, year, QStringLiteral("xlsx")));
    } catch (const Failure &f) {
        QMessageBox::information(this, tr("Campaign lists"), f.message());
    }
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("files/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    s.setValue(QStringLiteral("files/recent"), recent);
    s.setValue(QStringLiteral("files/last"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const auto &p : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(p), this, [this, p] { openFile(p); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(this, tr("Language"), tr("The language changes the next time CampaignDesk starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_appraisal->confirmLeave()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("units/header"), m_units->view()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("units/splitter"), m_units->splitter()->saveState());
    const QStringList keys = {QStringLiteral("ledger"), QStringLiteral("prerequisites"), QStringLiteral("surveys"), QStringLiteral("demonstration")};
    for (int i = 0; i < recordPages().size(); ++i)
        s.setValue(QStringLiteral("pages/%1/header").arg(keys[i]), recordPages()[i]->view()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("window/page"), m_nav->currentRow());
    event->accept();
}

} // namespace cd
