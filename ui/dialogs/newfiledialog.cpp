#include "dialogs/newfiledialog.h"

#include "commands/commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

NewFileDialog::NewFileDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_province(new QComboBox(this)), m_level(new QComboBox(this)), m_region(new QComboBox(this)),
      m_regionLabel(new QLabel(tr("&Region:"), this)), m_operator(new QLineEdit(this))
{
    setObjectName(QStringLiteral("NewFileDialog"));
    setWindowTitle(tr("New data file"));
    auto *intro = new QLabel(tr("A new data file: %1\nWhich office keeps it? Its province, level and region are written into the file.")
                                 .arg(QDir::toNativeSeparators(path)),
                             this);
    intro->setWordWrap(true);
    for (const auto &p : Defaults::provinces())
        m_province->addItem(p.name, p.code);
    m_province->setCurrentIndex(std::max(0, m_province->findData(QStringLiteral("22")))); // DOMAIN.md §2: Jilin
    m_level->addItem(tr("Province office (省级)"), QStringLiteral("province"));
    m_level->addItem(tr("City or prefecture bureau (市(州)级)"), QStringLiteral("city"));
    m_level->addItem(tr("County bureau (县(市、区)级)"), QStringLiteral("county"));
    m_region->setEditable(true); // type a name or a code to find it among a hundred counties
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_operator->setText(cd::operatorName());
    m_operator->setPlaceholderText(tr("the name written into the audit trail"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Province:"), m_province);
    form->addRow(tr("&Level:"), m_level);
    m_regionLabel->setBuddy(m_region);
    form->addRow(m_regionLabel, m_region);
    form->addRow(tr("Your &name:"), m_operator);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_province, &QComboBox::currentIndexChanged, this, [this] { fillRegions(); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { fillRegions(); });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    connect(m_region, &QComboBox::editTextChanged, this, [this] { updateOk(); });
    fillRegions();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void NewFileDialog::fillRegions()
{
    const QString level = m_level->currentData().toString();
    const bool province = level == QLatin1String("province");
    m_region->clear();
    m_region->setEnabled(!province);
    m_regionLabel->setEnabled(!province);
    if (!province)
        for (const auto &r : Defaults::regionsOf(m_province->currentData().toString(), level))
            m_region->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.code), r.code);
    updateOk();
}

void NewFileDialog::updateOk()
{
    const bool province = m_level->currentData().toString() == QLatin1String("province");
    // A typed text must name one of the list's regions.
    const bool picked = m_region->currentIndex() >= 0 && m_region->currentText() == m_region->itemText(m_region->currentIndex());
    m_ok->setEnabled(province || picked);
}

void NewFileDialog::choose(const QString &provinceCode, const QString &level, const QString &regionCode)
{
    m_province->setCurrentIndex(m_province->findData(provinceCode));
    m_level->setCurrentIndex(m_level->findData(level));
    if (!regionCode.isEmpty())
        m_region->setCurrentIndex(m_region->findData(regionCode));
    updateOk();
}

InitOptions NewFileDialog::options() const
{
    InitOptions o;
    o.provinceCode = m_province->currentData().toString();
    o.level = m_level->currentData().toString();
    if (o.level != QLatin1String("province"))
        o.regionCode = m_region->currentData().toString();
    return o;
}

QString NewFileDialog::operatorName() const
{
    return m_operator->text().trimmed();
}

} // namespace cd
