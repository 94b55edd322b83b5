// The records an import kept as conflicts (changed here and at the sender since the last exchange), shown to the
// clerk side by side and decided by her: the incoming version over the local one, or the local one kept.
#include "exchange/package.h"

#include "exchange/packageformat.h"
#include "domain/round.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/exchangerepository.h"
#include "storage/transaction.h"
#include "util/failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cd::Exchange", s);
}

// A field of a travelling record, in the clerk's words (the names records/KIND.jsonl uses).
QString label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cd::Exchange", "Name")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("cd::Exchange", "Region")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("cd::Exchange", "Unit type")},
        {QStringLiteral("credit_code"), QT_TRANSLATE_NOOP("cd::Exchange", "Credit code")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("cd::Exchange", "Address")},
        {QStringLiteral("leader"), QT_TRANSLATE_NOOP("cd::Exchange", "Person in charge")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("cd::Exchange", "Phone")},
        {QStringLiteral("staff_count"), QT_TRANSLATE_NOOP("cd::Exchange", "Staff")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("cd::Exchange", "Note")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("cd::Exchange", "Unit")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("cd::Exchange", "Date")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cd::Exchange", "Kind")},
        {QStringLiteral("round"), QT_TRANSLATE_NOOP("cd::Exchange", "Round")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("cd::Exchange", "Year")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("cd::Exchange", "Level")},
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("cd::Exchange", "Issued")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("cd::Exchange", "Returned")},
        {QStringLiteral("satisfied"), QT_TRANSLATE_NOOP("cd::Exchange", "Satisfied")},
        {QStringLiteral("basic"), QT_TRANSLATE_NOOP("cd::Exchange", "Basically satisfied")},
        {QStringLiteral("dissatisfied"), QT_TRANSLATE_NOOP("cd::Exchange", "Dissatisfied")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("cd::Exchange", "Participants")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("cd::Exchange", "Description")},
        {QStringLiteral("files"), QT_TRANSLATE_NOOP("cd::Exchange", "Attached files")},
        {QStringLiteral("finding"), QT_TRANSLATE_NOOP("cd::Exchange", "Finding")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("cd::Exchange", "Source")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("cd::Exchange", "Owner")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("cd::Exchange", "Deadline")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("cd::Exchange", "Closed on")},
        {QStringLiteral("closing_evidence"), QT_TRANSLATE_NOOP("cd::Exchange", "Closing evidence")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("cd::Exchange", "Evidence")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("cd::Exchange", "Title")},
        {QStringLiteral("phases"), QT_TRANSLATE_NOOP("cd::Exchange", "Phases")},
        {QStringLiteral("deadlines"), QT_TRANSLATE_NOOP("cd::Exchange", "Deadlines")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("cd::Exchange", "Unit types in the round")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("cd::Exchange", "Version")},
        {QStringLiteral("pass_line"), QT_TRANSLATE_NOOP("cd::Exchange", "Pass line")},
        {QStringLiteral("satisfaction_min"), QT_TRANSLATE_NOOP("cd::Exchange", "Lowest satisfaction")},
        {QStringLiteral("trim_min_assessors"), QT_TRANSLATE_NOOP("cd::Exchange", "Assessors from whom the highest and lowest are dropped")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("cd::Exchange", "Reason")},
        {QStringLiteral("areas"), QT_TRANSLATE_NOOP("cd::Exchange", "Indicators")},
        {QStringLiteral("quota"), QT_TRANSLATE_NOOP("cd::Exchange", "Quota")},
        {QStringLiteral("doc_no"), QT_TRANSLATE_NOOP("cd::Exchange", "Document number")},
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("cd::Exchange", "Units")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("cd::Exchange", "Outcome")},
        {QStringLiteral("assessors"), QT_TRANSLATE_NOOP("cd::Exchange", "Scores by assessor")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("cd::Exchange", "Stage")},
        {QStringLiteral("override_reason"), QT_TRANSLATE_NOOP("cd::Exchange", "Reason for acting outside the phase")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("cd::Exchange", "Removed by the sender")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(*it);
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("cd::Exchange", "yes") : QCoreApplication::translate("cd::Exchange", "no");
    if (v.isArray()) { // evidence files: their names
        QStringList names;
        for (const QJsonValue &f : v.toArray())
            names << (f.isObject() ? f.toObject().value(QStringLiteral("name")).toString() : shown(f));
        return names.join(QStringLiteral("、"));
    }
    if (v.isObject())
        return QString::fromUtf8(exchange::compact(v.toObject()));
    return {};
}

QString points(qint64 hundredths)
{
    return QString::number(double(hundredths) / 100.0, 'f', 2);
}

// A field whose value is a list or a figure kept in hundredths, in words (never the package's JSON): a round's phases and
// deadlines, an indicator system's areas, a unit's scores by assessor, a list's units by name.
QString shownField(ExchangeRepository &repo, const QString &key, const QJsonValue &v)
{
    const QString sep = QStringLiteral("；");
    QStringList parts;
    if (key == QLatin1String("phases")) {
        for (const QJsonValue &p : v.toArray()) {
            const QJsonObject o = p.toObject();
            parts << QStringLiteral("%1 %2—%3").arg(phaseTitle(PhaseKind(o.value(QStringLiteral("kind")).toInt())), o.value(QStringLiteral("start")).toString(),
                                                 o.value(QStringLiteral("end")).toString());
        }
        return parts.join(sep);
    }
    if (key == QLatin1String("deadlines")) {
        for (const QJsonValue &d : v.toArray())
            parts << QStringLiteral("%1 %2").arg(d.toObject().value(QStringLiteral("date")).toString(), d.toObject().value(QStringLiteral("title")).toString());
        return parts.join(sep);
    }
    if (key == QLatin1String("areas")) {
        for (const QJsonValue &a : v.toArray()) {
            QStringList indicators;
            for (const QJsonValue &i : a.toObject().value(QStringLiteral("indicators")).toArray())
                indicators << QStringLiteral("%1 %2").arg(i.toArray().at(0).toString(), points(i.toArray().at(1).toInteger()));
            parts << QStringLiteral("%1：%2").arg(a.toObject().value(QStringLiteral("name")).toString(), indicators.join(QStringLiteral("、")));
        }
        return parts.join(sep);
    }
    if (key == QLatin1String("assessors")) { // each assessor's total
        for (const QJsonValue &a : v.toArray()) {
            qint64 total = 0;
            for (const QJsonValue &s : a.toObject().value(QStringLiteral("scores")).toArray())
                total += s.toArray().at(2).toInteger();
            parts << QStringLiteral("%1 %2").arg(a.toObject().value(QStringLiteral("name")).toString(), points(total));
        }
        return parts.join(sep);
    }
    if (key == QLatin1String("units")) {
        for (const QJsonValue &u : v.toArray()) {
            const QString name = repo.unitName(u.toString());
            parts << (name.isEmpty() ? QCoreApplication::translate("cd::Exchange", "a unit not in this file") : name);
        }
        return parts.join(QStringLiteral("、"));
    }
    if (key == QLatin1String("pass_line") && v.isDouble())
        return points(v.toInteger());
    if (key == QLatin1String("satisfaction_min") && v.isDouble())
        return QStringLiteral("%1%").arg(double(v.toInteger()) / 100.0);
    if (key == QLatin1String("outcome"))
        return v.toString() == QLatin1String("revoked") ? QCoreApplication::translate("cd::Exchange", "revoked")
                                                        : QCoreApplication::translate("cd::Exchange", "retained");
    if (key == QLatin1String("stage"))
        return QCoreApplication::translate("cd::Exchange", "local appraisal");
    return shown(v);
}

// What a conflict's record is, in the clerk's words: a unit's record by the unit's name, the others by what they are.
QString subjectOf(ExchangeRepository &repo, const QString &kind, const QJsonObject &sent, const QJsonObject &local)
{
    const QJsonObject &incoming = sent.contains(QStringLiteral("deleted")) ? local : sent; // a removal: what is removed
    const QString round = QString::number(incoming.value(QStringLiteral("round")).toInteger());
    if (kind == QLatin1String("round"))
        return QCoreApplication::translate("cd::Exchange", "the %1 round").arg(incoming.value(QStringLiteral("year")).toInteger());
    if (kind == QLatin1String("indicator_system"))
        return QCoreApplication::translate("cd::Exchange", "the %1 round, version %2").arg(round).arg(incoming.value(QStringLiteral("version")).toInteger());
    if (kind == QLatin1String("naming"))
        return incoming.value(QStringLiteral("doc_no")).toString();
    if (kind == QLatin1String("quota") || kind == QLatin1String("recommendation")) {
        const QString region = incoming.value(QStringLiteral("region")).toString();
        return QCoreApplication::translate("cd::Exchange", "%1, the %2 round").arg(region, round);
    }
    const QString unitKey = ExchangeRow{kind, QString(), incoming}.unitKey();
    QString unitName = kind == QLatin1String("unit") ? local.value(QStringLiteral("name")).toString() : repo.unitName(unitKey);
    if (unitName.isEmpty())
        unitName = incoming.value(QStringLiteral("name")).toString();
    if (kind == QLatin1String("scores") || kind == QLatin1String("review"))
        return QCoreApplication::translate("cd::Exchange", "%1, the %2 round").arg(unitName, round);
    return unitName;
}

} // namespace

QString Exchange::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("cd::Exchange", "Unit")},
        {QStringLiteral("veto"), QT_TRANSLATE_NOOP("cd::Exchange", "Veto event")},
        {QStringLiteral("survey"), QT_TRANSLATE_NOOP("cd::Exchange", "Satisfaction survey")},
        {QStringLiteral("activity"), QT_TRANSLATE_NOOP("cd::Exchange", "Activity")},
        {QStringLiteral("rectification"), QT_TRANSLATE_NOOP("cd::Exchange", "Rectification")},
        {QStringLiteral("prerequisite"), QT_TRANSLATE_NOOP("cd::Exchange", "Prerequisite")},
        {QStringLiteral("demo_point"), QT_TRANSLATE_NOOP("cd::Exchange", "Demonstration point")},
        {QStringLiteral("scores"), QT_TRANSLATE_NOOP("cd::Exchange", "Local scores")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("cd::Exchange", "Recommendation")},
        {QStringLiteral("round"), QT_TRANSLATE_NOOP("cd::Exchange", "Round calendar")},
        {QStringLiteral("indicator_system"), QT_TRANSLATE_NOOP("cd::Exchange", "Indicator system")},
        {QStringLiteral("quota"), QT_TRANSLATE_NOOP("cd::Exchange", "Quota")},
        {QStringLiteral("naming"), QT_TRANSLATE_NOOP("cd::Exchange", "Naming")},
        {QStringLiteral("review"), QT_TRANSLATE_NOOP("cd::Exchange", "Review")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(*it);
}

QList<Exchange::Conflict> Exchange::conflicts(bool openOnly) const
{
    ExchangeRepository repo(m_db);
    QList<Conflict> out;
    for (const auto &c : repo.conflicts(openOnly)) {
        Conflict x{c.id, c.package, c.kind, c.key, {}, {}, c.decided};
        // The unit it concerns, by name as this file has it (a unit: its own name), or what else it is.
        x.subject = tr("%1: %2").arg(kindName(c.kind), subjectOf(repo, c.kind, c.incoming, c.local));
        QStringList keys = c.incoming.keys();
        for (const QString &k : c.local.keys())
            if (!keys.contains(k))
                keys << k;
        // In the order a form shows them (a unit: name, region, type, …); fields it does not know after, by name.
        static const QStringList order = {QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("credit_code"),
                                          QStringLiteral("address"), QStringLiteral("leader"), QStringLiteral("phone"), QStringLiteral("staff_count"),
                                          QStringLiteral("round"), QStringLiteral("year"), QStringLiteral("date"), QStringLiteral("kind"),
                                          QStringLiteral("level"), QStringLiteral("finding"), QStringLiteral("source"), QStringLiteral("owner"),
                                          QStringLiteral("deadline"), QStringLiteral("closed"), QStringLiteral("closing_evidence"),
                                          QStringLiteral("title"), QStringLiteral("doc_no"), QStringLiteral("phases"), QStringLiteral("deadlines"),
                                          QStringLiteral("scope"), QStringLiteral("pass_line"), QStringLiteral("satisfaction_min"),
                                          QStringLiteral("trim_min_assessors"), QStringLiteral("areas"), QStringLiteral("outcome"),
                                          QStringLiteral("quota"), QStringLiteral("units"), QStringLiteral("assessors")};
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &k) { const qsizetype i = order.indexOf(k); return i < 0 ? order.size() : i; };
            return rank(a) < rank(b);
        });
        for (const QString &k : keys) {
            if (k == QLatin1String("uuid") || (k == QLatin1String("unit") && c.kind != QLatin1String("unit")))
                continue; // identities: the same on both sides
            x.fields.append({label(k), shownField(repo, k, c.incoming.value(k)), shownField(repo, k, c.local.value(k))});
        }
        out.append(x);
    }
    return out;
}

void Exchange::decide(int conflictId, bool takeIncoming, const QString &operatorName)
{
    ExchangeRepository repo(m_db);
    Transaction t(m_db);
    const auto c = repo.conflict(conflictId);
    if (!c)
        failInput(tr("There is no conflict %1.").arg(conflictId));
    if (!c->decided.isEmpty()) {
        const QString when = QDateTime::fromString(c->decided.section(QLatin1Char(' '), 1), Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        failInput((c->decided.startsWith(QLatin1String("incoming")) ? tr("Conflict %1 was decided already: the package's version was taken on %2.")
                                                                     : tr("Conflict %1 was decided already: this file's version was kept on %2."))
                      .arg(conflictId)
                      .arg(when));
    }
    const ExchangeRow incoming{c->kind, c->key, c->incoming};
    if (takeIncoming && c->incoming.value(QStringLiteral("deleted")).toBool()) {
        repo.remove(c->kind, c->key);
    } else if (takeIncoming) {
        if (const QString problem = exchange::rowProblem(incoming); !problem.isEmpty())
            failInput(tr("The incoming version of conflict %1 cannot be kept: %2").arg(conflictId).arg(problem));
        repo.apply(incoming);
    }
    const QString decided = QStringLiteral("%1 %2").arg(takeIncoming ? QStringLiteral("incoming") : QStringLiteral("local"), exchange::now());
    repo.setDecided(conflictId, decided);
    // The audit trail: which record, from which package, and which version stands now (worded when shown).
    AppraisalRepository(m_db).audit(operatorName, QStringLiteral("exchange-conflict"), 0, repo.unitId(ExchangeRow{c->kind, c->key, c->local}.unitKey()),
                                    QStringLiteral("%1 %2 (%3)").arg(kindName(c->kind), subjectOf(repo, c->kind, c->incoming, c->local), c->package), QString(),
                                    takeIncoming ? QStringLiteral("incoming") : QStringLiteral("local"));
    t.commit();
}

} // namespace cd
