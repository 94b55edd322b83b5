// 工作台, the first page (issue 13 §3): the clerk's day from Workbench — the round, deadlines, what is due this week,
// units missing prerequisites or surveys, reviews due, overdue 整改. A double-click (or Enter) on a line goes to its
// records; the list prints and exports like every other.
#pragma once

#include "commands/commands.h"
#include "pages/backgroundread.h"
#include "pages/pagekit.h"
#include "pages/recordpage.h"
#include "services/workbench.h"

#include <QDate>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

class WorkbenchPage : public QWidget, public ListPage
{
    Q_OBJECT
public:
    explicit WorkbenchPage(QWidget *parent = nullptr);
    // Files from this size on are read by a thread of their own, so that the window shows at once (as the roster).
    void setBackgroundFrom(qint64 bytes) { m_read->setFrom(bytes); }
    bool isLoading() const { return m_read->isReading(); }
    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    const QList<WorkItem> &items() const { return m_items; }
    // Follows a line: emits goTo with its page and unit.
    void activate(QTreeWidgetItem *item);

    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override { return tr("Workbench"); }

signals:
    void goTo(WorkItem::Goes page, int unitId);
    void loaded();

private:
    ReloadWhenShown *m_reloader = new ReloadWhenShown(this, [this] { reload(); });
    CommandContext m_ctx;
    QDate m_today;
    QTreeWidget *m_tree;
    QList<WorkItem> m_items;
    BackgroundRead *m_read = new BackgroundRead(this);

    void display(QList<WorkItem> items);
};

} // namespace cd
