// Unit types (with categories and aliases) and units: the roster's storage.
#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <array>
#include <functional>
#include <memory>
#include <QVariantList>
#include <optional>
#include <vector>

namespace cd {

class Database;

class UnitTypeRepository
{
public:
    explicit UnitTypeRepository(Database &db) : m_db(db) {}

    int insertCategory(const QString &name, int sort);
    int insertType(int categoryId, const QString &name, int sort);
    void insertAlias(const QString &alias, int typeId);
    QList<UnitType> all() const;
    QHash<QString, int> aliases() const;
    bool exists(int typeId) const;

private:
    Database &m_db;
};

class IndexRebuild;
class BulkStatement;

// New units made ready to write on any thread: their six texts encoded as a file stores them (UTF-8), one after
// another in one buffer. An import prepares each part on its reading thread, so that the writing thread only writes.
class PreparedUnits
{
public:
    PreparedUnits() = default;
    explicit PreparedUnits(QList<Unit> units);
    qsizetype size() const { return m_units.size(); }

private:
    friend class UnitInserter;
    QList<Unit> m_units;
    QByteArray m_utf8;
    std::vector<qsizetype> m_ends; // where each text ends in m_utf8: six per unit
};

// Units written one at a time inside the caller's write transaction, the ids handed out here (no RETURNING round
// trip). A batch of at least 5,000 into a file that holds fewer units than `expected` drops the units' secondary
// indexes first and builds each once in finish(), one sorted pass instead of a lookup per row; a duplicate then makes
// finish() fail and the caller's rollback brings the indexes back. A server takes 10,000 units a statement, its ids
// reserved from the identity's sequence as they are needed, while other clerks insert at the same time.
class UnitInserter
{
public:
    UnitInserter(Database &db, qsizetype expected);
    ~UnitInserter();
    UnitInserter(const UnitInserter &) = delete;
    UnitInserter &operator=(const UnitInserter &) = delete;

    int add(const Unit &u); // the new unit's id
    void add(const PreparedUnits &units);
    void finish();          // writes what is pending and builds the indexes again: call before the commit

private:
    void flush();
    Database &m_db;
    bool m_server = false;
    qsizetype m_expected = 0;
    qsizetype m_added = 0;
    qint64 m_next = 0;
    QString m_sequence;
    QList<qint64> m_reserved;
    qsizetype m_reservedUsed = 0;
    QVariantList m_batch;
    std::unique_ptr<IndexRebuild> m_indexes;
    std::unique_ptr<BulkStatement> m_statement;  // one unit
    static constexpr int kRowsPerStatement = 16;
    std::unique_ptr<BulkStatement> m_statements; // kRowsPerStatement units, made when first needed
};

class UnitRepository
{
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    // Inserts each unit and writes its new id back into it.
    // `tick` (optional) hears every 2,000 rows how many are written; returning false stops with Failure(Input)
    // inside the caller's transaction, which then rolls back.
    void insert(QList<Unit> &units, const std::function<bool(qsizetype)> &tick = {});
    // The same for `count` units made one at a time by `make(i, unit)` (i = 0…count-1), so that a million units
    // never sit in memory at once; `made(i, id)` hears the id each one got.
    void insert(qsizetype count, const std::function<void(qsizetype, Unit &)> &make, const std::function<void(qsizetype, int)> &made,
                const std::function<bool(qsizetype)> &tick = {});
    // Inserts units with the ids they carry (undo/redo brings back the same rows).
    void insertWithIds(const QList<Unit> &units);
    void update(const QList<Unit> &units);
    void remove(const QList<int> &ids);
    QList<Unit> all() const;
    // The units with these ids (those that exist), in id order, read in one pass that makes no row object for any other.
    QList<Unit> some(const QSet<int> &ids) const;
    std::optional<Unit> get(int id) const;
    QList<UnitRow> rows(const UnitFilter &filter = {}) const;
    int count() const;
    // Every unit in id order for the roster index, without making row objects; `each` returning false stops.
    void scanRoster(const std::function<bool(const RosterScanRow &)> &each) const;
    // The same for these units only (those that exist), in id order.
    void scanRoster(const QList<int> &ids, const std::function<bool(const RosterScanRow &)> &each) const;
    // The total length of the text scanRoster gives, to reserve memory once.
    qint64 rosterTextBytes() const;
    // Another unit than `exceptId` with this credit code, or with this name in this region.
    std::optional<int> otherWithCreditCode(const QString &code, int exceptId) const;
    std::optional<int> otherWithName(int regionId, const QString &name, int exceptId) const;
    // Whether the unit appears in the title history, in scores or in recommendations (it is then kept).
    bool hasHistory(int unitId) const;
    QHash<int, QString> names() const;
    // Every unit's id and name in the order of the ids, without a QString per unit; `each` sees the name's UTF-8.
    void scanNames(const std::function<void(int id, QByteArrayView name)> &each) const;
    QHash<int, QString> names(const QList<int> &ids) const; // only these units: a page need not hold a million names

private:
    Database &m_db;
};

} // namespace cd
