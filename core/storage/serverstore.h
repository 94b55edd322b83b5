// The PostgreSQL store (issue 11): an office's clerks on one server database, each with a login of her own and scoped
// to her region by the database itself (row-level security), not by the program.
//
// Roles, for a database D: D_owner (NOLOGIN) owns every table and function; D_clerk (NOLOGIN) holds the grants; each
// clerk is a LOGIN role in D_clerk. Every table is ENABLE and FORCE ROW LEVEL SECURITY; the policies ask two
// SECURITY DEFINER functions who `session_user` is (cd_whole(): the province or an administrator; cd_scope(): the
// region ids a 市(州) or county clerk may touch). A region's rows (units, quotas, recommendations) follow the region;
// a unit's records follow the unit (the units a clerk can see); the shared lists (regions, types, calendar, indicator
// systems, namings) are read by every clerk and written by the province only.
#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace cd {

class Database;

struct Clerk
{
    QString login;
    QString level;      // province | city | county
    QString regionCode; // its code (the name for a region without one)
    QString regionName; // 长春市南关区
    QString created;
};

// The clerk this connection logs in as; nullopt for a data file or a login that is not a clerk (an administrator).
std::optional<Clerk> currentClerk(Database &db);

class ServerAdmin
{
public:
    explicit ServerAdmin(Database &db) : m_db(db) {}

    // On an empty database, as an administrator: the roles, the schema, the policies, then `populate` (the defaults).
    void init(const std::function<void(Database &)> &populate);
    // `server copy`: on an empty database, the schema and policies, then every row of every table of `file` (a data
    // file at the current schema) with its ids, and every attached file; all or nothing. Returns the rows copied.
    qint64 copyFrom(Database &file, const std::function<void(const QString &table, qint64 rows)> &progress = {});
    // Brings the schema up to date and (re)applies the policies to every table; returns the version reached.
    int migrate();
    // A new login for a clerk of the region (regions.id); returns the password (made when none is given).
    QString addClerk(const QString &login, int regionId, const QString &password);
    QList<Clerk> clerks() const;
    void removeClerk(const QString &login);
    // The owner and clerk roles' names for this database.
    QString ownerRole() const;
    QString clerkRole() const;

private:
    void applyPolicies();
    Database &m_db;
};

} // namespace cd
