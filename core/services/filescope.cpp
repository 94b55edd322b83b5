#include "services/filescope.h"

#include "services/lookup.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/serverstore.h"

#include <QCoreApplication>

namespace cd {

FileScope FileScope::of(Database &db)
{
    // On a server the scope is the login's, as the database enforces it (storage/serverstore.h); an administrator's
    // login serves the whole province.
    if (db.isServer()) {
        const auto clerk = currentClerk(db);
        FileScope s = clerk ? serving(db, clerk->level, clerk->regionCode) : serving(db, QStringLiteral("province"), QString());
        s.m_login = true;
        return s;
    }
    SettingsRepository settings(db);
    return serving(db, settings.value(QStringLiteral("level"), QStringLiteral("province")), settings.value(QStringLiteral("region_code")));
}

FileScope FileScope::serving(Database &db, const QString &level, const QString &regionCode)
{
    FileScope s;
    s.m_level = level;
    s.m_regionCode = regionCode;
    const QList<Region> regions = RegionRepository(db).all();
    const RegionLookup lookup(regions);
    if (s.m_level == QLatin1String("province") || s.m_level.isEmpty()) {
        s.m_level = QStringLiteral("province");
        for (const Region &r : regions)
            if (r.level == RegionLevel::Province) {
                s.m_regionName = r.name;
                if (s.m_regionCode.isEmpty())
                    s.m_regionCode = r.code;
            }
        return s;
    }
    const auto found = lookup.resolve(regionCode);
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
    if (m_login) {
        if (m_level == QLatin1String("city"))
            return QCoreApplication::translate("cd::FileScope", "%1, a city clerk's login").arg(m_regionName);
        if (m_level == QLatin1String("county"))
            return QCoreApplication::translate("cd::FileScope", "%1, a county clerk's login").arg(m_regionName);
        return QCoreApplication::translate("cd::FileScope", "%1, the province's login").arg(m_regionName);
    }
    if (m_level == QLatin1String("city"))
        return QCoreApplication::translate("cd::FileScope", "%1, a city's file").arg(m_regionName);
    if (m_level == QLatin1String("county"))
        return QCoreApplication::translate("cd::FileScope", "%1, a county's file").arg(m_regionName);
    return QCoreApplication::translate("cd::FileScope", "%1, the province's file").arg(m_regionName);
}

} // namespace cd
