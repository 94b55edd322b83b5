// The data file: creation, pragmas, refusal of foreign or damaged files without touching them, lock, backup.
#include "catch.h"
#include "testutil.h"

#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/fileprobe.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace cd;

namespace {
Failure::Kind openFailure(const QString &path, Database::Access access = Database::Access::ReadWrite, QString *message = nullptr)
{
    try {
        Database::open(path, access);
    } catch (const Failure &f) {
        if (message)
            *message = f.message();
        return f.kind();
    }
    FAIL("the file was opened");
    return Failure::Kind::Usage;
}

void makeForeignSqlite(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO customers(name) VALUES ('x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

TEST_CASE("a new data file has our id, the current schema and the safe pragmas", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("新建 数据/campaign.db")); // a Chinese folder that does not exist yet
    {
        auto db = cdtest::initialisedFile(path);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK(sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(sql::scalar(db->connection(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
        CHECK(sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id")).toInt() == kApplicationId);
        CHECK(db->check().isEmpty());
    }
    const FileProbe probe = probeDataFile(path, Database::latestSchemaVersion());
    CHECK(probe.state == FileProbe::State::Ours);
    auto again = Database::open(path);
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("files that are not ours, damaged or newer are refused and left byte-for-byte unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.db"));
    cdtest::initialisedFile(good).reset();
    const QByteArray goodBytes = cdtest::fileBytes(good);
    REQUIRE(goodBytes.size() > 8192);

    struct Case { const char *name; std::function<void(const QString &)> make; const char *needle; };
    const Case cases[] = {
        {"text.db", [](const QString &p) { cdtest::writeFile(p, "单位名称,所属地区\n"); }, "not an SQLite"},
        {"random.db", [](const QString &p) {
             QByteArray b(5000, '\0');
             for (int i = 0; i < b.size(); ++i) b[i] = char((i * 7919) % 251);
             cdtest::writeFile(p, b);
         }, "not an SQLite"},
        {"foreign.db", [](const QString &p) { makeForeignSqlite(p); }, "another program"},
        {"truncated.db", [&](const QString &p) { cdtest::writeFile(p, goodBytes.left(goodBytes.size() / 2 + 100)); }, "truncated"},
        {"truncated-page.db", [&](const QString &p) { cdtest::writeFile(p, goodBytes.left(goodBytes.size() - 4096)); }, "truncated"},
        {"corrupt.db", [&](const QString &p) {
             QByteArray b = goodBytes;
             for (int i = 4096 * 3; i < 4096 * 3 + 3000; ++i) b[i] = char(0xA5);
             cdtest::writeFile(p, b);
         }, "damaged"},
        {"newer.db", [&](const QString &p) {
             QByteArray b = goodBytes;
             b[60] = 0; b[61] = 0; b[62] = 0; b[63] = 99; // user_version 99
             cdtest::writeFile(p, b);
         }, "newer version"},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name));
        c.make(path);
        const QByteArray before = cdtest::fileBytes(path);
        QString message;
        CHECK(openFailure(path, Database::Access::ReadWrite, &message) == Failure::Kind::Storage);
        CHECK(message.contains(QString::fromLatin1(c.needle)));
        CHECK(message.contains(QDir::toNativeSeparators(path)));
        CHECK(openFailure(path, Database::Access::ReadOnly) == Failure::Kind::Storage);
        CHECK(cdtest::fileBytes(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    CHECK(openFailure(dir.filePath(QStringLiteral("missing.db"))) == Failure::Kind::Storage);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    // A folder (the clerk chose the folder that holds her file): said so, and nothing made in it.
    const QString folder = dir.filePath(QStringLiteral("数据.db"));
    QDir().mkdir(folder);
    QString message;
    CHECK(openFailure(folder, Database::Access::ReadWrite, &message) == Failure::Kind::Storage);
    CHECK(message.contains(QStringLiteral("it is a folder, not a data file")));
    CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

TEST_CASE("a second writer is locked out; readers are not", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    auto first = cdtest::initialisedFile(path);
    QString message;
    CHECK(openFailure(path, Database::Access::ReadWrite, &message) == Failure::Kind::Storage);
    CHECK(message.contains(QStringLiteral("another")));
    auto reader = Database::open(path, Database::Access::ReadOnly);
    CHECK(reader->isReadOnly());
    first.reset();
    auto second = Database::open(path); // the lock went with the first writer
    CHECK_FALSE(second->isReadOnly());
}

TEST_CASE("backup makes a consistent, checked copy of a live file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    auto db = cdtest::initialisedFile(path);
    QList<Unit> units(3);
    for (int i = 0; i < 3; ++i) {
        units[i].name = QStringLiteral("南关区婚姻登记处%1").arg(i);
        units[i].regionId = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
        units[i].typeId = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '婚姻登记处'")).toInt();
    }
    UnitRepository(*db).insert(units);
    const QString out = dir.filePath(QStringLiteral("备份/2014年备份.db"));
    db->backupTo(out);
    // Backing up over an older backup replaces it.
    db->backupTo(out);
    auto copy = Database::open(out, Database::Access::ReadOnly);
    CHECK(UnitRepository(*copy).count() == 3);
    CHECK(copy->check().isEmpty());
    CHECK(QDir(dir.filePath(QStringLiteral("备份"))).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left
    CHECK_THROWS_AS(db->backupTo(path), Failure);
}

TEST_CASE("a backup through a connection of its own is of one moment: writes meanwhile neither restart it nor reach the copy",
          "[storage][backup]")
{
    // The day's automatic backup and `campaigndesk-cli backup` copy a file another connection keeps writing. SQLite's
    // backup starts again from the first page whenever another connection wrote between two of its steps: a clerk
    // saving every few seconds would keep a large file's backup from ever ending.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    auto db = cdtest::initialisedFile(path);
    const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '婚姻登记处'")).toInt();
    const auto some = [&](int count, int from) {
        QList<Unit> units(count);
        for (int i = 0; i < count; ++i) {
            units[i].name = QStringLiteral("南关区婚姻登记处第%1窗口").arg(from + i);
            units[i].regionId = region;
            units[i].typeId = type;
            units[i].address = QStringLiteral("长春市南关区人民大街%1号").arg(from + i);
        }
        return units;
    };
    QList<Unit> first = some(20000, 0);
    UnitRepository(*db).insert(first);
    const QString out = dir.filePath(QStringLiteral("备份.db"));
    auto reader = Database::openReader(path);
    QList<qint64> copied;
    int written = 0;
    reader->backupTo(out, [&](qint64 done, qint64 total) {
        if (total > 0) {
            copied << done;
            if (written < 3) { // the clerk saves while the copy is made
                QList<Unit> more = some(200, 20000 + 200 * written++);
                UnitRepository(*db).insert(more);
            }
        }
        return true;
    });
    REQUIRE(written == 3);
    REQUIRE(copied.size() >= 3);
    for (qsizetype i = 1; i < copied.size(); ++i)
        CHECK(copied[i] > copied[i - 1]); // never back to the first page
    auto copy = Database::open(out, Database::Access::ReadOnly);
    CHECK(UnitRepository(*copy).count() == 20000); // the file as it was when the backup began
    CHECK(copy->check().isEmpty());
    CHECK(UnitRepository(*db).count() == 20600); // and every write of the meantime kept in the file
}

TEST_CASE("backup reports its progress page by page and can be cancelled at any step, leaving nothing behind", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.db"));
    auto db = cdtest::initialisedFile(path);
    const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '婚姻登记处'")).toInt();
    QList<Unit> units(20000);
    for (int i = 0; i < units.size(); ++i) {
        units[i].name = QStringLiteral("南关区婚姻登记处第%1窗口").arg(i);
        units[i].regionId = region;
        units[i].typeId = type;
        units[i].address = QStringLiteral("长春市南关区人民大街%1号").arg(i);
    }
    UnitRepository(*db).insert(units);
    const QString out = dir.filePath(QStringLiteral("备份.db"));
    const auto leftovers = [&] {
        QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("live.db"));
        names.removeAll(QStringLiteral("live.db-wal"));
        names.removeAll(QStringLiteral("live.db-shm"));
        names.removeAll(QFileInfo(Database::lockPathFor(path)).fileName());
        return names;
    };

    SECTION("the pages are counted up to the whole file, then the copy is checked")
    {
        QList<std::pair<qint64, qint64>> heard;
        db->backupTo(out, [&](qint64 done, qint64 total) {
            heard.append({done, total});
            return true;
        });
        qsizetype copying = 0;
        while (copying < heard.size() && heard[copying].second > 0)
            ++copying;
        REQUIRE(copying >= 3); // 1 MB a step: the file has more than 3 MB
        const qint64 pages = heard.first().second;
        CHECK(pages == sql::scalar(db->connection(), QStringLiteral("PRAGMA page_count")).toLongLong());
        for (qsizetype i = 0; i < copying; ++i) {
            CHECK(heard[i].second == pages);
            CHECK(heard[i].first == std::min<qint64>(pages, 256 * (i + 1)));
        }
        for (qsizetype i = copying; i < heard.size(); ++i) // while checking: nothing to measure
            CHECK(heard[i] == std::pair<qint64, qint64>(0, 0));
        // The copy is whole, sound and one self-contained file: a rollback journal, as VACUUM INTO's copy was.
        auto copy = Database::open(out, Database::Access::ReadOnly);
        CHECK(UnitRepository(*copy).count() == 20000);
        CHECK(copy->check().isEmpty());
        QFile header(out);
        REQUIRE(header.open(QIODevice::ReadOnly));
        CHECK(header.read(20).mid(18, 2) == QByteArray("\x01\x01", 2));
        CHECK(leftovers() == QStringList{QStringLiteral("备份.db")});
    }
    SECTION("Cancel while the pages are copied, or while the copy is checked, writes nothing")
    {
        cdtest::writeFile(out, QByteArray("the backup of last week"));
        for (const bool whileChecking : {false, true}) {
            int calls = 0;
            QString message;
            try {
                db->backupTo(out, [&](qint64, qint64 total) {
                    ++calls;
                    return whileChecking ? total > 0 : calls < 2;
                });
                FAIL("the backup ran to its end");
            } catch (const Failure &f) {
                CHECK(f.kind() == Failure::Kind::Input);
                message = f.message();
            }
            CHECK(message == QStringLiteral("The backup was cancelled; nothing was written."));
            CHECK(calls >= 2);
            // The older backup is as it was, and no temporary is left.
            QFile old(out);
            REQUIRE(old.open(QIODevice::ReadOnly));
            CHECK(old.readAll() == QByteArray("the backup of last week"));
            CHECK(leftovers() == QStringList{QStringLiteral("备份.db")});
        }
        // The live file is untouched and the next backup runs whole.
        CHECK(db->check().isEmpty());
        db->backupTo(out);
        CHECK(UnitRepository(*Database::open(out, Database::Access::ReadOnly)).count() == 20000);
    }
}

TEST_CASE("check finds broken references", "[storage]")
{
    auto db = cdtest::initialisedMemory();
    CHECK(db->check().isEmpty());
    sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    sql::exec(db->connection(), QStringLiteral("INSERT INTO units(name, region_id, type_id) VALUES ('孤儿单位', 99999, 1)"));
    const QStringList problems = db->check();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("units")));
}

TEST_CASE("every column that refers to a unit leads an index, so removing a unit looks each table up by it", "[storage]")
{
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("f.db")));
    QSqlDatabase c = db->connection();
    QStringList tables;
    for (QSqlQuery q = cd::sql::run(c, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"), {}); q.next();)
        tables << q.value(0).toString();
    int references = 0;
    QStringList unindexed;
    for (const QString &table : tables) {
        QSqlQuery fk = cd::sql::run(c, QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = 'units'"), {table});
        while (fk.next()) {
            ++references;
            const QString column = fk.value(0).toString();
            // An index (or the primary key) whose first column is this one.
            const int leading = cd::sql::scalar(c, QStringLiteral("SELECT count(*) FROM pragma_index_list(?) l, pragma_index_info(l.name) i "
                                                                  "WHERE i.seqno = 0 AND i.name = ?"),
                                                {table, column})
                                    .toInt();
            if (!leading)
                unindexed << table + QLatin1Char('.') + column;
        }
    }
    CHECK(references >= 11); // veto events, surveys, prerequisites, namings, reviews, assessors, scores, … (schema 1–3)
    CHECK(unindexed.join(QStringLiteral(", ")).toStdString() == "");
    // And SQLite uses it: the scores of one unit are searched, not scanned.
    QString plan;
    for (QSqlQuery q = cd::sql::run(c, QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM scores WHERE unit_id = 5"), {}); q.next();)
        plan += q.value(3).toString();
    CHECK(plan.contains(QStringLiteral("SEARCH")));
}

TEST_CASE("every table a page shows is named as a kind of change, with unit ids where its rows are a unit's", "[storage][changes]")
{
    // A server's feed names the table a statement touched (storage/changefeed.h); the pages read again only the kinds
    // they show. A table left out would be Other, and the page showing it would never follow another clerk's change.
    QTemporaryDir dir;
    auto db = cdtest::initialisedFile(dir.filePath(QStringLiteral("f.db")));
    QSqlDatabase c = db->connection();
    const QStringList bookkeeping = {QStringLiteral("meta"), QStringLiteral("settings")};
    QStringList unnamed, unitIdsMissed;
    for (QSqlQuery q = cd::sql::run(c, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"), {}); q.next();) {
        const QString table = q.value(0).toString();
        const cd::TableChange change = cd::changeOfTable(table);
        if (change.what == cd::Changes(cd::Change::Other) && !bookkeeping.contains(table) && !table.startsWith(QLatin1String("exchange_")))
            unnamed << table;
        // The feed sends a row's unit_id when it has one: then the ids are units, and a grid reads those rows alone.
        const bool hasUnit = cd::sql::scalar(c, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'unit_id'"), {table}).toInt() > 0;
        if (hasUnit && table != QLatin1String("assessors") && table != QLatin1String("audit_log") && !table.startsWith(QLatin1String("exchange_"))
            && !change.unitIds)
            unitIdsMissed << table;
    }
    CHECK(unnamed.join(QStringLiteral(", ")).toStdString() == "");
    CHECK(unitIdsMissed.join(QStringLiteral(", ")).toStdString() == "");
    CHECK(cd::changeOfTable(u"scores").what == cd::Changes(cd::Change::Scores));
    CHECK(cd::changeOfTable(u"units").unitIds);
    CHECK_FALSE(cd::changeOfTable(u"recommendations").unitIds); // its ids are its own rows'
    CHECK(cd::changeOfTable(u"settings").what == cd::Changes(cd::Change::Other));
}

