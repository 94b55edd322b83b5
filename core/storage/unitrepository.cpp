#include "storage/unitrepository.h"

#include <QStringEncoder>
#include <array>

#include "util/failure.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <algorithm>
#include <optional>

#include "storage/bulkload.h"
#include "storage/bulkstatement.h"
#include "storage/sql.h"

namespace cd {

int UnitTypeRepository::insertCategory(const QString &name, int sort)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO unit_categories(name, sort) VALUES (?, ?) RETURNING id"), {name, sort});
    q.next();
    return q.value(0).toInt();
}

int UnitTypeRepository::insertType(int categoryId, const QString &name, int sort)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO unit_types(category_id, name, sort) VALUES (?, ?, ?) RETURNING id"),
                      {categoryId, name, sort});
    q.next();
    return q.value(0).toInt();
}

void UnitTypeRepository::insertAlias(const QString &alias, int typeId)
{
    sql::run(m_db, QStringLiteral("INSERT INTO unit_type_aliases(alias, type_id) VALUES (?, ?)"), {alias, typeId});
}

QList<UnitType> UnitTypeRepository::all() const
{
    QList<UnitType> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT t.id, t.name, c.id, c.name FROM unit_types t "
                                     "JOIN unit_categories c ON c.id = t.category_id ORDER BY c.sort, t.sort, t.id"),
                      {});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

QHash<QString, int> UnitTypeRepository::aliases() const
{
    QHash<QString, int> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT alias, type_id FROM unit_type_aliases"), {});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

void UnitRepository::insert(QList<Unit> &units, const std::function<bool(qsizetype)> &tick)
{
    insert(
        units.size(), [&units](qsizetype i, Unit &u) { u = units[i]; }, [&units](qsizetype i, int id) { units[i].id = id; }, tick);
}

namespace {
// A file's INSERT of `rows` units with the ids given here.
QByteArray insertSql(int rows)
{
    QByteArray sql("INSERT INTO units(id, name, region_id, type_id, credit_code, address, leader, phone, staff_count, note) VALUES ");
    for (int k = 0; k < rows; ++k)
        sql += k ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}
} // namespace

UnitInserter::UnitInserter(Database &db, qsizetype expected) : m_db(db), m_server(db.isServer()), m_expected(expected)
{
    if (m_server) {
        // The sequence named once: nextval() of a name looked up per row took 0.27 s for 100,000 ids, of a constant 0.04 s.
        m_sequence = sql::scalar(m_db, QStringLiteral("SELECT pg_get_serial_sequence('units', 'id')")).toString();
        m_sequence.replace(QLatin1Char('\''), QStringLiteral("''"));
        return;
    }
    m_next = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM units")).toLongLong();
    if (expected >= 5000 && expected > m_next)
        // The units written here have no uuid (one is given when a unit first travels), so the index of uuids stays.
        m_indexes = std::make_unique<IndexRebuild>(m_db.connection(), QStringList{QStringLiteral("units")},
                                                   QStringList{QStringLiteral("units_uuid")});
    // A file takes the units one by one through SQLite's own statement.
    m_statement = std::make_unique<BulkStatement>(m_db, insertSql(1).constData());
}

UnitInserter::~UnitInserter() = default;

int UnitInserter::add(const Unit &u)
{
    if (!m_server) {
        const qint64 id = ++m_next;
        BulkStatement &q = *m_statement;
        q.bind(1, id).bind(2, u.name).bind(3, qint64(u.regionId)).bind(4, qint64(u.typeId));
        q.bindNullable(5, u.creditCode).bind(6, u.address).bind(7, u.leader).bind(8, u.phone);
        q.bind(9, u.staffCount).bind(10, u.note);
        q.step();
        return int(id);
    }
    // Ids reserved as many as expected, up to 10,000 at a time (one round trip each); the units go 10,000 a statement.
    if (m_reservedUsed == m_reserved.size()) {
        m_reserved.clear();
        m_reservedUsed = 0;
        const qint64 wanted = std::clamp<qint64>(m_expected - m_added, 1, 10000);
        BulkStatement ids(m_db, QStringLiteral("SELECT nextval('%1'::regclass) FROM generate_series(1, ?)").arg(m_sequence).toUtf8().constData());
        ids.bind(1, wanted);
        while (ids.next())
            m_reserved.push_back(ids.integer(0));
    }
    ++m_added;
    const int id = int(m_reserved[m_reservedUsed++]);
    m_batch << id << u.name << u.regionId << u.typeId << sql::nullable(u.creditCode) << sql::text(u.address) << sql::text(u.leader)
            << sql::text(u.phone) << (u.staffCount ? QVariant(*u.staffCount) : QVariant(QMetaType(QMetaType::Int))) << sql::text(u.note);
    if (m_batch.size() >= 10000 * 10)
        flush();
    return id;
}

namespace {
// The texts of a unit a file stores, in the order PreparedUnits keeps them.
std::array<const QString *, 6> textsOf(const Unit &u)
{
    return {&u.name, &u.creditCode, &u.address, &u.leader, &u.phone, &u.note};
}
} // namespace

PreparedUnits::PreparedUnits(QList<Unit> units) : m_units(std::move(units))
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    qsizetype space = 0;
    for (const Unit &u : std::as_const(m_units))
        for (const QString *text : textsOf(u))
            space += encoder.requiredSpace(text->size());
    m_utf8.resize(space);
    m_ends.reserve(m_units.size() * 6);
    char *const start = m_utf8.data();
    char *end = start;
    for (const Unit &u : std::as_const(m_units))
        for (const QString *text : textsOf(u)) {
            end = encoder.appendToBuffer(end, *text);
            m_ends.push_back(end - start);
        }
    m_utf8.truncate(end - start);
}

void UnitInserter::add(const PreparedUnits &prepared)
{
    if (m_server) {
        for (const Unit &u : prepared.m_units)
            add(u);
        return;
    }
    const char *const text = prepared.m_utf8.constData();
    const qsizetype *end = prepared.m_ends.data();
    qsizetype from = 0;
    const auto next = [&] {
        const QByteArrayView view(text + from, *end - from);
        from = *end++;
        return view;
    };
    // Sixteen units a statement while there are as many, then one: SQLite runs one statement of sixteen rows in about
    // three quarters of the time of sixteen statements.
    const auto bindUnit = [&](BulkStatement &q, int first, const Unit &u) {
        // In the order of textsOf(): name, credit code, address, leader, phone, note.
        q.bind(first, ++m_next).bindUtf8(first + 1, next()).bind(first + 2, qint64(u.regionId)).bind(first + 3, qint64(u.typeId));
        q.bindNullableUtf8(first + 4, next()).bindUtf8(first + 5, next()).bindUtf8(first + 6, next()).bindUtf8(first + 7, next());
        q.bind(first + 8, u.staffCount).bindUtf8(first + 9, next());
    };
    const QList<Unit> &units = prepared.m_units;
    qsizetype i = 0;
    if (units.size() >= kRowsPerStatement) {
        if (!m_statements)
            m_statements = std::make_unique<BulkStatement>(m_db, insertSql(kRowsPerStatement).constData());
        for (; i + kRowsPerStatement <= units.size(); i += kRowsPerStatement) {
            for (int k = 0; k < kRowsPerStatement; ++k)
                bindUnit(*m_statements, 1 + 10 * k, units[i + k]);
            m_statements->step();
        }
    }
    for (; i < units.size(); ++i) {
        bindUnit(*m_statement, 1, units[i]);
        m_statement->step();
    }
}

void UnitInserter::flush()
{
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("region_id"), QStringLiteral("type_id"),
                                        QStringLiteral("credit_code"), QStringLiteral("address"), QStringLiteral("leader"),
                                        QStringLiteral("phone"), QStringLiteral("staff_count"), QStringLiteral("note")};
    if (!m_batch.isEmpty())
        sql::insertRows(m_db.connection(), QStringLiteral("units"), columns, m_batch);
    m_batch.clear();
}

void UnitInserter::finish()
{
    flush();
    if (m_indexes)
        m_indexes->rebuild();
    m_indexes.reset();
}

void UnitRepository::insert(qsizetype count, const std::function<void(qsizetype, Unit &)> &make,
                            const std::function<void(qsizetype, int)> &made, const std::function<bool(qsizetype)> &tick)
{
    UnitInserter inserter(m_db, count);
    Unit u;
    for (qsizetype i = 0; i < count; ++i) {
        if (tick && (i + 1) % 2000 == 0 && !tick(i + 1))
            failInput(QCoreApplication::translate("cd::RosterImport", "The import was cancelled; nothing was imported."));
        make(i, u);
        u.id = inserter.add(u);
        if (made)
            made(i, u.id);
    }
    inserter.finish();
}

void UnitRepository::insertWithIds(const QList<Unit> &units)
{
    // With the version they had: a unit put back by an undo continues where it stood.
    BulkStatement q(m_db, "INSERT INTO units(id, name, region_id, type_id, credit_code, address, leader, phone, "
                          "staff_count, note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto &u : units) {
        q.bind(1, qint64(u.id)).bind(2, u.name).bind(3, qint64(u.regionId)).bind(4, qint64(u.typeId));
        q.bindNullable(5, u.creditCode).bind(6, u.address).bind(7, u.leader).bind(8, u.phone);
        q.bind(9, u.staffCount).bind(10, u.note).bind(11, qint64(std::max(1, u.version)));
        q.step();
    }
}

void UnitRepository::update(const QList<Unit> &units)
{
    // Saved only onto the version it was read at (schema 6): a unit another clerk changed since is refused, never
    // overwritten; the caller's transaction then rolls back whatever else it wrote.
    BulkStatement q(m_db, "UPDATE units SET name = ?, region_id = ?, type_id = ?, credit_code = ?, address = ?, "
                          "leader = ?, phone = ?, staff_count = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?");
    for (const auto &u : units) {
        q.bind(1, u.name).bind(2, qint64(u.regionId)).bind(3, qint64(u.typeId)).bindNullable(4, u.creditCode);
        q.bind(5, u.address).bind(6, u.leader).bind(7, u.phone).bind(8, u.staffCount).bind(9, u.note);
        q.bind(10, qint64(u.id)).bind(11, qint64(u.version));
        q.step();
        if (q.changes() == 0)
            throw EditConflict(QCoreApplication::translate("cd::Database", "Unit %1 (id %2) was changed or removed by another clerk after it was read; "
                                                                           "nothing was saved. Read it again and redo the change.")
                                   .arg(u.name)
                                   .arg(u.id),
                               QStringLiteral("unit"), u.id);
    }
}

void UnitRepository::remove(const QList<int> &ids)
{
    auto q = sql::prepare(m_db, QStringLiteral("DELETE FROM units WHERE id = ?"));
    for (int id : ids) {
        q.bindValue(0, id);
        sql::run(q);
    }
}

static Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toInt();
    u.name = q.value(1).toString();
    u.regionId = q.value(2).toInt();
    u.typeId = q.value(3).toInt();
    u.creditCode = q.value(4).toString();
    u.address = q.value(5).toString();
    u.leader = q.value(6).toString();
    u.phone = q.value(7).toString();
    if (!q.value(8).isNull())
        u.staffCount = q.value(8).toInt();
    u.note = q.value(9).toString();
    u.version = q.value(10).toInt();
    return u;
}

static const char kUnitColumns[] =
    "SELECT id, name, region_id, type_id, coalesce(credit_code, ''), address, leader, phone, staff_count, note, version FROM units";

QList<Unit> UnitRepository::all() const
{
    QList<Unit> out;
    auto q = sql::run(m_db, QString::fromLatin1(kUnitColumns) + QStringLiteral(" ORDER BY id"), {});
    while (q.next())
        out.push_back(unitFrom(q));
    return out;
}

QList<Unit> UnitRepository::some(const QSet<int> &ids) const
{
    QList<Unit> out;
    out.reserve(ids.size());
    // staff_count is never negative (its CHECK), so -1 stands for "not given".
    BulkStatement q(m_db, "SELECT id, name, region_id, type_id, coalesce(credit_code, ''), address, leader, phone, "
                          "coalesce(staff_count, -1), note, version FROM units ORDER BY id");
    while (q.next()) {
        const int id = int(q.integer(0));
        if (!ids.contains(id))
            continue;
        Unit u;
        u.id = id;
        u.name = q.text(1);
        u.regionId = int(q.integer(2));
        u.typeId = int(q.integer(3));
        u.creditCode = q.text(4);
        u.address = q.text(5);
        u.leader = q.text(6);
        u.phone = q.text(7);
        if (const qint64 staff = q.integer(8); staff >= 0)
            u.staffCount = int(staff);
        u.note = q.text(9);
        u.version = int(q.integer(10));
        out.push_back(std::move(u));
    }
    return out;
}

std::optional<Unit> UnitRepository::get(int id) const
{
    auto q = sql::run(m_db, QString::fromLatin1(kUnitColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return unitFrom(q);
}

QList<UnitRow> UnitRepository::rows(const UnitFilter &f) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList args;
    if (f.regionId || !f.regionCode.isEmpty()) {
        // A region selects itself and everything below it (CLI.md): the province all of it, a 市(州) its counties.
        const QString match = f.regionId ? QStringLiteral("id = ?") : QStringLiteral("code = ?");
        where += QStringLiteral(" AND u.region_id IN (WITH RECURSIVE scope(id) AS (SELECT id FROM regions WHERE %1 "
                                "UNION ALL SELECT g.id FROM regions g JOIN scope s ON g.parent_id = s.id) SELECT id FROM scope)")
                     .arg(match);
        args << (f.regionId ? QVariant(f.regionId) : QVariant(f.regionCode));
    }
    if (!f.typeName.isEmpty()) {
        where += QStringLiteral(" AND t.name = ?");
        args << f.typeName;
    }
    if (f.unitId) {
        where += QStringLiteral(" AND u.id = ?");
        args << f.unitId;
    }
    auto q = sql::prepare(
        m_db,
        QStringLiteral(
            "SELECT u.id, u.name, coalesce(r.code, ''), r.name, coalesce(p.name, ''), t.name, c.name, "
            "coalesce(u.credit_code, ''), u.address, u.leader, u.phone, "
            "CASE WHEN nm.named IS NULL THEN 0 WHEN nm.named > coalesce(rv.revoked, '') THEN 1 ELSE 2 END, "
            "u.region_id, CASE WHEN r.level = 2 THEN r.id ELSE coalesce(p.id, 0) END, r.full_name, u.staff_count, u.note "
            "FROM units u JOIN regions r ON r.id = u.region_id LEFT JOIN regions p ON p.id = r.parent_id AND p.level = 2 "
            "JOIN unit_types t ON t.id = u.type_id JOIN unit_categories c ON c.id = t.category_id "
            // Title status from the last naming against the last revocation, computed once per unit.
            "LEFT JOIN (SELECT nu.unit_id, max(n.date) AS named FROM naming_units nu JOIN namings n ON n.id = nu.naming_id "
            "           GROUP BY nu.unit_id) nm ON nm.unit_id = u.id "
            "LEFT JOIN (SELECT unit_id, max(date) AS revoked FROM reviews WHERE outcome = 'revoked' GROUP BY unit_id) rv "
            "       ON rv.unit_id = u.id")
            + where + QStringLiteral(" ORDER BY u.id"));
    for (const auto &a : args)
        q.addBindValue(a);
    sql::run(q);
    QList<UnitRow> out;
    while (q.next()) {
        UnitRow r;
        r.id = q.value(0).toInt();
        r.name = q.value(1).toString();
        r.regionCode = q.value(2).toString();
        r.regionName = q.value(3).toString();
        r.cityName = q.value(4).toString();
        r.typeName = q.value(5).toString();
        r.categoryName = q.value(6).toString();
        r.creditCode = q.value(7).toString();
        r.address = q.value(8).toString();
        r.leader = q.value(9).toString();
        r.phone = q.value(10).toString();
        r.titleStatus = q.value(11).toInt();
        r.regionId = q.value(12).toInt();
        r.cityId = q.value(13).toInt();
        r.regionFullName = q.value(14).toString();
        if (!q.value(15).isNull())
            r.staffCount = q.value(15).toInt();
        r.note = q.value(16).toString();
        out.push_back(std::move(r));
    }
    return out;
}

QHash<int, QString> UnitRepository::names() const
{
    QHash<int, QString> out;
    BulkStatement q(m_db, "SELECT id, name FROM units");
    while (q.next())
        out.insert(int(q.integer(0)), q.text(1));
    return out;
}

void UnitRepository::scanNames(const std::function<void(int, QByteArrayView)> &each) const
{
    BulkStatement q(m_db, "SELECT id, name FROM units ORDER BY id");
    while (q.next())
        each(int(q.integer(0)), q.utf8(1));
}

QHash<int, QString> UnitRepository::names(const QList<int> &ids) const
{
    QHash<int, QString> out;
    BulkStatement q(m_db, "SELECT name FROM units WHERE id = ?");
    for (int id : ids) {
        if (out.contains(id))
            continue;
        q.bind(1, qint64(id));
        if (q.next()) {
            out.insert(id, q.text(0));
            while (q.next()) { } // one row at most; this resets the statement
        }
    }
    return out;
}

namespace {
// What the roster index reads of a unit (scanRows), from `units u`, its region `r` and 市(州) `p`, and `nm.named`
// and `rv.revoked`, the dates of its last naming and revocation.
#define CD_ROSTER_COLUMNS                                                                                                \
    "SELECT u.id, u.region_id, CASE WHEN r.level = 2 THEN r.id ELSE coalesce(p.id, 0) END, u.type_id, "                 \
    "CASE WHEN nm.named IS NULL THEN 0 WHEN nm.named > coalesce(rv.revoked, '') THEN 1 ELSE 2 END, "                   \
    "u.name, u.address, u.leader, u.phone, coalesce(u.credit_code, '') "                                                 \
    "FROM units u JOIN regions r ON r.id = u.region_id LEFT JOIN regions p ON p.id = r.parent_id AND p.level = 2"

const char kRosterScan[] =
    CD_ROSTER_COLUMNS " "
    "LEFT JOIN (SELECT nu.unit_id, max(n.date) AS named FROM naming_units nu JOIN namings n ON n.id = nu.naming_id "
    "           GROUP BY nu.unit_id) nm ON nm.unit_id = u.id "
    "LEFT JOIN (SELECT unit_id, max(date) AS revoked FROM reviews WHERE outcome = 'revoked' GROUP BY unit_id) rv "
    "       ON rv.unit_id = u.id ";

// Steps through a roster query, one RosterScanRow per unit; false when `each` asked to stop.
bool scanRows(BulkStatement &q, const std::function<bool(const RosterScanRow &)> &each)
{
    RosterScanRow row;
    while (q.next()) {
        row.id = int(q.integer(0));
        row.regionId = int(q.integer(1));
        row.cityId = int(q.integer(2));
        row.typeId = int(q.integer(3));
        row.titleStatus = int(q.integer(4));
        for (int f = 0; f < 5; ++f)
            row.text[size_t(f)] = q.utf8(5 + f);
        if (!each(row))
            return false;
    }
    return true;
}
} // namespace

void UnitRepository::scanRoster(const std::function<bool(const RosterScanRow &)> &each) const
{
    BulkStatement q(m_db, (QByteArray(kRosterScan) + "ORDER BY u.id").constData());
    scanRows(q, each);
}

void UnitRepository::scanRoster(const QList<int> &ids, const std::function<bool(const RosterScanRow &)> &each) const
{
    QList<int> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // The title status of one unit through the indexes on naming_units(unit_id) and reviews(unit_id): the
    // grouped subqueries of the whole scan would read every naming for each unit.
    BulkStatement q(m_db,
                    CD_ROSTER_COLUMNS ", "
                    "(SELECT (SELECT max(n.date) FROM naming_units nu JOIN namings n ON n.id = nu.naming_id WHERE nu.unit_id = ?) AS named) nm, "
                    "(SELECT (SELECT max(date) FROM reviews WHERE unit_id = ? AND outcome = 'revoked') AS revoked) rv "
                    "WHERE u.id = ?");
    for (int id : sorted) {
        q.bind(1, qint64(id)).bind(2, qint64(id)).bind(3, qint64(id));
        bool more = true;
        const bool drained = scanRows(q, [&](const RosterScanRow &r) {
            more = each(r);
            return false; // one row per id
        });
        if (!drained) {
            while (q.next()) { } // resets the statement for the next id
        }
        if (!more)
            return;
    }
}

qint64 UnitRepository::rosterTextBytes() const
{
    const auto bytes = [this](const char *column) { return sql::byteLength(m_db.connection(), QLatin1String(column)); };
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(sum(%1 + %2 + %3 + %4 + coalesce(%5, 0) + 5), 0) FROM units")
                                 .arg(bytes("name"), bytes("address"), bytes("leader"), bytes("phone"), bytes("credit_code")))
        .toLongLong();
}

int UnitRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM units")).toInt();
}


std::optional<int> UnitRepository::otherWithCreditCode(const QString &code, int exceptId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT id FROM units WHERE credit_code = ? AND id <> ?"), {code, exceptId});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<int> UnitRepository::otherWithName(int regionId, const QString &name, int exceptId) const
{
    const QVariant v = sql::scalar(m_db, QStringLiteral("SELECT id FROM units WHERE region_id = ? AND name = ? AND id <> ?"),
                                   {regionId, name, exceptId});
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

bool UnitRepository::hasHistory(int unitId) const
{
    // Scores are found through their index (system, stage, unit) for each system and stage: a whole country's
    // scores are never scanned to delete one unit.
    return sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM naming_units WHERE unit_id = ?) "
                                      "OR EXISTS (SELECT 1 FROM reviews WHERE unit_id = ?) "
                                      "OR EXISTS (SELECT 1 FROM scores WHERE system_id IN (SELECT id FROM indicator_systems) "
                                      "           AND stage IN ('local', 'province') AND unit_id = ?) "
                                      "OR EXISTS (SELECT 1 FROM recommendation_units WHERE unit_id = ?)"),
                       {unitId, unitId, unitId, unitId})
        .toBool();
}


bool UnitTypeRepository::exists(int typeId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM unit_types WHERE id = ?)"), {typeId}).toBool();
}

} // namespace cd
