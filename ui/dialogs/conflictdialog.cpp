#include "dialogs/conflictdialog.h"

#include "services/unitservice.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ConflictDialog::ConflictDialog(Workspace &workspace, const Unit &theirs, const Unit &mine, QWidget *parent)
    : QDialog(parent), m_theirs(theirs), m_mine(mine), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Another clerk changed this unit"));
    QString regionTheirs, regionMine, typeTheirs, typeMine;
    for (const Region &r : workspace.regions()) {
        const QString name = r.fullName.isEmpty() ? r.name : r.fullName;
        if (r.id == theirs.regionId)
            regionTheirs = name;
        if (r.id == mine.regionId)
            regionMine = name;
    }
    for (const UnitType &t : workspace.unitTypes()) {
        if (t.id == theirs.typeId)
            typeTheirs = t.name;
        if (t.id == mine.typeId)
            typeMine = t.name;
    }
    const auto staff = [](const std::optional<int> &n) { return n ? QString::number(*n) : QString(); };
    const QList<std::tuple<QString, QString, QString>> fields = {
        {tr("Unit name"), theirs.name, mine.name},
        {tr("Region"), regionTheirs, regionMine},
        {tr("Unit type"), typeTheirs, typeMine},
        {tr("Credit code"), theirs.creditCode, mine.creditCode},
        {tr("Address"), theirs.address, mine.address},
        {tr("Person in charge"), theirs.leader, mine.leader},
        {tr("Phone"), theirs.phone, mine.phone},
        {tr("Staff"), staff(theirs.staffCount), staff(mine.staffCount)},
        {tr("Note"), theirs.note, mine.note},
    };
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Saved by the other clerk"), tr("Yours")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const auto &[label, a, b] : fields) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(label));
        m_table->setItem(row, 1, new QTableWidgetItem(a));
        m_table->setItem(row, 2, new QTableWidgetItem(b));
        if (a != b) // what differs stands out
            for (int c = 0; c < 3; ++c) {
                QFont f = m_table->item(row, c)->font();
                f.setBold(true);
                m_table->item(row, c)->setFont(f);
            }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *text = new QLabel(tr("%1 was changed by another clerk after you opened it, so your change was not saved. "
                               "The fields in bold differ. Save yours over the other clerk's, or keep theirs?")
                                .arg(theirs.name),
                            this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mineButton = buttons->addButton(tr("Save &mine over theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *theirsButton = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    theirsButton->setDefault(true); // the safe choice: nothing is overwritten
    Q_UNUSED(mineButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 420);
}

Unit ConflictDialog::mineOnTheirs() const
{
    Unit u = m_mine;
    u.version = m_theirs.version;
    return u;
}

std::optional<Unit> ConflictDialog::decide(Workspace &workspace, const Unit &mine, QWidget *parent)
{
    const auto theirs = UnitService(workspace.database()).get(mine.id);
    if (!theirs) {
        QMessageBox::warning(parent, tr("Another clerk changed this unit"),
                             tr("%1 was removed by another clerk after you opened it; your change was not saved.").arg(mine.name));
        return std::nullopt;
    }
    ConflictDialog dialog(workspace, *theirs, mine, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.mineOnTheirs();
}

} // namespace cd
