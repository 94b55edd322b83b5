#include "dialogs/importpreview.h"
#include "pages/pagekit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
QTableWidget *table(const QStringList &headers, const QList<QStringList> &rows, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    setUpRecordTable(t, headers); // as every list looks
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        fillTableRow(t, r, rows[r]);
    fitColumns(t);
    return t;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Import roster — %1").arg(fileName));
    // Previews show at most 5,000 rows of each kind; the import itself takes every row.
    constexpr int kShown = 5000;
    QList<QStringList> add, update, bad;
    for (int i = 0; i < plan.toAdd.size() && i < kShown; ++i)
        add << QStringList{QString::number(plan.addRows.value(i)), plan.toAdd[i].name, plan.toAdd[i].creditCode, plan.toAdd[i].address};
    for (int i = 0; i < plan.toUpdate.size() && i < kShown; ++i)
        update << QStringList{QString::number(plan.updateRows.value(i)), QString::number(plan.toUpdate[i].id), plan.toUpdate[i].name,
                              plan.previous.value(i).name};
    for (int i = 0; i < plan.rejected.size() && i < kShown; ++i)
        bad << QStringList{QString::number(plan.rejected[i].row), plan.rejected[i].column, plan.rejected[i].reason};
    m_tabs->addTab(table({tr("Row"), tr("Unit name"), tr("Credit code"), tr("Address")}, add, this),
                   tr("To add (%1)").arg(plan.toAdd.size()));
    m_tabs->addTab(table({tr("Row"), tr("Unit no."), tr("New name"), tr("Name before")}, update, this),
                   tr("To update (%1)").arg(plan.toUpdate.size()));
    m_tabs->addTab(table({tr("Row"), tr("Column"), tr("Reason")}, bad, this), tr("Bad rows (%1)").arg(plan.rejectedRows()));
    if (!plan.rejected.isEmpty())
        m_tabs->setCurrentIndex(2);

    auto *summary = new QLabel(tr("%1 data rows: %2 to add, %3 to update, %4 unchanged, %5 bad.")
                                   .arg(plan.dataRows)
                                   .arg(plan.toAdd.size())
                                   .arg(plan.toUpdate.size())
                                   .arg(plan.unchanged)
                                   .arg(plan.rejectedRows()),
                               this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_all = buttons->addButton(tr("Import &all"), QDialogButtonBox::AcceptRole);
    m_valid = buttons->addButton(tr("Import only the &valid rows"), QDialogButtonBox::AcceptRole);
    const bool anything = !plan.toAdd.isEmpty() || !plan.toUpdate.isEmpty();
    m_all->setEnabled(plan.rejected.isEmpty() && anything);
    m_valid->setEnabled(!plan.rejected.isEmpty() && anything);
    m_valid->setVisible(!plan.rejected.isEmpty());
    connect(m_all, &QPushButton::clicked, this, [this] { m_choice = ImportAll; accept(); });
    connect(m_valid, &QPushButton::clicked, this, [this] { m_choice = ImportValid; accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace cd
