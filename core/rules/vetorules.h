// Veto windows and prerequisites: the eligibility conditions that need no scores (DOMAIN.md §5, §7).
#pragma once

#include "domain/records.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cd {

struct DateWindow
{
    QDate from; // inclusive
    QDate to;   // inclusive
    bool contains(const QDate &d) const { return from <= d && d <= to; }
};

// seed 000 §四(四) 全年无安全责任事故 / 全年无进京访、越级访和群体访: for a new recommendation the window is the naming year.
DateWindow recommendationWindow(int roundYear);
// DOMAIN.md §5: for a 复查, the two years since the last naming or review — the day after it to the end of the round's year.
DateWindow reviewWindow(int roundYear, const QDate &lastConfirmation);
QList<VetoEvent> vetoesIn(const QList<VetoEvent> &events, const DateWindow &window);

// DOMAIN.md §5 default prerequisites (from 组织实施, seed 000 §五(二)): the kinds still missing on `by`.
QStringList missingPrerequisites(const QStringList &requiredKinds, const QList<PrerequisiteRecord> &records,
                                 int roundYear, const QDate &by);

// DOMAIN.md §5: rate = (满意 + 基本满意) / returned; nullopt when nothing was returned.
std::optional<double> satisfactionRate(const QList<Survey> &surveys);

} // namespace cd
