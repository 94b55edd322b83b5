// Migrations run forward from a file made by the version before, after a backup, in one transaction each.
#include "catch.h"
#include "testutil.h"

#include "storage/database.h"
#include "storage/fileprobe.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cd;

namespace {
// A data file exactly as schema version 1 left it: migration 0001 only, with one unit in it.
void makeVersion1(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
        QFile f(QStringLiteral(":/sql/0001_initial.sql"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QString script;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                script += line + QLatin1Char('\n');
        for (const QString &st : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts))
            if (!st.trimmed().isEmpty())
                REQUIRE(q.exec(st));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES ('application', 'CampaignDesk'), ('schema_version', '1')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO regions(id, code, name, full_name, level) VALUES (1, '220000', '吉林省', '吉林省', 1)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO unit_categories(id, name) VALUES (1, '专项社会事务服务')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO unit_types(id, category_id, name) VALUES (1, 1, '婚姻登记处')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO units(name, region_id, type_id) VALUES ('省婚姻登记处', 1, 1)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}
} // namespace

TEST_CASE("a version 1 file migrates to the current schema after a backup, keeping its data", "[storage][migration]")
{
    REQUIRE(Database::latestSchemaVersion() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("旧版.db"));
    makeVersion1(path);
    REQUIRE(probeDataFile(path, Database::latestSchemaVersion()).schemaVersion == 1);
    const QByteArray v1 = cdtest::fileBytes(path);
    {
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT name FROM units")).toString() == QStringLiteral("省婚姻登记处"));
        CHECK(db->connection().tables().contains(QStringLiteral("scores")));
        CHECK(db->check().isEmpty());
        // The audit trail refuses changes (migration 0002's triggers).
        sql::exec(db->connection(), QStringLiteral("INSERT INTO audit_log(at, operator, action) VALUES ('2014-01-01', 'x', 'y')"));
        CHECK_THROWS_AS(sql::exec(db->connection(), QStringLiteral("DELETE FROM audit_log")), Failure);
        CHECK_THROWS_AS(sql::exec(db->connection(), QStringLiteral("UPDATE audit_log SET operator = 'z'")), Failure);
    }
    // The backup taken before migrating is the version 1 file, byte for byte.
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("旧版.db.v1-*.bak")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString backup = dir.filePath(backups.first());
    CHECK(probeDataFile(backup, Database::latestSchemaVersion()).schemaVersion == 1);
    {
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
        b.setDatabaseName(backup);
        REQUIRE(b.open());
        QSqlQuery q(b);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM units")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK_FALSE(b.tables().contains(QStringLiteral("scores")));
        q.finish();
        b.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bak"));
    // Read-only access never migrates: an old file is refused and left alone.
    const QString another = dir.filePath(QStringLiteral("another.db"));
    cdtest::writeFile(another, v1);
    CHECK_THROWS_AS(Database::open(another, Database::Access::ReadOnly), Failure);
    CHECK(cdtest::fileBytes(another) == v1);
}

namespace {
// Every row of every table of a file, as text, keyed by table; columns in the file's own order.
struct Snapshot
{
    QMap<QString, QStringList> columns;
    QMap<QString, QList<QStringList>> rows;
};

Snapshot snapshot(const QString &path, const QMap<QString, QStringList> &only = {})
{
    Snapshot s;
    const QString name = QStringLiteral("snap-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QStringList tables;
        {
            QSqlQuery t(db);
            REQUIRE(t.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
            while (t.next())
                tables << t.value(0).toString();
        }
        for (const QString &table : tables) {
            if (!only.isEmpty() && !only.contains(table))
                continue;
            QStringList cols = only.value(table);
            if (cols.isEmpty()) {
                QSqlQuery c(db);
                REQUIRE(c.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)));
                while (c.next())
                    cols << c.value(0).toString();
            }
            s.columns.insert(table, cols);
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY rowid").arg(cols.join(QStringLiteral(", ")), table)));
            QList<QStringList> rows;
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < cols.size(); ++i)
                    row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                rows << row;
            }
            s.rows.insert(table, rows);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}
} // namespace

TEST_CASE("a file made by each past version migrates to today's schema with every row kept", "[storage][migration]")
{
    // tests/fixtures/schema-vN.db were written by the program as it was at schema N (make-fixtures.sh); a new
    // migration needs its own fixture, or this test fails.
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        INFO("schema version " << version);
        const QString fixture = QStringLiteral(CD_FIXTURES_DIR "/schema-v%1.db").arg(version);
        REQUIRE(QFile::exists(fixture));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("旧版 v%1.db").arg(version));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        REQUIRE(probeDataFile(path, Database::latestSchemaVersion()).schemaVersion == version);
        const Snapshot before = snapshot(path);
        REQUIRE(before.rows.value(QStringLiteral("units")).size() > 0);
        {
            auto db = Database::open(path);
            CHECK(db->schemaVersion() == Database::latestSchemaVersion());
            CHECK(db->check().isEmpty());
        }
        const Snapshot after = snapshot(path, before.columns);
        for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
            INFO("table " << it.key().toStdString());
            if (it.key() == QLatin1String("meta")) // its schema_version row moves on, by design
                continue;
            REQUIRE(after.rows.contains(it.key()));
            CHECK(after.rows.value(it.key()) == it.value());
        }
        // The data the old version wrote is all still read by today's program.
        CHECK(sql::scalar(Database::open(path, Database::Access::ReadOnly)->connection(), QStringLiteral("SELECT count(*) FROM units")).toInt()
              == before.rows.value(QStringLiteral("units")).size());
    }
}
