// 一票否决事件: the veto events (seed 000 §四(四)) with the unit, kind, date and note; events inside a unit's
// current veto window are highlighted. Recording and deleting are undoable.
#pragma once

#include "commands/commands.h"
#include "io/listexport.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QWidget>

class QTableWidget;

namespace cd {

class Workspace;

class VetoPage : public QWidget
{
    Q_OBJECT

public:
    explicit VetoPage(QWidget *parent = nullptr);
    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void reload();
    void recordEvent();
    void deleteSelected();
    QTableWidget *table() const { return m_table; }
    int highlightedRows() const;
    ExportList visibleList() const;
    ReportDocument visibleReport() const;

private:
    CommandContext m_ctx;
    QDate m_today;
    QTableWidget *m_table;
    QList<VetoEvent> m_events;
};

} // namespace cd
