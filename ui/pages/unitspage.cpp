#include "pages/unitspage.h"
#include "dialogs/unitdossierdialog.h"

#include "models/unittablemodel.h"
#include "pages/pagekit.h"
#include "dialogs/importpreview.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/unitdialog.h"
#include "services/unitservice.h"
#include "services/rosterindex.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QComboBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QTreeWidget>
#include <memory>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

UnitsPage::UnitsPage(QWidget *parent)
    : QWidget(parent), m_model(new UnitTableModel(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_debounce(new QTimer(this)), m_regions(new QTreeWidget(this)), m_types(new QTreeWidget(this)),
      m_title(new QComboBox(this)), m_splitter(new QSplitter(this))
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
    const QList<QAbstractButton *> forRow = {button(tr("&Edit..."), &UnitsPage::editSelected),
                                             button(tr("Unit &record..."), &UnitsPage::openDossier),
                                             button(tr("&Delete"), &UnitsPage::deleteSelected)};
    auto *importButton = new QPushButton(tr("&Import roster..."), this);
    connect(importButton, &QPushButton::clicked, this, [this] { importRoster(); });
    top->addWidget(importButton);
    top->addStretch(1);
    m_title->addItem(tr("Any title status"), -1);
    m_title->addItem(tr("Holds the title"), 1);
    m_title->addItem(tr("Never named"), 0);
    m_title->addItem(tr("Revoked"), 2);
    connect(m_title, &QComboBox::currentIndexChanged, this, &UnitsPage::applyScope);
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_search);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitTableModel::Id, Qt::AscendingOrder);
    setUpListView(m_view);
    enableWithCurrentRow(m_view, forRow);
    // A double-click opens the unit's 档案 (issue 13 §1); the 编辑… button edits it.
    connect(m_view, &QTableView::doubleClicked, this, [this] { openDossier(); });
    const QFontMetrics fm = m_view->fontMetrics();
    const int widths[] = {7, 28, 12, 14, 16, 14, 20, 8, 14, 8}; // in characters of the UI font
    for (int c = 0; c < UnitTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, fm.horizontalAdvance(QLatin1Char('M')) * widths[c] / 2 + fm.horizontalAdvance(QStringLiteral("中")) * widths[c] / 2);

    // The trees: 市(州) → 县 and category → type; picking an item narrows the table, the top item shows all.
    for (QTreeWidget *t : {m_regions, m_types}) {
        t->setHeaderHidden(true);
        t->setUniformRowHeights(true);
        connect(t, &QTreeWidget::currentItemChanged, this, &UnitsPage::applyScope);
    }
    auto *trees = new QSplitter(Qt::Vertical, this);
    trees->addWidget(m_regions);
    trees->addWidget(m_types);
    trees->setChildrenCollapsible(false);
    m_splitter->addWidget(trees);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().horizontalAdvance(QStringLiteral("延边朝鲜族自治州")) + 60, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

void UnitsPage::fillTrees()
{
    if (!m_workspace)
        return;
    // Keep what was picked across reloads (an edit must not throw the clerk out of her county).
    const auto keyOf = [](QTreeWidget *t) { return t->currentItem() ? t->currentItem()->data(0, Qt::UserRole).toString() : QString(); };
    const QString regionKey = keyOf(m_regions), typeKey = keyOf(m_types);
    const QSignalBlocker b1(m_regions), b2(m_types);
    m_regions->clear();
    auto *allRegions = new QTreeWidgetItem(m_regions, {m_workspace->provinceName().isEmpty() ? tr("All regions") : m_workspace->provinceName()});
    allRegions->setData(0, Qt::UserRole, QString());
    QHash<int, QTreeWidgetItem *> cities;
    const QList<Region> regions = m_workspace->regions();
    for (const auto &r : regions)
        if (r.level == RegionLevel::City) {
            auto *item = new QTreeWidgetItem(allRegions, {r.name});
            item->setData(0, Qt::UserRole, QStringLiteral("c%1").arg(r.id));
            cities.insert(r.id, item);
            // Units attached to the 市(州) body itself.
            auto *own = new QTreeWidgetItem(item, {tr("%1 (city level)").arg(r.name)});
            own->setData(0, Qt::UserRole, QStringLiteral("r%1").arg(r.id));
        }
    for (const auto &r : regions)
        if (r.level == RegionLevel::County && cities.contains(r.parentId)) {
            auto *item = new QTreeWidgetItem(cities.value(r.parentId), {r.name});
            item->setData(0, Qt::UserRole, QStringLiteral("r%1").arg(r.id));
        }
    allRegions->setExpanded(true);

    m_types->clear();
    auto *allTypes = new QTreeWidgetItem(m_types, {tr("All unit types")});
    allTypes->setData(0, Qt::UserRole, QString());
    QHash<QString, QTreeWidgetItem *> categories;
    for (const auto &t : m_workspace->unitTypes()) {
        QTreeWidgetItem *&cat = categories[t.categoryName];
        if (!cat) {
            cat = new QTreeWidgetItem(allTypes, {t.categoryName});
            cat->setData(0, Qt::UserRole, QStringLiteral("k") + t.categoryName);
        }
        auto *item = new QTreeWidgetItem(cat, {t.name});
        item->setData(0, Qt::UserRole, QStringLiteral("t") + t.name);
    }
    allTypes->setExpanded(true);

    const auto restore = [](QTreeWidget *t, const QString &key) {
        QTreeWidgetItemIterator it(t);
        for (; *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == key) {
                t->setCurrentItem(*it);
                return;
            }
        t->setCurrentItem(t->topLevelItem(0));
    };
    restore(m_regions, regionKey);
    restore(m_types, typeKey);
}

void UnitsPage::applyScope()
{
    UnitScope scope;
    const QString r = m_regions->currentItem() ? m_regions->currentItem()->data(0, Qt::UserRole).toString() : QString();
    if (r.startsWith(QLatin1Char('c')))
        scope.cityId = r.mid(1).toInt();
    else if (r.startsWith(QLatin1Char('r')))
        scope.regionId = r.mid(1).toInt();
    const QString t = m_types->currentItem() ? m_types->currentItem()->data(0, Qt::UserRole).toString() : QString();
    if (t.startsWith(QLatin1Char('k')))
        scope.category = t.mid(1);
    else if (t.startsWith(QLatin1Char('t')))
        scope.type = t.mid(1);
    scope.titleStatus = m_title->currentData().toInt();
    m_model->setScope(scope);
    updateCount();
}

UnitsPage::~UnitsPage()
{
    stopLoading();
}

void UnitsPage::stopLoading()
{
    if (!m_loader)
        return;
    *m_cancel = true;
    m_loader->wait();
    m_loader.reset();
}

void UnitsPage::open(Workspace &workspace, bool now)
{
    if (now) {
        load(workspace);
        return;
    }
    adopt(workspace);
    m_model->setIndex(RosterIndex()); // the previous file's rows go with it
    applyScope();
    m_pending = true;
}

void UnitsPage::ensureLoaded()
{
    if (m_pending && m_workspace)
        load(*m_workspace);
}

void UnitsPage::adopt(Workspace &workspace)
{
    const bool sameFile = m_workspace == &workspace;
    m_workspace = &workspace;
    if (!sameFile || !m_regions->topLevelItemCount())
        fillTrees();
    stopLoading();
}

void UnitsPage::load(Workspace &workspace)
{
    adopt(workspace);
    m_pending = false;
    const Database &db = workspace.database();
    // A server is always read by a thread of its own: it answers slower than a file (issue 11).
    if (!readsInBackground(db, m_backgroundFrom)) {
        m_model->setIndex(RosterIndex::load(workspace.database()));
        applyScope();
        emit loaded();
        return;
    }
    // A large file: the rows are read through a connection of the thread's own while the window is already usable
    // (a million units take a second or two); the table keeps what it showed until then.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<RosterIndex>();
    auto error = std::make_shared<QString>();
    const QString path = db.path();
    m_cancel = cancel;
    m_loader.reset(QThread::create([this, path, cancel, result, error] {
        try {
            auto reader = Database::openReader(path);
            *result = RosterIndex::load(*reader, [this, cancel](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { m_count->setText(tr("Loading the roster... %1%").arg(100ll * done / std::max(total, 1))); },
                    Qt::QueuedConnection);
                return !*cancel;
            });
        } catch (const Failure &f) {
            *error = f.message();
        }
    }));
    connect(m_loader.get(), &QThread::finished, this, [this, cancel, result, error] {
        if (*cancel || cancel != m_cancel)
            return; // stopped for a newer load, or the page is going
        m_loader->wait();
        m_loader.reset();
        if (!error->isEmpty()) {
            m_count->setText(tr("The roster could not be read"));
            warn(this, tr("Unit roster"), *error);
            return;
        }
        m_model->setIndex(std::move(*result));
        applyScope();
        emit loaded();
    });
    m_count->setText(tr("Loading the roster..."));
    m_loader->start(QThread::LowPriority);
}

void UnitsPage::unitsChanged(const QList<int> &ids)
{
    if (m_pending)
        return; // nothing read yet: the whole roster is read when the page comes to the front
    // A few units: read those again, in place, keeping the clerk's row and scroll. Many, or a load still running:
    // read everything again.
    if (!m_workspace || ids.isEmpty() || isLoading()) {
        reload();
        return;
    }
    const int current = selectedId();
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    m_model->refreshUnits(m_workspace->database(), ids);
    applyScope();
    const int row = current ? m_model->visibleRowOf(current) : -1;
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, column));
        m_view->scrollTo(m_model->index(row, column));
    }
}

void UnitsPage::reload()
{
    if (m_workspace && !m_pending)
        load(*m_workspace);
}

void UnitsPage::setCommandContext(const CommandContext &ctx)
{
    if (m_ctx.notifier)
        disconnect(m_ctx.notifier, nullptr, this, nullptr); // a new file: connect once, not once per file
    m_ctx = ctx;
    connect(ctx.notifier, &DataNotifier::recordsChanged, this, [this](Changes what, const QList<int> &units) {
        if (what & Change::Units)
            unitsChanged(units);
    });
}

int UnitsPage::selectedId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->idAt(i.row()) : 0;
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
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    try {
        Command::addUnit(m_ctx, dialog.unit());
    } catch (const Failure &f) {
        warn(this, tr("New unit"), f.message());
    }
}

void UnitsPage::openDossier()
{
    const int id = selectedId();
    if (!m_workspace || !id)
        return;
    std::function<void()> edit;
    if (m_ctx.workspace)
        edit = [this, id] { editUnit(id); };
    UnitDossierDialog::open(m_workspace->database(), id, this, edit);
}

void UnitsPage::editSelected()
{
    editUnit(selectedId());
}

void UnitsPage::editUnit(int id)
{
    if (!m_ctx.workspace || !id)
        return;
    const auto unit = UnitService(m_ctx.workspace->database()).get(id);
    if (!unit)
        return;
    UnitDialog dialog(*m_ctx.workspace, *unit, this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    // Saved onto the version the dialog read; when another clerk saved the unit in between, she sees both and decides.
    saveEdit<Unit>(
        this, tr("Edit unit"), dialog.unit(), [this](const Unit &x) { Command::editUnit(m_ctx, x); },
        [this](const Unit &x) { return ConflictDialog::decide(*m_ctx.workspace, x, this); });
}

void UnitsPage::deleteSelected()
{
    const int id = selectedId();
    if (!m_ctx.workspace || !id)
        return;
    try {
        Command::deleteUnit(m_ctx, id); // undoable, so no "are you sure?"
    } catch (const Failure &f) {
        warn(this, tr("Delete unit"), f.message());
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
    // Progress with Cancel for both the check and the writing; a cancel leaves the data file as it was.
    std::unique_ptr<QProgressDialog> dialog;
    ImportProgress progress = importProgress;
    if (!progress) {
        dialog = std::make_unique<QProgressDialog>(tr("Checking %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(400);
        progress = [d = dialog.get()](qsizetype done, qsizetype total) {
            d->setMaximum(int(std::max<qsizetype>(total, 1)));
            d->setValue(int(std::min(done, total)));
            QCoreApplication::processEvents();
            return !d->wasCanceled();
        };
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const ImportPlan plan = RosterImport(m_ctx.workspace->database()).plan(path, progress);
        QApplication::restoreOverrideCursor();
        if (dialog)
            dialog->reset();
        bool go = !given.isEmpty(); // scripted use: no preview, the good rows go in
        if (!go) {
            ImportPreviewDialog preview(plan, QFileInfo(path).fileName(), this);
            go = runDialog(preview) == QDialog::Accepted && preview.choice() != ImportPreviewDialog::Cancelled;
        }
        if (!go)
            return;
        if (dialog) {
            dialog->setLabelText(tr("Importing %1...").arg(QFileInfo(path).fileName()));
            dialog->setValue(0);
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Command::importRoster(m_ctx, plan, progress);
        QApplication::restoreOverrideCursor();
    } catch (const Failure &f) {
        QApplication::restoreOverrideCursor();
        if (dialog)
            dialog->reset();
        warn(this, tr("Import roster"), f.message());
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
