// Rounds with their phases, extra deadlines and the unit types in scope.
#pragma once

#include "domain/round.h"

#include <QList>
#include <optional>

namespace cd {

class Database;

class RoundRepository
{
public:
    explicit RoundRepository(Database &db) : m_db(db) {}

    // Inserts or replaces the round's calendar (phases and extra deadlines) onto round.version (domain/setversion.h) and
    // returns the version now stored; EditConflict when another clerk saved it since.
    int save(const Round &round, const QString &title = {});
    QList<Round> all() const;
    // Removes a stored round; its projection from the base round takes its place again. Checked against
    // `readVersion` as save() is.
    void remove(int year, int readVersion = SetVersion::Unchecked);
    std::optional<Round> get(int year) const;
    void setScope(int year, const QList<int> &typeIds);
    QList<int> scope(int year) const;
    // How many records of any kind belong to the round (scores, surveys, prerequisites, the way up, quotas).
    int recordCount(int year) const;
    void removeIndicatorSystems(int year);

private:
    Database &m_db;
};

} // namespace cd
