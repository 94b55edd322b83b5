// Two clerks changed the same unit (issue 11, zero lost updates): the save onto the version read was refused. This
// window shows, field by field, what the other clerk saved and what this clerk wrote, and lets her decide: save hers
// over theirs, or keep theirs.
#pragma once

#include "domain/unit.h"

#include <QDialog>

class QTableWidget;

namespace cd {

class Workspace;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Workspace &workspace, const Unit &theirs, const Unit &mine, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The unit to save when the clerk chose hers: her fields on the version the other clerk left.
    Unit mineOnTheirs() const;

    // Asks after a refused edit of `mine`: the unit to save again, or nothing (theirs kept, or the unit is gone).
    static std::optional<Unit> decide(Workspace &workspace, const Unit &mine, QWidget *parent);

private:
    Unit m_theirs, m_mine;
    QTableWidget *m_table;
};

} // namespace cd
