// Records and the way up: veto add, prereq set, survey add, assessors add, appraise, recommend, name, review, status.
#include "cli/context.h"

#include "services/lookup.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "services/wayup.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

QString operatorName()
{
    const QString env = qEnvironmentVariable("CAMPAIGNDESK_OPERATOR");
    if (!env.isEmpty())
        return env;
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

namespace {

int intOption(const Context &ctx, const QString &name)
{
    bool ok = false;
    const int v = ctx.args.required(name).toInt(&ok);
    if (!ok)
        failUsage(QCoreApplication::translate("cd::cli", "--%1 takes a whole number, not \"%2\".").arg(name, ctx.args.value(name)));
    return v;
}

QList<int> idList(const Context &ctx, const QString &name)
{
    QList<int> ids;
    for (const auto &part : ctx.args.required(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok)
            failUsage(QCoreApplication::translate("cd::cli", "--%1 takes unit ids separated by commas, not \"%2\".").arg(name, part));
        ids << id;
    }
    return ids;
}

// The reasons as stable machine values beside their words: [{"rule": "veto", "facts": ["群体访", "2014-06-01"]}, …].
QJsonArray reasonRules(const QList<Reason> &reasons)
{
    QJsonArray out;
    for (const auto &r : reasons)
        out.append(QJsonObject{{QStringLiteral("rule"), r.rule}, {QStringLiteral("facts"), QJsonArray::fromStringList(r.facts)}});
    return out;
}

QJsonArray ints(const QList<int> &v)
{
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}

int done(const Context &ctx, const QJsonObject &json, const QString &text)
{
    if (ctx.json)
        printJson(json);
    else
        printText(text);
    return 0;
}
} // namespace

int cmdVetoAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("note")});
    auto db = ctx.openForWriting();
    VetoEvent e{0, intOption(ctx, QStringLiteral("unit")), ctx.args.required(QStringLiteral("kind")), ctx.date(QStringLiteral("date")),
                ctx.args.value(QStringLiteral("note"))};
    const int id = VetoService(*db).addVeto(e);
    return done(ctx, {{QStringLiteral("id"), id}}, QCoreApplication::translate("cd::cli", "Recorded veto event %1.").arg(id));
}

int cmdPrereqSet(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("round"), QStringLiteral("kind"), QStringLiteral("date"), QStringLiteral("evidence")});
    auto db = ctx.openForWriting();
    PrerequisiteService(*db).setPrerequisite({intOption(ctx, QStringLiteral("unit")), ctx.year(QStringLiteral("round")),
                                        ctx.args.required(QStringLiteral("kind")), ctx.date(QStringLiteral("date")),
                                        ctx.args.value(QStringLiteral("evidence"))});
    return done(ctx, {{QStringLiteral("ok"), true}}, QCoreApplication::translate("cd::cli", "Recorded the prerequisite."));
}

int cmdSurveyAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("round"), QStringLiteral("issued"), QStringLiteral("returned"),
                    QStringLiteral("satisfied"), QStringLiteral("basic"), QStringLiteral("dissatisfied"), QStringLiteral("date")});
    auto db = ctx.openForWriting();
    Survey s;
    s.unitId = intOption(ctx, QStringLiteral("unit"));
    s.roundYear = ctx.year(QStringLiteral("round"));
    s.issued = intOption(ctx, QStringLiteral("issued"));
    s.returned = intOption(ctx, QStringLiteral("returned"));
    s.satisfied = intOption(ctx, QStringLiteral("satisfied"));
    s.basic = intOption(ctx, QStringLiteral("basic"));
    s.dissatisfied = intOption(ctx, QStringLiteral("dissatisfied"));
    if (ctx.args.has(QStringLiteral("date")))
        s.date = ctx.date(QStringLiteral("date"));
    const int id = SurveyService(*db).addSurvey(s);
    const double rate = s.returned ? double(s.satisfied + s.basic) / s.returned : 0;
    return done(ctx, {{QStringLiteral("id"), id}, {QStringLiteral("satisfaction"), s.returned ? QJsonValue(rate) : QJsonValue()}},
                QCoreApplication::translate("cd::cli", "Recorded survey %1: satisfaction %2%.").arg(id).arg(rate * 100, 0, 'f', 1));
}

int cmdAssessorsAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("region"), QStringLiteral("stage")});
    Workspace ws(ctx.openForWriting());
    Assessor a;
    a.name = ctx.args.required(QStringLiteral("name"));
    a.unitId = ctx.args.has(QStringLiteral("unit")) ? intOption(ctx, QStringLiteral("unit")) : 0;
    if (ctx.args.has(QStringLiteral("region"))) { // the bureau the assessor belongs to, by code or name
        const auto r = RegionLookup(ws.regions()).resolve(ctx.args.value(QStringLiteral("region")));
        if (!r.error.isEmpty())
            failInput(r.error);
        a.regionId = r.regionId;
    }
    a.stage = ctx.args.value(QStringLiteral("stage"), QStringLiteral("local"));
    const int id = AssessorService(ws.database()).addAssessor(a);
    return done(ctx, {{QStringLiteral("id"), id}}, QCoreApplication::translate("cd::cli", "Added assessor %1.").arg(id));
}

int cmdAppraise(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("stage")});
    const int year = ctx.year(QStringLiteral("round"));
    const QString stage = ctx.args.value(QStringLiteral("stage"), QStringLiteral("local"));
    if (stage != QLatin1String("local") && stage != QLatin1String("province"))
        failUsage(QCoreApplication::translate("cd::cli", "--stage is local or province, not \"%1\".").arg(stage));
    auto db = ctx.openReadOnly();
    const WorkCalendar work = WorkCalendar::fromResources();
    const AppraisalRun run = AppraisalService(*db, work, operatorName()).appraise(year, stage);
    if (ctx.json) {
        QJsonArray units;
        for (const auto &u : run.units)
            units.append(QJsonObject{{QStringLiteral("id"), u.unitId},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("region_code"), u.regionCode.isEmpty() ? QJsonValue() : QJsonValue(u.regionCode)},
                                     {QStringLiteral("total"), std::round(u.total * 10000.0) / 10000.0},
                                     {QStringLiteral("satisfaction"), u.satisfaction ? QJsonValue(*u.satisfaction) : QJsonValue()},
                                     {QStringLiteral("eligible"), u.eligible},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(wordings(u.reasons))},
                                     {QStringLiteral("reason_rules"), reasonRules(u.reasons)},
                                     {QStringLiteral("rank"), u.rank ? QJsonValue(*u.rank) : QJsonValue()},
                                     {QStringLiteral("assessors"), u.assessors}});
        printJson({{QStringLiteral("round"), year}, {QStringLiteral("stage"), stage}, {QStringLiteral("units"), units}});
        return 0;
    }
    QString out;
    for (const auto &u : run.units)
        out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                   .arg(u.rank ? QString::number(*u.rank) : QStringLiteral("-"))
                   .arg(u.unitId)
                   .arg(u.name)
                   .arg(u.total, 0, 'f', 2)
                   .arg(u.eligible ? QString() : wordings(u.reasons).join(QCoreApplication::translate("cd::cli", "; ")));
    printText(out + QCoreApplication::translate("cd::cli", "%n unit(s) appraised.", nullptr, int(run.units.size())));
    return 0;
}

// assess: the provincial assessment (省级考核, DOMAIN.md §6 step 3) — the province-stage appraisal of the
// recommended units, scored by assessors added with --stage province. Same output as appraise.
int cmdAssess(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round")});
    ctx.args = Args::parse({QStringLiteral("--round"), ctx.args.required(QStringLiteral("round")), QStringLiteral("--stage"),
                            QStringLiteral("province")},
                           {});
    return cmdAppraise(ctx);
}

int cmdRecommend(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("region"), QStringLiteral("units"), QStringLiteral("date"),
                    QStringLiteral("override-reason")});
    auto db = ctx.openForWriting();
    const WorkCalendar work = WorkCalendar::fromResources();
    const QList<int> units = idList(ctx, QStringLiteral("units"));
    const int id = TitleDecisions(*db, work, operatorName())
                       .recommend(ctx.year(QStringLiteral("round")), ctx.args.required(QStringLiteral("region")), units,
                                  ctx.date(QStringLiteral("date")), ctx.args.value(QStringLiteral("override-reason")));
    return done(ctx, {{QStringLiteral("id"), id}, {QStringLiteral("units"), ints(units)}},
                QCoreApplication::translate("cd::cli", "Recorded recommendation %1 of %n unit(s).", nullptr, int(units.size())).arg(id));
}

int cmdName(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("doc-no"), QStringLiteral("date"), QStringLiteral("units"),
                    QStringLiteral("override-reason")});
    auto db = ctx.openForWriting();
    const WorkCalendar work = WorkCalendar::fromResources();
    const QList<int> units = idList(ctx, QStringLiteral("units"));
    const int id = TitleDecisions(*db, work, operatorName())
                       .name(ctx.year(QStringLiteral("round")), ctx.args.required(QStringLiteral("doc-no")), ctx.date(QStringLiteral("date")),
                             units, ctx.args.value(QStringLiteral("override-reason")));
    return done(ctx, {{QStringLiteral("id"), id}, {QStringLiteral("units"), ints(units)}},
                QCoreApplication::translate("cd::cli", "Recorded naming %1 of %n unit(s).", nullptr, int(units.size())).arg(id));
}

int cmdReview(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("unit"), QStringLiteral("outcome"), QStringLiteral("date"),
                    QStringLiteral("reason"), QStringLiteral("doc-no"), QStringLiteral("override-reason")});
    const QString outcome = ctx.args.required(QStringLiteral("outcome"));
    if (outcome != QLatin1String("retained") && outcome != QLatin1String("revoked"))
        failUsage(QCoreApplication::translate("cd::cli", "--outcome is retained or revoked, not \"%1\".").arg(outcome));
    auto db = ctx.openForWriting();
    const WorkCalendar work = WorkCalendar::fromResources();
    const int unit = intOption(ctx, QStringLiteral("unit"));
    TitleDecisions(*db, work, operatorName())
        .review(ctx.year(QStringLiteral("round")), unit, outcome == QLatin1String("revoked"), ctx.date(QStringLiteral("date")),
                ctx.args.value(QStringLiteral("reason")), ctx.args.value(QStringLiteral("doc-no")),
                ctx.args.value(QStringLiteral("override-reason")));
    const QString word = outcomeWord(outcome == QLatin1String("revoked"));
    return done(ctx, {{QStringLiteral("unit"), unit}, {QStringLiteral("outcome"), outcome}, {QStringLiteral("outcome_text"), word}},
                QCoreApplication::translate("cd::cli", "Recorded the review of unit %1: %2.").arg(unit).arg(word));
}

int cmdVetoKindAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("name")});
    auto db = ctx.openForWriting();
    const QString name = ctx.args.required(QStringLiteral("name")).trimmed();
    VetoService(*db).addVetoKind(name);
    return done(ctx, {{QStringLiteral("kind"), name}}, QCoreApplication::translate("cd::cli", "Added the veto kind %1.").arg(name));
}

int cmdQuotaSet(Context &ctx)
{
    ctx.args.allow({QStringLiteral("round"), QStringLiteral("region"), QStringLiteral("quota")});
    const int year = ctx.year(QStringLiteral("round"));
    const QString region = ctx.args.required(QStringLiteral("region"));
    const QString value = ctx.args.required(QStringLiteral("quota"));
    std::optional<int> quota;
    if (value != QLatin1String("none")) {
        bool ok = false;
        quota = value.toInt(&ok);
        if (!ok)
            failUsage(QCoreApplication::translate("cd::cli", "--quota takes a number of units or none, not \"%1\".").arg(value));
    }
    auto db = ctx.openForWriting();
    const WorkCalendar work = WorkCalendar::fromResources();
    TitleDecisions(*db, work, operatorName()).setQuota(year, region, quota);
    return done(ctx, {{QStringLiteral("round"), year}, {QStringLiteral("region"), region}, {QStringLiteral("quota"), quota ? QJsonValue(*quota) : QJsonValue()}},
                quota ? QCoreApplication::translate("cd::cli", "%1 may recommend %2 units in the %3 round.").arg(region).arg(*quota).arg(year)
                      : QCoreApplication::translate("cd::cli", "%1 has no quota in the %2 round.").arg(region).arg(year));
}

int cmdActivityAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("participants"),
                    QStringLiteral("note"), QStringLiteral("file")});
    auto db = ctx.openForWriting();
    RecordService records(*db);
    Activity a;
    a.unitId = intOption(ctx, QStringLiteral("unit"));
    a.date = ctx.date(QStringLiteral("date"));
    a.kind = ctx.args.required(QStringLiteral("kind"));
    if (ctx.args.has(QStringLiteral("participants")))
        a.participants = intOption(ctx, QStringLiteral("participants"));
    a.description = ctx.args.value(QStringLiteral("note"));
    // --file: one file, or several separated by ';' (no Windows path holds one). Copied beside the data file by hash.
    for (const QString &f : ctx.args.value(QStringLiteral("file")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        a.attachments << records.attachments().store(f.trimmed());
    const int id = records.activity.saveActivity(a);
    QJsonArray files;
    for (const auto &f : a.attachments)
        files.append(QJsonObject{{QStringLiteral("name"), f.fileName}, {QStringLiteral("sha256"), f.sha256}, {QStringLiteral("size"), f.size}});
    return done(ctx, {{QStringLiteral("id"), id}, {QStringLiteral("attachments"), files}},
                QCoreApplication::translate("cd::cli", "Recorded activity %1 with %n attached file(s).", nullptr, int(a.attachments.size())).arg(id));
}

int cmdDemoPointSet(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("level")});
    auto db = ctx.openForWriting();
    const DemonstrationPoint p{intOption(ctx, QStringLiteral("unit")), ctx.year(QStringLiteral("year")), ctx.args.required(QStringLiteral("level"))};
    DemoPointService(*db).setDemonstrationPoint(p);
    return done(ctx, {{QStringLiteral("unit"), p.unitId}, {QStringLiteral("year"), p.year}, {QStringLiteral("level"), p.level}},
                QCoreApplication::translate("cd::cli", "Unit %1 is a %2-level demonstration point in %3.").arg(p.unitId).arg(p.level).arg(p.year));
}

int cmdRectificationAdd(Context &ctx)
{
    ctx.args.allow({QStringLiteral("unit"), QStringLiteral("finding"), QStringLiteral("deadline"), QStringLiteral("source"), QStringLiteral("owner")});
    auto db = ctx.openForWriting();
    Rectification r;
    r.unitId = intOption(ctx, QStringLiteral("unit"));
    r.finding = ctx.args.required(QStringLiteral("finding"));
    r.deadline = ctx.date(QStringLiteral("deadline"));
    r.source = ctx.args.value(QStringLiteral("source"));
    r.owner = ctx.args.value(QStringLiteral("owner"));
    const int id = RectificationService(*db).saveRectification(r);
    return done(ctx, {{QStringLiteral("id"), id}}, QCoreApplication::translate("cd::cli", "Recorded rectification %1.").arg(id));
}

int cmdRectificationClose(Context &ctx)
{
    ctx.args.allow({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("evidence")});
    auto db = ctx.openForWriting();
    const int id = intOption(ctx, QStringLiteral("id"));
    RecordService records(*db);
    for (auto r : records.rectify.rectifications())
        if (r.id == id) {
            r.closed = ctx.date(QStringLiteral("date"));
            r.closingEvidence = ctx.args.required(QStringLiteral("evidence"));
            records.rectify.saveRectification(r);
            return done(ctx, {{QStringLiteral("id"), id}, {QStringLiteral("closed"), r.closed.toString(Qt::ISODate)}},
                        QCoreApplication::translate("cd::cli", "Closed rectification %1.").arg(id));
        }
    failInput(QCoreApplication::translate("cd::cli", "There is no rectification with id %1.").arg(id));
}

int cmdStatus(Context &ctx)
{
    ctx.args.allow({QStringLiteral("date")});
    const QDate date = ctx.date(QStringLiteral("date"));
    auto db = ctx.openReadOnly();
    const WorkCalendar work = WorkCalendar::fromResources();
    const StatusReport s = TitleDecisions(*db, work, operatorName()).status(date);
    if (ctx.json) {
        printJson({{QStringLiteral("date"), date.toString(Qt::ISODate)},
                   {QStringLiteral("holders"), ints(s.holders)},
                   {QStringLiteral("review_round"), s.reviewRound ? QJsonValue(*s.reviewRound) : QJsonValue()},
                   {QStringLiteral("reviews_due"), ints(s.reviewsDue)},
                   {QStringLiteral("reviews_overdue"), ints(s.reviewsOverdue)},
                   {QStringLiteral("overdue_rectifications"), ints(s.overdueRectifications)}});
        return 0;
    }
    printText(QCoreApplication::translate("cd::cli", "On %1: %2; %3 due for review in the %4 round; %5.")
                  .arg(date.toString(Qt::ISODate))
                  .arg(QCoreApplication::translate("cd::cli", "%n unit(s) hold the title", nullptr, int(s.holders.size())))
                  .arg(s.reviewsDue.size())
                  .arg(s.reviewRound.value_or(0))
                  .arg(QCoreApplication::translate("cd::cli", "%n review(s) overdue", nullptr, int(s.reviewsOverdue.size())))
              + QLatin1Char('\n')
              + QCoreApplication::translate("cd::cli", "%n rectification(s) overdue.", nullptr, int(s.overdueRectifications.size())));
    return 0;
}

} // namespace cd::cli
