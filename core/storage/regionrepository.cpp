#include "storage/regionrepository.h"

#include "storage/sql.h"

namespace cd {

int RegionRepository::insert(const Region &r, int sort)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO regions(code, name, full_name, level, parent_id, sort) "
                                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {sql::nullable(r.code), r.name, r.fullName, int(r.level),
                       r.parentId ? QVariant(r.parentId) : QVariant(QMetaType(QMetaType::Int)), sort});
    q.next();
    return q.value(0).toInt();
}

QList<Region> RegionRepository::all() const
{
    QList<Region> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, coalesce(code, ''), name, full_name, level, coalesce(parent_id, 0) "
                                     "FROM regions ORDER BY level, sort, id"),
                      {});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       RegionLevel(q.value(4).toInt()), q.value(5).toInt()});
    return out;
}

int RegionRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM regions")).toInt();
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
             {key, value});
}


QString RegionRepository::codeOf(int id) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(code, name) FROM regions WHERE id = ?"), {id}).toString();
}

bool RegionRepository::exists(int id) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM regions WHERE id = ?)"), {id}).toBool();
}

bool RegionRepository::exists(const QString &code, RegionLevel level) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM regions WHERE code = ? AND level = ?)"), {code, int(level)}).toBool();
}

QString RegionRepository::provinceName() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT name FROM regions WHERE level = 1")).toString();
}

} // namespace cd
