#include "services/filescope.h"

#include "services/lookup.h"
#include "storage/regionrepository.h"

#include <QCoreApplication>

namespace cd {

FileScope FileScope::of(Database &db)
{
    FileScope s;
    SettingsRepository settings(db);
    s.m_level = settings.value(QStringLiteral("level"), QStringLiteral("province"));
    const QList<Region> regions = RegionRepository(db).all();
    const RegionLookup lookup(regions);
    if (s.m_level == QLatin1String("province") || s.m_level.isEmpty()) {
        s.m_level = QStringLiteral("province");
        for (const Region &r : regions)
            if (r.level == RegionLevel::Province)
                s.m_regionName = r.name;
        return s;
    }
    const auto found = lookup.resolve(settings.value(QStringLiteral("region_code")));
    const Region *own = lookup.byId(found.regionId);
    if (!own) // a setting no region answers: refuse nothing rather than everything
        return s;
    s.m_whole = false;
    s.m_regionName = own->fullName.isEmpty() ? own->name : own->fullName;
    s.m_regions.insert(own->id);
    if (s.m_level == QLatin1String("city"))
        for (const Region &r : regions)
            if (r.parentId == own->id)
                s.m_regions.insert(r.id);
    return s;
}

QString FileScope::describe() const
{
    if (m_level == QLatin1String("city"))
        return QCoreApplication::translate("cd::FileScope", "%1, a city's file").arg(m_regionName);
    if (m_level == QLatin1String("county"))
        return QCoreApplication::translate("cd::FileScope", "%1, a county's file").arg(m_regionName);
    return QCoreApplication::translate("cd::FileScope", "%1, the province's file").arg(m_regionName);
}

} // namespace cd
