// campaigndesk: the desktop program. Opens (or creates) the data file and shows the main window.
#include "dialogs/connectdialog.h"
#include "storage/database.h"
#include "mainwindow.h"
#include "pages/recordpage.h"
#include "pages/appraisalpage.h"
#include "pages/wayuppage.h"
#include <QTabWidget>
#include <QStackedWidget>
#include "commands/commands.h"
#include "dialogs/newfiledialog.h"
#include "pages/unitspage.h"
#include "services/workspace.h"
#include "util/failure.h"
#include "util/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <optional>
#include <string_view>
#include <QDir>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QTimer>
#include <QTranslator>

using namespace cd;

static void installTranslators(QCoreApplication &app, QTranslator &ours, QTranslator &qt)
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    // Numbers, dates and spin boxes follow the UI's language, not whatever the system locale says.
    QLocale::setDefault(lang.startsWith(QLatin1String("zh")) ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!lang.startsWith(QLatin1String("zh"))) {
        // English is the source text; its catalogue holds only the plural forms ("1 unit", "2 units").
        if (ours.load(QStringLiteral(":/i18n/campaigndesk_en.qm")))
            app.installTranslator(&ours);
        return;
    }
    if (ours.load(QStringLiteral(":/i18n/campaigndesk_zh_CN.qm")))
        app.installTranslator(&ours);
    // Qt's own dialogs: beside the program on Windows, Qt's translations folder elsewhere.
    for (const QString &dir : {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)})
        if (qt.load(QStringLiteral("qtbase_zh_CN"), dir)) {
            app.installTranslator(&qt);
            break;
        }
}

// What `campaigndesk --help` and `--version` answer, in the user's language.
static QString helpText()
{
    return QCoreApplication::translate("cd::gui", "Usage: campaigndesk [--db FILE] [FILE]") + QStringLiteral("\n\n")
           + QCoreApplication::translate("cd::gui",
                                         "Opens the data file FILE, or the server at postgresql://LOGIN@HOST/DATABASE, and shows "
                                         "the main window. Without a file it opens the file used last.\n\n"
                                         "  --db FILE    the data file or server to open\n"
                                         "  --help       shows this help\n"
                                         "  --version    shows the program's version\n\n"
                                         "campaigndesk-cli does the same work without windows: campaigndesk-cli --help");
}

static QString versionText()
{
    return QCoreApplication::translate("cd::gui", "CampaignDesk") + QLatin1Char(' ') + QStringLiteral(CAMPAIGNDESK_VERSION);
}

// Text for the terminal in UTF-8, as the CLI writes it (the system's 8-bit code page would turn Chinese into "?" on
// Windows).
static void printTo(FILE *stream, const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stream);
    std::fflush(stream);
}

// Whether the arguments ask for the help (true) or the version (false); the help wins when both are asked.
static std::optional<bool> asksForHelp(int argc, char **argv)
{
    std::optional<bool> help;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-help" || a == "-h" || a == "-?" || a == "/?")
            return true;
        if (a == "--version" || a == "-version" || a == "-v")
            help = false;
    }
    return help;
}

// `campaigndesk --help` or `--version`: the text on the terminal, without a window system where there is a terminal
// (none is needed, and over ssh there is none); on Windows, where the program has no terminal, in a message box too.
static int answerHelpOrVersion(int argc, char **argv, bool help)
{
#ifdef Q_OS_WIN
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    setApplicationIdentity();
    QTranslator ours, qt;
    installTranslators(app, ours, qt);
    const QString text = help ? helpText() : versionText();
    printTo(stdout, text);
#ifdef Q_OS_WIN
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::information(nullptr, QCoreApplication::translate("cd::gui", "CampaignDesk"), text);
#endif
    return 0;
}

// Until the page in front has read what it shows: a large file's roster and records are read by threads of their own.
static void settle(MainWindow &window)
{
    for (int k = 0; k < 5; ++k)
        QCoreApplication::processEvents();
    const auto busy = [&window] {
        const auto *records = dynamic_cast<RecordPage *>(window.currentListPage());
        return (records && records->isLoading()) || window.unitsPage()->isLoading() || window.appraisalPage()->isComputing()
               || window.appraisalPage()->isReadingGrid() || window.wayUpPage()->isLoading();
    };
    while (busy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
}

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    if (const std::optional<bool> help = asksForHelp(argc, argv))
        return answerHelpOrVersion(argc, argv, *help);
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));
    QTranslator ours, qt;
    installTranslators(app, ours, qt);
    // The name the system shows beside window titles, in the user's language (文明窗口创建管理系统).
    MainWindow::applyDisplayName();

    // The same way in as the CLI: campaigndesk [--db FILE] [FILE]. An option it does not know is refused (never
    // taken for a file name), with the usage line. The others are for documentation, checks and benchmarks:
    // --screenshot FILE.png, --screenshots DIR, --page N, --today YYYY-MM-DD, --startup-time FILE.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QString(), QStringLiteral("N"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QString(), QStringLiteral("T")); // the page's tab T (1, 2, …)
    const QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption startupOption(QStringLiteral("startup-time"), QString(), QStringLiteral("FILE"));
    parser.addOptions({dbOption, shotOption, shotsOption, pageOption, tabOption, todayOption, startupOption});
    const QString usage = QCoreApplication::translate("cd::gui", "Usage: campaigndesk [--db FILE] [FILE]");
    const auto refuseArguments = [&](const QString &why) {
        const QString text = why + QLatin1Char('\n') + usage;
        printTo(stderr, text);
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, QCoreApplication::translate("cd::gui", "CampaignDesk"), text);
        return 1;
    };
    if (!parser.parse(app.arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        return refuseArguments(unknown.isEmpty() ? parser.errorText()
                                                 : QCoreApplication::translate("cd::gui", "Unknown option: %1").arg(QLatin1String("--") + unknown.first()));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(dbOption)))
        return refuseArguments(QCoreApplication::translate("cd::gui", "Give one data file."));
    const QString screenshot = parser.value(shotOption);
    const QString screenshotDir = parser.value(shotsOption);
    int page = parser.isSet(pageOption) ? parser.value(pageOption).toInt() - 1 : -1;
    QDate today;
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return refuseArguments(QCoreApplication::translate("cd::gui", "--today takes a date such as 2014-06-01."));
    }
    if (parser.isSet(startupOption)) // prints the milliseconds from start to the first shown window, then quits
        qputenv("CD_STARTUP_FILE", parser.value(startupOption).toLocal8Bit());
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : positional.value(0);
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("files/last"), defaultDataFile()).toString();
    std::unique_ptr<Workspace> workspace;
    // Runs for checks and benchmarks make a missing file with the defaults; a clerk is asked whom it serves.
    const bool automated = !screenshot.isEmpty() || !screenshotDir.isEmpty() || parser.isSet(startupOption);
    bool created = false;
    while (!workspace) {
        try {
            if (!automated && Workspace::isUnmade(path)) { // the first run, or a 0-byte file: 新建, never "run init"
                NewFileDialog dialog(path);
                if (dialog.exec() != QDialog::Accepted)
                    return 0;
                workspace = Workspace::create(path, dialog.options());
                if (!dialog.operatorName().isEmpty())
                    setOperatorName(dialog.operatorName());
                created = true;
                break;
            }
            workspace = Workspace::openOrCreate(path);
        } catch (const Failure &f) {
            // A server remembered without its password (or whose login failed): the clerk logs in.
            if (!automated && Database::isServerAddress(path)) {
                ConnectDialog dialog(path);
                dialog.setProblem(f.message());
                if (dialog.exec() != QDialog::Accepted)
                    return 3;
                path = dialog.address();
                continue;
            }
            const auto choice = QMessageBox::critical(nullptr, QCoreApplication::translate("cd::gui", "Cannot open the data file"),
                                                      f.message() + QStringLiteral("\n\n")
                                                          + QCoreApplication::translate("cd::gui", "Choose another data file?"),
                                                      QMessageBox::Open | QMessageBox::Close);
            if (choice != QMessageBox::Open)
                return 3;
            path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("cd::gui", "Open data file"),
                                                QDir::homePath(), QStringLiteral("*.db"));
            if (path.isEmpty())
                return 3;
        }
    }
    // The page asked for is the one the window starts on, as if the clerk had left it there: a page not in front reads
    // nothing (the roster, a million units, is read only when its page is shown). The start-up figure is the time to
    // the roster's rows.
    if (page < 0 && parser.isSet(startupOption))
        page = 1;
    if (page >= 0)
        QSettings().setValue(QStringLiteral("window/page"), page);
    MainWindow window(std::move(workspace));
    if (today.isValid())
        window.setToday(today);
    if (page >= 0)
        window.showPage(page);
    window.show();
    if (!automated)
        window.setAutoBackup(true); // the day's copy of the file, on a thread of its own (文件 → 自动备份…)
    if (const auto *stack = window.findChild<QStackedWidget *>(); stack && parser.isSet(tabOption))
        if (auto *tabs = stack->currentWidget()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(parser.value(tabOption).toInt() - 1);
    if (created)
        QTimer::singleShot(0, &window, [&window] { window.offerFirstSteps(); });
    if (!screenshotDir.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshotDir] {
            QDir().mkpath(screenshotDir);
            for (int i = 0; i < window.navigation()->count(); ++i) {
                window.showPage(i);
                settle(window);
                window.grab().save(QDir(screenshotDir).filePath(QStringLiteral("page-%1.png").arg(i + 1)));
            }
            window.close();
        });
    }
    if (qEnvironmentVariableIsSet("CD_STARTUP_FILE")) {
        // Line 1: milliseconds from start to the shown window; line 2: to the roster's rows being there (a large
        // file's roster is read in the background). Then it quits: for benchmarks (tests/benchmarks/run.sh).
        auto out = std::make_shared<QFile>(qEnvironmentVariable("CD_STARTUP_FILE"));
        QTimer::singleShot(0, &window, [&window, &startup, out] {
            if (out->open(QIODevice::WriteOnly))
                out->write(QByteArray::number(startup.elapsed()) + "\n");
            const auto done = [&window, &startup, out] {
                out->write(QByteArray::number(startup.elapsed()) + "\n");
                out->close();
                window.close();
            };
            if (window.unitsPage()->isLoading())
                QObject::connect(window.unitsPage(), &UnitsPage::loaded, &window, done);
            else
                done();
        });
    }
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            settle(window);
            window.grab().save(screenshot);
            window.close();
        });
    }
    return app.exec();
}
