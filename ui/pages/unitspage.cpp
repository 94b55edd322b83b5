#include "pages/unitspage.h"

#include "models/unittablemodel.h"
#include "pages/pagekit.h"
#include "dialogs/importpreview.h"
#include "dialogs/unitdialog.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

UnitsPage::UnitsPage(QWidget *parent)
    : QWidget(parent), m_model(new UnitTableModel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_debounce(new QTimer(this))
{
    auto *title = makePageTitle(tr("Unit roster"), this);

    m_search->setPlaceholderText(tr("Search name, address, contact or credit code"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200); // FIELD-NOTES: debounce typing by about 200 ms
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &UnitsPage::applyFilterNow);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    const auto button = [this, top](const QString &text, void (UnitsPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, [this, slot] { (this->*slot)(); });
        top->addWidget(b);
        return b;
    };
    button(tr("&New unit..."), &UnitsPage::addUnit);
    button(tr("&Edit..."), &UnitsPage::editSelected);
    button(tr("&Delete"), &UnitsPage::deleteSelected);
    auto *importButton = new QPushButton(tr("&Import roster..."), this);
    connect(importButton, &QPushButton::clicked, this, [this] { importRoster(); });
    top->addWidget(importButton);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_search);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: resizing rows to contents costs seconds at 100k rows (FIELD-NOTES).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    const QFontMetrics fm = m_view->fontMetrics();
    const int widths[] = {7, 28, 12, 14, 16, 14, 20, 8, 14, 8}; // in characters of the UI font
    for (int c = 0; c < UnitTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, fm.horizontalAdvance(QLatin1Char('M')) * widths[c] / 2 + fm.horizontalAdvance(QStringLiteral("中")) * widths[c] / 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void UnitsPage::load(Workspace &workspace)
{
    m_workspace = &workspace;
    m_model->setRows(workspace.unitRows());
    updateCount();
}

void UnitsPage::reload()
{
    if (m_workspace)
        load(*m_workspace);
}

void UnitsPage::setCommandContext(const CommandContext &ctx)
{
    m_ctx = ctx;
    connect(ctx.notifier, &DataNotifier::unitsChanged, this, &UnitsPage::reload, Qt::UniqueConnection);
}

int UnitsPage::selectedId() const
{
    const QModelIndex i = m_view->currentIndex();
    const UnitRow *r = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    return r ? r->id : 0;
}

void UnitsPage::addUnit()
{
    if (!m_ctx.workspace)
        return;
    Unit u;
    if (const int id = selectedId()) // start from the selected unit's region and type
        if (const auto s = UnitService(m_ctx.workspace->database()).get(id)) {
            u.regionId = s->regionId;
            u.typeId = s->typeId;
        }
    UnitDialog dialog(*m_ctx.workspace, u, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        Command::addUnit(m_ctx, dialog.unit());
    } catch (const Failure &f) {
        QMessageBox::warning(this, tr("New unit"), f.message());
    }
}

void UnitsPage::editSelected()
{
    const int id = selectedId();
    if (!m_ctx.workspace || !id)
        return;
    const auto unit = UnitService(m_ctx.workspace->database()).get(id);
    if (!unit)
        return;
    UnitDialog dialog(*m_ctx.workspace, *unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        Command::editUnit(m_ctx, dialog.unit());
    } catch (const Failure &f) {
        QMessageBox::warning(this, tr("Edit unit"), f.message());
    }
}

void UnitsPage::deleteSelected()
{
    const int id = selectedId();
    if (!m_ctx.workspace || !id)
        return;
    try {
        Command::deleteUnit(m_ctx, id); // undoable, so no "are you sure?"
    } catch (const Failure &f) {
        QMessageBox::warning(this, tr("Delete unit"), f.message());
    }
}

void UnitsPage::importRoster(const QString &given)
{
    if (!m_ctx.workspace)
        return;
    QString path = given;
    if (path.isEmpty()) {
        QSettings settings;
        path = QFileDialog::getOpenFileName(this, tr("Import roster"), settings.value(QStringLiteral("dialogs/importDir")).toString(),
                                            tr("Rosters (*.xlsx *.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("dialogs/importDir"), QFileInfo(path).absolutePath());
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const ImportPlan plan = RosterImport(m_ctx.workspace->database()).plan(path);
        QApplication::restoreOverrideCursor();
        if (!given.isEmpty()) { // scripted use: no dialog, the good rows go in
            Command::importRoster(m_ctx, plan);
            return;
        }
        ImportPreviewDialog preview(plan, QFileInfo(path).fileName(), this);
        if (preview.exec() == QDialog::Accepted && preview.choice() != ImportPreviewDialog::Cancelled)
            Command::importRoster(m_ctx, plan);
    } catch (const Failure &f) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Import roster"), f.message());
    }
}

void UnitsPage::applyFilterNow()
{
    m_debounce->stop();
    m_model->setFilterText(m_search->text());
    updateCount();
}

void UnitsPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n unit(s)", nullptr, total) : tr("%1 of %2 units").arg(shown).arg(total));
}

} // namespace cd

namespace cd {

ExportList UnitsPage::visibleList() const
{
    ExportList l;
    l.title = tr("Grassroots window unit roster");
    l.sheetName = tr("Unit roster");
    for (int c = 0; c < UnitTableModel::ColumnCount; ++c)
        l.headers << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    l.numericColumns = {UnitTableModel::Id};
    l.rows.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < UnitTableModel::ColumnCount; ++c)
            cells << m_model->data(m_model->index(r, c), Qt::DisplayRole).toString();
        l.rows.push_back(cells);
    }
    return l;
}

ReportDocument UnitsPage::visibleReport() const
{
    const ExportList list = visibleList();
    ReportDocument doc = listReport(list, {0.8, 4.5, 1.6, 2, 2.4, 2.2, 3.2, 1.2, 2, 1.3}, 10.5, true);
    doc.subtitle = tr("(%n unit(s))", nullptr, int(list.rows.size()));
    return doc;
}

} // namespace cd
