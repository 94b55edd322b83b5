// A rectification item (整改, seed 002 §五(二)3; seed 001 暗访): a finding with its source, owner and deadline,
// open until it is closed with evidence. Overdue items are shown and counted.
#pragma once

#include <QDate>
#include <QString>

namespace cd {

struct Rectification
{
    int id = 0;
    int unitId = 0;
    QString finding;
    QString source;
    QString owner;
    QDate deadline;
    QDate closed;            // invalid while open
    QString closingEvidence;
    int version = 0; // as read: an edit is saved only onto it; 0 for a new finding or one put back whole by an undo

    bool isOpen() const { return !closed.isValid(); }
    bool isOverdue(const QDate &today) const { return isOpen() && deadline < today; }
};

} // namespace cd
