#include "storage/recordrepository.h"

#include "storage/bulkstatement.h"
#include "storage/keyedwrite.h"
#include "storage/sql.h"
#include "util/failure.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QHash>
#include <functional>

namespace cd {

static QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

int RecordRepository::insertVetoKind(const QString &name, const QString &source)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO veto_kinds(name, source) VALUES (?, ?) RETURNING id"), {name, source});
    q.next();
    return q.value(0).toInt();
}

QStringList RecordRepository::vetoKinds() const
{
    QStringList out;
    auto q = sql::run(m_db, QStringLiteral("SELECT name FROM veto_kinds ORDER BY id"), {});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void RecordRepository::removeVetoKind(const QString &name)
{
    sql::run(m_db, QStringLiteral("DELETE FROM veto_kinds WHERE name = ?"), {name});
}

bool RecordRepository::vetoKindUsed(const QString &name) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM veto_events e JOIN veto_kinds k ON k.id = e.kind_id WHERE k.name = ?)"),
                       {name})
        .toBool();
}

static const char kInsertVeto[] = "INSERT INTO veto_events(unit_id, kind_id, date, note) "
                                  "SELECT ?, id, ?, ? FROM veto_kinds WHERE name = ? RETURNING id";

static void bindVeto(QSqlQuery &q, const VetoEvent &e)
{
    q.bindValue(0, e.unitId);
    q.bindValue(1, e.date.toString(Qt::ISODate));
    q.bindValue(2, sql::text(e.note));
    q.bindValue(3, e.kind);
}

int RecordRepository::addVetoEvent(const VetoEvent &e)
{
    auto q = sql::prepare(m_db, QString::fromLatin1(kInsertVeto));
    bindVeto(q, e);
    sql::run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void RecordRepository::addVetoEvents(const QList<VetoEvent> &events)
{
    BulkStatement q(m_db, kInsertVeto);
    for (const auto &e : events) {
        q.bind(1, qint64(e.unitId)).bind(2, e.date.toString(Qt::ISODate)).bind(3, e.note).bind(4, e.kind);
        q.step();
    }
}

QList<VetoEvent> RecordRepository::vetoEvents(int unitId) const
{
    QList<VetoEvent> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT e.id, e.unit_id, k.name, e.date, e.note FROM veto_events e "
                                     "JOIN veto_kinds k ON k.id = e.kind_id WHERE ? = 0 OR e.unit_id = ? ORDER BY e.date, e.id"),
                      {unitId, unitId});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), isoDate(q.value(3)), q.value(4).toString(), {}});
    if (out.isEmpty())
        return out;
    QHash<int, QList<Attachment>> files;
    auto a = sql::run(m_db,
                      QStringLiteral("SELECT a.veto_event_id, a.id, a.sha256, a.file_name, a.size FROM attachments a "
                                     "JOIN veto_events e ON e.id = a.veto_event_id WHERE ? = 0 OR e.unit_id = ? ORDER BY a.id"),
                      {unitId, unitId});
    while (a.next())
        files[a.value(0).toInt()].push_back({a.value(1).toInt(), a.value(2).toString(), a.value(3).toString(), a.value(4).toLongLong()});
    if (!files.isEmpty())
        for (auto &e : out)
            e.evidence = files.value(e.id);
    return out;
}

static void insertAttachments(QSqlDatabase db, const char *ownerColumn, int ownerId, const QList<Attachment> &files)
{
    sql::run(db, QStringLiteral("DELETE FROM attachments WHERE %1 = ?").arg(QLatin1String(ownerColumn)), {ownerId});
    auto q = sql::prepare(db, QStringLiteral("INSERT INTO attachments(%1, sha256, file_name, size) VALUES (?, ?, ?, ?)")
                                  .arg(QLatin1String(ownerColumn)));
    for (const auto &f : files) {
        q.bindValue(0, ownerId);
        q.bindValue(1, f.sha256);
        q.bindValue(2, f.fileName);
        q.bindValue(3, f.size);
        sql::run(q);
    }
}

void RecordRepository::setVetoEvidence(int vetoId, const QList<Attachment> &files)
{
    insertAttachments(m_db.connection(), "veto_event_id", vetoId, files);
}

void RecordRepository::removeVetoEvent(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM veto_events WHERE id = ?"), {id});
}

void RecordRepository::restoreVetoEvent(const VetoEvent &e)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO veto_events(id, unit_id, kind_id, date, note) SELECT ?, ?, id, ?, ? FROM veto_kinds WHERE name = ?"),
             {e.id, e.unitId, e.date.toString(Qt::ISODate), sql::text(e.note), e.kind});
}

int RecordRepository::insertPrerequisiteKind(const QString &code, const QString &name)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO prerequisite_kinds(code, name) VALUES (?, ?) RETURNING id"), {code, name});
    q.next();
    return q.value(0).toInt();
}

QStringList RecordRepository::prerequisiteKinds() const
{
    QStringList out;
    auto q = sql::run(m_db, QStringLiteral("SELECT code FROM prerequisite_kinds ORDER BY id"), {});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace {
KeyedRecord prerequisiteRow(Database &db, const PrerequisiteRecord &r)
{
    const QVariant kind = sql::scalar(db, QStringLiteral("SELECT id FROM prerequisite_kinds WHERE code = ?"), {r.kind});
    return {QStringLiteral("prerequisites"),
            {QStringLiteral("unit_id"), QStringLiteral("round_year"), QStringLiteral("kind_id")},
            {r.unitId, r.roundYear, kind.isValid() ? kind : QVariant(QMetaType(QMetaType::Int))},
            {QStringLiteral("date"), QStringLiteral("evidence")},
            {r.date.toString(Qt::ISODate), sql::text(r.evidence)}};
}

QString unitNamed(Database &db, int unitId)
{
    const QString name = sql::scalar(db, QStringLiteral("SELECT name FROM units WHERE id = ?"), {unitId}).toString();
    return name.isEmpty() ? QString::number(unitId) : name;
}

[[noreturn]] void prerequisiteConflict(Database &db, const PrerequisiteRecord &r)
{
    const QString kind = sql::scalar(db, QStringLiteral("SELECT name FROM prerequisite_kinds WHERE code = ?"), {r.kind}).toString();
    throw EditConflict(QCoreApplication::translate("cd::Database", "The prerequisite %1 of %2 in the %3 round was set or cleared by another "
                                                                   "clerk after it was read; it was left as it is.")
                           .arg(kind.isEmpty() ? r.kind : kind, unitNamed(db, r.unitId))
                           .arg(r.roundYear),
                       QStringLiteral("prerequisite"), r.unitId);
}
} // namespace

int RecordRepository::setPrerequisite(const PrerequisiteRecord &r)
{
    return setKeyed(m_db, prerequisiteRow(m_db, r), r.version, [this, &r] { prerequisiteConflict(m_db, r); });
}

void RecordRepository::setPrerequisites(const QList<PrerequisiteRecord> &records)
{
    BulkStatement q(m_db, "INSERT INTO prerequisites(unit_id, round_year, kind_id, date, evidence) "
                          "SELECT ?, ?, id, ?, ? FROM prerequisite_kinds WHERE code = ? "
                          "ON CONFLICT(unit_id, round_year, kind_id) DO UPDATE SET date = excluded.date, "
                          "evidence = excluded.evidence, version = prerequisites.version + 1");
    for (const auto &r : records) {
        q.bind(1, qint64(r.unitId)).bind(2, qint64(r.roundYear)).bind(3, r.date.toString(Qt::ISODate));
        q.bind(4, r.evidence).bind(5, r.kind);
        q.step();
    }
}

// A round's prerequisites (of one unit, or of every unit when unitId is 0), read straight through SQLite's API: a
// record is made only for a unit in `units` when that is given (a file of a million units holds two million).
static PrerequisiteTable readPrerequisites(Database &db, int roundYear, int unitId, const QSet<int> *units)
{
    PrerequisiteTable out;
    BulkStatement q(db, "SELECT p.unit_id, k.code, p.date, p.evidence, p.version FROM prerequisites p "
                        "JOIN prerequisite_kinds k ON k.id = p.kind_id WHERE p.round_year = ? AND (? = 0 OR p.unit_id = ?)");
    q.bind(1, qint64(roundYear)).bind(2, qint64(unitId)).bind(3, qint64(unitId));
    while (q.next()) {
        const int unit = int(q.integer(0));
        if (!units || units->contains(unit))
            out.append(unit, roundYear, q.repeatedText(1), QDate::fromString(q.text(2), Qt::ISODate), q.text(3), int(q.integer(4)));
    }
    out.squeeze();
    return out;
}

QList<PrerequisiteRecord> RecordRepository::prerequisites(int roundYear, int unitId) const
{
    return wholeRecords(readPrerequisites(m_db, roundYear, unitId, nullptr));
}

QList<PrerequisiteRecord> RecordRepository::prerequisites(int roundYear, const QSet<int> &units) const
{
    return wholeRecords(readPrerequisites(m_db, roundYear, 0, &units));
}

PrerequisiteTable RecordRepository::prerequisiteTable(int roundYear) const
{
    return readPrerequisites(m_db, roundYear, 0, nullptr);
}

void RecordRepository::clearPrerequisite(const PrerequisiteRecord &r)
{
    clearKeyed(m_db, prerequisiteRow(m_db, r), r.version, [this, &r] { prerequisiteConflict(m_db, r); });
}

QList<QPair<QString, QString>> RecordRepository::prerequisiteKindNames() const
{
    QList<QPair<QString, QString>> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT code, name FROM prerequisite_kinds ORDER BY id"), {});
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

static const char kInsertSurvey[] = "INSERT INTO surveys(unit_id, round_year, date, issued, returned, satisfied, basic, "
                                    "dissatisfied) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

// Binds a survey's fields from placeholder `first` on (1 when the statement starts with the id).
static void bindSurvey(QSqlQuery &q, const Survey &s, int first = 0)
{
    q.bindValue(first, s.unitId);
    q.bindValue(first + 1, s.roundYear);
    q.bindValue(first + 2, s.date.isValid() ? QVariant(s.date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(first + 3, s.issued);
    q.bindValue(first + 4, s.returned);
    q.bindValue(first + 5, s.satisfied);
    q.bindValue(first + 6, s.basic);
    q.bindValue(first + 7, s.dissatisfied);
}

int RecordRepository::addSurvey(const Survey &s)
{
    auto q = sql::prepare(m_db, QString::fromLatin1(kInsertSurvey));
    bindSurvey(q, s);
    sql::run(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void RecordRepository::addSurveys(const QList<Survey> &surveys)
{
    BulkStatement q(m_db, kInsertSurvey);
    for (const auto &s : surveys) {
        if (s.date.isValid())
            q.bind(3, s.date.toString(Qt::ISODate));
        else
            q.bindNull(3);
        q.bind(1, qint64(s.unitId)).bind(2, qint64(s.roundYear)).bind(4, qint64(s.issued)).bind(5, qint64(s.returned));
        q.bind(6, qint64(s.satisfied)).bind(7, qint64(s.basic)).bind(8, qint64(s.dissatisfied));
        q.step();
    }
}

// Surveys where `where` (a column) is `value`, read straight through SQLite's API; with `units`, only theirs are made.
static QList<Survey> surveysWhere(Database &db, const char *where, int value, const QSet<int> *units = nullptr)
{
    QList<Survey> out;
    const QByteArray statement = QByteArray("SELECT id, unit_id, round_year, date, issued, returned, satisfied, basic, dissatisfied "
                                            "FROM surveys WHERE ") + where + " = ? ORDER BY unit_id, round_year, id";
    BulkStatement q(db, statement.constData());
    q.bind(1, qint64(value));
    while (q.next()) {
        const int unit = int(q.integer(1));
        if (!units || units->contains(unit))
            out.push_back({int(q.integer(0)), unit, int(q.integer(2)), QDate::fromString(q.text(3), Qt::ISODate), int(q.integer(4)),
                           int(q.integer(5)), int(q.integer(6)), int(q.integer(7)), int(q.integer(8))});
    }
    return out;
}

static QList<QPair<int, QString>> unitsWhere(Database &db, const QString &condition, int roundYear, int limit, int *total)
{
    QList<QPair<int, QString>> out;
    auto q = sql::run(db, QStringLiteral("SELECT id, name FROM units u WHERE %1 ORDER BY id LIMIT ?").arg(condition), {roundYear, limit});
    while (q.next())
        out << qMakePair(q.value(0).toInt(), q.value(1).toString());
    // Counted up to 10,000 (a page need not scan a whole country's roster to say "more than 10,000").
    if (total)
        *total = out.size() < limit ? int(out.size())
                                    : sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM units u WHERE %1 LIMIT 10001)").arg(condition),
                                                  {roundYear})
                                          .toInt();
    return out;
}

QList<QPair<int, QString>> RecordRepository::unitsWithoutSurvey(int roundYear, int limit, int *total) const
{
    return unitsWhere(m_db, QStringLiteral("NOT EXISTS (SELECT 1 FROM surveys s WHERE s.unit_id = u.id AND s.round_year = ?)"), roundYear, limit, total);
}

QList<QPair<int, QString>> RecordRepository::unitsMissingPrerequisites(int roundYear, int limit, int *total) const
{
    return unitsWhere(m_db,
                      QStringLiteral("(SELECT count(*) FROM prerequisites p WHERE p.unit_id = u.id AND p.round_year = ?) "
                                     "< (SELECT count(*) FROM prerequisite_kinds)"),
                      roundYear, limit, total);
}

QList<Survey> RecordRepository::surveysOfUnit(int unitId) const
{
    return surveysWhere(m_db, "unit_id", unitId);
}

QList<Survey> RecordRepository::surveys(int roundYear) const
{
    return surveysWhere(m_db, "round_year", roundYear);
}

QList<Survey> RecordRepository::surveys(int roundYear, const QSet<int> &units) const
{
    return surveysWhere(m_db, "round_year", roundYear, &units);
}

void RecordRepository::removeSurvey(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM surveys WHERE id = ?"), {id});
}

void RecordRepository::restoreSurvey(const Survey &s)
{
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO surveys(id, unit_id, round_year, date, issued, returned, satisfied, basic, "
                                               "dissatisfied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, s.id);
    bindSurvey(q, s, 1);
    sql::run(q);
}

namespace {
// Writes one record of `table` and returns its id. A new record (id 0) gets its id from the table (a server's identity
// column takes no NULL). An edit (an id and the version it was read at) is written only while the record still has
// that version, and raises it; otherwise `conflict` is thrown and nothing is written. A record put back whole (an id
// without a version: an undo of a removal) is written under its id.
int save(Database &db, const QString &table, const QString &columns, int id, int version, const QVariantList &values,
         const std::function<void()> &conflict)
{
    const QStringList names = columns.split(QStringLiteral(", "));
    QStringList marks, updates;
    for (const QString &n : names) {
        marks << QStringLiteral("?");
        updates << QStringLiteral("%1 = ?").arg(n);
    }
    QSqlQuery q;
    if (id && version) {
        q = sql::prepare(db, QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE id = ? AND version = ? RETURNING id")
                                 .arg(table, updates.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        q.addBindValue(version);
    } else if (id) {
        QStringList excluded;
        for (const QString &n : names)
            excluded << QStringLiteral("%1 = excluded.%1").arg(n);
        q = sql::prepare(db, QStringLiteral("INSERT INTO %1(id, %2) VALUES (?, %3) ON CONFLICT(id) DO UPDATE SET %4, version = %1.version + 1 "
                                            "RETURNING id")
                                 .arg(table, columns, marks.join(QStringLiteral(", ")), excluded.join(QStringLiteral(", "))));
        q.addBindValue(id);
        for (const QVariant &v : values)
            q.addBindValue(v);
    } else {
        q = sql::prepare(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3) RETURNING id").arg(table, columns, marks.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
    }
    sql::run(q);
    if (q.next())
        return q.value(0).toInt();
    conflict();
    return id;
}
} // namespace

int RecordRepository::saveActivity(const Activity &a)
{
    const int id = save(m_db, QStringLiteral("activities"), QStringLiteral("unit_id, date, kind, participants, description"), a.id, a.version,
                        {a.unitId, a.date.toString(Qt::ISODate), a.kind,
                         a.participants ? QVariant(*a.participants) : QVariant(QMetaType(QMetaType::Int)), sql::text(a.description)},
                        [&a] {
                            throw EditConflict(QCoreApplication::translate("cd::Database", "Activity %1 of %2 (id %3) was changed or removed by another "
                                                                                           "clerk after it was read; it was left as it is.")
                                                   .arg(a.kind, a.date.toString(Qt::ISODate))
                                                   .arg(a.id),
                                               QStringLiteral("activity"), a.id);
                        });
    insertAttachments(m_db.connection(), "activity_id", id, a.attachments);
    return id;
}

void RecordRepository::addActivities(const QList<Activity> &activities)
{
    BulkStatement q(m_db, "INSERT INTO activities(unit_id, date, kind, participants, description) VALUES (?, ?, ?, ?, ?)");
    for (const auto &a : activities) {
        q.bind(1, qint64(a.unitId)).bind(2, a.date.toString(Qt::ISODate)).bind(3, a.kind).bind(4, a.participants);
        q.bind(5, a.description);
        q.step();
    }
}

void RecordRepository::removeActivity(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM activities WHERE id = ?"), {id}); // attachments cascade
}

ActivityTable RecordRepository::activityTable(int unitId) const
{
    ActivityTable out;
    // The attached files first (few), so each activity takes its own as it is read: no index of every activity.
    QHash<int, QList<Attachment>> files;
    auto f = sql::run(m_db,
                      QStringLiteral("SELECT a.activity_id, a.id, a.sha256, a.file_name, a.size FROM attachments a "
                                     "JOIN activities v ON v.id = a.activity_id WHERE ? = 0 OR v.unit_id = ? ORDER BY a.id"),
                      {unitId, unitId});
    while (f.next())
        files[f.value(0).toInt()].push_back({f.value(1).toInt(), f.value(2).toString(), f.value(3).toString(), f.value(4).toLongLong()});
    out.setAttachments(std::move(files));
    // Straight through SQLite's API: a file of a million units holds most of a million activities.
    BulkStatement q(m_db, "SELECT id, unit_id, date, kind, participants, description, version FROM activities "
                          "WHERE ? = 0 OR unit_id = ? ORDER BY date, id");
    q.bind(1, qint64(unitId)).bind(2, qint64(unitId));
    while (q.next())
        out.append(int(q.integer(0)), int(q.integer(1)), QDate::fromString(q.text(2), Qt::ISODate), q.repeatedText(3),
                   q.isNull(4) ? -1 : int(q.integer(4)), q.text(5), int(q.integer(6)));
    out.squeeze();
    return out;
}

QList<Activity> RecordRepository::activities(int unitId) const
{
    return wholeRecords(activityTable(unitId));
}

namespace {
KeyedRecord pointRow(const DemonstrationPoint &p)
{
    return {QStringLiteral("demonstration_points"), {QStringLiteral("unit_id"), QStringLiteral("year")}, {p.unitId, p.year},
            {QStringLiteral("level")}, {p.level}};
}

[[noreturn]] void pointConflict(Database &db, const DemonstrationPoint &p)
{
    throw EditConflict(QCoreApplication::translate("cd::Database", "The demonstration point of %1 in %2 was set or removed by another clerk "
                                                                   "after it was read; it was left as it is.")
                           .arg(unitNamed(db, p.unitId))
                           .arg(p.year),
                       QStringLiteral("demonstration-point"), p.unitId);
}
} // namespace

int RecordRepository::setDemonstrationPoint(const DemonstrationPoint &p)
{
    return setKeyed(m_db, pointRow(p), p.version, [this, &p] { pointConflict(m_db, p); });
}

void RecordRepository::setDemonstrationPoints(const QList<DemonstrationPoint> &points)
{
    BulkStatement q(m_db, "INSERT INTO demonstration_points(unit_id, year, level) VALUES (?, ?, ?) "
                          "ON CONFLICT(unit_id, year) DO UPDATE SET level = excluded.level, version = demonstration_points.version + 1");
    for (const auto &p : points) {
        q.bind(1, qint64(p.unitId)).bind(2, qint64(p.year)).bind(3, p.level);
        q.step();
    }
}

void RecordRepository::removeDemonstrationPoint(const DemonstrationPoint &p)
{
    clearKeyed(m_db, pointRow(p), p.version, [this, &p] { pointConflict(m_db, p); });
}

QList<DemonstrationPoint> RecordRepository::demonstrationPoints(int year, int unitId) const
{
    QList<DemonstrationPoint> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT unit_id, year, level, version FROM demonstration_points WHERE (? = 0 OR year = ?) AND (? = 0 OR unit_id = ?) "
                                     "ORDER BY year, CASE level WHEN '省' THEN 0 WHEN '市' THEN 1 ELSE 2 END, unit_id"),
                      {year, year, unitId, unitId});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

void RecordRepository::addOverride(const QString &action, int roundYear, const QDate &date, const QString &reason)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO overrides(action, round_year, date, reason, created_at) VALUES (?, ?, ?, ?, ?)"),
             {action, roundYear, date.toString(Qt::ISODate), reason, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

QList<OverrideRecord> RecordRepository::overrides() const
{
    QList<OverrideRecord> out;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, action, round_year, date, reason FROM overrides ORDER BY date DESC, id DESC"), {});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), isoDate(q.value(3)), q.value(4).toString()});
    return out;
}

int RecordRepository::saveRectification(const Rectification &r)
{
    return save(m_db, QStringLiteral("rectifications"), QStringLiteral("unit_id, finding, source, owner, deadline, closed_date, closing_evidence"),
                r.id, r.version,
                {r.unitId, r.finding, sql::text(r.source), sql::text(r.owner), r.deadline.toString(Qt::ISODate),
                 r.closed.isValid() ? QVariant(r.closed.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
                 sql::text(r.closingEvidence)},
                [&r] {
                    throw EditConflict(QCoreApplication::translate("cd::Database", "Rectification %1 (id %2) was changed or removed by another "
                                                                                   "clerk after it was read; it was left as it is.")
                                           .arg(r.finding)
                                           .arg(r.id),
                                       QStringLiteral("rectification"), r.id);
                });
}

void RecordRepository::removeRectification(int id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM rectifications WHERE id = ?"), {id});
}

QList<Rectification> RecordRepository::rectifications(int unitId) const
{
    QList<Rectification> out;
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, unit_id, finding, source, owner, deadline, closed_date, closing_evidence, version "
                                     "FROM rectifications WHERE ? = 0 OR unit_id = ? ORDER BY deadline, id"),
                      {unitId, unitId});
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       isoDate(q.value(5)), isoDate(q.value(6)), q.value(7).toString(), q.value(8).toInt()});
    return out;
}


bool RecordRepository::vetoEventExists(int id) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM veto_events WHERE id = ?)"), {id}).toBool();
}

bool RecordRepository::surveyExists(int id) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM surveys WHERE id = ?)"), {id}).toBool();
}


} // namespace cd
