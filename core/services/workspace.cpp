#include "services/workspace.h"

#include "services/defaults.h"
#include "services/unitnames.h"
#include "storage/database.h"
#include "storage/fileprobe.h"
#include "storage/recordrepository.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"

namespace cd {

Workspace::Workspace(std::unique_ptr<Database> db) : m_db(std::move(db)), m_work(WorkCalendar::fromResources()) {}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::openOrCreate(const QString &path)
{
    if (Database::isServerAddress(path)) // a server database is made by its administrator (server init), never here
        return std::make_unique<Workspace>(Database::open(path));
    const FileProbe probe = probeDataFile(path, Database::latestSchemaVersion());
    if (probe.state == FileProbe::State::Missing) {
        auto db = Database::create(path, [](Database &fresh) { Defaults::initialise(fresh, InitOptions{}); });
        return std::make_unique<Workspace>(std::move(db));
    }
    return std::make_unique<Workspace>(Database::open(path));
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, const InitOptions &options)
{
    // Database::create takes a 0-byte file's place itself (it holds nothing).
    auto db = Database::create(path, [&options](Database &fresh) { Defaults::initialise(fresh, options); });
    return std::make_unique<Workspace>(std::move(db));
}

bool Workspace::isUnmade(const QString &path)
{
    if (Database::isServerAddress(path))
        return false;
    const FileProbe::State state = probeDataFile(path, Database::latestSchemaVersion()).state;
    return state == FileProbe::State::Missing || state == FileProbe::State::Empty;
}

QString Workspace::path() const
{
    return m_db->path();
}

QString Workspace::shownName() const
{
    return m_db->shownName();
}

bool Workspace::isServer() const
{
    return m_db->isServer();
}

CampaignService Workspace::campaign() const
{
    return CampaignService(*m_db, m_work);
}

QList<UnitRow> Workspace::unitRows() const
{
    return UnitRepository(*m_db).rows();
}

QList<Unit> Workspace::units(const QSet<int> &ids) const
{
    return UnitRepository(*m_db).some(ids);
}

QList<Region> Workspace::regions() const
{
    return RegionRepository(*m_db).all();
}

QString Workspace::regionName(int regionId) const
{
    for (const Region &r : regions())
        if (r.id == regionId)
            return r.fullName.isEmpty() ? r.name : r.fullName;
    return QString::number(regionId);
}

FileScope Workspace::scope() const
{
    return FileScope::of(*m_db);
}

QList<UnitType> Workspace::unitTypes() const
{
    return UnitTypeRepository(*m_db).all();
}

QStringList Workspace::vetoKinds() const
{
    return RecordRepository(*m_db).vetoKinds();
}

QHash<int, QString> Workspace::unitNames() const
{
    return UnitRepository(*m_db).names();
}

QHash<int, QString> Workspace::unitNames(const QList<int> &ids) const
{
    return UnitNames::of(*m_db, ids);
}

QString Workspace::provinceName() const
{
    return RegionRepository(*m_db).provinceName();
}

} // namespace cd
