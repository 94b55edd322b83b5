// Crash trials (issue 14): the CLI killed (SIGKILL / TerminateProcess) at seeded random moments during a roster
// import, a score-sheet import, a backup and an init. After every kill the data file passes its integrity check,
// holds all of the interrupted change or none of it, and the next write works.
#include "catch.h"
#include "testutil.h"

#include "io/xlsxreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <xlsxwriter.h>

using cdtest::u;

namespace {
int run(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CD_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

// Starts the CLI and kills it after `ms` milliseconds (or lets it finish first).
void runAndKill(const QStringList &args, int ms)
{
    QProcess p;
    p.start(QStringLiteral(CD_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished();
    }
}

qint64 elapsedOf(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    REQUIRE(run(args) == 0);
    return t.elapsed();
}

qint64 scalar(const QString &db, const QString &sql)
{
    static int n = 0;
    const QString name = QStringLiteral("crash-%1").arg(++n);
    qint64 v = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        v = q.value(0).toLongLong();
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

QStringList hiddenTemps(const QString &dir)
{
    QStringList out;
    for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
        if (f.startsWith(QLatin1Char('.')))
            out << f;
    return out;
}
} // namespace

TEST_CASE("crash trials: a killed roster import leaves all or nothing, and the next write works", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.db"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}) == 0);
    QByteArray csv = u("单位名称,所属地区,单位类别\n").toUtf8();
    const int rows = 20000;
    for (int i = 0; i < rows; ++i)
        csv += u("试验单位%1,220102,救助站\n").arg(i).toUtf8();
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    cdtest::writeFile(file, csv);
    const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), file};
    // How long an undisturbed import takes here, on a copy: the kills fall anywhere in that span.
    const QString probe = dir.filePath(QStringLiteral("probe.db"));
    REQUIRE(run({QStringLiteral("--db"), probe, QStringLiteral("init")}) == 0);
    const qint64 full = elapsedOf({QStringLiteral("--db"), probe, QStringLiteral("units"), QStringLiteral("import"), file});

    QRandomGenerator rng(20141226);
    int interrupted = 0, whole = 0;
    for (int trial = 0; trial < 12; ++trial) {
        const int ms = int(rng.bounded(qint64(full) + 50));
        INFO("trial " << trial << ", killed after " << ms << " ms");
        runAndKill(import, ms);
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("check")}) == 0);
        const qint64 units = scalar(db, QStringLiteral("SELECT count(*) FROM units"));
        CHECK((units == 0 || units == rows));
        (units == 0 ? interrupted : whole) += 1;
        if (units == rows) { // start the next trial from an empty roster again
            QFile::remove(db);
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
            QFile::remove(db + QStringLiteral(".lock"));
            REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}) == 0);
        }
        // The next write works: the lock and the WAL a killed writer left are no obstacle.
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("veto"), QStringLiteral("kind"), QStringLiteral("add"), QStringLiteral("--name"),
                     u("试验事件%1").arg(trial)}) == 0);
    }
    REQUIRE(run(import) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM units")) == rows);
    CHECK(interrupted > 0);
}

TEST_CASE("crash trials: a killed score-sheet import and a killed backup", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("3")}) == 0);
    const qint64 assessor = scalar(db, QStringLiteral("SELECT assessor_id FROM scores s JOIN indicator_systems i ON i.id = s.system_id "
                                                      "WHERE i.round_year = 2014 GROUP BY assessor_id ORDER BY count(*) DESC LIMIT 1"));
    REQUIRE(assessor > 0);
    const QString exported = dir.filePath(QStringLiteral("exported.xlsx"));
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("score-sheet"), QStringLiteral("--round"), QStringLiteral("2014"),
                 QStringLiteral("--assessor"), QString::number(assessor), QStringLiteral("--out"), exported}) == 0);
    // The same sheet with every score set to 1 point: after a kill, either every cell is 1 or none changed.
    const cd::XlsxSheet sheet = cd::readXlsxFirstSheet(exported);
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    lxw_workbook *wb = workbook_new(QDir::toNativeSeparators(filled).toLocal8Bit().constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    int cells = 0;
    for (const cd::TableRow &r : sheet.table.rows)
        for (int c = 0; c < r.cells.size(); ++c) {
            if (r.number > 3 && c >= 2) {
                worksheet_write_number(ws, lxw_row_t(r.number - 1), lxw_col_t(c), 1, nullptr);
                ++cells;
            } else {
                worksheet_write_string(ws, lxw_row_t(r.number - 1), lxw_col_t(c), r.cells[c].toUtf8().constData(), nullptr);
            }
        }
    for (const cd::TableRow &r : sheet.table.rows) // rows whose score cells were all blank still have columns to fill
        if (r.number > 3)
            for (int c = int(r.cells.size()); c < sheet.table.rows[1].cells.size(); ++c, ++cells)
                worksheet_write_number(ws, lxw_row_t(r.number - 1), lxw_col_t(c), 1, nullptr);
    // The hidden sheet that says what the score sheet is for goes along, as an office suite keeps it.
    const auto info = cd::readXlsxSheet(cdtest::fileBytes(exported), exported, QStringLiteral("CampaignDesk"));
    REQUIRE(info);
    lxw_worksheet *hidden = workbook_add_worksheet(wb, "CampaignDesk");
    for (const cd::TableRow &r : info->table.rows)
        for (int c = 0; c < r.cells.size(); ++c)
            if (!r.cells[c].isEmpty())
                worksheet_write_string(hidden, lxw_row_t(r.number - 1), lxw_col_t(c), r.cells[c].toUtf8().constData(), nullptr);
    worksheet_hide(hidden);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    REQUIRE(cells > 1000);
    const QString ones = QStringLiteral("SELECT count(*) FROM scores WHERE assessor_id = %1 AND value = 100").arg(assessor);
    const qint64 before = scalar(db, ones);
    REQUIRE(before < cells);

    // The demo's 2014 round is named already: scores change only with a reason.
    const QStringList import = {QStringLiteral("--db"), db, QStringLiteral("scores"), QStringLiteral("import"), filled,
                                QStringLiteral("--override-reason"), u("复核后更正")};
    const QString probe = dir.filePath(QStringLiteral("probe.db"));
    REQUIRE(QFile::copy(db, probe));
    REQUIRE(run({QStringLiteral("--db"), probe, QStringLiteral("scores"), QStringLiteral("import"), filled}) == 2); // no reason given
    const qint64 full = elapsedOf({QStringLiteral("--db"), probe, QStringLiteral("scores"), QStringLiteral("import"), filled,
                                   QStringLiteral("--override-reason"), u("复核后更正")});
    const qint64 after = scalar(probe, ones);
    REQUIRE(after == cells);
    QRandomGenerator rng(20160101);
    for (int trial = 0; trial < 10; ++trial) {
        const int ms = int(rng.bounded(qint64(full) + 50));
        INFO("trial " << trial << ", killed after " << ms << " ms");
        runAndKill(import, ms);
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("check")}) == 0);
        const qint64 now = scalar(db, ones);
        CHECK((now == before || now == after));
        if (now == after)
            break; // the import went through; the remaining trials would change nothing
    }

    // Backups killed at random moments: the target is absent or whole; the next backup cleans the leftovers.
    const QString out = dir.filePath(QStringLiteral("copies/backup.db"));
    QDir().mkpath(dir.filePath(QStringLiteral("copies")));
    const QStringList backup = {QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), out};
    const qint64 backupTime = elapsedOf(backup);
    QFile::remove(out);
    int leftovers = 0;
    for (int trial = 0; trial < 10; ++trial) {
        const int ms = int(rng.bounded(qint64(backupTime) + 20));
        INFO("backup trial " << trial << ", killed after " << ms << " ms");
        runAndKill(backup, ms);
        if (QFile::exists(out))
            CHECK(run({QStringLiteral("--db"), out, QStringLiteral("check")}) == 0);
        leftovers += int(hiddenTemps(dir.filePath(QStringLiteral("copies"))).size());
        REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("check")}) == 0);
    }
    REQUIRE(run(backup) == 0);
    CHECK(hiddenTemps(dir.filePath(QStringLiteral("copies"))).isEmpty());
    CHECK(run({QStringLiteral("--db"), out, QStringLiteral("check")}) == 0);
    UNSCOPED_INFO("leftovers seen after kills: " << leftovers);
}

TEST_CASE("crash trials: a killed init leaves nothing or a whole file, and init works afterwards", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("新建.db"));
    const qint64 full = elapsedOf({QStringLiteral("--db"), db, QStringLiteral("init")});
    QRandomGenerator rng(2014);
    for (int trial = 0; trial < 8; ++trial) {
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QFile::remove(dir.filePath(f));
        const int ms = int(rng.bounded(qint64(full) + 10));
        INFO("trial " << trial << ", killed after " << ms << " ms");
        runAndKill({QStringLiteral("--db"), db, QStringLiteral("init")}, ms);
        if (QFile::exists(db)) {
            REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("check")}) == 0);
            CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM regions")) > 0);
            CHECK(run({QStringLiteral("--db"), db, QStringLiteral("init")}) == 2); // a file with data is left alone
        } else {
            REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("init")}) == 0);
            CHECK(hiddenTemps(dir.path()).isEmpty());
        }
    }
}
