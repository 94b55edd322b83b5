#include "pages/rectificationpage.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdossierdialog.h"
#include "widgets/datefield.h"

#include "pages/pagekit.h"
#include "pages/recordwidgets.h"

#include "services/recordservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

RectificationPage::RectificationPage(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 9, this)), m_count(new QLabel(this)),
      m_close(new QPushButton(tr("&Close with evidence..."), this))
{
    auto *title = makePageTitle(tr("Rectification"), this);
    auto *add = new QPushButton(tr("&Record finding..."), this);
    connect(add, &QPushButton::clicked, this, &RectificationPage::recordFinding);
    connect(m_close, &QPushButton::clicked, this, &RectificationPage::closeSelected);
    m_close->setEnabled(false);
    m_close->setToolTip(tr("Select a finding that is still open"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(add);
    top->addWidget(m_close);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Red: open past its deadline"), this));
    top->addSpacing(16);
    top->addWidget(m_count);
    setUpRecordTable(m_table, {tr("No."), tr("Unit no."), tr("Unit"), tr("Finding"), tr("Source"), tr("Owner"), tr("Deadline"),
                               tr("Closed"), tr("Closing evidence")});
    UnitDossierDialog::openOnDoubleClick(m_table, 1, [this] { return m_ctx.workspace ? &m_ctx.workspace->database() : nullptr; });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RectificationPage::followSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void RectificationPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    m_ctx = ctx;
    m_today = today;
    m_reloader->follow(ctx.notifier, Change::Rectifications | Change::Units);
    m_reloader->changed();
}

void RectificationPage::reload()
{
    if (!m_ctx.workspace)
        return;
    m_reloader->reloaded();
    m_items = RectificationService(m_ctx.workspace->database()).rectifications();
    QList<int> ids;
    for (const auto &r : m_items)
        ids << r.unitId;
    const QHash<int, QString> names = m_ctx.workspace->unitNames(ids); // the unit by name, not only its number
    m_table->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const Rectification &r = m_items[i];
        const QStringList cells = {QString::number(r.id), QString::number(r.unitId), names.value(r.unitId), r.finding, r.source, r.owner,
                                   r.deadline.toString(Qt::ISODate), r.closed.toString(Qt::ISODate), r.closingEvidence};
        fillTableRow(m_table, i, cells, [&](QTableWidgetItem *item, int) {
            if (r.isOverdue(m_today))
                item->setForeground(QColor(0xB3, 0x26, 0x1E));
        });
    }
    fitColumns(m_table);
    int open = 0;
    for (const auto &r : m_items)
        open += r.isOpen() ? 1 : 0;
    m_count->setText(tr("%n finding(s): %1 open, %2 past the deadline", nullptr, int(m_items.size())).arg(open).arg(overdueRows()));
    followSelection();
}

void RectificationPage::followSelection()
{
    const int row = m_table->currentRow();
    m_close->setEnabled(row >= 0 && row < m_items.size() && m_items[row].isOpen());
}

int RectificationPage::overdueRows() const
{
    int n = 0;
    for (const auto &r : m_items)
        n += r.isOverdue(m_today) ? 1 : 0;
    return n;
}

ExportList RectificationPage::visibleList() const
{
    return tableList(m_table, tr("Rectification"), {0, 1});
}

ReportDocument RectificationPage::visibleReport() const
{
    return listReport(visibleList(), {0.8, 1, 3, 4, 1.4, 1.4, 1.6, 1.6, 3}, 10.5, true);
}

void RectificationPage::recordFinding()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Record a finding"), this);
    auto *unit = new UnitPicker(UnitNames::read(m_ctx.workspace->database()), &dialog);
    if (const int row = m_table->currentRow(); row >= 0 && row < m_items.size())
        unit->setUnitId(m_items[row].unitId);
    auto *finding = new QLineEdit(&dialog);
    auto *source = new QComboBox(&dialog);
    source->setEditable(true);
    source->addItems({QStringLiteral("暗访"), QStringLiteral("群众评议"), QStringLiteral("考核")}); // seed 001, seed 002 §五(二)3
    auto *owner = new QLineEdit(&dialog);
    auto *deadline = new DateField(m_today.addMonths(1), &dialog);
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Finding:"), finding);
    dialog.form()->addRow(tr("Source:"), source);
    dialog.form()->addRow(tr("Owner:"), owner);
    dialog.form()->addRow(tr("Deadline:"), deadline);
    runForm(dialog, tr("Record a finding"), [&] {
        Command::saveRectification(m_ctx, {0, unit->requiredUnitId(), finding->text().trimmed(), source->currentText().trimmed(),
                                           owner->text().trimmed(), deadline->date(), {}, {}});
    });
}

void RectificationPage::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || !m_items[row].isOpen())
        return;
    FormDialog dialog(tr("Close the rectification"), this);
    auto *date = new DateField(m_today, &dialog);
    auto *evidence = new QLineEdit(&dialog);
    dialog.form()->addRow(tr("Closed on:"), date);
    dialog.form()->addRow(tr("Closing evidence:"), evidence);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    Rectification r = m_items[row];
    r.closed = date->date();
    r.closingEvidence = evidence->text().trimmed();
    saveEdit<Rectification>(
        this, tr("Close the rectification"), r, [this](const Rectification &x) { Command::saveRectification(m_ctx, x); },
        [this](const Rectification &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }, [this] { reload(); });
}

} // namespace cd
