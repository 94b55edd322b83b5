// veto list, survey list, prereq list, activity list, rectification list, demo-point list (CLI.md): the records of one
// kind, each [--unit ID] [--round Y] [--region CODE]. JSON: {"count": N, "items": [{"id", "unit_id", …}, …]}.
#include "cli/context.h"

#include "rules/campaigncalendar.h"
#include "services/campaignservice.h"
#include "services/lookup.h"
#include "services/recordservice.h"
#include "storage/database.h"
#include "storage/regionrepository.h"
#include "storage/unitrepository.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace cd::cli {

namespace {

struct Scope
{
    int unitId = 0;
    int round = 0;
    std::optional<QSet<int>> units; // the units of --region, when given
    QDate from, to;                 // the round's dates, for records dated rather than filed under a round
    QHash<int, QString> names;

    bool takes(int unit) const { return (!unitId || unit == unitId) && (!units || units->contains(unit)); }
    bool dated(const QDate &d) const { return !round || (d >= from && d <= to); }

    // The records filed under the round asked for, or under every stored round.
    template <typename Fetch>
    auto ofRounds(const RecordService &rec, Fetch fetch) const -> decltype(fetch(0))
    {
        if (round)
            return fetch(round);
        decltype(fetch(0)) all;
        for (const auto &r : rec.calendar.storedRounds())
            all += fetch(r.year);
        return all;
    }
};

Scope scopeOf(Context &ctx, Database &db)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("round"), QStringLiteral("region")});
    Scope s;
    if (ctx.args.has(QStringLiteral("unit"))) {
        bool ok = false;
        s.unitId = ctx.args.value(QStringLiteral("unit")).toInt(&ok);
        if (!ok || s.unitId <= 0)
            failUsage(QCoreApplication::translate("cd::cli", "--unit takes a unit's number as units list shows it."));
    }
    if (ctx.args.has(QStringLiteral("round"))) {
        s.round = ctx.year(QStringLiteral("round"));
        const auto round = campaignCalendarOf(db).round(s.round);
        if (!round)
            failInput(QCoreApplication::translate("cd::cli", "%1 is not a round of the campaign.").arg(s.round));
        s.from = round->start();
        s.to = round->end();
    }
    s.units = unitsOfRegionOption(ctx, db);
    s.names = UnitRepository(db).names();
    return s;
}

int print(const Context &ctx, const QJsonArray &items, const QStringList &header, const QList<QStringList> &rows)
{
    if (ctx.json) {
        printJson({{QStringLiteral("count"), int(items.size())}, {QStringLiteral("items"), items}});
        return 0;
    }
    QString out = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const auto &r : rows)
        out += r.join(QLatin1Char('\t')) + QLatin1Char('\n');
    printText(out + QCoreApplication::translate("cd::cli", "%n record(s).", nullptr, int(rows.size())));
    return 0;
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int cmdVetoList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &e : VetoService(*db).vetoEvents()) {
        if (!s.takes(e.unitId) || !s.dated(e.date))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("unit_id"), e.unitId}, {QStringLiteral("unit"), s.names.value(e.unitId)},
                                 {QStringLiteral("kind"), e.kind}, {QStringLiteral("date"), iso(e.date)}, {QStringLiteral("note"), e.note},
                                 {QStringLiteral("files"), int(e.evidence.size())}});
        rows << QStringList{QString::number(e.id), s.names.value(e.unitId), e.kind, iso(e.date), e.note};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "No."), QCoreApplication::translate("cd::cli", "Unit"),
                              QCoreApplication::translate("cd::cli", "Kind"), QCoreApplication::translate("cd::cli", "Date"),
                              QCoreApplication::translate("cd::cli", "Note")},
                 rows);
}

int cmdSurveyList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    QJsonArray items;
    QList<QStringList> rows;
    const RecordService rec(*db);
    for (const auto &v : s.ofRounds(rec, [&rec](int year) { return rec.survey.surveys(year); })) {
        if (!s.takes(v.unitId))
            continue;
        const double rate = v.returned > 0 ? double(v.satisfied + v.basic) / v.returned : 0.0;
        items.append(QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("unit_id"), v.unitId}, {QStringLiteral("unit"), s.names.value(v.unitId)},
                                 {QStringLiteral("round"), v.roundYear}, {QStringLiteral("date"), isoOrNull(v.date)},
                                 {QStringLiteral("issued"), v.issued}, {QStringLiteral("returned"), v.returned},
                                 {QStringLiteral("satisfied"), v.satisfied}, {QStringLiteral("basic"), v.basic},
                                 {QStringLiteral("dissatisfied"), v.dissatisfied},
                                 {QStringLiteral("satisfaction"), v.returned > 0 ? QJsonValue(rate) : QJsonValue()}});
        rows << QStringList{QString::number(v.id), s.names.value(v.unitId), QString::number(v.roundYear), iso(v.date), QString::number(v.issued),
                            QString::number(v.returned), QString::number(v.satisfied), QString::number(v.basic), QString::number(v.dissatisfied),
                            v.returned > 0 ? QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1) : QString()};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "No."), QCoreApplication::translate("cd::cli", "Unit"),
                              QCoreApplication::translate("cd::cli", "Round"), QCoreApplication::translate("cd::cli", "Date"),
                              QCoreApplication::translate("cd::cli", "Issued"), QCoreApplication::translate("cd::cli", "Returned"),
                              QCoreApplication::translate("cd::cli", "Satisfied"), QCoreApplication::translate("cd::cli", "Basically satisfied"),
                              QCoreApplication::translate("cd::cli", "Dissatisfied"), QCoreApplication::translate("cd::cli", "Satisfaction")},
                 rows);
}

int cmdPrereqList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    const RecordService rec(*db);
    QHash<QString, QString> kindNames;
    for (const auto &k : rec.prereq.prerequisiteKinds())
        kindNames.insert(k.first, k.second);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &p : s.ofRounds(rec, [&rec, &s](int year) { return rec.prereq.prerequisites(year, s.unitId); })) {
        if (!s.takes(p.unitId))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("unit_id"), p.unitId}, {QStringLiteral("unit"), s.names.value(p.unitId)},
                                 {QStringLiteral("round"), p.roundYear}, {QStringLiteral("kind"), p.kind},
                                 {QStringLiteral("kind_name"), kindNames.value(p.kind, p.kind)}, {QStringLiteral("date"), isoOrNull(p.date)},
                                 {QStringLiteral("evidence"), p.evidence}});
        rows << QStringList{s.names.value(p.unitId), QString::number(p.roundYear), kindNames.value(p.kind, p.kind), iso(p.date), p.evidence};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "Unit"), QCoreApplication::translate("cd::cli", "Round"),
                              QCoreApplication::translate("cd::cli", "Prerequisite"), QCoreApplication::translate("cd::cli", "Date"),
                              QCoreApplication::translate("cd::cli", "Evidence")},
                 rows);
}

int cmdActivityList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &a : ActivityService(*db).activities(s.unitId)) {
        if (!s.takes(a.unitId) || !s.dated(a.date))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("unit_id"), a.unitId}, {QStringLiteral("unit"), s.names.value(a.unitId)},
                                 {QStringLiteral("date"), iso(a.date)}, {QStringLiteral("kind"), a.kind},
                                 {QStringLiteral("participants"), a.participants ? QJsonValue(*a.participants) : QJsonValue()},
                                 {QStringLiteral("description"), a.description}, {QStringLiteral("files"), int(a.attachments.size())}});
        rows << QStringList{QString::number(a.id), s.names.value(a.unitId), iso(a.date), a.kind,
                            a.participants ? QString::number(*a.participants) : QString(), a.description};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "No."), QCoreApplication::translate("cd::cli", "Unit"),
                              QCoreApplication::translate("cd::cli", "Date"), QCoreApplication::translate("cd::cli", "Kind"),
                              QCoreApplication::translate("cd::cli", "Participants"), QCoreApplication::translate("cd::cli", "Description")},
                 rows);
}

int cmdRectificationList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &r : RectificationService(*db).rectifications()) {
        if (!s.takes(r.unitId) || !s.dated(r.deadline))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("unit_id"), r.unitId}, {QStringLiteral("unit"), s.names.value(r.unitId)},
                                 {QStringLiteral("finding"), r.finding}, {QStringLiteral("source"), r.source}, {QStringLiteral("owner"), r.owner},
                                 {QStringLiteral("deadline"), iso(r.deadline)}, {QStringLiteral("closed"), isoOrNull(r.closed)},
                                 {QStringLiteral("evidence"), r.closingEvidence}});
        rows << QStringList{QString::number(r.id), s.names.value(r.unitId), r.finding, r.source, r.owner, iso(r.deadline), iso(r.closed)};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "No."), QCoreApplication::translate("cd::cli", "Unit"),
                              QCoreApplication::translate("cd::cli", "Finding"), QCoreApplication::translate("cd::cli", "Source"),
                              QCoreApplication::translate("cd::cli", "Owner"), QCoreApplication::translate("cd::cli", "Deadline"),
                              QCoreApplication::translate("cd::cli", "Closed")},
                 rows);
}

int cmdDemoPointList(Context &ctx)
{
    auto db = ctx.openReadOnly();
    const Scope s = scopeOf(ctx, *db);
    QJsonArray items;
    QList<QStringList> rows;
    for (const auto &p : DemoPointService(*db).demonstrationPoints(s.round, s.unitId)) {
        if (!s.takes(p.unitId))
            continue;
        items.append(QJsonObject{{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("unit_id"), p.unitId}, {QStringLiteral("unit"), s.names.value(p.unitId)},
                                 {QStringLiteral("year"), p.year}, {QStringLiteral("level"), p.level}});
        rows << QStringList{s.names.value(p.unitId), QString::number(p.year), p.level};
    }
    return print(ctx, items, {QCoreApplication::translate("cd::cli", "Unit"), QCoreApplication::translate("cd::cli", "Year"),
                              QCoreApplication::translate("cd::cli", "Level")},
                 rows);
}

} // namespace cd::cli
