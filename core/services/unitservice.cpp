#include "services/unitservice.h"

#include "rules/creditcode.h"
#include "rules/textfields.h"
#include "services/filescope.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <tuple>

namespace cd {

static QString tr(const char *s)
{
    return QCoreApplication::translate("cd::UnitService", s);
}

void UnitService::validate(const Unit &u) const
{
    Database &db = m_db;
    if (u.name.trimmed().isEmpty())
        failInput(tr("单位名称: the unit name is empty."));
    if (!RegionRepository(db).exists(u.regionId))
        failInput(tr("所属地区: choose a region of the province."));
    if (const FileScope scope = FileScope::of(db); !scope.contains(u.regionId)) // DOMAIN.md §11: its own region only
        failInput(tr("所属地区: the unit's region is outside %1, which keeps only the units of its region.").arg(scope.describe()));
    if (!UnitTypeRepository(db).exists(u.typeId))
        failInput(tr("单位类别: choose a known unit type."));
    if (!u.creditCode.isEmpty()) {
        const auto check = checkCreditCode(u.creditCode);
        if (check.result == CreditCodeCheck::Result::WrongLength)
            failInput(tr("统一社会信用代码: %1 has %2 characters; a credit code has 18.").arg(u.creditCode).arg(u.creditCode.size()));
        if (check.result == CreditCodeCheck::Result::BadCharacter)
            failInput(tr("统一社会信用代码: character %1 of %2 is not allowed.").arg(check.position).arg(u.creditCode));
        if (check.result == CreditCodeCheck::Result::BadCheckCharacter)
            failInput(tr("统一社会信用代码: the check character of %1 should be %2 (GB 32100-2015).").arg(u.creditCode, QString(check.expected)));
        if (const auto other = UnitRepository(db).otherWithCreditCode(u.creditCode, u.id))
            failInput(tr("统一社会信用代码: %1 already belongs to unit %2.").arg(u.creditCode).arg(*other));
    }
    if (const auto same = UnitRepository(db).otherWithName(u.regionId, u.name.trimmed(), u.id))
        failInput(tr("单位名称: unit %1 in the same region already has this name.").arg(*same));
    for (const auto &[label, value, field] : {std::tuple{QT_TRANSLATE_NOOP("cd::UnitService", "Unit name"), u.name.trimmed(), TextField::Name},
                                              {QT_TRANSLATE_NOOP("cd::UnitService", "Address"), u.address, TextField::Address},
                                              {QT_TRANSLATE_NOOP("cd::UnitService", "Leader"), u.leader, TextField::Person},
                                              {QT_TRANSLATE_NOOP("cd::UnitService", "Phone"), u.phone, TextField::Phone},
                                              {QT_TRANSLATE_NOOP("cd::UnitService", "Note"), u.note, TextField::Note}}) {
        const QString problem = textFieldProblem(value, field);
        if (!problem.isEmpty())
            failInput(tr("%1: %2.").arg(tr(label), problem));
    }
    if (u.staffCount && *u.staffCount < 0)
        failInput(tr("职工人数: the number of staff cannot be negative."));
}

Unit UnitService::add(Unit unit)
{
    const int wanted = unit.id;
    unit.id = wanted > 0 && !get(wanted) ? wanted : 0;
    validate(unit);
    Transaction t(m_db);
    QList<Unit> one{unit};
    if (unit.id > 0)
        UnitRepository(m_db).insertWithIds(one);
    else
        UnitRepository(m_db).insert(one);
    t.commit();
    return one.first();
}

int UnitService::update(const Unit &unit)
{
    if (!get(unit.id))
        failInput(tr("There is no unit with id %1.").arg(unit.id));
    validate(unit);
    Transaction t(m_db);
    UnitRepository(m_db).update({unit});
    t.commit();
    return unit.version + 1;
}

void UnitService::replace(const Unit &from, Unit to)
{
    Transaction t(m_db);
    replaceAll({from}, {to});
    t.commit();
}

void UnitService::replaceAll(const QList<Unit> &from, const QList<Unit> &to)
{
    UnitRepository units(m_db);
    QList<Unit> saved;
    saved.reserve(to.size());
    for (qsizetype i = 0; i < to.size(); ++i) {
        const auto now = units.get(to[i].id);
        if (!now || !sameContent(*now, from[i]))
            throw EditConflict(tr("Unit %1 (id %2) was changed or removed by another clerk since; it was left as it is.")
                                   .arg(now ? now->name : from[i].name)
                                   .arg(to[i].id),
                               QStringLiteral("unit"), to[i].id);
        saved.push_back(to[i]);
        saved.back().version = now->version; // still checked by the save itself, which is one statement
    }
    units.update(saved);
}

void UnitService::remove(int unitId)
{
    Database &db = m_db;
    if (UnitRepository(db).hasHistory(unitId))
        failInput(tr("Unit %1 has scores, recommendations or a title history; it is kept so that the history stays whole.").arg(unitId));
    Transaction t(db);
    UnitRepository(db).remove({unitId});
    t.commit();
}

std::optional<Unit> UnitService::get(int unitId) const
{
    return UnitRepository(m_db).get(unitId);
}

} // namespace cd
