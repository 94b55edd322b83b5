// Namings (命名) and reviews (复查): the title's history, read back as TitleEvents for the rules.
#pragma once

#include "rules/namingcycle.h"

#include <QSqlDatabase>

namespace cd {

class TitleRepository
{
public:
    explicit TitleRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int addNaming(int roundYear, const QString &docNo, const QDate &date, const QList<int> &unitIds);
    void addReview(int roundYear, int unitId, TitleEvent::Kind outcome, const QDate &date, const QString &reason,
                   const QString &docNo);
    QList<TitleEvent> events() const;
    struct Naming
    {
        int id = 0;
        int roundYear = 0;
        QString docNo;
        QDate date;
        QList<int> unitIds;
    };
    QList<Naming> namings(int roundYear) const;
    void removeNaming(int id);
    void removeReview(int roundYear, int unitId);

private:
    QSqlDatabase m_db;
};

} // namespace cd
