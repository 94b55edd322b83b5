#include "pages/calendarpage.h"
#include "widgets/datefield.h"
#include "rules/dateinput.h"

#include "dialogs/conflictdialog.h"
#include "pages/pagekit.h"
#include "pages/timelinewidget.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include "services/recordservice.h"
#include "util/failure.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

CalendarPage::CalendarPage(QWidget *parent)
    : QWidget(parent), m_overrides(new QTableWidget(0, 4, this)), m_rounds(new QComboBox(this)), m_position(new QLabel(this)),
      m_timeline(new TimelineWidget(this))
{
    auto *title = makePageTitle(tr("Campaign calendar"), this);
    auto *edit = new QPushButton(tr("&Edit this round..."), this);
    auto *add = new QPushButton(tr("&Add a round..."), this);
    connect(edit, &QPushButton::clicked, this, [this] { editRound(m_rounds->currentData().toInt()); });
    connect(add, &QPushButton::clicked, this, [this] { addRound(); });
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(edit);
    top->addWidget(add);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_rounds);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] { showRound(m_rounds->currentData().toInt()); });
    m_position->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_position);
    layout->addWidget(m_timeline);
    // DOMAIN.md §4: actions outside their phase were recorded with a written reason; the reasons are shown here.
    auto *kept = new QLabel(tr("Actions recorded outside their phase, with the reasons given"), this);
    QFont f = kept->font();
    f.setBold(true);
    kept->setFont(f);
    layout->addSpacing(8);
    layout->addWidget(kept);
    setUpRecordTable(m_overrides, {tr("Date"), tr("Round"), tr("Action"), tr("Reason")});
    layout->addWidget(m_overrides, 1);
}

void CalendarPage::setCommandContext(const CommandContext &ctx)
{
    if (m_ctx.notifier)
        disconnect(m_ctx.notifier, nullptr, this, nullptr); // a new file: connect once, not once per file
    m_ctx = ctx;
    connect(ctx.notifier, &DataNotifier::recordsChanged, this, [this](Changes what) {
        if (!m_workspace)
            return;
        if (what & Change::Calendar) {
            const int shown = m_rounds->currentData().toInt();
            load(*m_workspace, m_today);
            if (const int i = m_rounds->findData(shown); i >= 0)
                m_rounds->setCurrentIndex(i);
        } else if (what & Change::Overrides) {
            reloadOverrides(); // a step taken outside its phase, with its reason
        }
    });
}

void CalendarPage::reloadOverrides()
{
    if (!m_workspace)
        return;
    const auto list = CalendarService(m_workspace->database()).overrides();
    m_overrides->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const auto &o = list[i];
        const QStringList cells = {o.date.toString(Qt::ISODate), o.roundYear ? QString::number(o.roundYear) : QString(), o.action, o.reason};
        fillTableRow(m_overrides, i, cells);
    }
    fitColumns(m_overrides);
}

Round CalendarPage::roundFromEditor(int year, const QList<QPair<QDate, QDate>> &phases, const QList<Deadline> &extra)
{
    Round r;
    r.year = year;
    for (int i = 0; i < phases.size() && i < 3; ++i)
        r.phases << Phase{PhaseKind(i), phases[i].first, phases[i].second};
    for (const auto &d : extra)
        if (d.date.isValid() || !d.title.trimmed().isEmpty())
            r.extraDeadlines << Deadline{d.date, d.title.trimmed()};
    return r;
}

bool CalendarPage::editRound(int year)
{
    if (!m_workspace || !m_ctx.workspace)
        return false;
    const CampaignService campaign = m_workspace->campaign();
    const auto current = campaign.calendar().round(year);
    const Round base = current ? *current : campaign.calendar().round(campaign.calendar().cycle().firstYear())->shiftedTo(year);
    // The calendar as read now: saved only onto it, so that another clerk's change made meanwhile is shown, not lost.
    const auto stored = CalendarService(m_ctx.workspace->database()).storedRound(year);
    const int readVersion = stored ? stored->version : SetVersion::NotThere;
    FormDialog dialog(tr("The %1 round's calendar").arg(year), this);
    QList<QPair<DateField *, DateField *>> edits;
    for (int k = 0; k < 3; ++k) {
        Phase p{PhaseKind(k), QDate(year, 1, 1), QDate(year, 12, 31)};
        for (const auto &x : base.phases)
            if (x.kind == PhaseKind(k))
                p = x;
        auto *from = new DateField(p.start, &dialog);
        auto *to = new DateField(p.end, &dialog);
        for (DateField *e : {from, to}) {
        }
        auto *row = new QHBoxLayout;
        row->addWidget(from);
        row->addWidget(new QLabel(QStringLiteral("—"), &dialog));
        row->addWidget(to);
        row->addStretch(1);
        dialog.form()->addRow(phaseTitle(PhaseKind(k)) + QLatin1Char(':'), row);
        edits << qMakePair(from, to);
    }
    auto *extra = new QTableWidget(0, 2, &dialog);
    extra->setHorizontalHeaderLabels({tr("Date (yyyy-MM-dd)"), tr("What is due")});
    extra->horizontalHeader()->setStretchLastSection(true);
    extra->verticalHeader()->hide();
    for (const auto &d : base.extraDeadlines) {
        const int r = extra->rowCount();
        extra->insertRow(r);
        extra->setItem(r, 0, new QTableWidgetItem(d.date.toString(Qt::ISODate)));
        extra->setItem(r, 1, new QTableWidgetItem(d.title));
    }
    auto *addRow = new QPushButton(tr("Add deadline"), &dialog);
    auto *removeRow = new QPushButton(tr("Remove deadline"), &dialog);
    connect(addRow, &QPushButton::clicked, extra, [extra, year] {
        const int r = extra->rowCount();
        extra->insertRow(r);
        extra->setItem(r, 0, new QTableWidgetItem(QDate(year, 1, 1).toString(Qt::ISODate)));
        extra->setItem(r, 1, new QTableWidgetItem);
        extra->setCurrentCell(r, 1);
        extra->editItem(extra->item(r, 1));
    });
    connect(removeRow, &QPushButton::clicked, extra, [extra] {
        if (extra->currentRow() >= 0)
            extra->removeRow(extra->currentRow());
    });
    enableWithCurrentRow(extra, {removeRow});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addRow);
    buttons->addWidget(removeRow);
    buttons->addStretch(1);
    dialog.form()->addRow(tr("Extra deadlines:"), extra);
    dialog.form()->addRow(QString(), buttons);
    dialog.resize(dialog.sizeHint().width() + 120, dialog.sizeHint().height());
    while (runDialog(dialog) == QDialog::Accepted) {
        if (DateField *bad = DateField::firstInvalid(&dialog)) {
            warn(&dialog, tr("The %1 round's calendar").arg(year), bad->problem());
            continue;
        }
        QList<QPair<QDate, QDate>> phases;
        for (const auto &e : edits)
            phases << qMakePair(e.first->date(), e.second->date());
        QList<Deadline> deadlines;
        for (int r = 0; r < extra->rowCount(); ++r) {
            const QString dateText = extra->item(r, 0) ? extra->item(r, 0)->text().trimmed() : QString();
            deadlines << Deadline{parseDateInput(dateText).value_or(QDate()), extra->item(r, 1) ? extra->item(r, 1)->text() : QString()};
        }
        try {
            for (int r = 0; r < deadlines.size(); ++r) {
                QString why;
                if (!parseDateInput(extra->item(r, 0) ? extra->item(r, 0)->text() : QString(), &why))
                    failInput(tr("Row %1 of the extra deadlines: %2").arg(r + 1).arg(why));
            }
            Round edited = roundFromEditor(year, phases, deadlines);
            edited.version = readVersion;
            bool changed = false;
            if (!saveOrDecide<Round>(
                    edited, [&](const Round &x) { changed = Command::saveRound(m_ctx, x); },
                    [this](const Round &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); }))
                load(*m_workspace, m_today); // theirs kept: show it
            return changed;
        } catch (const Failure &f) {
            warn(&dialog, tr("The %1 round's calendar").arg(year), f.message());
        }
    }
    return false;
}

bool CalendarPage::addRound()
{
    if (!m_workspace)
        return false;
    const NamingCycle &cycle = m_workspace->campaign().calendar().cycle();
    int last = cycle.firstYear();
    for (int i = 0; i < m_rounds->count(); ++i)
        last = std::max(last, m_rounds->itemData(i).toInt());
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add a round"), tr("Naming year of the new round:"), last + cycle.period(),
                                          cycle.firstYear(), 2100, cycle.period(), &ok);
    if (!ok)
        return false;
    if (!cycle.isNamingYear(year)) {
        warn(this, tr("Add a round"), tr("%1 is not a naming year: rounds are named every %2 years from %3.")
                                                          .arg(year).arg(cycle.period()).arg(cycle.firstYear()));
        return false;
    }
    return editRound(year);
}

void CalendarPage::load(Workspace &workspace, const QDate &today)
{
    m_workspace = &workspace;
    m_today = today;
    const CampaignService campaign = workspace.campaign();
    const DatePosition pos = campaign.locate(today);
    m_position->setText(pos.round ? tr("Today, %1, is in the %2 round, phase %3.").arg(today.toString(Qt::ISODate)).arg(*pos.round).arg(phaseTitle(pos.phase))
                                  : tr("Today, %1, falls between rounds (%2).").arg(today.toString(Qt::ISODate), phaseTitle(pos.phase)));
    const QSignalBlocker block(m_rounds);
    m_rounds->clear();
    const int first = campaign.calendar().cycle().firstYear();
    int last = std::max(today.year() + 2, first);
    for (const auto &r : CalendarService(workspace.database()).storedRounds())
        last = std::max(last, r.year);
    for (int y = first; y <= last; y += campaign.calendar().cycle().period())
        m_rounds->addItem(tr("%1 round").arg(y), y);
    const int current = pos.round.value_or(campaign.calendar().cycle().next(today.year()).value_or(first));
    m_rounds->setCurrentIndex(std::max(0, m_rounds->findData(current)));
    showRound(m_rounds->currentData().toInt());
    reloadOverrides();
}

void CalendarPage::showRound(int year)
{
    if (!m_workspace)
        return;
    const CampaignService campaign = m_workspace->campaign();
    if (const auto round = campaign.calendar().round(year))
        m_timeline->setRound(*round, &m_workspace->workCalendar(), m_today);
}

} // namespace cd
