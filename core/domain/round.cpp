#include "domain/round.h"

#include <QCoreApplication>
#include <algorithm>

namespace cd {

QString phaseName(PhaseKind kind)
{
    // seed 000 §五 names; these are data of the CLI contract (CLI.md), not UI text.
    switch (kind) {
    case PhaseKind::Mobilisation: return QStringLiteral("宣传发动");
    case PhaseKind::Implementation: return QStringLiteral("组织实施");
    case PhaseKind::Appraisal: return QStringLiteral("总结评比");
    case PhaseKind::Ongoing: break;
    }
    return QStringLiteral("常态创建");
}

QString phaseTitle(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Mobilisation: return QCoreApplication::translate("cd::Round", "publicity and mobilisation");
    case PhaseKind::Implementation: return QCoreApplication::translate("cd::Round", "implementation");
    case PhaseKind::Appraisal: return QCoreApplication::translate("cd::Round", "summing-up and appraisal");
    case PhaseKind::Ongoing: break;
    }
    return QCoreApplication::translate("cd::Round", "ongoing work");
}

bool phaseKindFromName(const QString &name, PhaseKind *kind)
{
    for (auto k : {PhaseKind::Mobilisation, PhaseKind::Implementation, PhaseKind::Appraisal, PhaseKind::Ongoing}) {
        if (phaseName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QDate Round::start() const
{
    QDate d;
    for (const auto &p : phases)
        if (!d.isValid() || p.start < d)
            d = p.start;
    return d;
}

QDate Round::end() const
{
    QDate d;
    for (const auto &p : phases)
        if (!d.isValid() || p.end > d)
            d = p.end;
    for (const auto &x : extraDeadlines)
        if (!d.isValid() || x.date > d)
            d = x.date;
    return d;
}

QList<Deadline> Round::deadlines() const
{
    QList<Deadline> out;
    for (const auto &p : phases) {
        const QString title = p.kind == PhaseKind::Appraisal
            ? QCoreApplication::translate("cd::Round", "%1 phase ends; naming due").arg(phaseTitle(p.kind))
            : QCoreApplication::translate("cd::Round", "%1 phase ends").arg(phaseTitle(p.kind));
        out.push_back({p.end, title});
    }
    out += extraDeadlines;
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) { return a.date < b.date; });
    return out;
}

Round Round::shiftedTo(int newYear) const
{
    Round r;
    r.year = newYear;
    const int delta = newYear - year;
    for (const auto &p : phases)
        r.phases.push_back({p.kind, p.start.addYears(delta), p.end.addYears(delta)});
    return r;
}

} // namespace cd
