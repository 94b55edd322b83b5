#include "pages/vetopage.h"
#include "dialogs/unitdossierdialog.h"
#include "widgets/datefield.h"

#include "pages/pagekit.h"
#include "pages/recordwidgets.h"

#include "rules/vetorules.h"
#include "services/recordservice.h"
#include "services/unitservice.h"
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

VetoPage::VetoPage(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 6, this))
{
    auto *title = makePageTitle(tr("Veto events"), this);
    auto *record = new QPushButton(tr("&Record event..."), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    connect(record, &QPushButton::clicked, this, &VetoPage::recordEvent);
    connect(remove, &QPushButton::clicked, this, &VetoPage::deleteSelected);
    auto *evidence = new QPushButton(tr("E&vidence files..."), this);
    connect(evidence, &QPushButton::clicked, this, &VetoPage::editEvidence);
    auto *kinds = new QPushButton(tr("New &kind..."), this);
    connect(kinds, &QPushButton::clicked, this, &VetoPage::addKind);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(record);
    top->addWidget(remove);
    top->addWidget(evidence);
    top->addWidget(kinds);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Highlighted: inside the unit's current veto window"), this));
    setUpRecordTable(m_table, {tr("Date"), tr("Kind"), tr("Unit no."), tr("Unit"), tr("Note"), tr("Evidence files")});
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { // the unit's 档案 (issue 13 §1)
        if (const VetoEvent *e = selectedEvent(); e && m_ctx.workspace)
            UnitDossierDialog::open(m_ctx.workspace->database(), e->unitId, this);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void VetoPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    m_ctx = ctx;
    m_today = today;
    connect(ctx.notifier, &DataNotifier::recordsChanged, m_reloader, &ReloadWhenShown::changed, Qt::UniqueConnection);
    m_reloader->changed();
}

void VetoPage::reload()
{
    if (!m_ctx.workspace)
        return;
    m_reloader->reloaded();
    Database &db = m_ctx.workspace->database();
    m_events = VetoService(db).vetoEvents();
    const CampaignService campaign = m_ctx.workspace->campaign();
    const NamingCycle &cycle = campaign.calendar().cycle();
    // The current window: the naming year of today's round (or the next one), or since the last naming/review for holders.
    const int round = cycle.isNamingYear(m_today.year()) ? m_today.year() : cycle.next(m_today.year()).value_or(m_today.year());
    QList<int> shown;
    shown.reserve(m_events.size());
    for (const VetoEvent &e : m_events)
        shown << e.unitId;
    const QHash<int, QString> names = m_ctx.workspace->unitNames(shown); // the units listed, not every unit of the file
    m_table->setRowCount(int(m_events.size()));
    const QColor highlight(0xFF, 0xE0, 0xB2);
    for (int i = 0; i < m_events.size(); ++i) {
        const VetoEvent &e = m_events[m_events.size() - 1 - i]; // newest first
        DateWindow window = recommendationWindow(round);
        if (campaign.titles().holdsTitle(e.unitId, m_today))
            if (const auto last = campaign.titles().lastConfirmation(e.unitId, m_today))
                window = reviewWindow(round, last->date);
        QStringList files;
        for (const auto &f : e.evidence)
            files << f.fileName;
        const QStringList cells = {e.date.toString(Qt::ISODate), e.kind, QString::number(e.unitId), names.value(e.unitId), e.note,
                                   files.join(QStringLiteral("、"))};
        fillTableRow(m_table, i, cells, [&](QTableWidgetItem *item, int) {
            item->setData(Qt::UserRole, e.id);
            if (window.contains(e.date))
                item->setBackground(highlight);
        });
    }
    fitColumns(m_table);
}

int VetoPage::highlightedRows() const
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->item(r, 0)->background().style() != Qt::NoBrush ? 1 : 0;
    return n;
}

void VetoPage::recordEvent()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Record a veto event"), this);
    auto *unit = new UnitPicker(UnitNames::read(m_ctx.workspace->database()), &dialog);
    auto *kind = new QComboBox(&dialog);
    kind->addItems(m_ctx.workspace->vetoKinds());
    auto *date = new DateField(m_today, &dialog);
    auto *note = new QLineEdit(&dialog);
    auto *files = new AttachmentList(RecordService(m_ctx.workspace->database()).attachments(), {}, &dialog);
    if (const VetoEvent *e = selectedEvent())
        unit->setUnitId(e->unitId);
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Kind:"), kind);
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Note:"), note);
    dialog.form()->addRow(tr("Evidence files:"), files);
    runForm(dialog, tr("Record a veto event"), [&] {
        Command::addVeto(m_ctx, {0, unit->requiredUnitId(), kind->currentText(), date->date(), note->text().trimmed(), files->attachments()});
    });
}

void VetoPage::addKind()
{
    if (!m_ctx.workspace)
        return;
    bool ok = false;
    const QString name = askText(this, tr("New veto kind"),
                                 tr("The seed's kinds are %1. Name of the office's new kind:").arg(m_ctx.workspace->vetoKinds().join(QStringLiteral("、"))),
                                 QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    try {
        Command::addVetoKind(m_ctx, name);
    } catch (const Failure &f) {
        warn(this, tr("New veto kind"), f.message());
    }
}

const VetoEvent *VetoPage::selectedEvent() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return nullptr;
    const int id = m_table->item(row, 0)->data(Qt::UserRole).toInt();
    for (const auto &e : m_events)
        if (e.id == id)
            return &e;
    return nullptr;
}

void VetoPage::editEvidence()
{
    const VetoEvent *e = selectedEvent();
    if (!e)
        return;
    const VetoEvent event = *e;
    FormDialog dialog(tr("Evidence of the veto event"), this);
    auto *files = new AttachmentList(RecordService(m_ctx.workspace->database()).attachments(), event.evidence, &dialog);
    dialog.form()->addRow(new QLabel(QStringLiteral("%1 · %2 · %3").arg(event.date.toString(Qt::ISODate), event.kind,
                                                                      m_ctx.workspace->unitNames().value(event.unitId)), &dialog));
    dialog.form()->addRow(files);
    dialog.resize(dialog.sizeHint().width() + 160, dialog.sizeHint().height());
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    try {
        Command::setVetoEvidence(m_ctx, event, files->attachments());
    } catch (const Failure &f) {
        warn(this, tr("Evidence of the veto event"), f.message());
    }
}

void VetoPage::deleteSelected()
{
    if (const VetoEvent *e = selectedEvent(); e && m_ctx.workspace)
        Command::deleteVeto(m_ctx, VetoEvent(*e));
}

ExportList VetoPage::visibleList() const
{
    return tableList(m_table, tr("Veto events"), {2});
}

ReportDocument VetoPage::visibleReport() const
{
    return listReport(visibleList(), {2, 2, 1.3, 5, 4, 3}, 10.5, true);
}

} // namespace cd
