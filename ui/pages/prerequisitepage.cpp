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
      m_year(new QSpinBox(this))
{
    addButton(tr("&Record prerequisite..."), [this] { recordPrerequisite(); });
    addButton(tr("&Clear"), [this] { clearSelected(); });
    addToolWidget(new QLabel(tr("Round:"), this));
    m_year->setRange(2000, 2100);
    m_year->setSingleStep(2);
    m_year->setValue(QDate::currentDate().year() + QDate::currentDate().year() % 2);
    fitSpinBox(m_year, QStringLiteral("2000"));
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
        QList<PrerequisiteRecord> items = service.prerequisites(year);
        std::sort(items.begin(), items.end(), [](const PrerequisiteRecord &a, const PrerequisiteRecord &b) {
            return a.unitId != b.unitId ? a.unitId < b.unitId : a.kind < b.kind;
        });
        return [this, kinds, items] { showRecords(kinds, items); };
    };
}

void PrerequisitePage::showRecords(const QList<QPair<QString, QString>> &kinds, const QList<PrerequisiteRecord> &items)
{
    m_kinds = kinds;
    m_items = items;
    model()->reset(int(m_items.size()), [this](int row, int col, int role) -> QVariant {
        const PrerequisiteRecord &p = m_items[row];
        if (role == Qt::EditRole && col == UnitNo)
            return p.unitId;
        if (role == Qt::EditRole && col == Date)
            return p.date;
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case UnitNo: return QString::number(p.unitId);
        case UnitName: return unitName(p.unitId);
        case Kind: return kindName(p.kind);
        case Date: return p.date.toString(Qt::ISODate);
        case Evidence: return p.evidence;
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
        unit->setUnitId(m_items[row].unitId);
        kind->setCurrentIndex(kind->findData(m_items[row].kind));
        date->setDate(m_items[row].date);
        evidence->setText(m_items[row].evidence);
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
        for (const auto &x : m_items)
            if (x.unitId == r.unitId && x.kind == r.kind)
                r.version = x.version;
        if (!saveOrDecide<PrerequisiteRecord>(
                r, [this](const PrerequisiteRecord &x) { Command::setPrerequisite(m_ctx, x); },
                [this](const PrerequisiteRecord &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }))
            reload(); // theirs kept
    });
}

void PrerequisitePage::clearSelected()
{
    onSelected(tr("Clear the prerequisite"), [this](int row) { Command::clearPrerequisite(m_ctx, m_items[row]); });
}

} // namespace cd
