// The records an import kept as conflicts (changed here and at the sender since the last exchange), shown to the
// clerk side by side and decided by her: the incoming version over the local one, or the local one kept.
#include "exchange/package.h"

#include "exchange/packageformat.h"
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
        // The unit it concerns, by name as this file has it (a unit: its own name).
        const QString unitKey = ExchangeRow{c.kind, c.key, c.incoming}.unitKey();
        QString unitName = c.kind == QLatin1String("unit") ? c.local.value(QStringLiteral("name")).toString() : repo.unitName(unitKey);
        if (unitName.isEmpty())
            unitName = c.incoming.value(QStringLiteral("name")).toString();
        x.subject = tr("%1: %2").arg(kindName(c.kind), unitName);
        QStringList keys = c.incoming.keys();
        for (const QString &k : c.local.keys())
            if (!keys.contains(k))
                keys << k;
        // In the order a form shows them (a unit: name, region, type, …); fields it does not know after, by name.
        static const QStringList order = {QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("credit_code"),
                                          QStringLiteral("address"), QStringLiteral("leader"), QStringLiteral("phone"), QStringLiteral("staff_count"),
                                          QStringLiteral("round"), QStringLiteral("year"), QStringLiteral("date"), QStringLiteral("kind"),
                                          QStringLiteral("level"), QStringLiteral("finding"), QStringLiteral("source"), QStringLiteral("owner"),
                                          QStringLiteral("deadline"), QStringLiteral("closed"), QStringLiteral("closing_evidence")};
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &k) { const qsizetype i = order.indexOf(k); return i < 0 ? order.size() : i; };
            return rank(a) < rank(b);
        });
        for (const QString &k : keys) {
            if (k == QLatin1String("uuid") || (k == QLatin1String("unit") && c.kind != QLatin1String("unit")))
                continue; // identities: the same on both sides
            x.fields.append({label(k), shown(c.incoming.value(k)), shown(c.local.value(k))});
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
    if (takeIncoming) {
        if (const QString problem = exchange::rowProblem(incoming); !problem.isEmpty())
            failInput(tr("The incoming version of conflict %1 cannot be kept: %2").arg(conflictId).arg(problem));
        repo.apply(incoming);
    }
    const QString decided = QStringLiteral("%1 %2").arg(takeIncoming ? QStringLiteral("incoming") : QStringLiteral("local"), exchange::now());
    repo.setDecided(conflictId, decided);
    // The audit trail: which record, from which package, and which version stands now (worded when shown).
    const QString unitName = repo.unitName(incoming.unitKey());
    AppraisalRepository(m_db).audit(operatorName, QStringLiteral("exchange-conflict"), 0, repo.unitId(incoming.unitKey()),
                                    QStringLiteral("%1 %2 (%3)").arg(kindName(c->kind), unitName, c->package), QString(),
                                    takeIncoming ? QStringLiteral("incoming") : QStringLiteral("local"));
    t.commit();
}

} // namespace cd
