// Two clerks changed the same record (issue 11, zero lost updates): the save onto the version read was refused. This
// window shows, field by field, what the other clerk saved and what this clerk wrote, and lets her decide: save hers
// over theirs, or keep theirs. Units, activities and rectifications are edited in place and meet it.
#pragma once

#include "domain/appraisal.h"
#include "domain/records.h"
#include "domain/rectification.h"
#include "domain/round.h"
#include "domain/unit.h"

#include <tuple>

#include <QDialog>

class QTableWidget;

namespace cd {

class Workspace;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    using Field = std::tuple<QString, QString, QString>; // label, theirs, mine
    // What the window says; empty parts keep the wording of an edit refused because another clerk saved first.
    struct Wording
    {
        QString question;                 // above the table, %1 the subject
        QString theirsHeader, mineHeader; // the two columns
        QString acceptButton;             // the choice that writes (accept())
        QString rejectButton;             // the safe choice, the default (reject())
        QString laterButton;              // when set, a third choice that decides nothing (done(Later))
    };
    enum { Later = 2 };
    ConflictDialog(const QString &title, const QString &subject, const QList<Field> &fields, QWidget *parent = nullptr,
                   const Wording &wording = {});
    ConflictDialog(Workspace &workspace, const Unit &theirs, const Unit &mine, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The unit to save when the clerk chose hers: her fields on the version the other clerk left.
    Unit mineOnTheirs() const;

    // Asks after a refused edit of `mine`: the unit to save again, or nothing (theirs kept, or the unit is gone).
    static std::optional<Unit> decide(Workspace &workspace, const Unit &mine, QWidget *parent);
    // The same for an activity and a rectification: what to save again (hers on the version now stored), or nothing.
    static std::optional<Activity> decide(Workspace &workspace, const Activity &mine, QWidget *parent);
    static std::optional<Rectification> decide(Workspace &workspace, const Rectification &mine, QWidget *parent);
    // The records a clerk sets (a prerequisite, a 示范点, a round's calendar): hers on what is stored now (also when the
    // other clerk cleared it), or nothing.
    static std::optional<PrerequisiteRecord> decide(Workspace &workspace, const PrerequisiteRecord &mine, QWidget *parent);
    static std::optional<DemonstrationPoint> decide(Workspace &workspace, const DemonstrationPoint &mine, QWidget *parent);
    static std::optional<Round> decide(Workspace &workspace, const Round &mine, QWidget *parent);
    static std::optional<Quota> decide(Workspace &workspace, const Quota &mine, QWidget *parent);
    // An indicator system edited on the appraisal page: the system now stored, to save hers onto, or nothing.
    static std::optional<IndicatorSystem> decide(Workspace &workspace, const IndicatorSystem &mine, QWidget *parent);

private:
    void build(const QString &subject, const QList<Field> &fields, const Wording &wording = {});
    Unit m_theirs, m_mine;
    QTableWidget *m_table;
};

} // namespace cd
