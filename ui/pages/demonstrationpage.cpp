#include "pages/demonstrationpage.h"

#include "dialogs/conflictdialog.h"
#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>

namespace cd {

namespace {
enum Column { Year, Level, UnitNo, UnitName };

int levelOrder(const QString &level)
{
    return level == QStringLiteral("省") ? 0 : level == QStringLiteral("市") ? 1 : 2;
}
} // namespace

DemonstrationPage::DemonstrationPage(QWidget *parent)
    : RecordPage(tr("Demonstration points"), {tr("Year"), tr("Level"), tr("Unit no."), tr("Unit")}, parent), m_year(new QSpinBox(this)),
      m_level(new QComboBox(this))
{
    addButton(tr("&Tag a unit..."), [this] { tagUnit(); });
    addButton(tr("&Remove"), [this] { removeSelected(); }, true);
    addToolWidget(new QLabel(tr("Year:"), this));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("every year"));
    m_year->setValue(1999);
    fitSpinBox(m_year, tr("every year"));
    addToolWidget(m_year);
    addToolWidget(new QLabel(tr("Level:"), this));
    m_level->addItem(tr("every level"), QString());
    for (const char *l : {"省", "市", "县"})
        m_level->addItem(QString::fromUtf8(l), QString::fromUtf8(l));
    addToolWidget(m_level);
    setColumnWidths({4, 4, 4, 20});
    view()->sortByColumn(Year, Qt::DescendingOrder);
    model()->setNumericColumns({Year, UnitNo});
    connect(m_year, &QSpinBox::valueChanged, this, [this] { applySearchNow(); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { applySearchNow(); });
}

void DemonstrationPage::setYear(int year)
{
    m_year->setValue(year ? year : m_year->minimum());
}

bool DemonstrationPage::hasOwnFilter() const
{
    return m_year->value() != m_year->minimum() || !m_level->currentData().toString().isEmpty();
}

bool DemonstrationPage::keep(int row) const
{
    const DemonstrationPoint &p = m_items[row];
    return (m_year->value() == m_year->minimum() || p.year == m_year->value())
        && (m_level->currentData().toString().isEmpty() || p.level == m_level->currentData().toString());
}

RecordPage::Reader DemonstrationPage::reader()
{
    return [this](Database &db) -> Show {
        const QList<DemonstrationPoint> items = DemoPointService(db).demonstrationPoints();
        return [this, items] { showRecords(items); };
    };
}

void DemonstrationPage::showRecords(const QList<DemonstrationPoint> &items)
{
    m_items = items;
    model()->reset(int(m_items.size()), [this](int row, int col, int role) -> QVariant {
        const DemonstrationPoint &p = m_items[row];
        if (role == Qt::EditRole) {
            switch (col) {
            case Year: return p.year;
            case Level: return levelOrder(p.level);
            case UnitNo: return p.unitId;
            default: break;
            }
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case Year: return QString::number(p.year);
        case Level: return p.level;
        case UnitNo: return QString::number(p.unitId);
        case UnitName: return unitName(p.unitId);
        }
        return {};
    });
}

void DemonstrationPage::tagUnit()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Tag a demonstration point"), this);
    auto *unit = new UnitPicker(unitChoices(), &dialog);
    auto *year = new QSpinBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(m_year->value() != m_year->minimum() ? m_year->value() : m_today.year());
    auto *level = new QComboBox(&dialog);
    for (const char *l : {"省", "市", "县"})
        level->addItem(QString::fromUtf8(l));
    if (const int row = currentRow(); row >= 0) {
        unit->setUnitId(m_items[row].unitId);
        year->setValue(m_items[row].year);
        level->setCurrentText(m_items[row].level);
    }
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Year:"), year);
    dialog.form()->addRow(tr("Level:"), level);
    runForm(dialog, tr("Tag a demonstration point"), [&] {
        DemonstrationPoint p{unit->requiredUnitId(), year->value(), level->currentText(), SetVersion::NotThere};
        for (const auto &x : m_items) // saved onto what this page read of it, as the prerequisites are
            if (x.unitId == p.unitId && x.year == p.year)
                p.version = x.version;
        if (!saveOrDecide<DemonstrationPoint>(
                p, [this](const DemonstrationPoint &x) { Command::setDemonstrationPoint(m_ctx, x); },
                [this](const DemonstrationPoint &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }))
            reload(); // theirs kept
    });
}

void DemonstrationPage::removeSelected()
{
    onSelected(tr("Remove the demonstration point"), [this](int row) { Command::removeDemonstrationPoint(m_ctx, m_items[row]); });
}

} // namespace cd
