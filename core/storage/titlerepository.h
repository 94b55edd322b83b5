// Namings (命名) and reviews (复查): the title's history, read back as TitleEvents for the rules.
#pragma once

#include "domain/title.h"
#include "rules/namingcycle.h"

#include <optional>

namespace cd {

class Database;

class TitleRepository
{
public:
    explicit TitleRepository(Database &db) : m_db(db) {}

    int addNaming(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds);
    void addReview(int roundYear, int unitId, TitleEvent::Kind outcome, const QDate &date, const QString &reason,
                   const QString &docNo);
    QList<TitleEvent> events(int unitId = 0) const; // 0: every unit's
    QList<Naming> namings(int roundYear) const;
    void removeNaming(int id);
    void removeReview(int roundYear, int unitId);
    int namingCount(int roundYear) const;
    std::optional<int> namingRound(int namingId) const;
    // The recorded outcome of a unit's review in a round ('retained' or 'revoked').
    std::optional<QString> reviewOutcome(int roundYear, int unitId) const;

private:
    Database &m_db;
};

} // namespace cd
