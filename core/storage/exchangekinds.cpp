// The records of the appraisal that travel up (a unit's local scores of a round, a region's ranked recommendation) and
// the round's settings and decisions that travel down (calendar, indicator system, quotas, namings, reviews): DOMAIN.md
// §11's table, as ExchangeRows. Each is written whole: what a package brings replaces what the file had under that key.
#include "storage/exchangerepository.h"

#include "storage/exchangevalues.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace cd {

using namespace exchangevalues;

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cd::ExchangeRepository", s, disambiguation, n);
}

// A region as packages name it: its code, or its name when it has none (长白山管委会).
const char kRegionKey[] = "coalesce(nullif(%1.code, ''), %1.name)";

QString regionKey(const char *alias)
{
    return QString::fromLatin1(kRegionKey).arg(QLatin1String(alias));
}

// Rows ordered by a record's id (column 0), one of its units (a UUID) in column `member` of each: one ExchangeRow per
// record, its fields made from its first row, its units under "units" in the rows' order.
template <typename Head, typename Key>
void unitLists(QSqlQuery &q, const QString &kind, int member, const Head &head, const Key &keyOf, QList<ExchangeRow> &out)
{
    qint64 current = -1;
    QJsonObject data;
    QJsonArray units;
    const auto close = [&] {
        if (current >= 0) {
            data.insert(QStringLiteral("units"), units);
            out.append(ExchangeRow{kind, keyOf(data), data});
        }
        units = {};
    };
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            close();
            current = q.value(0).toLongLong();
            data = head(q);
        }
        units.append(q.value(member).toString());
    }
    close();
}

} // namespace

void ExchangeRepository::appendAppraisalRows(const QSet<int> &regionIds, QList<ExchangeRow> &out) const
{
    Database &db = m_db;
    const QString scope = scopeClause(regionIds);
    {
        // A unit's local scores under one version of a round's indicator system, by assessor, each indicator by its
        // area and name (ids differ between files).
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT u.uuid, s.round_year, s.version, a.name, %1, au.uuid, ar.name, i.name, sc.value "
                                                  "FROM scores sc JOIN units u ON u.id = sc.unit_id JOIN indicator_systems s ON s.id = sc.system_id "
                                                  "JOIN assessors a ON a.id = sc.assessor_id LEFT JOIN regions ra ON ra.id = a.region_id "
                                                  "LEFT JOIN units au ON au.id = a.unit_id JOIN indicators i ON i.id = sc.indicator_id "
                                                  "JOIN indicator_areas ar ON ar.id = i.area_id WHERE sc.stage = 'local' AND %2 "
                                                  "ORDER BY u.id, s.round_year, s.version, a.name, a.id, ar.sort, ar.id, i.sort, i.id")
                                       .arg(regionKey("ra"), scope),
                               {});
        QString key;
        QJsonObject data;
        QJsonArray assessors;
        QJsonObject assessor;
        QJsonArray values;
        const auto closeAssessor = [&] {
            if (!assessor.isEmpty()) {
                assessor.insert(QStringLiteral("scores"), values);
                assessors.append(assessor);
            }
            assessor = {};
            values = {};
        };
        const auto closeRow = [&] {
            closeAssessor();
            if (!key.isEmpty()) {
                data.insert(QStringLiteral("assessors"), assessors);
                out.append(ExchangeRow{QStringLiteral("scores"), key, data});
            }
            assessors = {};
        };
        QString assessorKey;
        while (q.next()) {
            const QString rowKey = QStringLiteral("%1|%2|%3").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong());
            if (rowKey != key) {
                closeRow();
                key = rowKey;
                assessorKey.clear();
                data = {{QStringLiteral("unit"), q.value(0).toString()},
                        {QStringLiteral("round"), q.value(1).toLongLong()},
                        {QStringLiteral("version"), q.value(2).toLongLong()},
                        {QStringLiteral("stage"), QStringLiteral("local")}};
            }
            const QString thisAssessor = q.value(3).toString() + QLatin1Char('|') + q.value(4).toString() + QLatin1Char('|') + q.value(5).toString();
            if (thisAssessor != assessorKey) {
                closeAssessor();
                assessorKey = thisAssessor;
                assessor = {{QStringLiteral("name"), q.value(3).toString()}, {QStringLiteral("region"), json(q.value(4))},
                            {QStringLiteral("belongs_to"), json(q.value(5))}};
            }
            values.append(QJsonArray{q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong()});
        }
        closeRow();
    }
    {
        // A region's ranked recommendation: its units in rank order.
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT rc.id, rc.uuid, rc.round_year, %1, rc.date, rc.override_reason, u.uuid FROM recommendations rc "
                                                  "JOIN regions r ON r.id = rc.region_id JOIN recommendation_units ru ON ru.recommendation_id = rc.id "
                                                  "JOIN units u ON u.id = ru.unit_id WHERE %2 ORDER BY rc.id, ru.rank")
                                       .arg(regionKey("r"), scopeClause(regionIds, "rc.region_id")),
                               {});
        unitLists(
            q, QStringLiteral("recommendation"), 6,
            [](const QSqlQuery &r) {
                return QJsonObject{{QStringLiteral("uuid"), r.value(1).toString()}, {QStringLiteral("round"), r.value(2).toLongLong()},
                                   {QStringLiteral("region"), r.value(3).toString()}, {QStringLiteral("date"), r.value(4).toString()},
                                   {QStringLiteral("override_reason"), r.value(5).toString()}};
            },
            [](const QJsonObject &d) { return d.value(QStringLiteral("uuid")).toString(); }, out);
    }
}

QList<ExchangeRow> ExchangeRepository::downRows(const QSet<int> &regionIds) const
{
    Database &db = m_db;
    QList<ExchangeRow> out;
    {
        // Each round's calendar: its phases, deadlines and the unit types it covers.
        QMap<qint64, QJsonObject> rounds;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT year, title FROM rounds ORDER BY year"), {});
        while (q.next())
            rounds.insert(q.value(0).toLongLong(), {{QStringLiteral("year"), q.value(0).toLongLong()}, {QStringLiteral("title"), q.value(1).toString()}});
        const auto collect = [&](const QString &statement, const QString &field, const auto &make) {
            QMap<qint64, QJsonArray> lists;
            QSqlQuery l = sql::run(db, statement, {});
            while (l.next())
                lists[l.value(0).toLongLong()].append(make(l));
            for (auto it = rounds.begin(); it != rounds.end(); ++it)
                it->insert(field, lists.value(it.key()));
        };
        collect(QStringLiteral("SELECT round_year, kind, start_date, end_date FROM round_phases ORDER BY round_year, kind"), QStringLiteral("phases"),
                [](const QSqlQuery &l) -> QJsonValue {
                    return QJsonObject{{QStringLiteral("kind"), l.value(1).toLongLong()}, {QStringLiteral("start"), l.value(2).toString()},
                                       {QStringLiteral("end"), l.value(3).toString()}};
                });
        collect(QStringLiteral("SELECT round_year, date, title FROM round_deadlines ORDER BY round_year, date, title"), QStringLiteral("deadlines"),
                [](const QSqlQuery &l) -> QJsonValue {
                    return QJsonObject{{QStringLiteral("date"), l.value(1).toString()}, {QStringLiteral("title"), l.value(2).toString()}};
                });
        collect(QStringLiteral("SELECT s.round_year, t.name FROM round_scope s JOIN unit_types t ON t.id = s.type_id ORDER BY s.round_year, t.name"),
                QStringLiteral("scope"), [](const QSqlQuery &l) -> QJsonValue { return l.value(1).toString(); });
        for (auto it = rounds.cbegin(); it != rounds.cend(); ++it)
            out.append(ExchangeRow{QStringLiteral("round"), QString::number(it.key()), *it});
    }
    {
        // Every version of every round's indicator system, areas and indicators in their order.
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT s.id, s.round_year, s.version, s.pass_line, s.satisfaction_min, s.trim_min_assessors, s.reason, "
                                                  "ar.id, ar.name, i.name, i.points FROM indicator_systems s "
                                                  "LEFT JOIN indicator_areas ar ON ar.system_id = s.id LEFT JOIN indicators i ON i.area_id = ar.id "
                                                  "ORDER BY s.round_year, s.version, ar.sort, ar.id, i.sort, i.id"),
                               {});
        qint64 system = -1, area = -1;
        QJsonObject data, areaObject;
        QJsonArray areas, indicators;
        const auto closeArea = [&] {
            if (area >= 0) {
                areaObject.insert(QStringLiteral("indicators"), indicators);
                areas.append(areaObject);
            }
            area = -1;
            indicators = {};
        };
        const auto closeSystem = [&] {
            closeArea();
            if (system >= 0) {
                data.insert(QStringLiteral("areas"), areas);
                out.append(ExchangeRow{QStringLiteral("indicator_system"),
                                       QStringLiteral("%1|%2").arg(data.value(QStringLiteral("round")).toInteger()).arg(data.value(QStringLiteral("version")).toInteger()),
                                       data});
            }
            areas = {};
        };
        while (q.next()) {
            if (q.value(0).toLongLong() != system) {
                closeSystem();
                system = q.value(0).toLongLong();
                data = {{QStringLiteral("round"), q.value(1).toLongLong()},           {QStringLiteral("version"), q.value(2).toLongLong()},
                        {QStringLiteral("pass_line"), q.value(3).toLongLong()},       {QStringLiteral("satisfaction_min"), q.value(4).toLongLong()},
                        {QStringLiteral("trim_min_assessors"), q.value(5).toLongLong()}, {QStringLiteral("reason"), q.value(6).toString()}};
            }
            if (q.value(7).isNull())
                continue;
            if (q.value(7).toLongLong() != area) {
                closeArea();
                area = q.value(7).toLongLong();
                areaObject = {{QStringLiteral("name"), q.value(8).toString()}};
            }
            if (!q.value(9).isNull())
                indicators.append(QJsonArray{q.value(9).toString(), q.value(10).toLongLong()});
        }
        closeSystem();
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT x.round_year, %1, x.quota FROM quotas x JOIN regions r ON r.id = x.region_id WHERE %2 "
                                                  "ORDER BY x.round_year, r.code, r.name")
                                       .arg(regionKey("r"), scopeClause(regionIds, "x.region_id")),
                               {});
        while (q.next())
            out.append(ExchangeRow{QStringLiteral("quota"), QStringLiteral("%1|%2").arg(q.value(0).toLongLong()).arg(q.value(1).toString()),
                                   {{QStringLiteral("round"), q.value(0).toLongLong()}, {QStringLiteral("region"), q.value(1).toString()},
                                    {QStringLiteral("quota"), q.value(2).toLongLong()}}});
    }
    {
        // A naming with those of its units that the office below keeps, in the order the decision lists them.
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT n.id, n.round_year, n.doc_no, n.date, u.uuid FROM namings n "
                                                  "JOIN naming_units nu ON nu.naming_id = n.id JOIN units u ON u.id = nu.unit_id "
                                                  "WHERE %1 ORDER BY n.round_year, n.id, nu.position, u.id")
                                       .arg(scopeClause(regionIds)),
                               {});
        unitLists(
            q, QStringLiteral("naming"), 4,
            [](const QSqlQuery &r) {
                return QJsonObject{{QStringLiteral("round"), r.value(1).toLongLong()}, {QStringLiteral("doc_no"), r.value(2).toString()},
                                   {QStringLiteral("date"), r.value(3).toString()}};
            },
            [](const QJsonObject &d) {
                return QStringLiteral("%1|%2").arg(d.value(QStringLiteral("round")).toInteger()).arg(d.value(QStringLiteral("doc_no")).toString());
            },
            out);
    }
    {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT u.uuid, v.round_year, v.outcome, v.date, v.reason, v.doc_no FROM reviews v "
                                                  "JOIN units u ON u.id = v.unit_id WHERE %1 ORDER BY v.round_year, u.id")
                                       .arg(scopeClause(regionIds)),
                               {});
        while (q.next())
            out.append(ExchangeRow{QStringLiteral("review"), QStringLiteral("%1|%2").arg(q.value(0).toString()).arg(q.value(1).toLongLong()),
                                   {{QStringLiteral("unit"), q.value(0).toString()}, {QStringLiteral("round"), q.value(1).toLongLong()},
                                    {QStringLiteral("outcome"), q.value(2).toString()}, {QStringLiteral("date"), q.value(3).toString()},
                                    {QStringLiteral("reason"), q.value(4).toString()}, {QStringLiteral("doc_no"), q.value(5).toString()}}});
    }
    return out;
}

bool ExchangeRepository::remove(const QString &kind, const QString &key)
{
    return inSavepoint([&] { return removeRecord(kind, key); });
}

bool ExchangeRepository::removeRecord(const QString &kind, const QString &key)
{
    const QStringList k = key.split(QLatin1Char('|'));
    const auto part = [&](int i) { return k.value(i); };
    const auto unit = [&](const QString &uuid) { return scalar(QStringLiteral("SELECT id FROM units WHERE uuid = ?"), {uuid}).toInt(); };
    const auto number = [&](int i) {
        bool ok = false;
        const qint64 n = part(i).toLongLong(&ok);
        if (!ok)
            failInput(tr("its identity %1 is not one this program gives").arg(key));
        return n;
    };
    QString statement;
    QVariantList args;
    if (kind == QLatin1String("unit")) {
        const int id = unit(key);
        if (!id)
            return false;
        // Removed at the sender after its records were; here it may still have some (a finding this office entered):
        // then it stays, and the clerk is told why.
        const int records = scalar(QStringLiteral("SELECT (SELECT count(*) FROM veto_events WHERE unit_id = ?1) + (SELECT count(*) FROM surveys WHERE unit_id = ?1) "
                                                  "+ (SELECT count(*) FROM activities WHERE unit_id = ?1) + (SELECT count(*) FROM rectifications WHERE unit_id = ?1) "
                                                  "+ (SELECT count(*) FROM prerequisites WHERE unit_id = ?1) + (SELECT count(*) FROM demonstration_points WHERE unit_id = ?1) "
                                                  "+ (SELECT count(*) FROM scores WHERE unit_id = ?1) + (SELECT count(*) FROM naming_units WHERE unit_id = ?1) "
                                                  "+ (SELECT count(*) FROM reviews WHERE unit_id = ?1) + (SELECT count(*) FROM recommendation_units WHERE unit_id = ?1)")
                                       .replace(QStringLiteral("?1"), QString::number(id)),
                                   {})
                                .toInt();
        if (records)
            failInput(tr("the unit still has %n record(s) in this file; remove them first, then receive the package again", nullptr, records));
        statement = QStringLiteral("DELETE FROM units WHERE id = ?");
        args = {id};
    } else if (kind == QLatin1String("veto") || kind == QLatin1String("survey") || kind == QLatin1String("activity") || kind == QLatin1String("rectification")
               || kind == QLatin1String("recommendation")) {
        static const QHash<QString, QString> tables = {{QStringLiteral("veto"), QStringLiteral("veto_events")},
                                                       {QStringLiteral("survey"), QStringLiteral("surveys")},
                                                       {QStringLiteral("activity"), QStringLiteral("activities")},
                                                       {QStringLiteral("rectification"), QStringLiteral("rectifications")},
                                                       {QStringLiteral("recommendation"), QStringLiteral("recommendations")}};
        statement = QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(tables.value(kind));
        args = {key};
    } else if (kind == QLatin1String("prerequisite")) {
        statement = QStringLiteral("DELETE FROM prerequisites WHERE unit_id = ? AND round_year = ? AND kind_id = (SELECT id FROM prerequisite_kinds WHERE code = ?)");
        args = {unit(part(0)), number(1), part(2)};
    } else if (kind == QLatin1String("demo_point")) {
        statement = QStringLiteral("DELETE FROM demonstration_points WHERE unit_id = ? AND year = ?");
        args = {unit(part(0)), number(1)};
    } else if (kind == QLatin1String("scores")) {
        statement = QStringLiteral("DELETE FROM scores WHERE stage = 'local' AND unit_id = ? AND system_id = "
                                   "(SELECT id FROM indicator_systems WHERE round_year = ? AND version = ?)");
        args = {unit(part(0)), number(1), number(2)};
    } else if (kind == QLatin1String("review")) {
        statement = QStringLiteral("DELETE FROM reviews WHERE unit_id = ? AND round_year = ?");
        args = {unit(part(0)), number(1)};
    } else if (kind == QLatin1String("quota")) {
        statement = QStringLiteral("DELETE FROM quotas WHERE round_year = ? AND region_id = ?");
        args = {number(0), regionId(key.section(QLatin1Char('|'), 1))};
    } else if (kind == QLatin1String("naming")) {
        const int id = scalar(QStringLiteral("SELECT id FROM namings WHERE round_year = ? AND doc_no = ?"), {number(0), key.section(QLatin1Char('|'), 1)}).toInt();
        if (!id)
            return false;
        exec(QStringLiteral("DELETE FROM naming_units WHERE naming_id = ?"), {id});
        statement = QStringLiteral("DELETE FROM namings WHERE id = ?");
        args = {id};
    } else if (kind == QLatin1String("indicator_system")) {
        const int id = scalar(QStringLiteral("SELECT id FROM indicator_systems WHERE round_year = ? AND version = ?"), {number(0), number(1)}).toInt();
        if (!id)
            return false;
        if (scalar(QStringLiteral("SELECT count(*) FROM scores WHERE system_id = ?"), {id}).toInt())
            failInput(tr("scores were given here under version %1 of the %2 round's indicator system, which is therefore frozen").arg(number(1)).arg(number(0)));
        statement = QStringLiteral("DELETE FROM indicator_systems WHERE id = ?");
        args = {id};
    } else if (kind == QLatin1String("round")) {
        if (scalar(QStringLiteral("SELECT count(*) FROM indicator_systems WHERE round_year = ?"), {number(0)}).toInt())
            failInput(tr("the %1 round still has an indicator system in this file").arg(number(0)));
        statement = QStringLiteral("DELETE FROM rounds WHERE year = ?");
        args = {number(0)};
    } else {
        failInput(tr("%1 is not a kind of record this program exchanges").arg(kind));
    }
    QSqlQuery q = sql::prepare(m_db, statement);
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args[i]);
    sql::run(q);
    return q.numRowsAffected() > 0;
}

std::optional<ExchangeRepository::Applied> ExchangeRepository::applyAppraisalOrDecision(const ExchangeRow &row)
{
    const QJsonObject &d = row.data;
    const auto s = [&](const char *k) { return d.value(QLatin1String(k)).toString(); };
    const auto n = [&](const char *k) { return whole(d.value(QLatin1String(k))); };
    const auto unitOf = [&](const QString &uuid) {
        const int id = scalar(QStringLiteral("SELECT id FROM units WHERE uuid = ?"), {uuid}).toInt();
        if (!id)
            failInput(tr("a unit it names (identity %1) is neither in the package nor in this file").arg(uuid));
        return id;
    };
    const auto regionOf = [&](const QString &codeOrName) {
        const int id = regionId(codeOrName);
        if (!id)
            failInput(tr("its region %1 is not a region of this province").arg(codeOrName));
        return id;
    };
    const auto count = [&](const QString &statement, std::initializer_list<QVariant> args) { return scalar(statement, args).toInt(); };

    if (row.kind == QLatin1String("scores")) {
        const int unit = unitOf(s("unit"));
        const qint64 round = n("round"), version = n("version");
        const int system = count(QStringLiteral("SELECT id FROM indicator_systems WHERE round_year = ? AND version = ?"), {round, version});
        if (!system)
            failInput(tr("the indicator system of the %1 round (version %2) is not in this file; receive the round's settings from above first")
                          .arg(round)
                          .arg(version));
        QHash<QString, int> indicators; // area + name → id
        {
            QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT i.id, ar.name, i.name FROM indicators i JOIN indicator_areas ar ON ar.id = i.area_id "
                                                        "WHERE ar.system_id = ?"),
                                   {system});
            while (q.next())
                indicators.insert(q.value(1).toString() + QLatin1Char('\n') + q.value(2).toString(), q.value(0).toInt());
        }
        const bool had = count(QStringLiteral("SELECT count(*) FROM scores WHERE system_id = ? AND stage = 'local' AND unit_id = ?"), {system, unit});
        exec(QStringLiteral("DELETE FROM scores WHERE system_id = ? AND stage = 'local' AND unit_id = ?"), {system, unit});
        QVariantList values;
        for (const QJsonValue &av : d.value(QStringLiteral("assessors")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString name = a.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty())
                failInput(tr("an assessor in it has no name"));
            const QJsonValue regionValue = a.value(QStringLiteral("region"));
            const QJsonValue belongsValue = a.value(QStringLiteral("belongs_to"));
            const QVariant region = regionValue.isString() ? QVariant(regionOf(regionValue.toString())) : QVariant(QMetaType::fromType<int>());
            const QVariant belongs = belongsValue.isString() ? QVariant(unitOf(belongsValue.toString())) : QVariant(QMetaType::fromType<int>());
            // The same assessor in every package: by name, bureau and own unit.
            int assessor = count(QStringLiteral("SELECT id FROM assessors WHERE name = ? AND stage = 'local' AND coalesce(region_id, 0) = ? "
                                                "AND coalesce(unit_id, 0) = ? ORDER BY id LIMIT 1"),
                                 {name, region.isNull() ? 0 : region.toInt(), belongs.isNull() ? 0 : belongs.toInt()});
            if (!assessor) {
                exec(QStringLiteral("INSERT INTO assessors(name, unit_id, region_id, stage) VALUES (?, ?, ?, 'local')"), {name, belongs, region});
                assessor = count(QStringLiteral("SELECT max(id) FROM assessors WHERE name = ?"), {name});
            }
            for (const QJsonValue &sv : a.value(QStringLiteral("scores")).toArray()) {
                const QJsonArray triple = sv.toArray();
                const int indicator = indicators.value(triple.at(0).toString() + QLatin1Char('\n') + triple.at(1).toString());
                if (triple.size() != 3 || !indicator)
                    failInput(tr("it scores an indicator (%1 / %2) that the %3 round's system does not have here")
                                  .arg(triple.at(0).toString(), triple.at(1).toString())
                                  .arg(round));
                const qint64 value = whole(triple.at(2));
                if (value < 0)
                    failInput(tr("a score in it is below zero"));
                values << system << assessor << unit << indicator << value;
            }
        }
        for (qsizetype i = 0; i < values.size(); i += 5)
            exec(QStringLiteral("INSERT INTO scores(system_id, stage, assessor_id, unit_id, indicator_id, value) VALUES (?, 'local', ?, ?, ?, ?)"),
                 {values[i], values[i + 1], values[i + 2], values[i + 3], values[i + 4]});
        return had ? Applied::Updated : Applied::Inserted;
    }
    if (row.kind == QLatin1String("recommendation")) {
        const int region = regionOf(s("region"));
        QList<int> units;
        for (const QString &u : row.unitKeys())
            units << unitOf(u);
        int id = count(QStringLiteral("SELECT id FROM recommendations WHERE uuid = ?"), {row.key});
        const Applied how = id ? Applied::Updated : Applied::Inserted;
        if (id) {
            exec(QStringLiteral("UPDATE recommendations SET round_year = ?, region_id = ?, date = ?, override_reason = ? WHERE id = ?"),
                 {n("round"), region, s("date"), s("override_reason"), id});
            exec(QStringLiteral("DELETE FROM recommendation_units WHERE recommendation_id = ?"), {id});
        } else {
            exec(QStringLiteral("INSERT INTO recommendations(uuid, round_year, region_id, date, override_reason) VALUES (?, ?, ?, ?, ?)"),
                 {row.key, n("round"), region, s("date"), s("override_reason")});
            id = count(QStringLiteral("SELECT id FROM recommendations WHERE uuid = ?"), {row.key});
        }
        for (int i = 0; i < units.size(); ++i) {
            if (count(QStringLiteral("SELECT count(*) FROM recommendation_units ru JOIN recommendations r ON r.id = ru.recommendation_id "
                                     "WHERE r.round_year = ? AND ru.unit_id = ? AND r.id <> ?"),
                      {n("round"), units[i], id}))
                failInput(tr("one of its units is already recommended in the %1 round in another list").arg(n("round")));
            exec(QStringLiteral("INSERT INTO recommendation_units(recommendation_id, unit_id, rank) VALUES (?, ?, ?)"), {id, units[i], i + 1});
        }
        return how;
    }
    if (row.kind == QLatin1String("round")) {
        const qint64 year = n("year");
        const bool had = count(QStringLiteral("SELECT count(*) FROM rounds WHERE year = ?"), {year});
        QList<int> types;
        for (const QJsonValue &t : d.value(QStringLiteral("scope")).toArray()) {
            const int type = count(QStringLiteral("SELECT id FROM unit_types WHERE name = ?"), {t.toString()});
            if (!type)
                failInput(tr("its unit type %1 is not known here").arg(t.toString()));
            types << type;
        }
        exec(QStringLiteral("INSERT INTO rounds(year, title) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET title = excluded.title, "
                            "version = rounds.version + 1"),
             {year, s("title")});
        exec(QStringLiteral("DELETE FROM round_phases WHERE round_year = ?"), {year});
        for (const QJsonValue &pv : d.value(QStringLiteral("phases")).toArray()) {
            const QJsonObject p = pv.toObject();
            const qint64 kind = whole(p.value(QStringLiteral("kind")));
            if (kind < 0 || kind > 2)
                failInput(tr("a phase in it is not one of the round's three phases"));
            exec(QStringLiteral("INSERT INTO round_phases(round_year, kind, start_date, end_date) VALUES (?, ?, ?, ?)"),
                 {year, kind, p.value(QStringLiteral("start")).toString(), p.value(QStringLiteral("end")).toString()});
        }
        exec(QStringLiteral("DELETE FROM round_deadlines WHERE round_year = ?"), {year});
        for (const QJsonValue &dv : d.value(QStringLiteral("deadlines")).toArray())
            exec(QStringLiteral("INSERT INTO round_deadlines(round_year, date, title) VALUES (?, ?, ?)"),
                 {year, dv.toObject().value(QStringLiteral("date")).toString(), dv.toObject().value(QStringLiteral("title")).toString()});
        exec(QStringLiteral("DELETE FROM round_scope WHERE round_year = ?"), {year});
        for (int type : types)
            exec(QStringLiteral("INSERT INTO round_scope(round_year, type_id) VALUES (?, ?)"), {year, type});
        return had ? Applied::Updated : Applied::Inserted;
    }
    if (row.kind == QLatin1String("indicator_system")) {
        const qint64 round = n("round"), version = n("version");
        if (!count(QStringLiteral("SELECT count(*) FROM rounds WHERE year = ?"), {round}))
            failInput(tr("the %1 round is not in this file; the package should have carried it").arg(round));
        int id = count(QStringLiteral("SELECT id FROM indicator_systems WHERE round_year = ? AND version = ?"), {round, version});
        const Applied how = id ? Applied::Updated : Applied::Inserted;
        if (id) {
            // Frozen once scoring starts (DOMAIN.md §5): a system scores were given under is never rewritten.
            if (count(QStringLiteral("SELECT count(*) FROM scores WHERE system_id = ?"), {id}))
                failInput(tr("scores were given here under version %1 of the %2 round's indicator system, which is therefore frozen")
                              .arg(version)
                              .arg(round));
            exec(QStringLiteral("UPDATE indicator_systems SET pass_line = ?, satisfaction_min = ?, trim_min_assessors = ?, reason = ? WHERE id = ?"),
                 {n("pass_line"), n("satisfaction_min"), n("trim_min_assessors"), s("reason"), id});
            exec(QStringLiteral("DELETE FROM indicator_areas WHERE system_id = ?"), {id});
        } else {
            exec(QStringLiteral("INSERT INTO indicator_systems(round_year, version, pass_line, satisfaction_min, trim_min_assessors, reason) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {round, version, n("pass_line"), n("satisfaction_min"), n("trim_min_assessors"), s("reason")});
            id = count(QStringLiteral("SELECT id FROM indicator_systems WHERE round_year = ? AND version = ?"), {round, version});
        }
        int areaSort = 0;
        for (const QJsonValue &av : d.value(QStringLiteral("areas")).toArray()) {
            const QJsonObject a = av.toObject();
            exec(QStringLiteral("INSERT INTO indicator_areas(system_id, name, sort) VALUES (?, ?, ?)"), {id, a.value(QStringLiteral("name")).toString(), ++areaSort});
            const int area = count(QStringLiteral("SELECT max(id) FROM indicator_areas WHERE system_id = ?"), {id});
            int sort = 0;
            for (const QJsonValue &iv : a.value(QStringLiteral("indicators")).toArray()) {
                const QJsonArray pair = iv.toArray();
                const qint64 points = whole(pair.at(1));
                if (pair.size() != 2 || points <= 0 || pair.at(0).toString().trimmed().isEmpty())
                    failInput(tr("an indicator in it has no name or no points"));
                exec(QStringLiteral("INSERT INTO indicators(area_id, name, points, sort) VALUES (?, ?, ?, ?)"), {area, pair.at(0).toString(), points, ++sort});
            }
        }
        return how;
    }
    if (row.kind == QLatin1String("quota")) {
        const int region = regionOf(s("region"));
        const qint64 quota = n("quota");
        if (quota < 0)
            failInput(tr("its quota is below zero"));
        const bool had = count(QStringLiteral("SELECT count(*) FROM quotas WHERE round_year = ? AND region_id = ?"), {n("round"), region});
        exec(QStringLiteral("INSERT INTO quotas(round_year, region_id, quota) VALUES (?, ?, ?) "
                            "ON CONFLICT(round_year, region_id) DO UPDATE SET quota = excluded.quota, version = quotas.version + 1"),
             {n("round"), region, quota});
        return had ? Applied::Updated : Applied::Inserted;
    }
    if (row.kind == QLatin1String("naming")) {
        QList<int> units;
        for (const QString &u : row.unitKeys())
            units << unitOf(u);
        int id = count(QStringLiteral("SELECT id FROM namings WHERE round_year = ? AND doc_no = ?"), {n("round"), s("doc_no")});
        const Applied how = id ? Applied::Updated : Applied::Inserted;
        if (id) {
            exec(QStringLiteral("UPDATE namings SET date = ? WHERE id = ?"), {s("date"), id});
            exec(QStringLiteral("DELETE FROM naming_units WHERE naming_id = ?"), {id});
        } else {
            exec(QStringLiteral("INSERT INTO namings(round_year, doc_no, date) VALUES (?, ?, ?)"), {n("round"), s("doc_no"), s("date")});
            id = count(QStringLiteral("SELECT id FROM namings WHERE round_year = ? AND doc_no = ?"), {n("round"), s("doc_no")});
        }
        for (int i = 0; i < units.size(); ++i)
            exec(QStringLiteral("INSERT INTO naming_units(naming_id, unit_id, position) VALUES (?, ?, ?)"), {id, units[i], i + 1});
        return how;
    }
    if (row.kind == QLatin1String("review")) {
        const int unit = unitOf(s("unit"));
        const QString outcome = s("outcome");
        if (outcome != QLatin1String("retained") && outcome != QLatin1String("revoked"))
            failInput(tr("its outcome %1 is neither retained nor revoked").arg(outcome));
        const bool had = count(QStringLiteral("SELECT count(*) FROM reviews WHERE round_year = ? AND unit_id = ?"), {n("round"), unit});
        exec(QStringLiteral("INSERT INTO reviews(round_year, unit_id, outcome, date, reason, doc_no) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT(round_year, unit_id) DO UPDATE SET outcome = excluded.outcome, date = excluded.date, "
                            "reason = excluded.reason, doc_no = excluded.doc_no"),
             {n("round"), unit, outcome, s("date"), s("reason"), s("doc_no")});
        return had ? Applied::Updated : Applied::Inserted;
    }
    return std::nullopt;
}

} // namespace cd
