// The desktop program takes its data file the way the CLI does (issue 10): `campaigndesk --db FILE` opens FILE, and an
// option it does not know is refused with the usage line, never taken for a file name.
#include "catch.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Gui
{
    int code = -1;
    QString err;
};

Gui gui(const QStringList &args, const QString &cwd)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CAMPAIGNDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), cwd + QStringLiteral("/config")); // no remembered file
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(CD_GUI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("the GUI opens the file given with --db, and refuses options it does not know", "[gui][args]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("数据.db"));
    const QString timing = dir.filePath(QStringLiteral("t.txt"));
    const Gui opened = gui({QStringLiteral("--db"), db, QStringLiteral("--startup-time"), timing}, dir.path());
    CHECK(opened.code == 0);
    CHECK(QFile::exists(db));
    CHECK(QFile::exists(timing));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("--db"))));

    for (const QStringList &bad : {QStringList{QStringLiteral("--bd"), db}, QStringList{QStringLiteral("--db")},
                                   QStringList{QStringLiteral("a.db"), QStringLiteral("b.db")},
                                   QStringList{QStringLiteral("--today"), QStringLiteral("2014-02-30"), QStringLiteral("c.db")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Gui refused = gui(bad, dir.path());
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("campaigndesk [--db")));
    }
    // In the clerk's language (zh_CN, as nothing else was chosen), in UTF-8 as the CLI writes, on Windows too.
    CHECK(gui({QStringLiteral("--bd"), db}, dir.path()).err.contains(QStringLiteral("未知的选项：--bd")));
    // Nothing was created by the refused starts.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : left)
        CHECK((f.startsWith(QStringLiteral("数据.db")) || f == QStringLiteral("t.txt")));
}

// `campaigndesk --help` and `--version` answer on the terminal (exit 0) without a window system, in the clerk's
// language (zh_CN: nothing chosen in this fresh configuration), and open no file. On Windows the program also shows
// the text in a message box, which the offscreen platform leaves out.
TEST_CASE("the GUI answers --help and --version on the terminal, without a display", "[gui][args]")
{
    QTemporaryDir dir;
    const auto run = [&dir](const QString &arg) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
#ifdef Q_OS_WIN
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
#else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
#endif
        env.remove(QStringLiteral("CAMPAIGNDESK_LANG"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path() + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(CD_GUI_PATH), {arg});
        REQUIRE(p.waitForFinished(60000));
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
#ifdef Q_OS_WIN
    const QString nl = QStringLiteral("\r\n"); // the C library's text mode, as a clerk's redirected output has it
#else
    const QString nl = QStringLiteral("\n");
#endif
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("-?")}) {
        INFO(arg.toStdString());
        const auto [code, out] = run(arg);
        CHECK(code == 0);
        CHECK(out.startsWith(QStringLiteral("用法：campaigndesk [--db 数据文件] [数据文件]") + nl));
        CHECK(out.contains(QStringLiteral("--version        显示程序版本")));
        CHECK_FALSE(out.contains(QStringLiteral("Opens the data file")));
    }
    for (const QString &arg : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const auto [code, out] = run(arg);
        CHECK(code == 0);
        CHECK(out == QStringLiteral("文明窗口创建管理系统 %1").arg(QStringLiteral(CAMPAIGNDESK_VERSION)) + nl);
    }
    // No data file was made, not even the default one.
    CHECK_FALSE(QDir(dir.path() + QStringLiteral("/data")).exists());
}
