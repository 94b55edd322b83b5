#include "storage/exchangerepository.h"

#include "storage/exchangevalues.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace cd {

using namespace exchangevalues;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cd::ExchangeRepository", s);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Files of veto events or activities: owner id → [{sha256, name, size}].
QHash<qint64, QJsonArray> filesBy(Database &db, const char *ownerColumn)
{
    QHash<qint64, QJsonArray> out;
    QSqlQuery q = sql::run(db, QStringLiteral("SELECT %1, sha256, file_name, size FROM attachments WHERE %1 IS NOT NULL ORDER BY id")
                                   .arg(QLatin1String(ownerColumn)),
                           {});
    while (q.next())
        out[q.value(0).toLongLong()].append(
            QJsonObject{{QStringLiteral("sha256"), q.value(1).toString()}, {QStringLiteral("name"), q.value(2).toString()},
                        {QStringLiteral("size"), q.value(3).toLongLong()}});
    return out;
}


} // namespace

struct ExchangeRepository::Prepared
{
    QHash<QString, QSqlQuery> queries;
};

ExchangeRepository::ExchangeRepository(Database &db) : m_db(db), m_prepared(std::make_unique<Prepared>()) {}

ExchangeRepository::~ExchangeRepository() = default;

QVariant ExchangeRepository::scalar(const QString &statement, std::initializer_list<QVariant> args) const
{
    auto it = m_prepared->queries.find(statement);
    if (it == m_prepared->queries.end())
        it = m_prepared->queries.insert(statement, sql::prepare(m_db, statement));
    QSqlQuery &q = *it;
    int i = 0;
    for (const QVariant &a : args)
        q.bindValue(i++, a);
    sql::run(q);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish(); // no statement stays open between calls
    return v;
}

void ExchangeRepository::exec(const QString &statement, std::initializer_list<QVariant> args) const
{
    scalar(statement, args);
}

void ExchangeRepository::plain(const QString &statement) const
{
    sql::exec(m_db, statement);
}

QString ExchangeRow::unitKey() const
{
    return kind == QLatin1String("unit") ? key : data.value(QStringLiteral("unit")).toString();
}

QStringList ExchangeRow::unitKeys() const
{
    if (kind == QLatin1String("naming") || kind == QLatin1String("recommendation")) {
        QStringList keys;
        for (const QJsonValue &v : data.value(QStringLiteral("units")).toArray())
            keys << v.toString();
        return keys;
    }
    const QString one = unitKey();
    return one.isEmpty() ? QStringList() : QStringList{one};
}

void ExchangeRepository::giveIdentities()
{
    for (const char *table : {"units", "veto_events", "surveys", "activities", "rectifications", "recommendations"}) {
        QList<qint64> ids;
        QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id FROM %1 WHERE uuid IS NULL").arg(QLatin1String(table)), {});
        while (q.next())
            ids << q.value(0).toLongLong();
        QSqlQuery set = sql::prepare(m_db, QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(QLatin1String(table)));
        for (qint64 id : ids) {
            set.bindValue(0, newUuid());
            set.bindValue(1, id);
            sql::run(set);
        }
    }
}

QList<ExchangeRow> ExchangeRepository::rows(const QSet<int> &regionIds) const
{
    Database &db = m_db;
    const QString scope = scopeClause(regionIds);
    QList<ExchangeRow> out;
    const auto add = [&](const QString &kind, const QString &key, const QJsonObject &data) { out.append(ExchangeRow{kind, key, data}); };
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT u.uuid, u.name, coalesce(nullif(r.code, ''), r.name), t.name, u.credit_code, u.address, "
                                                  "u.leader, u.phone, u.staff_count, u.note FROM units u JOIN regions r ON r.id = u.region_id "
                                                  "JOIN unit_types t ON t.id = u.type_id WHERE %1 ORDER BY u.id").arg(scope), {});
        while (q.next())
            add(QStringLiteral("unit"), q.value(0).toString(),
                {{QStringLiteral("uuid"), q.value(0).toString()}, {QStringLiteral("name"), q.value(1).toString()},
                 {QStringLiteral("region"), q.value(2).toString()}, {QStringLiteral("type"), q.value(3).toString()},
                 {QStringLiteral("credit_code"), json(q.value(4))}, {QStringLiteral("address"), q.value(5).toString()},
                 {QStringLiteral("leader"), q.value(6).toString()}, {QStringLiteral("phone"), q.value(7).toString()},
                 {QStringLiteral("staff_count"), json(q.value(8))}, {QStringLiteral("note"), q.value(9).toString()}});
    }
    {
        const auto files = filesBy(db, "veto_event_id");
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT v.id, v.uuid, u.uuid, k.name, v.date, v.note FROM veto_events v JOIN units u ON u.id = v.unit_id "
                                                  "JOIN veto_kinds k ON k.id = v.kind_id WHERE %1 ORDER BY v.id").arg(scope), {});
        while (q.next())
            add(QStringLiteral("veto"), q.value(1).toString(),
                {{QStringLiteral("uuid"), q.value(1).toString()}, {QStringLiteral("unit"), q.value(2).toString()},
                 {QStringLiteral("kind"), q.value(3).toString()}, {QStringLiteral("date"), q.value(4).toString()},
                 {QStringLiteral("note"), q.value(5).toString()}, {QStringLiteral("files"), files.value(q.value(0).toLongLong())}});
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT s.uuid, u.uuid, s.round_year, s.date, s.issued, s.returned, s.satisfied, s.basic, s.dissatisfied "
                                                  "FROM surveys s JOIN units u ON u.id = s.unit_id WHERE %1 ORDER BY s.id").arg(scope), {});
        while (q.next())
            add(QStringLiteral("survey"), q.value(0).toString(),
                {{QStringLiteral("uuid"), q.value(0).toString()}, {QStringLiteral("unit"), q.value(1).toString()},
                 {QStringLiteral("round"), q.value(2).toLongLong()}, {QStringLiteral("date"), json(q.value(3))},
                 {QStringLiteral("issued"), q.value(4).toLongLong()}, {QStringLiteral("returned"), q.value(5).toLongLong()},
                 {QStringLiteral("satisfied"), q.value(6).toLongLong()}, {QStringLiteral("basic"), q.value(7).toLongLong()},
                 {QStringLiteral("dissatisfied"), q.value(8).toLongLong()}});
    }
    {
        const auto files = filesBy(db, "activity_id");
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT a.id, a.uuid, u.uuid, a.date, a.kind, a.participants, a.description FROM activities a "
                                                  "JOIN units u ON u.id = a.unit_id WHERE %1 ORDER BY a.id").arg(scope), {});
        while (q.next())
            add(QStringLiteral("activity"), q.value(1).toString(),
                {{QStringLiteral("uuid"), q.value(1).toString()}, {QStringLiteral("unit"), q.value(2).toString()},
                 {QStringLiteral("date"), q.value(3).toString()}, {QStringLiteral("kind"), q.value(4).toString()},
                 {QStringLiteral("participants"), json(q.value(5))}, {QStringLiteral("description"), q.value(6).toString()},
                 {QStringLiteral("files"), files.value(q.value(0).toLongLong())}});
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT x.uuid, u.uuid, x.finding, x.source, x.owner, x.deadline, x.closed_date, x.closing_evidence "
                                                  "FROM rectifications x JOIN units u ON u.id = x.unit_id WHERE %1 ORDER BY x.id").arg(scope), {});
        while (q.next())
            add(QStringLiteral("rectification"), q.value(0).toString(),
                {{QStringLiteral("uuid"), q.value(0).toString()}, {QStringLiteral("unit"), q.value(1).toString()},
                 {QStringLiteral("finding"), q.value(2).toString()}, {QStringLiteral("source"), q.value(3).toString()},
                 {QStringLiteral("owner"), q.value(4).toString()}, {QStringLiteral("deadline"), q.value(5).toString()},
                 {QStringLiteral("closed"), json(q.value(6))}, {QStringLiteral("closing_evidence"), q.value(7).toString()}});
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT u.uuid, p.round_year, k.code, p.date, p.evidence FROM prerequisites p "
                                                  "JOIN units u ON u.id = p.unit_id JOIN prerequisite_kinds k ON k.id = p.kind_id "
                                                  "WHERE %1 ORDER BY u.id, p.round_year, k.code").arg(scope), {});
        while (q.next())
            add(QStringLiteral("prerequisite"), QStringLiteral("%1|%2|%3").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toString()),
                {{QStringLiteral("unit"), q.value(0).toString()}, {QStringLiteral("round"), q.value(1).toLongLong()},
                 {QStringLiteral("kind"), q.value(2).toString()}, {QStringLiteral("date"), q.value(3).toString()},
                 {QStringLiteral("evidence"), q.value(4).toString()}});
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT u.uuid, d.year, d.level FROM demonstration_points d JOIN units u ON u.id = d.unit_id "
                                                  "WHERE %1 ORDER BY u.id, d.year").arg(scope), {});
        while (q.next())
            add(QStringLiteral("demo_point"), QStringLiteral("%1|%2").arg(q.value(0).toString()).arg(q.value(1).toLongLong()),
                {{QStringLiteral("unit"), q.value(0).toString()}, {QStringLiteral("year"), q.value(1).toLongLong()},
                 {QStringLiteral("level"), q.value(2).toString()}});
    }
    appendAppraisalRows(regionIds, out);
    return out;
}

int ExchangeRepository::unitId(const QString &unitUuid) const
{
    return unitUuid.isEmpty() ? 0 : scalar(QStringLiteral("SELECT id FROM units WHERE uuid = ?"), {unitUuid}).toInt();
}

QString ExchangeRepository::unitName(const QString &unitUuid) const
{
    return unitUuid.isEmpty() ? QString() : scalar(QStringLiteral("SELECT name FROM units WHERE uuid = ?"), {unitUuid}).toString();
}

int ExchangeRepository::regionOfUnit(const QString &unitUuid) const
{
    return unitUuid.isEmpty() ? 0 : scalar(QStringLiteral("SELECT region_id FROM units WHERE uuid = ?"), {unitUuid}).toInt();
}

int ExchangeRepository::regionId(const QString &codeOrName) const
{
    if (codeOrName.isEmpty())
        return 0;
    if (const int id = scalar(QStringLiteral("SELECT id FROM regions WHERE code = ?"), {codeOrName}).toInt())
        return id;
    return scalar(QStringLiteral("SELECT id FROM regions WHERE (code IS NULL OR code = '') AND name = ?"), {codeOrName}).toInt();
}

ExchangeRepository::Applied ExchangeRepository::apply(const ExchangeRow &row)
{
    return inSavepoint([&] { return applyRecord(row); });
}

ExchangeRepository::Applied ExchangeRepository::applyRecord(const ExchangeRow &row)
{
    Database &db = m_db;
    const QJsonObject &d = row.data;
    const auto s = [&](const char *k) { return d.value(QLatin1String(k)).toString(); };
    const auto unitId = [&] {
        const int id = scalar(QStringLiteral("SELECT id FROM units WHERE uuid = ?"), {row.unitKey()}).toInt();
        if (!id)
            failInput(tr("its unit is neither in the package nor in this file"));
        return id;
    };
    const auto existing = [&](const char *table) {
        return scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1String(table)), {row.key}).toInt();
    };
    const auto replaceFiles = [&](const char *ownerColumn, qint64 owner) {
        exec(QStringLiteral("DELETE FROM attachments WHERE %1 = ?").arg(QLatin1String(ownerColumn)), {owner});
        for (const QJsonValue &f : d.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = f.toObject();
            exec(QStringLiteral("INSERT INTO attachments(%1, sha256, file_name, size) VALUES (?, ?, ?, ?)").arg(QLatin1String(ownerColumn)),
                     {owner, o.value(QStringLiteral("sha256")).toString(), o.value(QStringLiteral("name")).toString(),
                      whole(o.value(QStringLiteral("size")))});
        }
    };

    if (row.kind == QLatin1String("unit")) {
        const int region = regionId(s("region"));
        if (!region)
            failInput(tr("its region %1 is not a region of this province").arg(s("region")));
        const int type = scalar(QStringLiteral("SELECT id FROM unit_types WHERE name = ?"), {s("type")}).toInt();
        if (!type)
            failInput(tr("its unit type %1 is not known here").arg(s("type")));
        const QString credit = s("credit_code");
        int id = scalar(QStringLiteral("SELECT id FROM units WHERE uuid = ?"), {row.key}).toInt();
        if (!id && !credit.isEmpty())
            id = scalar(QStringLiteral("SELECT id FROM units WHERE credit_code = ? AND uuid IS NULL"), {credit}).toInt();
        if (!id)
            id = scalar(QStringLiteral("SELECT id FROM units WHERE region_id = ? AND name = ? AND uuid IS NULL"), {region, s("name")}).toInt();
        if (scalar(QStringLiteral("SELECT id FROM units WHERE region_id = ? AND name = ? AND id <> ?"), {region, s("name"), id}).toInt())
            failInput(tr("another unit of its region in this file already has the name %1").arg(s("name")));
        if (!credit.isEmpty() && scalar(QStringLiteral("SELECT id FROM units WHERE credit_code = ? AND id <> ?"), {credit, id}).toInt())
            failInput(tr("another unit in this file already has the credit code %1").arg(credit));
        const QVariant creditValue = credit.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(credit);
        if (id) {
            exec(QStringLiteral("UPDATE units SET version = version + 1, uuid = ?, name = ?, region_id = ?, type_id = ?, credit_code = ?, address = ?, leader = ?, "
                                        "phone = ?, staff_count = ?, note = ? WHERE id = ?"),
                     {row.key, s("name"), region, type, creditValue, s("address"), s("leader"), s("phone"), nullableWhole(d.value(QStringLiteral("staff_count"))),
                      s("note"), id});
            return Applied::Updated;
        }
        exec(QStringLiteral("INSERT INTO units(uuid, name, region_id, type_id, credit_code, address, leader, phone, staff_count, note) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {row.key, s("name"), region, type, creditValue, s("address"), s("leader"), s("phone"), nullableWhole(d.value(QStringLiteral("staff_count"))),
                  s("note")});
        return Applied::Inserted;
    }
    if (row.kind == QLatin1String("veto")) {
        const int unit = unitId();
        int kind = scalar(QStringLiteral("SELECT id FROM veto_kinds WHERE name = ?"), {s("kind")}).toInt();
        if (!kind) { // a kind the sending office added travels with its events
            exec(QStringLiteral("INSERT INTO veto_kinds(name) VALUES (?)"), {s("kind")});
            kind = scalar(QStringLiteral("SELECT id FROM veto_kinds WHERE name = ?"), {s("kind")}).toInt();
        }
        int id = existing("veto_events");
        const Applied how = id ? Applied::Updated : Applied::Inserted;
        if (id)
            exec(QStringLiteral("UPDATE veto_events SET version = version + 1, unit_id = ?, kind_id = ?, date = ?, note = ? WHERE id = ?"), {unit, kind, s("date"), s("note"), id});
        else {
            exec(QStringLiteral("INSERT INTO veto_events(uuid, unit_id, kind_id, date, note) VALUES (?, ?, ?, ?, ?)"),
                     {row.key, unit, kind, s("date"), s("note")});
            id = existing("veto_events");
        }
        replaceFiles("veto_event_id", id);
        return how;
    }
    if (row.kind == QLatin1String("survey")) {
        const int unit = unitId();
        const int id = existing("surveys");
        const auto n = [&](const char *k) { return whole(d.value(QLatin1String(k))); };
        if (id) {
            exec(QStringLiteral("UPDATE surveys SET version = version + 1, unit_id = ?, round_year = ?, date = ?, issued = ?, returned = ?, satisfied = ?, basic = ?, "
                                        "dissatisfied = ? WHERE id = ?"),
                     {unit, n("round"), nullableText(d.value(QStringLiteral("date"))), n("issued"), n("returned"), n("satisfied"), n("basic"), n("dissatisfied"), id});
            return Applied::Updated;
        }
        exec(QStringLiteral("INSERT INTO surveys(uuid, unit_id, round_year, date, issued, returned, satisfied, basic, dissatisfied) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {row.key, unit, n("round"), nullableText(d.value(QStringLiteral("date"))), n("issued"), n("returned"), n("satisfied"), n("basic"), n("dissatisfied")});
        return Applied::Inserted;
    }
    if (row.kind == QLatin1String("activity")) {
        const int unit = unitId();
        int id = existing("activities");
        const Applied how = id ? Applied::Updated : Applied::Inserted;
        if (id)
            exec(QStringLiteral("UPDATE activities SET version = version + 1, unit_id = ?, date = ?, kind = ?, participants = ?, description = ? WHERE id = ?"),
                     {unit, s("date"), s("kind"), nullableWhole(d.value(QStringLiteral("participants"))), s("description"), id});
        else {
            exec(QStringLiteral("INSERT INTO activities(uuid, unit_id, date, kind, participants, description) VALUES (?, ?, ?, ?, ?, ?)"),
                     {row.key, unit, s("date"), s("kind"), nullableWhole(d.value(QStringLiteral("participants"))), s("description")});
            id = existing("activities");
        }
        replaceFiles("activity_id", id);
        return how;
    }
    if (row.kind == QLatin1String("rectification")) {
        const int unit = unitId();
        const int id = existing("rectifications");
        if (id) {
            exec(QStringLiteral("UPDATE rectifications SET version = version + 1, unit_id = ?, finding = ?, source = ?, owner = ?, deadline = ?, closed_date = ?, "
                                        "closing_evidence = ? WHERE id = ?"),
                     {unit, s("finding"), s("source"), s("owner"), s("deadline"), nullableText(d.value(QStringLiteral("closed"))), s("closing_evidence"), id});
            return Applied::Updated;
        }
        exec(QStringLiteral("INSERT INTO rectifications(uuid, unit_id, finding, source, owner, deadline, closed_date, closing_evidence) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {row.key, unit, s("finding"), s("source"), s("owner"), s("deadline"), nullableText(d.value(QStringLiteral("closed"))), s("closing_evidence")});
        return Applied::Inserted;
    }
    if (row.kind == QLatin1String("prerequisite")) {
        const int unit = unitId();
        const int kind = scalar(QStringLiteral("SELECT id FROM prerequisite_kinds WHERE code = ?"), {s("kind")}).toInt();
        if (!kind)
            failInput(tr("its prerequisite kind %1 is not known here").arg(s("kind")));
        const qint64 round = whole(d.value(QStringLiteral("round")));
        const bool had = scalar(QStringLiteral("SELECT count(*) FROM prerequisites WHERE unit_id = ? AND round_year = ? AND kind_id = ?"), {unit, round, kind}).toInt();
        exec(QStringLiteral("INSERT INTO prerequisites(unit_id, round_year, kind_id, date, evidence) VALUES (?, ?, ?, ?, ?) "
                                    "ON CONFLICT(unit_id, round_year, kind_id) DO UPDATE SET date = excluded.date, evidence = excluded.evidence, "
                                    "version = prerequisites.version + 1"),
                 {unit, round, kind, s("date"), s("evidence")});
        return had ? Applied::Updated : Applied::Inserted;
    }
    if (row.kind == QLatin1String("demo_point")) {
        const int unit = unitId();
        const qint64 year = whole(d.value(QStringLiteral("year")));
        const bool had = scalar(QStringLiteral("SELECT count(*) FROM demonstration_points WHERE unit_id = ? AND year = ?"), {unit, year}).toInt();
        exec(QStringLiteral("INSERT INTO demonstration_points(unit_id, year, level) VALUES (?, ?, ?) "
                                    "ON CONFLICT(unit_id, year) DO UPDATE SET level = excluded.level, version = demonstration_points.version + 1"),
                 {unit, year, s("level")});
        return had ? Applied::Updated : Applied::Inserted;
    }
    if (const auto how = applyAppraisalOrDecision(row))
        return *how;
    failInput(tr("%1 is not a kind of record this program exchanges").arg(row.kind));
}

std::optional<std::pair<QByteArray, QByteArray>> ExchangeRepository::identity() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT private_key, public_key FROM exchange_identity WHERE id = 1"), {});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString().toLatin1(), QByteArray::fromBase64(q.value(1).toString().toLatin1()));
}

void ExchangeRepository::setIdentity(const QByteArray &privatePem, const QByteArray &publicRaw)
{
    sql::run(m_db, QStringLiteral("INSERT INTO exchange_identity(id, private_key, public_key, created) VALUES (1, ?, ?, ?)"),
             {QString::fromLatin1(privatePem), QString::fromLatin1(publicRaw.toBase64()), QDateTime::currentDateTime().toString(Qt::ISODate)});
}

std::optional<ExchangePeer> ExchangeRepository::peer(const QString &fingerprint) const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT fingerprint, public_key, office, level, region_code FROM exchange_peers WHERE fingerprint = ?"),
                           {fingerprint});
    if (!q.next())
        return std::nullopt;
    return ExchangePeer{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
}

void ExchangeRepository::addPeer(const ExchangePeer &p)
{
    sql::run(m_db, QStringLiteral("INSERT INTO exchange_peers(fingerprint, public_key, office, level, region_code, trusted) VALUES (?, ?, ?, ?, ?, ?)"),
             {p.fingerprint, p.publicKey, sql::text(p.office), p.level, p.regionCode, QDateTime::currentDateTime().toString(Qt::ISODate)});
}

namespace {
ExchangePackageRecord packageFrom(QSqlQuery &q)
{
    ExchangePackageRecord p;
    p.uuid = q.value(0).toString();
    p.direction = q.value(1).toString();
    p.peer = q.value(2).toString();
    p.base = q.value(3).toString();
    p.created = q.value(4).toString();
    p.fileName = q.value(5).toString();
    p.records = q.value(6).toInt();
    p.files = q.value(7).toInt();
    const auto opt = [&](int i) { return q.value(i).isNull() ? std::nullopt : std::optional<int>(q.value(i).toInt()); };
    p.applied = opt(8);
    p.duplicate = opt(9);
    p.conflicts = opt(10);
    p.refused = opt(11);
    p.receipt = q.value(12).toString();
    p.acknowledged = q.value(13).toString();
    return p;
}
const char kPackageColumns[] = "uuid, direction, peer, base, created, file_name, records, files, applied, duplicate, conflicts, refused, receipt, acknowledged";
} // namespace

std::optional<ExchangePackageRecord> ExchangeRepository::package(const QString &uuid) const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM exchange_packages WHERE uuid = ?").arg(QLatin1String(kPackageColumns)), {uuid});
    if (!q.next())
        return std::nullopt;
    return packageFrom(q);
}

QList<ExchangePackageRecord> ExchangeRepository::packages() const
{
    QList<ExchangePackageRecord> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM exchange_packages ORDER BY created, uuid").arg(QLatin1String(kPackageColumns)), {});
    while (q.next())
        out << packageFrom(q);
    return out;
}

void ExchangeRepository::addPackage(const ExchangePackageRecord &p)
{
    sql::run(m_db, QStringLiteral("INSERT INTO exchange_packages(uuid, direction, peer, base, created, file_name, records, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {p.uuid, p.direction, sql::text(p.peer), sql::text(p.base), p.created, sql::text(p.fileName), p.records, p.files});
}

void ExchangeRepository::setOutcome(const QString &uuid, int applied, int duplicate, int conflicts, int refused, const QString &receipt)
{
    sql::run(m_db, QStringLiteral("UPDATE exchange_packages SET applied = ?, duplicate = ?, conflicts = ?, refused = ?, receipt = ? WHERE uuid = ?"),
             {applied, duplicate, conflicts, refused, receipt, uuid});
}

void ExchangeRepository::setAcknowledged(const QString &uuid, const QString &receipt, const QString &when)
{
    sql::run(m_db, QStringLiteral("UPDATE exchange_packages SET receipt = ?, acknowledged = ? WHERE uuid = ?"), {receipt, when, uuid});
}

QString ExchangeRepository::lastAcknowledged(const QString &to) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT uuid FROM exchange_packages WHERE direction = 'sent' AND peer = ? AND acknowledged IS NOT NULL "
                                            "ORDER BY created DESC, uuid DESC LIMIT 1"), {sql::text(to)})
        .toString();
}

QHash<QString, QString> ExchangeRepository::digests(const QString &direction, const QString &peer, bool ackedOnly) const
{
    QHash<QString, QString> out;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT kind, key, digest FROM exchange_records WHERE direction = ? AND peer = ?%1")
                                     .arg(ackedOnly ? QStringLiteral(" AND acked = 1") : QString()),
                           {direction, sql::text(peer)});
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), q.value(2).toString());
    return out;
}

void ExchangeRepository::setDigest(const QString &direction, const QString &peer, const QString &kind, const QString &key, const QString &digest,
                                   const QString &package, bool acked)
{
    exec(QStringLiteral("INSERT INTO exchange_records(direction, peer, kind, key, digest, package, acked) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(direction, peer, kind, key) DO UPDATE SET digest = excluded.digest, package = excluded.package, "
                                  "acked = excluded.acked"),
             {direction, sql::text(peer), kind, key, digest, package, acked ? 1 : 0});
}

int ExchangeRepository::acknowledge(const QString &package, const QString &kind, const QString &key, const QString &digest)
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("UPDATE exchange_records SET acked = 1 WHERE direction = 'sent' AND package = ? "
                                                "AND kind = ? AND key = ? AND digest = ?"),
                           {package, kind, key, digest});
    return q.numRowsAffected();
}

void ExchangeRepository::addConflict(const QString &package, const QString &kind, const QString &key, const QJsonObject &incoming,
                                     const QJsonObject &local)
{
    sql::run(m_db, QStringLiteral("INSERT INTO exchange_conflicts(package, kind, key, incoming, local) VALUES (?, ?, ?, ?, ?)"),
             {package, kind, key, QString::fromUtf8(QJsonDocument(incoming).toJson(QJsonDocument::Compact)),
              QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact))});
}

int ExchangeRepository::openConflicts() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM exchange_conflicts WHERE decided IS NULL")).toInt();
}

namespace {
ExchangeRepository::Conflict conflictOf(const QSqlQuery &q)
{
    return {q.value(0).toInt(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
            QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
            q.value(6).toString()};
}
} // namespace

QList<ExchangeRepository::Conflict> ExchangeRepository::conflicts(bool openOnly) const
{
    QList<Conflict> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, package, kind, key, incoming, local, coalesce(decided, '') FROM exchange_conflicts "
                                     "WHERE ? = 0 OR decided IS NULL ORDER BY id"),
                      {openOnly ? 1 : 0});
    while (q.next())
        out.append(conflictOf(q));
    return out;
}

std::optional<ExchangeRepository::Conflict> ExchangeRepository::conflict(int id) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id, package, kind, key, incoming, local, coalesce(decided, '') FROM exchange_conflicts WHERE id = ?"),
                      {id});
    if (!q.next())
        return std::nullopt;
    return conflictOf(q);
}

void ExchangeRepository::setDecided(int id, const QString &decided)
{
    sql::run(m_db, QStringLiteral("UPDATE exchange_conflicts SET decided = ? WHERE id = ? AND decided IS NULL"), {decided, id});
}

} // namespace cd
