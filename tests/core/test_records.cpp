// Records kept between appraisals (DOMAIN.md §4, §8): evidence files stored by hash beside the data file,
// 创建台账 activities, veto evidence, surveys, prerequisites, 示范点 and the office's own round calendar.
// Each refusal names what is wrong and leaves the data as it was.
#include "catch.h"
#include "testutil.h"

#include "services/campaignservice.h"
#include "services/recordservice.h"
#include "services/unitnames.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/searchrepository.h"
#include "storage/sql.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace cd;
using cdtest::d;
using cdtest::u;

namespace {

struct FileFixture
{
    QTemporaryDir tmp;
    QString folder; // a Windows-style user folder with Chinese characters (issue 6)
    std::unique_ptr<Database> db;
    int unit = 0;

    FileFixture()
    {
        folder = tmp.filePath(u("张伟/文档"));
        QDir().mkpath(folder);
        db = cdtest::initialisedFile(QDir(folder).filePath(u("吉林省文明窗口.db")));
        const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
        const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
        QList<Unit> list{Unit{0, u("南关区救助站"), region, type, {}, {}, {}, {}, {}, {}}};
        UnitRepository(*db).insert(list);
        unit = list[0].id;
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString p = QDir(folder).filePath(name);
        cdtest::writeFile(p, bytes);
        return p;
    }
};

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("attachments are copied beside the data file and stored by their SHA-256", "[records][attachments]")
{
    FileFixture f;
    RecordService rec(*f.db);
    const AttachmentStore store = rec.attachments();
    CHECK(QFileInfo(store.root()).fileName() == u("吉林省文明窗口.files"));
    CHECK(QFileInfo(store.root()).absolutePath() == QFileInfo(f.folder).absoluteFilePath());

    const QByteArray photo("\x89PNG fake photo of 技能测试", 28);
    const Attachment a = store.store(f.file(u("2014年技能测试照片.png"), photo));
    CHECK(a.sha256 == sha(photo));
    CHECK(a.fileName == u("2014年技能测试照片.png"));
    CHECK(a.size == photo.size());
    CHECK(cdtest::fileBytes(store.storedPath(a.sha256)) == photo);
    CHECK(store.has(a));

    // The same content under another name is kept once.
    const Attachment again = store.store(f.file(u("副本.png"), photo));
    CHECK(again.sha256 == a.sha256);
    CHECK(QDir(QFileInfo(store.storedPath(a.sha256)).absolutePath()).entryList(QDir::Files).size() == 1);

    // Opening gives a copy with the clerk's name and the same bytes; the stored file is not handed out.
    const QString copy = store.openableCopy(a);
    CHECK(QFileInfo(copy).fileName() == a.fileName);
    CHECK(cdtest::fileBytes(copy) == photo);
    CHECK(copy != store.storedPath(a.sha256));
}

TEST_CASE("a missing or damaged attachment is reported by name, never a crash", "[records][attachments]")
{
    FileFixture f;
    const AttachmentStore store = RecordService(*f.db).attachments();
    const Attachment a = store.store(f.file(u("座谈会纪要.docx"), "minutes"));
    const Attachment b = store.store(f.file(u("回访记录.pdf"), "visits"));

    QFile::remove(store.storedPath(a.sha256));
    CHECK_FALSE(store.has(a));
    try {
        store.openableCopy(a);
        FAIL("a missing attachment was opened");
    } catch (const Failure &e) {
        CHECK(e.kind() == Failure::Kind::Input);
        CHECK(e.message().contains(u("座谈会纪要.docx")));
        CHECK(e.message().contains(QStringLiteral("missing")));
    }

    QFile::setPermissions(store.storedPath(b.sha256), QFile::ReadOwner | QFile::WriteOwner);
    cdtest::writeFile(store.storedPath(b.sha256), "VISITS"); // same size, other bytes
    CHECK_THROWS_AS(store.openableCopy(b), Failure);

    CHECK_THROWS_AS(store.store(QDir(f.folder).filePath(u("不存在.pdf"))), Failure);
}

TEST_CASE("创建台账: activities with participants and attached files, saved, listed, removed and restored", "[records][ledger]")
{
    // DOMAIN.md §8 (seed 000 §五(二); seed 001 §三2 建档): date, kind, description, participants, attached files.
    FileFixture f;
    RecordService rec(*f.db);
    const AttachmentStore store = rec.attachments();
    Activity a;
    a.unitId = f.unit;
    a.date = d("2014-05-20");
    a.kind = u("技能测试");
    a.participants = 36;
    a.description = u("窗口人员业务技能测试");
    a.attachments << store.store(f.file(u("成绩单.xlsx"), "scores")) << store.store(f.file(u("照片.jpg"), "photo"));
    a.id = rec.activity.saveActivity(a);
    REQUIRE(a.id > 0);

    auto listed = rec.activity.activities(f.unit);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].kind == u("技能测试"));
    CHECK(listed[0].participants == 36);
    REQUIRE(listed[0].attachments.size() == 2);
    CHECK(listed[0].attachments[0].fileName == u("成绩单.xlsx"));

    // Removing drops the attachment rows with it; the stored files stay, so an undo finds them again.
    rec.activity.removeActivity(a.id);
    CHECK(rec.activity.activities().isEmpty());
    CHECK(sql::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM attachments")).toInt() == 0);
    CHECK(store.has(a.attachments[0]));
    CHECK(rec.activity.saveActivity(a) == a.id); // restored under its id
    CHECK(rec.activity.activities(f.unit)[0].attachments.size() == 2);

    struct Bad
    {
        const char *what;
        Activity activity;
    };
    Activity noDate = a, noKind = a, negative = a, noUnit = a, unstored = a;
    noDate.date = {};
    noKind.kind = QStringLiteral("  ");
    negative.participants = -1;
    noUnit.unitId = 999;
    unstored.attachments = {Attachment{0, QStringLiteral("abc"), u("x.pdf"), 1}};
    for (const Bad &bad : {Bad{"no date", noDate}, Bad{"no kind", noKind}, Bad{"negative participants", negative},
                           Bad{"unknown unit", noUnit}, Bad{"attachment not stored", unstored}}) {
        INFO(bad.what);
        CHECK_THROWS_AS(rec.activity.saveActivity(bad.activity), Failure);
    }
    CHECK(rec.activity.activities(f.unit)[0].date == d("2014-05-20"));
}

TEST_CASE("a page's records at a million units: every unit's name held in one block, a kind's text shared by its rows",
          "[records][large]")
{
    FileFixture f;
    const int region = sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220104'")).toInt();
    const int type = sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '殡仪馆'")).toInt();
    // Names of every length, one outside the Basic Multilingual Plane (a surrogate pair), one of 60 characters.
    const QStringList names{u("朝阳区殡仪馆"), u("𠀋"), u("一").repeated(60), QStringLiteral("A"), u("ABC服务中心"), u("南关区救助站")};
    QList<Unit> list;
    for (const auto &n : names)
        list << Unit{0, n, region, type, {}, {}, {}, {}, {}, {}};
    UnitRepository(*f.db).insert(list);
    UnitRepository(*f.db).remove({list[3].id}); // a gap in the ids

    const UnitNames held = UnitNames::read(*f.db);
    CHECK(held.size() == 6);
    CHECK(held.name(f.unit) == u("南关区救助站"));
    for (int i : {0, 1, 2, 4, 5})
        CHECK(held.name(list[i].id) == names[i]);
    CHECK(held.name(list[3].id).isEmpty());
    CHECK_FALSE(held.contains(list[3].id));
    CHECK(held.name(0).isEmpty());
    CHECK(held.name(list[5].id + 1000).isEmpty());

    // The unit field's search: part of a name, letters in either case, never a match running across two names.
    struct Find
    {
        QString text;
        int limit;
        QList<int> ids;
    };
    for (const Find &c : {Find{u("殡仪"), 50, {list[0].id}}, Find{u("救助站"), 50, {f.unit, list[5].id}},
                          Find{u("救助站"), 1, {f.unit}}, Find{QStringLiteral("abc"), 50, {list[4].id}},
                          Find{u("𠀋"), 50, {list[1].id}}, Find{u("馆𠀋"), 50, {}}, Find{u("一一一"), 50, {list[2].id}},
                          Find{u("中心南关"), 50, {}}, Find{QString(), 50, {}}}) {
        INFO(c.text.toStdString() << " at most " << c.limit);
        CHECK(held.find(c.text, c.limit) == c.ids);
    }
    // A name typed out: two units of that name in two regions are both named, a part of a name names none.
    CHECK(held.named(u("南关区救助站")) == QList<int>{f.unit, list[5].id});
    CHECK(held.named(u("朝阳区殡仪馆")) == QList<int>{list[0].id});
    CHECK(held.named(u("朝阳区")).isEmpty());
    CHECK(held.named(u("殡仪馆")).isEmpty());
    CHECK(held.named(QStringLiteral("abc服务中心")).isEmpty());

    // Three units' 领导小组 (seed 000 §三): one text for the three rows.
    RecordService rec(*f.db);
    for (int unit : {f.unit, list[0].id, list[1].id})
        rec.prereq.setPrerequisite({unit, 2014, QStringLiteral("leading-group"), d("2014-04-01"), {}, SetVersion::Unchecked});
    rec.prereq.setPrerequisite({list[2].id, 2014, QStringLiteral("standards-published"), d("2014-04-02"), u("文件"), SetVersion::Unchecked});
    const auto prerequisites = rec.prereq.prerequisites(2014);
    REQUIRE(prerequisites.size() == 4);
    QSet<const QChar *> texts;
    for (const auto &p : prerequisites)
        texts << p.kind.constData();
    CHECK(texts.size() == 2);

    // Activities: the kinds shared, each keeps its own files and its "not recorded" participants.
    const AttachmentStore store = rec.attachments();
    Activity a;
    a.unitId = f.unit;
    a.date = d("2014-05-20");
    a.kind = u("座谈会");
    a.description = u("窗口服务座谈");
    a.id = rec.activity.saveActivity(a);
    a.id = 0;
    a.unitId = list[0].id;
    a.participants = 8;
    a.attachments << store.store(f.file(u("签到表.pdf"), "sheet"));
    a.id = rec.activity.saveActivity(a);
    const auto activities = rec.activity.activities();
    REQUIRE(activities.size() == 2);
    CHECK(activities[0].kind.constData() == activities[1].kind.constData());
    CHECK_FALSE(activities[0].participants.has_value());
    CHECK(activities[0].attachments.isEmpty());
    CHECK(activities[1].participants == 8);
    REQUIRE(activities[1].attachments.size() == 1);
    CHECK(activities[1].attachments[0].fileName == u("签到表.pdf"));

    // The 创建台账 list holds them compactly (32 bytes a row and the descriptions in one text): every field as saved,
    // in date order, whatever the description (empty, a surrogate pair, a line break, 70,000 characters).
    const QStringList descriptions{QString(), u("𠀋回访\n第二行"), u("长").repeated(70000)};
    const QList<QDate> dates{d("2014-03-01"), d("2016-09-30"), d("2015-01-02")};
    for (int i = 0; i < 3; ++i) {
        Activity b;
        b.unitId = list[2].id;
        b.date = dates[i];
        b.kind = i == 1 ? u("学雷锋志愿服务") : u("座谈会");
        b.participants = i == 2 ? std::optional<int>(0) : std::nullopt;
        b.description = descriptions[i];
        rec.activity.saveActivity(b);
    }
    const ActivityTable table = rec.activity.activityTable();
    const auto all = rec.activity.activities();
    REQUIRE(table.size() == 5);
    REQUIRE(all.size() == 5);
    const QList<QDate> order{d("2014-03-01"), d("2014-05-20"), d("2014-05-20"), d("2015-01-02"), d("2016-09-30")};
    for (int row = 0; row < 5; ++row) {
        INFO("row " << row);
        CHECK(table.date(row) == order[row]);
        const Activity whole = table.at(row);
        CHECK(whole.id == all[row].id);
        CHECK(whole.unitId == all[row].unitId);
        CHECK(whole.date == all[row].date);
        CHECK(whole.kind == all[row].kind);
        CHECK(whole.participants == all[row].participants);
        CHECK(whole.description == all[row].description);
        CHECK(whole.version == all[row].version);
        CHECK(whole.attachments.size() == table.attachmentCount(row));
    }
    CHECK(table.description(0).isEmpty());
    CHECK(table.participants(0) == std::nullopt);
    CHECK(table.description(3).size() == 70000);
    CHECK(table.participants(3) == 0);
    CHECK(table.description(4) == u("𠀋回访\n第二行"));
    CHECK(table.kind(4) == u("学雷锋志愿服务"));
    CHECK(table.unitId(2) == list[0].id);
    CHECK(table.attachments(2).value(0).fileName == u("签到表.pdf"));
    CHECK(&table.kind(0) == &table.kind(3)); // one text for a kind's rows
}

TEST_CASE("veto events keep their evidence files", "[records][veto]")
{
    FileFixture f;
    RecordService rec(*f.db);
    const Attachment report = rec.attachments().store(f.file(u("事故调查报告.pdf"), "report"));
    // DOMAIN.md §5: 安全责任事故 is one of the seed's four veto kinds (seed 000 §四).
    VetoEvent e{0, f.unit, u("安全责任事故"), d("2014-03-02"), u("火灾"), {report}};
    const int id = rec.veto.addVeto(e);
    REQUIRE(rec.veto.vetoEvents().size() == 1);
    REQUIRE(rec.veto.vetoEvents()[0].evidence.size() == 1);
    CHECK(rec.veto.vetoEvents()[0].evidence[0].sha256 == report.sha256);
    rec.veto.setVetoEvidence(id, {});
    CHECK(rec.veto.vetoEvents()[0].evidence.isEmpty());
    CHECK_THROWS_AS(rec.veto.setVetoEvidence(id + 100, {report}), Failure);
}

TEST_CASE("surveys are removed and restored under their id; impossible counts are refused", "[records][surveys]")
{
    FileFixture f;
    RecordService rec(*f.db);
    // DOMAIN.md §5: issued, returned, 满意 / 基本满意 / 不满意 (seed 004 reports 满意率 ≥ 90%).
    Survey s{0, f.unit, 2014, d("2014-06-10"), 120, 100, 85, 10, 5};
    s.id = rec.survey.addSurvey(s);
    rec.survey.removeSurvey(s.id);
    CHECK(rec.survey.surveys(2014).isEmpty());
    CHECK(rec.survey.addSurvey(s) == s.id);
    CHECK(rec.survey.surveys(2014).size() == 1);

    struct Bad
    {
        const char *what;
        Survey survey;
    };
    for (const Bad &bad : {Bad{"returned over issued", {0, f.unit, 2014, d("2014-06-10"), 90, 100, 85, 10, 5}},
                           Bad{"answers over returned", {0, f.unit, 2014, d("2014-06-10"), 120, 100, 90, 10, 5}},
                           Bad{"answers under returned (满意 80 + 基本满意 10 + 不满意 5 = 95 of 100)", {0, f.unit, 2014, d("2014-06-10"), 120, 100, 80, 10, 5}},
                           Bad{"negative", {0, f.unit, 2014, d("2014-06-10"), 120, 100, -1, 10, 5}},
                           Bad{"no round", {0, f.unit, 0, d("2014-06-10"), 120, 100, 85, 10, 5}}}) {
        INFO(bad.what);
        CHECK_THROWS_AS(rec.survey.addSurvey(bad.survey), Failure);
    }
    CHECK(rec.survey.surveys(2014).size() == 1);
}

TEST_CASE("prerequisites are set with date and evidence and cleared again", "[records][prerequisites]")
{
    FileFixture f;
    RecordService rec(*f.db);
    const auto kinds = rec.prereq.prerequisiteKinds();
    REQUIRE(kinds.size() >= 2);
    // DOMAIN.md §5 (seed 000 §五(二)): creation standards published; a leading group set up.
    rec.prereq.setPrerequisite({f.unit, 2014, kinds[0].first, d("2014-04-01"), u("公示照片")});
    rec.prereq.setPrerequisite({f.unit, 2014, kinds[1].first, d("2014-04-03"), u("成立文件")});
    CHECK(rec.prereq.prerequisites(2014).size() == 2);
    rec.prereq.clearPrerequisite({f.unit, 2014, kinds[0].first, {}, {}});
    REQUIRE(rec.prereq.prerequisites(2014).size() == 1);
    CHECK(rec.prereq.prerequisites(2014)[0].kind == kinds[1].first);

    // The 创建条件 list holds a round's prerequisites compactly, in the order of the units, then of the kinds' codes;
    // every field as saved (no evidence, a surrogate pair, a line break).
    Unit second{0, u("朝阳区殡仪馆"), sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220104'")).toInt(),
                sql::scalar(f.db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '殡仪馆'")).toInt(), {}, {}, {}, {}, {}, {}};
    QList<Unit> added{second};
    UnitRepository(*f.db).insert(added);
    rec.prereq.setPrerequisite({added[0].id, 2014, kinds[1].first, d("2014-05-06"), QString()});
    rec.prereq.setPrerequisite({added[0].id, 2014, kinds[0].first, d("2014-05-05"), u("𠀋文件\n第二页")});
    const PrerequisiteTable table = rec.prereq.prerequisiteTable(2014);
    REQUIRE(table.size() == 3);
    PrerequisiteTable sorted = table;
    sorted.sortByUnitAndKind();
    const auto first = std::min(f.unit, added[0].id);
    CHECK(sorted.unitId(0) == first);
    const int a = f.unit < added[0].id ? 1 : 0; // the second unit's rows start here
    CHECK(sorted.kind(a) < sorted.kind(a + 1));
    for (int row = 0; row < 3; ++row) {
        const PrerequisiteRecord r = sorted.at(row);
        INFO("row " << row);
        CHECK(r.roundYear == 2014);
        const auto stored = rec.prereq.prerequisites(2014, r.unitId);
        bool found = false;
        for (const auto &x : stored)
            if (x.kind == r.kind) {
                found = true;
                CHECK(x.date == r.date);
                CHECK(x.evidence == r.evidence);
                CHECK(x.version == r.version);
            }
        CHECK(found);
    }
    for (int row = 0; row < 3; ++row)
        if (sorted.unitId(row) == added[0].id && sorted.kind(row) == kinds[0].first) {
            CHECK(sorted.evidence(row) == u("𠀋文件\n第二页"));
            CHECK(sorted.date(row) == d("2014-05-05"));
        } else if (sorted.unitId(row) == added[0].id) {
            CHECK(sorted.evidence(row).isEmpty());
        } else {
            CHECK(sorted.evidence(row) == u("成立文件"));
            CHECK(sorted.date(row) == d("2014-04-03"));
        }
}

TEST_CASE("示范点: one level of 省, 市 or 县 per unit per year", "[records][demonstration]")
{
    FileFixture f;
    RecordService rec(*f.db);
    // seed 001 §二9: demonstration points at province, city and county level.
    struct Row
    {
        const char *level;
        bool accepted;
    };
    for (const Row &r : {Row{"省", true}, Row{"市", true}, Row{"县", true}, Row{"区", false}, Row{"国家", false}, Row{"", false}}) {
        INFO(r.level);
        const DemonstrationPoint p{f.unit, 2014, u(r.level)};
        if (r.accepted) {
            rec.demo.setDemonstrationPoint(p);
            REQUIRE(rec.demo.demonstrationPoints(2014).size() == 1); // the year's tag is replaced, not added
            CHECK(rec.demo.demonstrationPoints(2014)[0].level == u(r.level));
        } else {
            CHECK_THROWS_AS(rec.demo.setDemonstrationPoint(p), Failure);
        }
    }
    CHECK_THROWS_AS(rec.demo.setDemonstrationPoint({f.unit, 1990, u("省")}), Failure);
    rec.demo.setDemonstrationPoint({f.unit, 2015, u("市")});
    CHECK(rec.demo.demonstrationPoints().size() == 2);
    rec.demo.removeDemonstrationPoint({f.unit, 2014, {}});
    CHECK(rec.demo.demonstrationPoints(2014).isEmpty());
}

TEST_CASE("the office edits a round's phases and adds rounds; bad calendars are refused", "[records][rounds]")
{
    FileFixture f;
    RecordService rec(*f.db);
    const WorkCalendar work = WorkCalendar::fromResources();
    // seed 000 §五: 宣传发动 2014-01…03, 组织实施 04…09, 总结评比 10…12.
    const Round seed2014 = *rec.calendar.storedRound(2014);
    REQUIRE(seed2014.phases.size() == 3);
    CHECK(seed2014.phases[1].start == d("2014-04-01"));

    // A 2016 round of the office's own, with 总结评比 starting a month early.
    Round r2016 = seed2014.shiftedTo(2016);
    r2016.phases[1].end = d("2016-08-31");
    r2016.phases[2].start = d("2016-09-01");
    r2016.extraDeadlines << Deadline{d("2016-03-15"), u("上报创建名单")};
    rec.calendar.saveRound(r2016);
    const DatePosition p = CampaignService(*f.db, work).locate(d("2016-09-05"));
    CHECK(p.round == 2016);
    CHECK(p.phase == PhaseKind::Appraisal);

    struct Bad
    {
        const char *what;
        Round round;
    };
    Round reversed = r2016, overlapping = r2016, outOfOrder = r2016, untitled = r2016, empty = r2016;
    reversed.phases[0].end = d("2015-12-01");
    overlapping.phases[1].start = d("2016-03-15");
    std::swap(outOfOrder.phases[0], outOfOrder.phases[1]);
    untitled.extraDeadlines << Deadline{d("2016-05-01"), QStringLiteral(" ")};
    empty.phases.clear();
    for (const Bad &bad : {Bad{"start after end", reversed}, Bad{"overlapping phases", overlapping}, Bad{"phases out of order", outOfOrder},
                           Bad{"deadline without title", untitled}, Bad{"no phases", empty}}) {
        INFO(bad.what);
        CHECK_THROWS_AS(rec.calendar.saveRound(bad.round), Failure);
    }
    CHECK(rec.calendar.storedRound(2016)->phases[2].start == d("2016-09-01")); // unchanged by the refusals

    // Removing the office's round lets the default projection of 2014 return (DOMAIN.md §4).
    rec.calendar.removeRound(2016);
    CHECK_FALSE(rec.calendar.storedRound(2016).has_value());
    CHECK(CampaignService(*f.db, work).locate(d("2016-09-05")).phase == PhaseKind::Implementation);
    // 2014 carries the indicator system; it cannot be removed.
    CHECK_THROWS_AS(rec.calendar.removeRound(2014), Failure);
}

TEST_CASE("veto kinds: the seed's four plus the office's own, taken back only while unused", "[records][veto]")
{
    FileFixture f;
    RecordService rec(*f.db);
    // DOMAIN.md §5 (seed 000 §四(四)): 安全责任事故, 进京访, 越级访, 群体访.
    const QStringList seed = {u("安全责任事故"), u("进京访"), u("越级访"), u("群体访")};
    for (const auto &k : seed)
        CHECK(Workspace(cdtest::initialisedMemory()).vetoKinds().contains(k));
    rec.veto.addVetoKind(u("重大服务质量投诉"));
    CHECK_THROWS_AS(rec.veto.addVetoKind(u("重大服务质量投诉")), Failure);
    CHECK_THROWS_AS(rec.veto.addVetoKind(QStringLiteral("  ")), Failure);
    rec.veto.addVeto({0, f.unit, u("重大服务质量投诉"), d("2014-07-01"), {}, {}});
    CHECK_THROWS_AS(rec.veto.removeVetoKind(u("重大服务质量投诉")), Failure); // in use: kept
    rec.veto.addVetoKind(u("临时类别"));
    rec.veto.removeVetoKind(u("临时类别"));
    CHECK_THROWS_AS(rec.veto.addVeto({0, f.unit, u("临时类别"), d("2014-07-02"), {}, {}}), Failure);
}

TEST_CASE("a backup's folder receives the attached files, each checked by its hash", "[records][attachments]")
{
    FileFixture f;
    const AttachmentStore store = RecordService(*f.db).attachments();
    const Attachment a = store.store(f.file(u("现场照片.jpg"), "photo"));
    const Attachment b = store.store(f.file(u("整改报告.pdf"), "report"));
    const AttachmentStore backup(AttachmentStore::rootFor(QDir(f.folder).filePath(u("备份/2014年数据.db"))));
    CHECK(QFileInfo(backup.root()).fileName() == u("2014年数据.files"));
    CHECK(store.copyInto(backup) == 2);
    CHECK(backup.has(a));
    CHECK(backup.has(b));
    CHECK(store.copyInto(backup) == 0); // nothing twice
    // A stored file changed behind the program's back is not spread into the backup as if it were the original.
    QFile::remove(backup.storedPath(b.sha256));
    QFile::setPermissions(store.storedPath(b.sha256), QFile::ReadOwner | QFile::WriteOwner);
    cdtest::writeFile(store.storedPath(b.sha256), "REPORT");
    CHECK_THROWS_AS(store.copyInto(backup), Failure);
    CHECK_FALSE(backup.has(b));
}

TEST_CASE("find searches units and records: name, credit code, 文号, notes; % and _ are taken as typed", "[services][find]")
{
    auto db = cdtest::initialisedMemory();
    const int region = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM regions WHERE code = '220102'")).toInt();
    const int type = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM unit_types WHERE name = '救助站'")).toInt();
    QList<Unit> list = {Unit{0, u("南关区救助站"), region, type, QStringLiteral("12220102MB0000011R"), u("人民大街1号"), {}, {}, {}, u("100%达标")},
                        Unit{0, u("南关区婚姻登记处"), region, type, {}, {}, {}, {}, {}, {}}};
    UnitRepository(*db).insert(list);
    RecordService rec(*db);
    rec.veto.addVeto({0, list[1].id, u("群体访"), d("2014-06-01"), u("因拆迁补偿上访"), {}});
    sql::run(db->connection(), QStringLiteral("INSERT INTO namings(round_year, doc_no, date) VALUES (2014, '吉文明办〔2014〕12号', '2014-12-26')"), {});
    sql::run(db->connection(), QStringLiteral("INSERT INTO naming_units(naming_id, unit_id) VALUES (1, %1)").arg(list[0].id), {});
    struct Case { const char *text; QList<SearchHit::Kind> kinds; QList<int> units; };
    const Case cases[] = {
        {"救助站", {SearchHit::Kind::Unit}, {list[0].id}},
        {"MB0000011", {SearchHit::Kind::Unit}, {list[0].id}},          // part of a credit code
        {"〔2014〕12号", {SearchHit::Kind::Naming}, {list[0].id}},       // a 文号
        {"拆迁", {SearchHit::Kind::Veto}, {list[1].id}},                  // a veto event's note
        {"南关区", {SearchHit::Kind::Unit, SearchHit::Kind::Unit}, {list[0].id, list[1].id}},
        {"100%", {SearchHit::Kind::Unit}, {list[0].id}},                 // % as typed
        {"0%达", {SearchHit::Kind::Unit}, {list[0].id}},
        {"_", {}, {}},                                                    // no wildcard: nothing has an underscore
        {"%", {SearchHit::Kind::Unit}, {list[0].id}},
        {"没有这个", {}, {}},
    };
    for (const auto &c : cases) {
        INFO(c.text);
        const QList<SearchHit> hits = SearchRepository(*db).find(u(c.text));
        QList<SearchHit::Kind> kinds;
        QList<int> units;
        for (const auto &h : hits) {
            kinds << h.kind;
            units << h.unitId;
        }
        CHECK(kinds == c.kinds);
        CHECK(units == c.units);
    }
    const QList<SearchHit> naming = SearchRepository(*db).find(u("12号"));
    REQUIRE(naming.size() == 1);
    CHECK(naming.first().text == u("吉文明办〔2014〕12号"));
    CHECK(naming.first().date == d("2014-12-26"));
    CHECK(naming.first().unitName == u("南关区救助站"));
}
