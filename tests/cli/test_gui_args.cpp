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
    return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
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
    CHECK(gui({QStringLiteral("--bd"), db}, dir.path()).err.contains(QStringLiteral("--bd")));
    // Nothing was created by the refused starts.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : left)
        CHECK((f.startsWith(QStringLiteral("数据.db")) || f == QStringLiteral("t.txt")));
}
