// What the appraisal and the way-up pages share: a title, the round's naming year, tabs, the command context,
// and loading only when the page is in front (or next comes to the front).
#pragma once

#include "commands/commands.h"
#include "pages/recordpage.h"
#include "services/wayup.h"

#include <QDate>
#include <QWidget>

class QSpinBox;
class QTabWidget;
class QVBoxLayout;

namespace cd {

class RoundPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    RoundPage(const QString &title, QWidget *parent);
    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void setRoundYear(int year);
    int roundYear() const;
    QTabWidget *tabs() const { return m_tabs; }
    // Reads what the page shows for the round; called when shown after a change, or directly by tests.
    virtual void reload() = 0;

protected:
    // The kinds of record what is in front depends on (domain/changes.h); a change of none of them leaves the page
    // as it is, in front or not.
    virtual Changes shows() const = 0;
    // A change of a kind it shows, while the page is in front (`units`: those whose records changed, empty when not
    // known); by default the whole page reloads.
    virtual void recordsChanged(Changes /*what*/, const QList<int> & /*units*/) { reload(); }
    // Another file (or server) is open: what is read of the one before is dropped.
    virtual void fileChanged() {}
    void showEvent(QShowEvent *event) override;
    WayUp way() const;

    CommandContext m_ctx;
    QDate m_today;
    bool m_dirty = true;
    QSpinBox *m_year;
    QTabWidget *m_tabs;
};

} // namespace cd
