#include "rules/vetorules.h"

namespace cd {

DateWindow recommendationWindow(int roundYear)
{
    return {QDate(roundYear, 1, 1), QDate(roundYear, 12, 31)};
}

DateWindow reviewWindow(int roundYear, const QDate &lastConfirmation)
{
    const QDate from = lastConfirmation.isValid() ? lastConfirmation.addDays(1) : QDate(roundYear - 1, 1, 1);
    return {from, QDate(roundYear, 12, 31)};
}

QList<VetoEvent> vetoesIn(const QList<VetoEvent> &events, const DateWindow &window)
{
    QList<VetoEvent> out;
    for (const auto &e : events)
        if (window.contains(e.date))
            out.push_back(e);
    return out;
}

QStringList missingPrerequisites(const QStringList &requiredKinds, const QList<PrerequisiteRecord> &records,
                                 int roundYear, const QDate &by)
{
    QStringList missing;
    for (const auto &kind : requiredKinds) {
        bool met = false;
        for (const auto &r : records)
            if (r.roundYear == roundYear && r.kind == kind && r.date.isValid() && r.date <= by)
                met = true;
        if (!met)
            missing << kind;
    }
    return missing;
}

std::optional<double> satisfactionRate(const QList<Survey> &surveys)
{
    long long returned = 0, content = 0;
    for (const auto &s : surveys) {
        returned += s.returned;
        content += s.satisfied + s.basic;
    }
    if (returned <= 0)
        return std::nullopt;
    return double(content) / double(returned);
}

} // namespace cd
