#include "services/demo.h"

#include "domain/unit.h"
#include "rules/creditcode.h"
#include "storage/database.h"
#include "rules/appraisal.h"
#include "rules/vetorules.h"
#include "storage/appraisalrepository.h"
#include "storage/bulkload.h"
#include "storage/indicatorrepository.h"
#include "storage/recordrepository.h"
#include "services/filescope.h"
#include "storage/regionrepository.h"
#include "storage/roundrepository.h"
#include "storage/titlerepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "services/defaults.h"
#include "util/failure.h"
#include "util/rng.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <set>

namespace cd {

namespace {
// Street and town names that make plausible unit names.
const char16_t *const kPlaces[] = {u"东风", u"新华", u"和平", u"胜利", u"长青", u"友谊", u"光明", u"人民", u"建设", u"解放",
                                   u"红旗", u"向阳", u"永安", u"兴隆", u"太平", u"新城", u"北山", u"南湖", u"西山", u"东湖",
                                   u"福安", u"富民", u"团结", u"振兴", u"朝阳", u"松江", u"白桦", u"清河", u"安康", u"育才"};
const char16_t *const kOrdinals[] = {u"", u"第二", u"第三", u"第四", u"第五", u"第六", u"第七", u"第八", u"第九", u"第十"};
const char16_t *const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴", u"徐", u"孙", u"马", u"朱", u"胡", u"郭"};
const char16_t *const kGiven[] = {u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰", u"娟", u"涛", u"明"};
constexpr char16_t kCodeAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

QString regionKeyless(int regionId, const QString &name)
{
    return QString::number(regionId) + QLatin1Char('|') + name;
}

QString creditCodeFor(const QString &regionCode, int index)
{
    // 1 (机构编制) + 2 (事业单位) + the 6-digit region code + a 9-character organisation code + the check character.
    QString code = QStringLiteral("12") + (regionCode.size() == 6 ? regionCode : QStringLiteral("220000"));
    std::uint64_t v = std::uint64_t(index) * 7919ull + 104729ull; // distinct per unit
    QString org;
    for (int i = 0; i < 9; ++i) {
        org.prepend(QChar(kCodeAlphabet[v % 31]));
        v /= 31;
    }
    code += org;
    return code + creditCodeCheckCharacter(code);
}
} // namespace

DemoSummary Demo::generate(Database &database, const DemoOptions &opt)
{
    Database &db = database;
    DemoSummary s;
    UnitRepository unitRepo(db);
    if (unitRepo.count() > 0)
        failInput(QCoreApplication::translate("cd::Demo", "This data file already holds units; make demo data in a new file."));
    Rng rng(opt.seed);
    Rng extra(opt.seed ^ 0x5eedULL);

    QList<Region> counties; // within the file's region: a county's file gets its own units only (DOMAIN.md §11)
    const FileScope scope = FileScope::of(db);
    for (const auto &r : RegionRepository(db).all())
        if ((r.level == RegionLevel::County || (r.level == RegionLevel::City && r.code.isEmpty())) && scope.contains(r.id))
            counties.push_back(r);
    const QList<UnitType> types = UnitTypeRepository(db).all();
    if (counties.isEmpty() || types.isEmpty())
        failInput(QCoreApplication::translate("cd::Demo", "The data file has no regions or unit types; run init first."));

    // A whole country's demo is tens of millions of rows: no foreign key lookups per row (the rows are made consistent
    // here), and the record tables' indexes built once at the end.
    BulkLoad bulk(db, {QStringLiteral("surveys"), QStringLiteral("veto_events"), QStringLiteral("activities"),
                       QStringLiteral("demonstration_points"), QStringLiteral("scores")});
    Transaction t(db);
    bulk.dropIndexes();
    // Rounds after the first one get the default calendar (DOMAIN.md §4) so they show in the program.
    RoundRepository rounds(db);
    const Round first = Defaults::firstRound();
    for (int y = first.year + 2; y <= opt.lastRound; y += 2)
        if (!rounds.get(y)) {
            rounds.save(first.shiftedTo(y));
            QList<int> ids;
            for (const auto &ty : types)
                ids << ty.id;
            rounds.setScope(y, ids);
        }

    // A unit as the demo keeps it: 16 bytes instead of the whole record, so that a million fit in 16 MB. Its
    // name and credit code are made again from these when needed (DemoUnit::name, creditCodeFor).
    struct DemoUnit
    {
        int id;
        int county;         // index into `counties`
        quint16 type;       // index into `types`
        quint8 place;       // index into kPlaces
        bool coded;         // has a credit code
        int ordinal;        // 0 for the first unit of its name, 1 for 第二, …
    };
    const auto ordinalText = [](int k) { return k < 10 ? QString::fromUtf16(kOrdinals[k]) : QStringLiteral("第%1").arg(k + 1); };
    const auto nameOf = [&](const DemoUnit &d) {
        return counties[d.county].name + QString::fromUtf16(kPlaces[d.place]) + ordinalText(d.ordinal) + types[d.type].name;
    };
    std::vector<DemoUnit> units(size_t(std::max(opt.units, 0)));
    QHash<quint64, int> nextOrdinal; // (county, place, type) → the next free ordinal: names are unique per region
    unitRepo.insert(
        opt.units,
        [&](qsizetype i, Unit &u) {
            DemoUnit &d = units[size_t(i)];
            d.county = rng.below(int(counties.size()));
            d.type = quint16(rng.below(int(types.size())));
            const Region &region = counties[d.county];
            u = Unit();
            u.regionId = region.id;
            u.typeId = types[d.type].id;
            d.place = quint8(rng.below(30));
            d.ordinal = nextOrdinal[(quint64(d.county) << 32) | (quint64(d.place) << 16) | d.type]++;
            u.name = nameOf(d);
            d.coded = rng.chance(850);
            if (d.coded)
                u.creditCode = creditCodeFor(region.code, int(i));
            u.address = region.fullName + QString::fromUtf16(kPlaces[d.place]) + QStringLiteral("路%1号").arg(rng.between(1, 999));
            u.leader = QString::fromUtf16(kSurnames[rng.below(16)]) + QString::fromUtf16(kGiven[rng.below(16)])
                + (rng.chance(500) ? QString::fromUtf16(kGiven[rng.below(16)]) : QString());
            u.phone = QStringLiteral("0431-%1").arg(rng.between(80000000, 89999999));
            u.staffCount = rng.between(3, 120);
        },
        [&](qsizetype i, int id) { units[size_t(i)].id = id; });
    s.units = int(units.size());

    RecordRepository records(db);
    TitleRepository titles(db);
    AppraisalRepository appraisal(db);
    const QStringList vetoKinds = records.vetoKinds();
    const auto cityOf = [&](const DemoUnit &d) { // a unit's 市(州): its county's parent, or the region itself
        const Region &r = counties[d.county];
        return r.level == RegionLevel::City ? r.id : r.parentId;
    };
    QHash<int, QList<VetoEvent>> vetoesByUnit;
    std::set<int> holders; // ordered, so that the same seed gives the same data
    // Rows are written in blocks of this many units, so that memory stays flat however many units there are.
    constexpr size_t kBlock = 20000;
    for (int year = first.year; year <= opt.lastRound; year += 2) {
        // Surveys, prerequisites and veto events for the round (and the odd year before it); a few fall short.
        // Each unit's case for the appraisal is kept only if it applies: the 16-byte units make it again.
        std::vector<std::optional<double>> satisfaction(units.size());
        std::vector<quint8> missingPrerequisite(units.size());
        QHash<int, QList<VetoEvent>> vetoesInWindow;
        for (size_t from = 0; from < units.size(); from += kBlock) {
            QList<Survey> surveys;
            QList<VetoEvent> vetoes;
            QList<PrerequisiteRecord> prereqs;
            for (size_t k = from; k < std::min(units.size(), from + kBlock); ++k) {
                const DemoUnit &u = units[k];
                Survey sv;
                sv.unitId = u.id;
                sv.roundYear = year;
                sv.date = QDate(year, rng.between(5, 9), rng.between(1, 28));
                sv.issued = rng.between(50, 300);
                sv.returned = sv.issued - rng.below(sv.issued / 10 + 1);
                const bool poor = rng.chance(40);
                sv.dissatisfied = poor ? rng.between(sv.returned / 10 + 1, sv.returned / 4 + 1) : rng.below(sv.returned / 20 + 1);
                sv.dissatisfied = std::min(sv.dissatisfied, sv.returned);
                sv.basic = rng.below((sv.returned - sv.dissatisfied) / 5 + 1);
                sv.satisfied = sv.returned - sv.dissatisfied - sv.basic;
                surveys.push_back(sv);
                satisfaction[k] = satisfactionRate({sv});
                for (int y : {year - 1, year}) {
                    if (y < first.year || !rng.chance(15))
                        continue;
                    const VetoEvent v{0, u.id, vetoKinds[rng.below(int(vetoKinds.size()))], QDate(y, rng.between(1, 12), rng.between(1, 28)), {}};
                    vetoes.push_back(v);
                    vetoesByUnit[u.id].push_back(v);
                    if (y == year)
                        vetoesInWindow[u.id].push_back(v);
                }
                if (!rng.chance(50)) {
                    prereqs.push_back({u.id, year, QStringLiteral("standards-published"), QDate(year, 4, rng.between(1, 30)), {}});
                    prereqs.push_back({u.id, year, QStringLiteral("leading-group"), QDate(year, 4, rng.between(1, 30)), {}});
                } else {
                    missingPrerequisite[k] = 1;
                }
            }
            records.addSurveys(surveys);
            records.addVetoEvents(vetoes);
            records.setPrerequisites(prereqs);
            s.surveys += int(surveys.size());
            s.vetoEvents += int(vetoes.size());
        }
        const auto caseOf = [&](size_t k) {
            const DemoUnit &u = units[k];
            UnitCase c;
            c.unitId = u.id;
            c.name = nameOf(u);
            c.sortCode = u.coded ? creditCodeFor(counties[u.county].code, int(k)) : QString::number(u.id);
            c.satisfaction = satisfaction[k];
            c.vetoesInWindow = vetoesInWindow.value(u.id);
            if (missingPrerequisite[k])
                c.missingPrerequisites << QStringLiteral("成立创建工作领导小组");
            return c;
        };
        // 创建台账 and 示范点 from their own stream, so the figures above stay what they were for a seed.
        static const char *const kinds[] = {"技能测试", "演讲比赛", "学雷锋志愿服务", "座谈会", "问卷调查", "回访"};
        for (size_t from = 0; from < units.size(); from += kBlock) {
            QList<Activity> activities;
            QList<DemonstrationPoint> points;
            for (size_t k = from; k < std::min(units.size(), from + kBlock); ++k) {
                if (!extra.chance(250))
                    continue;
                Activity a;
                a.unitId = units[k].id;
                a.date = QDate(year, extra.between(4, 9), extra.between(1, 28));
                a.kind = QString::fromUtf8(kinds[extra.below(6)]);
                a.participants = extra.between(8, 120);
                a.description = nameOf(units[k]) + a.kind;
                activities.push_back(a);
                if (extra.chance(60))
                    points.push_back({a.unitId, year, QString::fromUtf8(extra.chance(100) ? "省" : extra.chance(300) ? "市" : "县")});
            }
            records.addActivities(activities);
            records.setDemonstrationPoints(points);
        }

        // Local appraisal: about one unit in twelve applies and is scored by five assessors.
        if (!appraisal.system(year))
            IndicatorRepository(db).insertDefaultSystem(year, Defaults::document());
        const IndicatorSystem system = *appraisal.system(year);
        QList<int> assessors;
        for (int a = 1; a <= 5; ++a)
            assessors << appraisal.addAssessor({0, QStringLiteral("%1年评审员%2").arg(year).arg(a), 0, 0, QStringLiteral("local")});
        // Scored and appraised in blocks too; eligibility is each unit's own, so blocks give what one run would.
        QMap<int, QList<int>> byCity;
        for (size_t from = 0; from < units.size(); from += kBlock) {
            QList<UnitCase> applicants;
            QMap<int, QList<Score>> scores;
            QList<Score> blockScores;
            QHash<int, int> cityOfUnit;
            for (size_t k = from; k < std::min(units.size(), from + kBlock); ++k) {
                const DemoUnit &u = units[k];
                if (holders.count(u.id) || !rng.chance(85))
                    continue;
                applicants.push_back(caseOf(k));
                cityOfUnit.insert(u.id, cityOf(u));
                const int quality = rng.between(72, 98);
                QList<Score> &mine = scores[u.id];
                for (int a : assessors) {
                    const int bias = rng.between(-3, 3);
                    for (const auto &ind : system.indicators) {
                        const int pct = std::clamp(quality + bias + rng.between(-2, 2), 0, 100);
                        const Score sc{a, u.id, ind.id, ind.points * pct / 100};
                        mine.push_back(sc);
                        blockScores.push_back(sc);
                    }
                }
            }
            appraisal.saveScores(system.id, QStringLiteral("local"), blockScores);
            s.scores += int(blockScores.size());
            // Each 市(州) recommends its best eligible applicants (好中选优), about two in three of them.
            for (const auto &r : cd::appraise(system, applicants, scores, QStringLiteral("作风建设")))
                if (r.eligible && rng.chance(650))
                    byCity[cityOfUnit.value(r.unitId)].push_back(r.unitId);
        }
        QList<int> recommended;
        for (auto it = byCity.cbegin(); it != byCity.cend(); ++it) {
            appraisal.addRecommendation({0, year, it.key(), QDate(year, 11, 15), QString(), it.value()});
            recommended += it.value();
        }
        const QDate decision(year, 12, 26);
        // Reviews of the holders (DOMAIN.md §7): a veto since the last naming or review revokes; a few fail the review.
        QList<int> revoked;
        const TitleHistory history(titles.events());
        for (int id : holders) {
            const auto last = history.lastConfirmation(id, QDate(year, 1, 1));
            const DateWindow window = reviewWindow(year, last ? last->date : QDate());
            const auto inWindow = vetoesIn(vetoesByUnit.value(id), window);
            const bool revoke = !inWindow.isEmpty() || rng.chance(30);
            const QString reason = !inWindow.isEmpty()
                ? QStringLiteral("%1 %2").arg(inWindow.first().date.toString(Qt::ISODate), inWindow.first().kind)
                : (revoke ? QStringLiteral("复查得分低于合格线") : QString());
            titles.addReview(year, id, revoke ? TitleEvent::Kind::Revoked : TitleEvent::Kind::Retained, decision.addDays(-6), reason,
                             QStringLiteral("吉文明办〔%1〕%2号").arg(year).arg(30 + year % 7));
            if (revoke)
                revoked << id;
        }
        for (int id : revoked)
            holders.erase(id);
        s.revoked += int(revoked.size());
        // The province names most of the recommended units.
        QList<int> named;
        for (int id : recommended)
            if (rng.chance(850))
                named << id;
        if (!named.isEmpty())
            titles.addNaming(year, QStringLiteral("吉文明办〔%1〕%2号").arg(year).arg(12 + year % 5), decision, named);
        for (int id : named)
            holders.insert(id);
        s.named += int(named.size());
    }
    bulk.rebuildIndexes();
    t.commit();
    return s;
}

} // namespace cd
