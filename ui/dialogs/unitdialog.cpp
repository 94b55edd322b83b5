#include "dialogs/unitdialog.h"

#include "services/unitservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

UnitDialog::UnitDialog(Workspace &workspace, const Unit &unit, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_unit(unit), m_name(new QLineEdit(unit.name, this)),
      m_credit(new QLineEdit(unit.creditCode, this)), m_address(new QLineEdit(unit.address, this)),
      m_leader(new QLineEdit(unit.leader, this)), m_phone(new QLineEdit(unit.phone, this)), m_note(new QLineEdit(unit.note, this)),
      m_region(new QComboBox(this)), m_type(new QComboBox(this)), m_staff(new QSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(unit.id ? tr("Edit unit") : tr("New unit"));
    const FileScope scope = workspace.scope(); // a county's file offers its own region only (DOMAIN.md §11)
    for (const auto &r : workspace.regions())
        if (scope.contains(r.id) || r.id == unit.regionId)
            m_region->addItem(r.level == RegionLevel::County ? QStringLiteral("    ") + r.fullName : r.fullName, r.id);
    m_region->setCurrentIndex(std::max(0, m_region->findData(unit.regionId)));
    QString category;
    for (const auto &t : workspace.unitTypes()) {
        if (t.categoryName != category) {
            category = t.categoryName;
            m_type->addItem(category, 0);
            const int i = m_type->count() - 1;
            m_type->setItemData(i, 0, Qt::UserRole - 1); // a category heading cannot be chosen
        }
        m_type->addItem(QStringLiteral("    ") + t.name, t.id);
    }
    m_type->setCurrentIndex(std::max(1, m_type->findData(unit.typeId)));
    m_credit->setMaxLength(18);
    m_credit->setPlaceholderText(tr("18 characters; may be left empty"));
    m_staff->setRange(-1, 100000);
    m_staff->setSpecialValueText(tr("unknown"));
    m_staff->setValue(unit.staffCount.value_or(-1));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout;
    form->addRow(tr("Unit &name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Unit &type:"), m_type);
    form->addRow(tr("&Credit code:"), m_credit);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Head:"), m_leader);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Staff:"), m_staff);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

Unit UnitDialog::unit() const
{
    Unit u = m_unit;
    u.name = m_name->text().trimmed();
    u.regionId = m_region->currentData().toInt();
    u.typeId = m_type->currentData().toInt();
    u.creditCode = m_credit->text().trimmed().toUpper();
    u.address = m_address->text().trimmed();
    u.leader = m_leader->text().trimmed();
    u.phone = m_phone->text().trimmed();
    u.note = m_note->text().trimmed();
    u.staffCount = m_staff->value() < 0 ? std::nullopt : std::optional<int>(m_staff->value());
    return u;
}

void UnitDialog::accept()
{
    try {
        UnitService(m_workspace.database()).validate(unit()); // the import's rules, before the dialog closes
    } catch (const Failure &f) {
        m_error->setText(f.message());
        return;
    }
    m_error->clear();
    QDialog::accept();
}

} // namespace cd
