// 一票否决事件: the veto events (seed 000 §四(四)) with the unit, kind, date and note; events inside a unit's
// current veto window are highlighted. Recording and deleting are undoable.
#pragma once

#include "pages/pagekit.h"
#include "pages/recordpage.h"

#include <QDate>
#include <QWidget>

class QTableWidget;

namespace cd {

class Workspace;

class VetoPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    explicit VetoPage(QWidget *parent = nullptr);
    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void reload();
    void recordEvent();
    void deleteSelected();
    void editEvidence();
    void addKind(); // a veto kind of the office's own, beside the seed's four
    const VetoEvent *selectedEvent() const;
    QTableWidget *table() const { return m_table; }
    int highlightedRows() const;
    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override { return tr("Veto events"); }

private:
    ReloadWhenShown *m_reloader = new ReloadWhenShown(this, [this] { reload(); });
    CommandContext m_ctx;
    QDate m_today;
    QTableWidget *m_table;
    QList<VetoEvent> m_events;
};

} // namespace cd
