#include "services/demo.h"

#include "domain/unit.h"
#include "rules/creditcode.h"
#include "storage/database.h"
#include "storage/recordrepository.h"
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
    QSqlDatabase db = database.connection();
    DemoSummary s;
    UnitRepository unitRepo(db);
    if (unitRepo.count() > 0)
        failInput(QCoreApplication::translate("cd::Demo", "This data file already holds units; make demo data in a new file."));
    Rng rng(opt.seed);

    QList<Region> counties;
    for (const auto &r : RegionRepository(db).all())
        if (r.level == RegionLevel::County || (r.level == RegionLevel::City && r.code.isEmpty()))
            counties.push_back(r);
    const QList<UnitType> types = UnitTypeRepository(db).all();
    if (counties.isEmpty() || types.isEmpty())
        failInput(QCoreApplication::translate("cd::Demo", "The data file has no regions or unit types; run init first."));

    Transaction t(db);
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

    QList<Unit> units;
    units.reserve(opt.units);
    QSet<QString> taken;
    for (int i = 0; i < opt.units; ++i) {
        const Region &region = counties[rng.below(int(counties.size()))];
        const UnitType &type = types[rng.below(int(types.size()))];
        Unit u;
        u.regionId = region.id;
        u.typeId = type.id;
        const QString place = QString::fromUtf16(kPlaces[rng.below(30)]);
        for (int k = 0;; ++k) {
            const QString ord = k < 10 ? QString::fromUtf16(kOrdinals[k]) : QStringLiteral("第%1").arg(k + 1);
            u.name = region.name + place + ord + type.name;
            if (!taken.contains(regionKeyless(u.regionId, u.name)))
                break;
        }
        taken.insert(regionKeyless(u.regionId, u.name));
        if (rng.chance(850))
            u.creditCode = creditCodeFor(region.code, i);
        u.address = region.fullName + place + QStringLiteral("路%1号").arg(rng.between(1, 999));
        u.leader = QString::fromUtf16(kSurnames[rng.below(16)]) + QString::fromUtf16(kGiven[rng.below(16)])
            + (rng.chance(500) ? QString::fromUtf16(kGiven[rng.below(16)]) : QString());
        u.phone = QStringLiteral("0431-%1").arg(rng.between(80000000, 89999999));
        u.staffCount = rng.between(3, 120);
        units.push_back(std::move(u));
    }
    unitRepo.insert(units);
    s.units = int(units.size());

    RecordRepository records(db);
    TitleRepository titles(db);
    const QStringList vetoKinds = records.vetoKinds();
    std::set<int> holders; // ordered, so that the same seed gives the same data
    for (int year = first.year; year <= opt.lastRound; year += 2) {
        // Surveys, prerequisites and veto events for the round; a few units fall short on each.
        QList<int> eligible;
        QList<Survey> surveys;
        QList<VetoEvent> vetoes;
        QList<PrerequisiteRecord> prereqs_;
        QSet<int> eligibleSet;
        for (const auto &u : units) {
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
            ++s.surveys;
            bool ok = !poor;
            if (rng.chance(30)) {
                vetoes.push_back({0, u.id, vetoKinds[rng.below(int(vetoKinds.size()))], QDate(year, rng.between(1, 12), rng.between(1, 28)), {}});
                ++s.vetoEvents;
                ok = false;
            }
            const bool prereqs = !rng.chance(50);
            if (prereqs) {
                prereqs_.push_back({u.id, year, QStringLiteral("standards-published"), QDate(year, 4, rng.between(1, 30)), {}});
                prereqs_.push_back({u.id, year, QStringLiteral("leading-group"), QDate(year, 4, rng.between(1, 30)), {}});
            }
            if (ok && prereqs) {
                eligible.push_back(u.id);
                eligibleSet.insert(u.id);
            }
        }
        records.addSurveys(surveys);
        records.addVetoEvents(vetoes);
        records.setPrerequisites(prereqs_);
        const QDate decision(year, 12, 26);
        // Reviews of the units named in earlier rounds (DOMAIN.md §7).
        QList<int> revoked;
        for (int id : holders) {
            const bool revoke = rng.chance(60) || !eligibleSet.contains(id);
            titles.addReview(year, id, revoke ? TitleEvent::Kind::Revoked : TitleEvent::Kind::Retained, decision.addDays(-6),
                             revoke ? QStringLiteral("复查不合格") : QString(),
                             QStringLiteral("吉文明办〔%1〕%2号").arg(year).arg(30 + year % 7));
            if (revoke)
                revoked << id;
        }
        for (int id : revoked)
            holders.erase(id);
        s.revoked += int(revoked.size());
        // New namings: about one eligible unit in eight.
        QList<int> named;
        for (int id : eligible)
            if (!holders.count(id) && rng.chance(60))
                named << id;
        if (!named.isEmpty())
            titles.addNaming(year, QStringLiteral("吉文明办〔%1〕%2号").arg(year).arg(12 + year % 5), decision, named);
        for (int id : named)
            holders.insert(id);
        s.named += int(named.size());
    }
    t.commit();
    return s;
}

} // namespace cd
