#include "pages/prerequisitepage.h"
#include "widgets/datefield.h"

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
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <algorithm>

namespace cd {

namespace {
enum Column { UnitNo, UnitName, Kind, Date, Evidence };
}

PrerequisitePage::PrerequisitePage(QWidget *parent)
    : RecordPage(tr("Prerequisites"), {tr("Unit no."), tr("Unit"), tr("Prerequisite"), tr("Date"), tr("Evidence")}, parent),
      m_year(makeRoundYearBox(this))
{
    addButton(tr("&Record prerequisite..."), [this] { recordPrerequisite(); });
    addButton(tr("&Clear"), [this] { clearSelected(); }, true);
    addToolWidget(new QLabel(tr("Round:"), this));
    addToolWidget(m_year);
    setColumnWidths({4, 18, 12, 6, 20});
    model()->setNumericColumns({UnitNo});
    connect(m_year, &QSpinBox::valueChanged, this, [this] { markDirty(); });
}

void PrerequisitePage::setRoundYear(int year)
{
    m_year->setValue(year);
}

QString PrerequisitePage::kindName(const QString &code) const
{
    for (const auto &k : m_kinds)
        if (k.first == code)
            return k.second;
    return code;
}

RecordPage::Reader PrerequisitePage::reader()
{
    const int year = m_year->value();
    return [this, year](Database &db) -> Show {
        const PrerequisiteService service(db);
        const QList<QPair<QString, QString>> kinds = service.prerequisiteKinds();
        auto items = std::make_shared<PrerequisiteTable>(service.prerequisiteTable(year));
        items->sortByUnitAndKind();
        return [this, kinds, items] { showRecords(kinds, std::move(*items)); };
    };
}

void PrerequisitePage::showRecords(const QList<QPair<QString, QString>> &kinds, PrerequisiteTable items)
{
    m_kinds = kinds;
    m_items = std::move(items);
    model()->reset(m_items.size(), [this](int row, int col, int role) -> QVariant {
        if (role == Qt::EditRole && col == UnitNo)
            return m_items.unitId(row);
        if (role == Qt::EditRole && col == Date)
            return m_items.date(row);
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case UnitNo: return QString::number(m_items.unitId(row));
        case UnitName: return unitName(m_items.unitId(row));
        case Kind: return kindName(m_items.kind(row));
        case Date: return m_items.date(row).toString(Qt::ISODate);
        case Evidence: return m_items.evidence(row).toString();
        }
        return {};
    });
}

void PrerequisitePage::recordPrerequisite()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Record a prerequisite"), this);
    auto *unit = new UnitPicker(unitChoices(), &dialog);
    auto *kind = new QComboBox(&dialog);
    for (const auto &k : PrerequisiteService(m_ctx.workspace->database()).prerequisiteKinds())
        kind->addItem(k.second, k.first);
    auto *date = new DateField(m_today, &dialog);
    auto *evidence = new QLineEdit(&dialog);
    evidence->setPlaceholderText(tr("Document, notice or photo that shows it"));
    if (const int row = currentRow(); row >= 0) {
        unit->setUnitId(m_items.unitId(row));
        kind->setCurrentIndex(kind->findData(m_items.kind(row)));
        date->setDate(m_items.date(row));
        evidence->setText(m_items.evidence(row).toString());
    }
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Prerequisite:"), kind);
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Evidence:"), evidence);
    runForm(dialog, tr("Record a prerequisite"), [&] {
        PrerequisiteRecord r{unit->requiredUnitId(), m_year->value(), kind->currentData().toString(), date->date(), evidence->text().trimmed()};
        // Saved onto what this page read of it (none: SetVersion::NotThere), so that another clerk's entry made since
        // is shown, not overwritten.
        r.version = SetVersion::NotThere;
        for (int row = 0; row < m_items.size(); ++row)
            if (m_items.unitId(row) == r.unitId && m_items.kind(row) == r.kind)
                r.version = m_items.version(row);
        if (!saveOrDecide<PrerequisiteRecord>(
                r, [this](const PrerequisiteRecord &x) { Command::setPrerequisite(m_ctx, x); },
                [this](const PrerequisiteRecord &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }))
            reload(); // theirs kept
    });
}

void PrerequisitePage::clearSelected()
{
    onSelected(tr("Clear the prerequisite"), [this](int row) { Command::clearPrerequisite(m_ctx, m_items.at(row)); });
}

} // namespace cd
