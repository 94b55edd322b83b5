// The day's automatic backup of a data file (services/autobackup.h): a checked copy and its attached files in a
// folder beside the file, once a day, the newest kept; a backup that fails or is stopped leaves nothing of its day
// and removes nothing older.
#include "catch.h"
#include "testutil.h"

#include "services/autobackup.h"
#include "services/recordservice.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <filesystem>

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {

struct BackupFixture
{
    QTemporaryDir tmp;
    QString folder; // a clerk's folder with Chinese characters, as on Windows
    QString path;
    std::unique_ptr<Database> db;
    Attachment photo;

    BackupFixture()
    {
        folder = tmp.filePath(u("张伟/文档"));
        QDir().mkpath(folder);
        path = QDir(folder).filePath(u("吉林省文明窗口.db"));
        db = cdtest::initialisedFile(path);
        addUnit(u("南关区救助站"));
        const QString file = QDir(folder).filePath(u("技能测试照片.png"));
        cdtest::writeFile(file, QByteArray("\x89PNG photo of 技能测试"));
        photo = RecordService(*db).attachments().store(file);
    }
    void addUnit(const QString &name)
    {
        const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
        const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
        QList<Unit> list{Unit{0, name, region, type, {}, {}, {}, {}, {}, {}}};
        UnitRepository(*db).insert(list);
    }
    QString backups() const { return QDir(folder).filePath(u("吉林省文明窗口.backups")); }
};

QStringList unitNames(const QString &file)
{
    auto copy = Database::open(file, Database::Access::ReadOnly);
    QStringList names;
    for (const auto &r : UnitRepository(*copy).rows())
        names << r.name;
    return names;
}

QStringList fileNames(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QFileInfo(p).fileName();
    return out;
}

} // namespace

TEST_CASE("the day's automatic backup is a checked copy of the file and its attached files, in a folder beside it", "[storage][autobackup]")
{
    BackupFixture f;
    CHECK(autobackup::folderFor(f.path) == f.backups());
    CHECK(autobackup::isDue(f.path, d("2014-11-20")));

    const QString copy = autobackup::make(f.path, d("2014-11-20"), 7);
    CHECK(copy == QDir(f.backups()).filePath(u("吉林省文明窗口-20141120.db")));
    CHECK(unitNames(copy) == QStringList{u("南关区救助站")});
    CHECK(Database::open(copy, Database::Access::ReadOnly)->check().isEmpty());
    // Its attached files beside it, as a restore expects them, the same bytes; on one disk a second name of the
    // stored file, not another copy of it.
    const AttachmentStore files(AttachmentStore::rootFor(copy));
    CHECK(QFileInfo(files.root()).fileName() == u("吉林省文明窗口-20141120.files"));
    REQUIRE(files.has(f.photo));
    CHECK(cdtest::fileBytes(files.storedPath(f.photo.sha256)) == QByteArray("\x89PNG photo of 技能测试"));
    {
        // A second name of the same file: what is written through one is read through the other.
        QFile same(files.storedPath(f.photo.sha256));
        REQUIRE(same.open(QIODevice::Append));
        same.write("+");
        same.close();
        CHECK(cdtest::fileBytes(RecordService(*f.db).attachments().storedPath(f.photo.sha256)) == QByteArray("\x89PNG photo of 技能测试+"));
        same.resize(same.size() - 1);
    }

    // Once a day: the day's copy stays the state of its first opening; the next day is due.
    CHECK_FALSE(autobackup::isDue(f.path, d("2014-11-20")));
    f.addUnit(u("朝阳区救助站"));
    CHECK(autobackup::make(f.path, d("2014-11-20"), 7) == copy);
    CHECK(unitNames(copy) == QStringList{u("南关区救助站")});
    CHECK(autobackup::isDue(f.path, d("2014-11-21")));
    const QString next = autobackup::make(f.path, d("2014-11-21"), 7);
    CHECK(unitNames(next) == QStringList({u("南关区救助站"), u("朝阳区救助站")}));
    CHECK(fileNames(autobackup::existing(f.path)) == QStringList({u("吉林省文明窗口-20141121.db"), u("吉林省文明窗口-20141120.db")}));
}

TEST_CASE("only the newest automatic backups are kept, and nothing else in their folder is touched", "[storage][autobackup]")
{
    BackupFixture f;
    QDir().mkpath(f.backups());
    // What is not a copy of this file by its name: kept whatever its age.
    const QStringList others = {u("说明.txt"), u("其他文件-20141101.db"), u("吉林省文明窗口-2014110.db"), u("吉林省文明窗口-20141301.db"),
                                u("吉林省文明窗口-20141101.db.bak")};
    for (const QString &name : others)
        cdtest::writeFile(QDir(f.backups()).filePath(name), "not ours");
    // Days out of order (the clock was put back once): the newest by date are kept, not the newest made.
    const struct
    {
        const char *day;
        int keep;
        QStringList kept;
    } steps[] = {
        {"2014-11-17", 3, {u("吉林省文明窗口-20141117.db")}},
        {"2014-11-19", 3, {u("吉林省文明窗口-20141119.db"), u("吉林省文明窗口-20141117.db")}},
        {"2014-11-18", 3, {u("吉林省文明窗口-20141119.db"), u("吉林省文明窗口-20141118.db"), u("吉林省文明窗口-20141117.db")}},
        {"2014-11-20", 3, {u("吉林省文明窗口-20141120.db"), u("吉林省文明窗口-20141119.db"), u("吉林省文明窗口-20141118.db")}},
        {"2014-11-24", 2, {u("吉林省文明窗口-20141124.db"), u("吉林省文明窗口-20141120.db")}},
        {"2014-11-25", 0, {u("吉林省文明窗口-20141125.db")}}, // at least one is always kept
    };
    for (const auto &step : steps) {
        INFO(step.day);
        autobackup::make(f.path, d(step.day), step.keep);
        CHECK(fileNames(autobackup::existing(f.path)) == step.kept);
        for (const QString &name : others)
            CHECK(cdtest::fileBytes(QDir(f.backups()).filePath(name)) == "not ours");
    }
    // A removed copy's attached files went with it.
    QStringList folders = QDir(f.backups()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    CHECK(folders == QStringList{u("吉林省文明窗口-20141125.files")});
    CHECK(QFileInfo::exists(f.path)); // the data file itself is never among them
}

TEST_CASE("an automatic backup that cannot be made says why, leaves nothing of its day and removes nothing older", "[storage][autobackup]")
{
    BackupFixture f;
    autobackup::make(f.path, d("2014-11-18"), 1);
    autobackup::make(f.path, d("2014-11-19"), 2);
    const QStringList before = fileNames(autobackup::existing(f.path));
    REQUIRE(before.size() == 2);

    SECTION("the day's folder for attached files cannot be made")
    {
        // A file where the day's folder of attached files should go (a name taken on the disk).
        cdtest::writeFile(AttachmentStore::rootFor(autobackup::fileFor(f.path, d("2014-11-20"))), "in the way");
        try {
            autobackup::make(f.path, d("2014-11-20"), 1);
            FAIL("a backup was made where its folder cannot be");
        } catch (const Failure &e) {
            CHECK(e.kind() == Failure::Kind::Storage);
            CHECK(e.message().contains(QDir::toNativeSeparators(u("吉林省文明窗口-20141120.files"))));
        }
    }
    SECTION("the backups' folder cannot be made")
    {
        QDir(f.backups()).removeRecursively();
        cdtest::writeFile(f.backups(), "in the way");
        try {
            autobackup::make(f.path, d("2014-11-20"), 1);
            FAIL("a backup was made where its folder cannot be");
        } catch (const Failure &e) {
            CHECK(e.kind() == Failure::Kind::Storage);
            CHECK(e.message().contains(QDir::toNativeSeparators(f.backups())));
        }
        CHECK(cdtest::fileBytes(f.backups()) == "in the way");
        return;
    }
    SECTION("stopped (the window closed) while the file was copied")
    {
        int calls = 0;
        CHECK_THROWS_AS(autobackup::make(f.path, d("2014-11-20"), 1, [&](qint64, qint64) { return ++calls < 2; }), Failure);
        CHECK(calls >= 2);
        CHECK_FALSE(QFileInfo::exists(AttachmentStore::rootFor(autobackup::fileFor(f.path, d("2014-11-20")))));
    }
    CHECK_FALSE(QFileInfo::exists(autobackup::fileFor(f.path, d("2014-11-20"))));
    CHECK(autobackup::isDue(f.path, d("2014-11-20")));
    CHECK(fileNames(autobackup::existing(f.path)) == before);
    const QStringList leftovers = QDir(f.backups()).entryList({QStringLiteral("*part*")}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
}
