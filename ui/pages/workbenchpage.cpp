#include "pages/workbenchpage.h"
#include "pages/pagekit.h"

#include "services/workspace.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QFileInfo>

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

WorkbenchPage::WorkbenchPage(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto *title = new QLabel(tr("Workbench"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_read, &BackgroundRead::again, this, &WorkbenchPage::reload);
    connect(m_read, &BackgroundRead::failed, this, [this] { display({}); }); // an unreadable file says so on the roster
    auto *hint = new QLabel(tr("Double-click a line to go to its records."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
}

void WorkbenchPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    m_ctx = ctx;
    m_today = today;
    // Its lines: the round and its deadlines, units missing prerequisites or surveys, reviews due, overdue
    // rectifications, the exchange's packages and conflicts.
    if (ctx.notifier)
        m_reloader->follow(ctx.notifier, Change::Units | Change::Calendar | Change::Prerequisites | Change::Surveys | Change::Namings
                                             | Change::Reviews | Change::Rectifications | Change::Other);
    m_reloader->changed();
}


void WorkbenchPage::reload()
{
    m_reloader->reloaded();
    if (!m_ctx.workspace) {
        m_read->dropRunning();
        return display({});
    }
    const QDate today = m_today;
    const WorkCalendar work = m_ctx.workspace->workCalendar(); // a copy: the workspace may be closed meanwhile
    // A server, or a large file, is read through a connection of the thread's own; the window is usable meanwhile.
    m_read->start(m_ctx.workspace->database(), [this, today, work](Database &db) -> BackgroundRead::Show {
        auto items = std::make_shared<QList<WorkItem>>(Workbench(db, work).items(today));
        return [this, items] { display(std::move(*items)); };
    });
    if (m_read->isReading()) {
        m_tree->clear();
        new QTreeWidgetItem(m_tree, {tr("Reading the day's work...")});
    }
}

void WorkbenchPage::display(QList<WorkItem> items)
{
    m_tree->clear();
    m_items = std::move(items);
    QTreeWidgetItem *group = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (int i = 0; i < m_items.size(); ++i) {
        const WorkItem &w = m_items[i];
        if (!group || group->text(0) != w.group) {
            group = new QTreeWidgetItem(m_tree, {w.group});
            group->setFont(0, bold);
            group->setData(0, Qt::UserRole, -1);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *line = new QTreeWidgetItem(group, {w.text});
        line->setData(0, Qt::UserRole, i);
        if (w.urgent)
            line->setForeground(0, QColor(0xB0, 0x00, 0x20));
    }
    m_tree->expandAll();
    emit loaded();
}

void WorkbenchPage::activate(QTreeWidgetItem *item)
{
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (i < 0 || i >= m_items.size())
        return;
    emit goTo(m_items[i].goes, m_items[i].unitId);
}

ExportList WorkbenchPage::visibleList() const
{
    ExportList list;
    list.title = tr("Workbench, %1").arg(m_today.toString(Qt::ISODate));
    list.headers = {tr("Heading"), tr("Item")};
    for (const auto &w : m_items)
        list.rows.push_back({w.group, w.text});
    return list;
}

ReportDocument WorkbenchPage::visibleReport() const
{
    ReportDocument doc;
    doc.title = tr("Workbench, %1").arg(m_today.toString(Qt::ISODate));
    ReportSection s;
    s.table.columns = {{tr("Heading"), 2.0}, {tr("Item"), 4.0}};
    for (const auto &w : m_items)
        s.table.rows << QStringList{w.group, w.text};
    doc.sections << s;
    return doc;
}

} // namespace cd
