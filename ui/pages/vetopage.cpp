#include "pages/vetopage.h"
#include "dialogs/unitdossierdialog.h"
#include "widgets/datefield.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"

#include "rules/vetorules.h"
#include "services/recordservice.h"
#include "services/campaignservice.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
enum Column { Date, Kind, UnitNo, UnitName, Note, Files };
}

VetoPage::VetoPage(QWidget *parent)
    : RecordPage(tr("Veto events"), {tr("Date"), tr("Kind"), tr("Unit no."), tr("Unit"), tr("Note"), tr("Evidence files")}, parent)
{
    addButton(tr("&Record event..."), [this] { recordEvent(); });
    addButton(tr("&Delete"), [this] { deleteSelected(); }, true);
    addButton(tr("E&vidence files..."), [this] { editEvidence(); }, true);
    addButton(tr("New &kind..."), [this] { addKind(); });
    addToolWidget(new QLabel(tr("Highlighted: inside the unit's current veto window"), this));
    setColumnWidths({6, 6, 4, 16, 20, 10});
    view()->sortByColumn(Date, Qt::DescendingOrder); // newest first
    model()->setNumericColumns({UnitNo});
}

RecordPage::Reader VetoPage::reader()
{
    const QDate today = m_today;
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    return [this, today, work](Database &db) -> Show {
        QList<VetoEvent> events = VetoService(db).vetoEvents();
        std::reverse(events.begin(), events.end()); // newest first, also among events of one day
        const CampaignService campaign(db, work);
        const NamingCycle &cycle = campaign.calendar().cycle();
        // The current window: the naming year of today's round (or the next one), or since the last naming or review for
        // holders (seed 000 §四(四)).
        const int round = cycle.isNamingYear(today.year()) ? today.year() : cycle.next(today.year()).value_or(today.year());
        QList<bool> inWindow;
        inWindow.reserve(events.size());
        for (const VetoEvent &e : events) {
            DateWindow window = recommendationWindow(round);
            if (campaign.titles().holdsTitle(e.unitId, today))
                if (const auto last = campaign.titles().lastConfirmation(e.unitId, today))
                    window = reviewWindow(round, last->date);
            inWindow << window.contains(e.date);
        }
        return [this, events, inWindow] { showRecords(events, inWindow); };
    };
}

void VetoPage::showRecords(const QList<VetoEvent> &events, const QList<bool> &inWindow)
{
    m_events = events;
    m_inWindow = inWindow;
    model()->reset(int(m_events.size()), [this](int row, int col, int role) -> QVariant {
        const VetoEvent &e = m_events[row];
        if (role == Qt::BackgroundRole)
            return m_inWindow[row] ? QVariant(QColor(0xFF, 0xE0, 0xB2)) : QVariant();
        if (role == Qt::EditRole && col == Date)
            return e.date;
        if (role == Qt::EditRole && col == UnitNo)
            return e.unitId;
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case Date: return e.date.toString(Qt::ISODate);
        case Kind: return e.kind;
        case UnitNo: return QString::number(e.unitId);
        case UnitName: return unitName(e.unitId);
        case Note: return e.note;
        case Files: {
            QStringList files;
            for (const auto &f : e.evidence)
                files << f.fileName;
            return files.join(QStringLiteral("、"));
        }
        }
        return {};
    });
}

int VetoPage::highlightedRows() const
{
    int n = 0;
    for (int r = 0; r < model()->rowCount(); ++r)
        n += m_inWindow[model()->sourceRow(r)] ? 1 : 0;
    return n;
}

void VetoPage::recordEvent()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Record a veto event"), this);
    auto *unit = new UnitPicker(unitChoices(), &dialog);
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
    const int row = currentRow();
    return row < 0 ? nullptr : &m_events[row];
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
                                                                      unitName(event.unitId)), &dialog));
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

} // namespace cd
