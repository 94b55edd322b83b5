// The whole product from outside: campaigndesk-cli as scripts call it (CLI.md: JSON fields and exit codes).
#include "catch.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using cdtest::u;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// `program`: the CLI, or a copy of it elsewhere.
Run cliAt(const QString &program, const QStringList &args, const QString &language = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAMPAIGNDESK_LANG"), language);
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList &args, const QString &language = QStringLiteral("en"))
{
    return cliAt(QStringLiteral(CD_CLI_PATH), args, language);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The same tests on both stores (issue 11 §3): a data file in a temporary folder, or, with CD_TEST_SERVER set
// (tests/server/with-server.sh), a new database on that server, worked on as its administrator. What only makes
// sense for one store (init, backup and a damaged file; server …) is tested on the other with what stands for it.
struct Store
{
    QTemporaryDir dir;
    QString db; // what --db gets
    bool server = !cdtest::testServer().isEmpty();

    // `fileName`: the data file's name in dir. `initialised`: as after `init`, or `server init` on a server; a server
    // database is always set up, as its administrator does before anyone works on it.
    explicit Store(const QString &fileName, bool initialised = true)
    {
        db = server ? cdtest::newServerDatabase() : dir.filePath(fileName);
        if (server)
            REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("init")}).code == 0);
        else if (initialised)
            REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    }
    // What the store holds, to show that a refused command wrote nothing: the file's bytes, or every row of every
    // table of the server database.
    QByteArray state() const
    {
        if (!server)
            return sha(db);
        QByteArray all;
        cdtest::onServer(db, [&all](QSqlDatabase &c) {
            QSqlQuery tables(c);
            REQUIRE(tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                               "AND table_type = 'BASE TABLE' ORDER BY table_name")));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            REQUIRE(names.size() > 30);
            for (const QString &t : names) {
                QSqlQuery q(c);
                REQUIRE(q.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM %1 x").arg(t)));
                REQUIRE(q.next());
                all += t.toUtf8() + ' ' + q.value(0).toByteArray() + ' ' + q.value(1).toByteArray() + '\n';
            }
        });
        return all;
    }
};
} // namespace

TEST_CASE("init, calendar and cycle print the contract's JSON", "[cli]")
{
    Store store(QStringLiteral("数据.db"), false);
    const QString db = store.db;
    if (!store.server)
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--json")}).code == 0);

    // CLI.md's own example: calendar --date 2014-02-18 (seed 000 letter date)
    const Run cal = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--date"), QStringLiteral("2014-02-18"), QStringLiteral("--json")});
    REQUIRE(cal.code == 0);
    const QJsonObject o = cal.json();
    CHECK(o.value(QStringLiteral("date")).toString() == QStringLiteral("2014-02-18"));
    CHECK(o.value(QStringLiteral("round")).toInt() == 2014);
    CHECK(o.value(QStringLiteral("phase")).toString() == u("宣传发动"));
    CHECK(o.value(QStringLiteral("phase_start")).toString() == QStringLiteral("2014-01-01"));
    CHECK(o.value(QStringLiteral("phase_end")).toString() == QStringLiteral("2014-03-31"));
    CHECK(o.value(QStringLiteral("next_deadline")).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2014-02-21"));
    CHECK_FALSE(o.value(QStringLiteral("next_deadline")).toObject().value(QStringLiteral("title")).toString().isEmpty());
    CHECK(o.value(QStringLiteral("days_left")).toInt() == 3);
    CHECK(o.value(QStringLiteral("working_days_left")).toInt() == 3);
    CHECK(o.value(QStringLiteral("naming_year")).toBool());

    const Run gap = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--date"), QStringLiteral("2015-06-01"), QStringLiteral("--json")});
    CHECK(gap.json().value(QStringLiteral("round")).isNull());
    CHECK(gap.json().value(QStringLiteral("phase")).toString() == u("常态创建"));
    CHECK_FALSE(gap.json().value(QStringLiteral("naming_year")).toBool());

    const Run cyc = cli({QStringLiteral("--db"), db, QStringLiteral("cycle"), QStringLiteral("--year"), QStringLiteral("2016"), QStringLiteral("--json")});
    REQUIRE(cyc.code == 0);
    CHECK(cyc.json().value(QStringLiteral("year")).toInt() == 2016);
    CHECK(cyc.json().value(QStringLiteral("naming_year")).toBool());
    CHECK(cyc.json().value(QStringLiteral("previous_naming_year")).toInt() == 2014);
    CHECK(cyc.json().value(QStringLiteral("next_naming_year")).toInt() == 2018);
    CHECK(cyc.json().value(QStringLiteral("reviews_due")).toArray().isEmpty());

    // Bad dates are usage errors.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--date"), QStringLiteral("2014-02-30")}).code == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).code == 1);
    // init refuses a file that holds data, and leaves it alone; on a server, init is the administrator's `server init`,
    // which refuses a database set up already.
    const QByteArray before = store.state();
    if (store.server) {
        const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
        CHECK(init.code == 1);
        CHECK(init.err.contains(QStringLiteral("server init")));
        CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("init")}).code == 2);
    } else {
        CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 2);
    }
    CHECK(store.state() == before);
}

TEST_CASE("units import: all or nothing, --only-valid, and JSON rows", "[cli]")
{
    Store store(QStringLiteral("d.db"));
    const QString db = store.db;
    const QTemporaryDir &dir = store.dir;
    const QString roster = dir.filePath(QStringLiteral("2014年名册.csv"));
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别,统一社会信用代码\r\n"
                                "南关区婚姻登记处,220102,婚姻登记处,12220102MB0000011R\r\n"
                                "坏行,220102,婚姻登记处,12220102MB0000011X\r\n"
                                "宽城区救助站,宽城区,救助站,\r\n").toUtf8());
    const QByteArray before = store.state();
    const Run refused = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), roster, QStringLiteral("--json")});
    CHECK(refused.code == 2);
    const QJsonObject r = refused.json();
    CHECK(r.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(r.value(QStringLiteral("updated")).toInt() == 0);
    const QJsonArray rejected = r.value(QStringLiteral("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject().value(QStringLiteral("row")).toInt() == 3);
    CHECK(rejected[0].toObject().value(QStringLiteral("column")).toString() == u("统一社会信用代码"));
    CHECK(store.state() == before); // nothing was written

    const Run partial = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), roster, QStringLiteral("--only-valid"), QStringLiteral("--json")});
    CHECK(partial.code == 0);
    CHECK(partial.json().value(QStringLiteral("imported")).toInt() == 2);

    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    CHECK(list.json().value(QStringLiteral("count")).toInt() == 2);
    const QJsonObject first = list.json().value(QStringLiteral("units")).toArray().at(0).toObject();
    for (const char *field : {"id", "name", "region_code", "region_name", "type", "credit_code"})
        CHECK(first.contains(QString::fromLatin1(field)));
    CHECK(first.value(QStringLiteral("region_code")).toString() == QStringLiteral("220102"));
    CHECK(list.json().value(QStringLiteral("units")).toArray().at(1).toObject().value(QStringLiteral("credit_code")).isNull());

    const Run filtered = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--type"), u("救助站"), QStringLiteral("--json")});
    CHECK(filtered.json().value(QStringLiteral("count")).toInt() == 1);
    const Run byCity = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("220100"), QStringLiteral("--json")});
    CHECK(byCity.json().value(QStringLiteral("count")).toInt() == 2); // a city lists its districts' units

    // Re-importing the good rows changes nothing and duplicates nothing.
    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), roster, QStringLiteral("--only-valid"), QStringLiteral("--json")});
    CHECK(again.json().value(QStringLiteral("imported")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("unchanged")).toInt() == 2);
}

TEST_CASE("units import counts the rows refused, not their problems", "[cli]")
{
    Store store(QStringLiteral("d.db"));
    const QString roster = store.dir.filePath(QStringLiteral("r.csv"));
    // Row 2 has three problems (no name, an unknown type, a credit code of 5 characters), row 3 one, row 4 none.
    cdtest::writeFile(roster, u("单位名称,所属地区,单位类别,统一社会信用代码\n"
                                ",220102,理发店,12345\n"
                                "宽城区救助站,220103,救助站,12345\n"
                                "南关区救助站,220102,救助站,\n").toUtf8());
    const QStringList args{QStringLiteral("--db"), store.db, QStringLiteral("units"), QStringLiteral("import"), roster};
    const Run json = cli(args + QStringList{QStringLiteral("--json")});
    CHECK(json.code == 2);
    CHECK(json.json().value(QStringLiteral("rejected")).toArray().size() == 4); // every problem is listed
    const Run zh = cli(args, QStringLiteral("zh_CN"));
    CHECK(zh.code == 2);
    CHECK(zh.err.contains(u("有 2 行未通过检查，因此未导入任何内容。")));
    const Run en = cli(args);
    CHECK(en.err.contains(QStringLiteral("2 rows were rejected, so nothing was imported.")));
    const Run partial = cli(args + QStringList{QStringLiteral("--only-valid")}, QStringLiteral("zh_CN"));
    CHECK(partial.code == 0);
    CHECK(QString::fromUtf8(partial.out).contains(u("新导入 1 个单位，更新 0 个，0 个无变化，2 行未通过检查。")));
}

TEST_CASE("storage errors exit 3 and leave the file unchanged", "[cli]")
{
    const QStringList commands[] = {{QStringLiteral("check")}, {QStringLiteral("units"), QStringLiteral("list")},
                                    {QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("10")}, {QStringLiteral("init")}};
    if (!cdtest::testServer().isEmpty()) {
        // On a server: a database that is not there, and a wrong password. Each is named; nothing is made.
        QUrl missing(cdtest::testServer() + QStringLiteral("nosuchdb"));
        QUrl wrong(cdtest::newServerDatabase());
        wrong.setPassword(QStringLiteral("Xq7-not-hers"));
        for (const QStringList &cmd : commands) {
            if (cmd.first() == QLatin1String("init"))
                continue; // init makes a data file (a usage error on a server, above)
            INFO(cmd.join(QLatin1Char(' ')).toStdString());
            Run r = cli(QStringList{QStringLiteral("--db"), missing.toString()} + cmd);
            CHECK(r.code == 3);
            CHECK(r.err.contains(QStringLiteral("nosuchdb")));
            CHECK(r.err.contains(QStringLiteral("no such database")));
            r = cli(QStringList{QStringLiteral("--db"), wrong.toString()} + cmd);
            CHECK(r.code == 3);
            CHECK(r.err.contains(QStringLiteral("refused the login")));
            CHECK_FALSE(r.err.contains(QStringLiteral("Xq7-not-hers"))); // the password is never shown
        }
        return;
    }
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("notes.txt"));
    cdtest::writeFile(foreign, "这不是数据文件\n");
    const QByteArray before = sha(foreign);
    for (const QStringList &cmd : commands) {
        INFO(cmd.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList{QStringLiteral("--db"), foreign} + cmd);
        CHECK(r.code == 3);
        CHECK(r.err.contains(QStringLiteral("notes.txt")));
    }
    CHECK(sha(foreign) == before);
    CHECK(cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")), QStringLiteral("check")}).code == 3);
}

TEST_CASE("demo, check and backup of a live file", "[cli]")
{
    Store store(QStringLiteral("demo.db"), false);
    const QString db = store.db;
    const QTemporaryDir &dir = store.dir;
    const Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("2000"),
                          QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    REQUIRE(demo.code == 0);
    CHECK(demo.json().value(QStringLiteral("units")).toInt() == 2000);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    const Run cyc = cli({QStringLiteral("--db"), db, QStringLiteral("cycle"), QStringLiteral("--year"), QStringLiteral("2018"), QStringLiteral("--json")});
    CHECK(cyc.json().value(QStringLiteral("reviews_due")).toArray().size() > 10);
    const QString copy = dir.filePath(QStringLiteral("备份/copy.db"));
    if (store.server) {
        // A server is backed up by its administrator; the command says so and makes nothing.
        const Run backup = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy});
        CHECK(backup.code == 1);
        CHECK(backup.err.contains(QStringLiteral("pg_dump")));
        CHECK_FALSE(QFile::exists(copy));
    } else {
        CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy}).code == 0);
        const Run listed = cli({QStringLiteral("--db"), copy, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")});
        CHECK(listed.json().value(QStringLiteral("count")).toInt() == 2000);
    }
    // Messages are Chinese by default.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CAMPAIGNDESK_LANG"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"),
                                          store.server ? cdtest::testServer() + QStringLiteral("nosuchdb") : dir.filePath(QStringLiteral("none.db")),
                                          QStringLiteral("check")});
    p.waitForFinished();
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(store.server ? u("服务器") : u("数据文件")));
}

TEST_CASE("report paints through the report module; the other commands start without it", "[cli][reports]")
{
    Store store(QStringLiteral("reports.db"), false);
    const QString db = store.db;
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("300"), QStringLiteral("--seed"),
                 QStringLiteral("2")})
                .code == 0);
    const QString pdf = store.dir.filePath(u("2014年命名名单.pdf"));
    const Run painted = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("naming-list"), QStringLiteral("--round"),
                             QStringLiteral("2014"), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    REQUIRE(painted.code == 0);
    CHECK(painted.json().value(QStringLiteral("pages")).toInt() >= 1);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");

    // The program without its module (an installation that lost it): report says what is missing and where, in the
    // clerk's language, exits 3 and writes nothing. Every other command works as before: none of them loads it.
    QTemporaryDir alone;
    const QString program = alone.filePath(QFileInfo(QStringLiteral(CD_CLI_PATH)).fileName());
    REQUIRE(QFile::copy(QStringLiteral(CD_CLI_PATH), program));
    const QString lost = store.dir.filePath(QStringLiteral("lost.pdf"));
    const Run refused = cliAt(program, {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("naming-list"), QStringLiteral("--round"),
                                        QStringLiteral("2014"), QStringLiteral("--out"), lost},
                              QStringLiteral("zh_CN"));
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(u("无法生成报表")));
    CHECK(refused.err.contains(QStringLiteral("campaigndesk-reports")));
    CHECK(refused.err.contains(QDir::toNativeSeparators(alone.path())));
    CHECK(refused.err.contains(u("请重新安装")));
    CHECK_FALSE(QFile::exists(lost));
    // A module that is there but will not load (cut short, damaged): the same refusal, naming the file.
    {
        QFile damaged(alone.filePath(QFileInfo(QStringLiteral(CD_REPORTS_MODULE_PATH)).fileName()));
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("\x7f" "ELF cut short");
    }
    const Run unloadable = cliAt(program, {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("naming-list"), QStringLiteral("--round"),
                                           QStringLiteral("2014"), QStringLiteral("--out"), lost},
                                 QStringLiteral("zh_CN"));
    CHECK(unloadable.code == 3);
    CHECK(unloadable.err.contains(u("无法载入")));
    CHECK(unloadable.err.contains(QDir::toNativeSeparators(alone.filePath(QFileInfo(QStringLiteral(CD_REPORTS_MODULE_PATH)).fileName()))));
    CHECK_FALSE(QFile::exists(lost));
    const Run listed = cliAt(program, {QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(listed.code == 0);
    CHECK(listed.json().value(QStringLiteral("count")).toInt() == 300);
    const QString csv = store.dir.filePath(QStringLiteral("units.csv"));
    CHECK(cliAt(program, {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("units"), QStringLiteral("--out"), csv}).code == 0);
    CHECK(QFile::exists(csv));
}

TEST_CASE("every record the GUI enters has a command: quotas, assessors by region, activities with files, 示范点", "[cli]")
{
    Store store(u("台账.db"));
    const QString db = store.db;
    const QTemporaryDir &dir = store.dir;
    cdtest::writeFile(dir.filePath(QStringLiteral("r.csv")), u("单位名称,所属地区,单位类别\n南关区救助站,220102,救助站\n").toUtf8());
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("r.csv"))}).code == 0);
    const auto run = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--json");
        return cli(args);
    };
    // DOMAIN.md §6: a quota per region per round, editable; "none" takes it away.
    Run q = run({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--round"), QStringLiteral("2014"), QStringLiteral("--region"),
                 QStringLiteral("220100"), QStringLiteral("--quota"), QStringLiteral("3")});
    REQUIRE(q.code == 0);
    CHECK(q.json().value(QStringLiteral("quota")).toInt() == 3);
    CHECK(run({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--round"), QStringLiteral("2014"), QStringLiteral("--region"),
               QStringLiteral("220100"), QStringLiteral("--quota"), QStringLiteral("-2")})
              .code == 2);
    CHECK(run({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--round"), QStringLiteral("2014"), QStringLiteral("--region"),
               QStringLiteral("999999"), QStringLiteral("--quota"), QStringLiteral("1")})
              .code == 2);
    CHECK(run({QStringLiteral("quota"), QStringLiteral("set"), QStringLiteral("--round"), QStringLiteral("2014"), QStringLiteral("--region"),
               QStringLiteral("220100"), QStringLiteral("--quota"), QStringLiteral("none")})
              .json()
              .value(QStringLiteral("quota"))
              .isNull());
    // An assessor from a region's bureau (the affiliation of DOMAIN.md §6).
    CHECK(run({QStringLiteral("assessors"), QStringLiteral("add"), QStringLiteral("--name"), u("周科长"), QStringLiteral("--region"), u("南关区")})
              .code == 0);
    CHECK(run({QStringLiteral("assessors"), QStringLiteral("add"), QStringLiteral("--name"), u("吴"), QStringLiteral("--region"), u("火星区")})
              .code == 2);
    // 创建台账 with two files, one with a Chinese name in a Chinese folder.
    QDir().mkpath(dir.filePath(u("张伟/文档")));
    const QString photo = dir.filePath(u("张伟/文档/技能测试照片.jpg"));
    cdtest::writeFile(photo, "photo");
    cdtest::writeFile(dir.filePath(QStringLiteral("list.txt")), "list");
    Run a = run({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--date"),
                 QStringLiteral("2014-05-20"), QStringLiteral("--kind"), u("技能测试"), QStringLiteral("--participants"), QStringLiteral("30"),
                 QStringLiteral("--file"), photo + QLatin1Char(';') + dir.filePath(QStringLiteral("list.txt"))});
    REQUIRE(a.code == 0);
    const QJsonArray files = a.json().value(QStringLiteral("attachments")).toArray();
    REQUIRE(files.size() == 2);
    CHECK(files[0].toObject().value(QStringLiteral("name")).toString() == u("技能测试照片.jpg"));
    const QString sha = files[0].toObject().value(QStringLiteral("sha256")).toString();
    if (store.server) {
        // On a server the files are kept in the database, readable by whoever may read the activity.
        const Run listed = run({QStringLiteral("activity"), QStringLiteral("list")});
        REQUIRE(listed.code == 0);
        CHECK(listed.json().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("files")).toInt() == 2);
        CHECK(store.state().contains("\nattachment_blobs 2 "));
    } else {
        CHECK(cdtest::fileBytes(dir.filePath(u("台账.files/") + sha.left(2) + QLatin1Char('/') + sha)) == QByteArray("photo"));
        // The backup takes the attached files along, into its own folder.
        Run b = run({QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(u("备份/台账备份.db"))});
        REQUIRE(b.code == 0);
        CHECK(b.json().value(QStringLiteral("attachments")).toInt() == 2);
        CHECK(cdtest::fileBytes(dir.filePath(u("备份/台账备份.files/") + sha.left(2) + QLatin1Char('/') + sha)) == QByteArray("photo"));
    }
    // A file that is not there: exit 2, and no activity was recorded.
    Run bad = run({QStringLiteral("activity"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--date"),
                   QStringLiteral("2014-05-21"), QStringLiteral("--kind"), u("座谈会"), QStringLiteral("--file"), dir.filePath(u("没有.pdf"))});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(u("没有.pdf")));
    // A veto kind of the office's own (DOMAIN.md §5), then an event of that kind.
    CHECK(run({QStringLiteral("veto"), QStringLiteral("kind"), QStringLiteral("add"), QStringLiteral("--name"), u("重大服务质量投诉")}).code == 0);
    CHECK(run({QStringLiteral("veto"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--kind"),
               u("重大服务质量投诉"), QStringLiteral("--date"), QStringLiteral("2014-07-01")})
              .code == 0);
    CHECK(run({QStringLiteral("veto"), QStringLiteral("kind"), QStringLiteral("add"), QStringLiteral("--name"), u("重大服务质量投诉")}).code == 2);
    // 示范点 (seed 001 §二9): 省/市/县 only.
    CHECK(run({QStringLiteral("demo-point"), QStringLiteral("set"), QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--year"),
               QStringLiteral("2014"), QStringLiteral("--level"), u("市")})
              .code == 0);
    CHECK(run({QStringLiteral("demo-point"), QStringLiteral("set"), QStringLiteral("--unit"), QStringLiteral("1"), QStringLiteral("--year"),
               QStringLiteral("2014"), QStringLiteral("--level"), u("乡")})
              .code == 2);
}

TEST_CASE("a typo gets the one relevant usage line, and a wrong date its reason", "[cli][usage]")
{
    Store store(QStringLiteral("d.db"));
    const QString db = store.db;
    const QTemporaryDir &dir = store.dir;
    const Run typo = cli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("lst")});
    CHECK(typo.code == 1);
    CHECK(typo.err.contains(QStringLiteral("units list [--region CODE]")));
    CHECK(typo.err.contains(QStringLiteral("units import FILE")));
    CHECK_FALSE(typo.err.contains(QStringLiteral("survey add")));
    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("veto"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("1")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("veto add --unit ID --kind KIND")));
    CHECK_FALSE(missing.err.contains(QStringLiteral("recommend --round")));
    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("--help")));
    CHECK_FALSE(unknown.err.contains(QStringLiteral("survey add")));
    const Run date = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--date"), QStringLiteral("2014-02-30")});
    CHECK(date.code == 1);
    CHECK(date.err.contains(QStringLiteral("no day 30")));
    const Run typed = cli({QStringLiteral("--db"), db, QStringLiteral("calendar"), QStringLiteral("--date"), u("2014年2月18日"), QStringLiteral("--json")});
    CHECK(typed.code == 0);
    CHECK(typed.json().value(QStringLiteral("date")).toString() == QStringLiteral("2014-02-18"));
}

TEST_CASE("region codes mean one thing: 220000 the whole province, a city with its counties, a county itself", "[cli][regions]")
{
    Store store(QStringLiteral("d.db"), false);
    const QString db = store.db;
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("4")}).code == 0);
    const auto list = [&](const QString &region) {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json")};
        if (!region.isEmpty())
            args << QStringLiteral("--region") << region;
        return cli(args);
    };
    const QJsonArray all = list({}).json().value(QStringLiteral("units")).toArray();
    REQUIRE(all.size() == 400);
    CHECK(list(QStringLiteral("220000")).json().value(QStringLiteral("count")).toInt() == 400);
    // 长春市 (220100): every unit whose code is 2201xx, the city's own (220100) and its counties'.
    int changchun = 0, nanguan = 0, changbaishan = 0;
    for (const auto &v : all) {
        const QString code = v.toObject().value(QStringLiteral("region_code")).toString();
        changchun += code.startsWith(QStringLiteral("2201"));
        nanguan += code == QStringLiteral("220102");
        changbaishan += v.toObject().value(QStringLiteral("region_code")).isNull();
    }
    REQUIRE(changchun > 0);
    CHECK(list(QStringLiteral("220100")).json().value(QStringLiteral("count")).toInt() == changchun);
    CHECK(list(QStringLiteral("220102")).json().value(QStringLiteral("count")).toInt() == nanguan);
    CHECK(list(u("长白山管委会")).json().value(QStringLiteral("count")).toInt() == changbaishan);
    for (const QString &bad : {QStringLiteral("22"), QStringLiteral("229999"), u("火星区")}) {
        INFO(bad.toStdString());
        const Run r = list(bad);
        CHECK(r.code == 2);
        CHECK(r.err.contains(bad));
    }
}

TEST_CASE("every record kind has its list command with the contract's JSON and filters", "[cli][lists]")
{
    Store store(QStringLiteral("d.db"), false);
    const QString db = store.db;
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("6")}).code == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("rectification"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("5"),
                 QStringLiteral("--finding"), u("服务指南未公开"), QStringLiteral("--deadline"), QStringLiteral("2014-09-30")}).code == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo-point"), QStringLiteral("set"), QStringLiteral("--unit"), QStringLiteral("5"),
                 QStringLiteral("--year"), QStringLiteral("2014"), QStringLiteral("--level"), u("省")}).code == 0);
    for (const char *kind : {"veto", "survey", "prereq", "activity", "rectification", "demo-point"}) {
        INFO(kind);
        const auto list = [&](const QStringList &filters) {
            return cli(QStringList{QStringLiteral("--db"), db, QString::fromLatin1(kind), QStringLiteral("list"), QStringLiteral("--json")} + filters);
        };
        const Run all = list({});
        REQUIRE(all.code == 0);
        const QJsonObject o = all.json();
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        CHECK(o.value(QStringLiteral("count")).toInt() == items.size());
        REQUIRE(items.size() > 0);
        for (const auto &v : items) {
            CHECK(v.toObject().contains(QStringLiteral("id")));
            CHECK(v.toObject().value(QStringLiteral("unit_id")).toInt() > 0);
        }
        // --unit keeps that unit's records only; --region 220000 keeps them all; an unknown region is refused.
        const int unit = items.first().toObject().value(QStringLiteral("unit_id")).toInt();
        const QJsonArray one = list({QStringLiteral("--unit"), QString::number(unit)}).json().value(QStringLiteral("items")).toArray();
        CHECK(one.size() >= 1);
        for (const auto &v : one)
            CHECK(v.toObject().value(QStringLiteral("unit_id")).toInt() == unit);
        CHECK(list({QStringLiteral("--region"), QStringLiteral("220000")}).json().value(QStringLiteral("count")).toInt() == items.size());
        CHECK(list({QStringLiteral("--region"), QStringLiteral("22")}).code == 2);
    }
    // --round: surveys and prerequisites filed under 2016 only.
    const QJsonArray s16 = cli({QStringLiteral("--db"), db, QStringLiteral("survey"), QStringLiteral("list"), QStringLiteral("--round"), QStringLiteral("2016"),
                                QStringLiteral("--json")}).json().value(QStringLiteral("items")).toArray();
    for (const auto &v : s16)
        CHECK(v.toObject().value(QStringLiteral("round")).toInt() == 2016);
}
