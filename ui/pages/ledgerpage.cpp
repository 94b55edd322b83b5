#include "pages/ledgerpage.h"
#include "dialogs/conflictdialog.h"
#include "widgets/datefield.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>

namespace cd {

namespace {
enum Column { Date, Kind, UnitNo, UnitName, Participants, Description, Files };
}

LedgerPage::LedgerPage(QWidget *parent)
    : RecordPage(tr("Creation ledger"),
                 {tr("Date"), tr("Activity"), tr("Unit no."), tr("Unit"), tr("Participants"), tr("Description"), tr("Attached files")}, parent)
{
    addButton(tr("&Record activity..."), [this] { recordActivity(); });
    addButton(tr("&Edit..."), [this] { editSelected(); }, true);
    addButton(tr("&Delete"), [this] { deleteSelected(); }, true);
    addButton(tr("&Open attachment..."), [this] { openSelectedAttachment(); }, true);
    addButton(tr("Unit &record..."), [this] { openUnitRecord(); }, true);
    setColumnWidths({6, 8, 4, 16, 4, 20, 10});
    view()->sortByColumn(Date, Qt::DescendingOrder); // newest first
    model()->setNumericColumns({UnitNo, Participants});
}

RecordPage::Reader LedgerPage::reader()
{
    return [this](Database &db) -> Show {
        RecordService rec(db);
        auto items = std::make_shared<ActivityTable>(rec.activity.activityTable());
        const AttachmentStore store = rec.attachments();
        auto missing = std::make_shared<std::vector<quint16>>(size_t(items->size()), 0);
        for (int row = 0; row < items->size(); ++row)
            if (items->attachmentCount(row))
                for (const auto &f : items->attachments(row))
                    (*missing)[size_t(row)] += store.has(f) ? 0 : 1;
        return [this, items, missing] { showRecords(std::move(*items), std::move(*missing)); };
    };
}

void LedgerPage::showRecords(ActivityTable items, std::vector<quint16> missing)
{
    m_items = std::move(items);
    m_missing = std::move(missing);
    model()->reset(m_items.size(), [this](int row, int col, int role) -> QVariant {
        const int missingFiles = m_missing[size_t(row)];
        if (role == Qt::ForegroundRole)
            return col == Files && missingFiles ? QVariant(QColor(0xB3, 0x26, 0x1E)) : QVariant();
        if (role == Qt::ToolTipRole && col == Files) {
            QStringList names;
            for (const auto &f : m_items.attachments(row))
                names << f.fileName;
            return names.join(QLatin1Char('\n'));
        }
        if (role == Qt::EditRole) {
            if (col == Date)
                return m_items.date(row);
            if (col == UnitNo)
                return m_items.unitId(row);
            if (col == Participants) {
                const auto n = m_items.participants(row);
                return n ? QVariant(*n) : QVariant();
            }
            if (col == Files)
                return m_items.attachmentCount(row);
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case Date: return m_items.date(row).toString(Qt::ISODate);
        case Kind: return m_items.kind(row);
        case UnitNo: return QString::number(m_items.unitId(row));
        case UnitName: return unitName(m_items.unitId(row));
        case Participants: {
            const auto n = m_items.participants(row);
            return n ? QString::number(*n) : QString();
        }
        case Description: return m_items.description(row).toString();
        case Files: {
            const QList<Attachment> files = m_items.attachments(row);
            if (files.isEmpty())
                return QString();
            QString t = files.size() == 1 ? files[0].fileName : tr("%n file(s)", nullptr, int(files.size()));
            if (missingFiles)
                t += QStringLiteral(" · ") + tr("%n missing", nullptr, missingFiles);
            return t;
        }
        }
        return {};
    });
}

int LedgerPage::missingAttachments() const
{
    int n = 0;
    for (int m : m_missing)
        n += m;
    return n;
}

bool LedgerPage::editActivity(Activity &a, const QString &title)
{
    FormDialog dialog(title, this);
    auto *unit = new UnitPicker(unitChoices(), &dialog);
    unit->setUnitId(a.unitId);
    auto *date = new DateField(a.date.isValid() ? a.date : m_today, &dialog);
    auto *kind = new QComboBox(&dialog);
    kind->setEditable(true);
    // DOMAIN.md §8 (seed 000 §五(二)): the kinds the seed names; the office may type its own.
    kind->addItems({QStringLiteral("技能测试"), QStringLiteral("演讲比赛"), QStringLiteral("学雷锋志愿服务"), QStringLiteral("座谈会"),
                    QStringLiteral("问卷调查"), QStringLiteral("回访")});
    if (!a.kind.isEmpty())
        kind->setCurrentText(a.kind);
    auto *participants = new QSpinBox(&dialog);
    participants->setRange(-1, 1000000);
    participants->setSpecialValueText(tr("not recorded"));
    participants->setValue(a.participants ? *a.participants : -1);
    auto *description = new QPlainTextEdit(a.description, &dialog);
    description->setTabChangesFocus(true);
    description->setMinimumHeight(fontMetrics().height() * 4);
    auto *files = new AttachmentList(RecordService(m_ctx.workspace->database()).attachments(), a.attachments, &dialog);
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Activity:"), kind);
    dialog.form()->addRow(tr("Participants:"), participants);
    dialog.form()->addRow(tr("Description:"), description);
    dialog.form()->addRow(tr("Attached files:"), files);
    return runForm(dialog, title, [&] {
        a.unitId = unit->requiredUnitId();
        a.date = date->date();
        a.kind = kind->currentText().trimmed();
        a.participants = participants->value() < 0 ? std::nullopt : std::optional<int>(participants->value());
        a.description = description->toPlainText().trimmed();
        a.attachments = files->attachments();
    });
}

void LedgerPage::recordActivity()
{
    if (!m_ctx.workspace)
        return;
    Activity a;
    a.date = m_today;
    if (!editActivity(a, tr("Record an activity")))
        return;
    try {
        Command::saveActivity(m_ctx, a);
    } catch (const Failure &f) {
        warn(this, tr("Record an activity"), f.message());
    }
}

void LedgerPage::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Activity a = m_items.at(row);
    if (!editActivity(a, tr("Change the activity")))
        return;
    saveEdit<Activity>(
        this, tr("Change the activity"), a, [this](const Activity &x) { Command::saveActivity(m_ctx, x); },
        [this](const Activity &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }, [this] { reload(); });
}

void LedgerPage::deleteSelected()
{
    // Undoable, so no "are you sure?".
    onSelected(tr("Delete the activity"), [this](int row) { Command::deleteActivity(m_ctx, m_items.at(row)); });
}

void LedgerPage::openSelectedAttachment()
{
    const int row = currentRow();
    if (row < 0 || !m_items.attachmentCount(row))
        return;
    const Activity a = m_items.at(row);
    int which = 0;
    if (a.attachments.size() > 1) {
        QStringList names;
        for (const auto &f : a.attachments)
            names << f.fileName;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Open attachment"), tr("File:"), names, 0, false, &ok);
        if (!ok)
            return;
        which = int(names.indexOf(chosen));
    }
    openAttachment(this, RecordService(m_ctx.workspace->database()).attachments(), a.attachments[which]);
}

} // namespace cd
