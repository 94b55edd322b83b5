// 整改: findings with their source, owner and deadline, open or closed with evidence (seed 002 §五(二)3;
// seed 001 暗访). Overdue items are shown in red; recording and closing are undoable.
#pragma once

#include "pages/pagekit.h"
#include "pages/recordpage.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class RectificationPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    explicit RectificationPage(QWidget *parent = nullptr);
    void setCommandContext(const CommandContext &ctx, const QDate &today);
    void reload();
    void recordFinding();
    void closeSelected();
    QTableWidget *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *closeButton() const { return m_close; }
    int overdueRows() const;
    ExportList visibleList() const override;
    ReportDocument visibleReport() const override;
    QString listName() const override { return tr("Rectification"); }

private:
    ReloadWhenShown *m_reloader = new ReloadWhenShown(this, [this] { reload(); });
    CommandContext m_ctx;
    QDate m_today;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_close;
    QList<Rectification> m_items;
    void followSelection(); // 整改销号 only for an open finding that is selected
};

} // namespace cd
