// campaigndesk: the desktop program. Opens (or creates) the data file and shows the main window.
#include "mainwindow.h"
#include "services/workspace.h"
#include "util/failure.h"
#include "util/paths.h"

#include <QApplication>
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

static void installTranslators(QApplication &app, QTranslator &ours, QTranslator &qt)
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    // Numbers, dates and spin boxes follow the UI's language, not whatever the system locale says.
    QLocale::setDefault(lang.startsWith(QLatin1String("zh")) ? QLocale(QLocale::Chinese, QLocale::China)
                                                              : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!lang.startsWith(QLatin1String("zh")))
        return;
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

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("CampaignDesk"));
    QTranslator ours, qt;
    installTranslators(app, ours, qt);

    // --screenshot FILE.png [--today YYYY-MM-DD]: grab the window once it is shown, then quit (docs, checks).
    QStringList args = app.arguments().mid(1);
    QString screenshot, screenshotDir;
    QDate today;
    int page = -1;
    for (int i = 0; i + 1 < args.size();) {
        if (args[i] == QLatin1String("--screenshot")) {
            screenshot = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--startup-time")) {
            // Prints the milliseconds from start to the first shown window to FILE, then quits (benchmarks).
            qputenv("CD_STARTUP_FILE", args[i + 1].toLocal8Bit());
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--screenshots")) {
            // --screenshots DIR: one PNG per page (page-1.png …), then quit.
            screenshotDir = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--page")) {
            page = args[i + 1].toInt() - 1;
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--today")) {
            today = QDate::fromString(args[i + 1], Qt::ISODate);
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    QString path = args.isEmpty() ? QString() : args.first();
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("files/last"), defaultDataFile()).toString();
    std::unique_ptr<Workspace> workspace;
    while (!workspace) {
        try {
            workspace = Workspace::openOrCreate(path);
        } catch (const Failure &f) {
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
    MainWindow window(std::move(workspace));
    if (today.isValid())
        window.setToday(today);
    if (page >= 0)
        window.showPage(page);
    window.show();
    if (!screenshotDir.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshotDir] {
            QDir().mkpath(screenshotDir);
            for (int i = 0; i < window.navigation()->count(); ++i) {
                window.showPage(i);
                for (int k = 0; k < 5; ++k)
                    QCoreApplication::processEvents();
                window.grab().save(QDir(screenshotDir).filePath(QStringLiteral("page-%1.png").arg(i + 1)));
            }
            window.close();
        });
    }
    if (qEnvironmentVariableIsSet("CD_STARTUP_FILE")) {
        QTimer::singleShot(0, &window, [&window, &startup] {
            QFile out(qEnvironmentVariable("CD_STARTUP_FILE"));
            if (out.open(QIODevice::WriteOnly))
                out.write(QByteArray::number(startup.elapsed()) + "\n");
            window.close();
        });
    }
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            window.grab().save(screenshot);
            window.close();
        });
    }
    return app.exec();
}
