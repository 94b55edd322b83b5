#include "pages/recordpage.h"
#include "dialogs/unitdossierdialog.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

RecordPage::RecordPage(const QString &title, const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_title(title), m_model(new RecordModel(headers, this)), m_view(new QTableView(this)), m_search(new QLineEdit(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this)), m_top(new QHBoxLayout), m_read(new BackgroundRead(this))
{
    connect(m_read, &BackgroundRead::again, this, [this] { // asked to read again while it read: the rows read are dropped
        m_unitsDirty = m_unitsDirty || m_namesAsked;
        markDirty();
    });
    connect(m_read, &BackgroundRead::failed, this, [this](const QString &message) {
        m_unitsDirty = m_unitsDirty || m_namesAsked;
        m_dirty = true;
        // Said beside the count, not in a window of its own: a server that went away says so in the status bar, and
        // the page reads again when it is next shown or changed.
        m_count->setText(tr("The records could not be read"));
        m_count->setToolTip(message);
    });
    m_top->addWidget(makePageTitle(title, this));
    m_top->addSpacing(16);
    m_toolIndex = m_top->count();
    m_top->addStretch(1);
    m_top->addWidget(m_count);
    m_top->addSpacing(12);
    m_top->addWidget(m_search);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RecordPage::applySearchNow);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    setUpListView(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            activate(row);
    });
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(m_top);
    layout->addWidget(m_view, 1);
}

QPushButton *RecordPage::addButton(const QString &text, std::function<void()> action, bool forRow)
{
    auto *b = new QPushButton(text, this);
    connect(b, &QPushButton::clicked, this, [action] { action(); });
    m_top->insertWidget(m_toolIndex++, b);
    if (forRow)
        enableWithCurrentRow(m_view, {b});
    return b;
}

void RecordPage::addToolWidget(QWidget *w)
{
    m_top->insertWidget(m_toolIndex++, w);
}

void RecordPage::setColumnWidths(const QList<int> &characters)
{
    const QFontMetrics fm = m_view->fontMetrics();
    const int wide = fm.horizontalAdvance(QStringLiteral("中"));
    for (int c = 0; c < characters.size(); ++c)
        m_view->setColumnWidth(c, wide * characters[c] + 16);
}

void RecordPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    m_ctx = ctx;
    m_today = today;
    m_read->dropRunning(); // a read under way is of the file that was open
    connect(ctx.notifier, &DataNotifier::recordsChanged, this, &RecordPage::changed, Qt::UniqueConnection);
    m_unitsDirty = true;
    m_dirty = true;
    if (isVisible())
        reload();
}

void RecordPage::changed(Changes what)
{
    if (what & Change::Units)
        markUnitsDirty();
    else if (what & (shows() | Change::Calendar))
        markDirty();
}

void RecordPage::markDirty()
{
    m_dirty = true;
    if (isVisible())
        reload();
}

void RecordPage::markUnitsDirty()
{
    m_unitsDirty = true;
    markDirty();
}

void RecordPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void RecordPage::reload()
{
    if (!m_ctx.workspace)
        return;
    if (m_read->isReading()) {
        m_read->dropRunning(); // the page's year or the data changed while it read: read again when that read ends
        return;
    }
    m_dirty = false;
    const bool readNames = m_unitsDirty;
    m_unitsDirty = false;
    m_namesAsked = readNames;
    const Reader read = reader();
    m_read->start(m_ctx.workspace->database(), [this, read, readNames](Database &db) -> Show {
        UnitNames names;
        if (readNames)
            names = UnitNames::read(db);
        const Show show = read(db);
        return [this, names, show, readNames] {
            if (readNames)
                m_unitNames = names;
            present(show);
        };
    });
    if (m_read->isReading())
        m_count->setText(tr("Reading the records..."));
}

void RecordPage::present(const Show &show)
{
    m_count->setToolTip(QString());
    show();
    applySearchNow();
    emit loaded();
}

UnitNames RecordPage::unitChoices() const
{
    return m_unitsDirty || m_read->isReading() ? UnitNames::read(m_ctx.workspace->database()) : m_unitNames;
}

bool RecordPage::matches(int row, const QString &needle) const
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_model->text(row, c).toLower().contains(needle))
            return true;
    return false;
}

void RecordPage::applySearchNow()
{
    m_debounce->stop();
    const QString needle = m_search->text().trimmed().toLower();
    if (needle.isEmpty() && !hasOwnFilter())
        m_model->setFilter({});
    else if (!hasOwnFilter())
        m_model->setFilter([this, needle](int row) { return matches(row, needle); });
    else
        m_model->setFilter([this, needle](int row) { return keep(row) && (needle.isEmpty() || matches(row, needle)); });
    updateCount();
}

void RecordPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total) : tr("%1 of %2 records").arg(shown).arg(total));
}

void RecordPage::activate(int row)
{
    const int unit = unitOf(row);
    if (unit > 0 && m_ctx.workspace)
        UnitDossierDialog::open(m_ctx.workspace->database(), unit, this);
}

void RecordPage::openUnitRecord()
{
    if (const int row = currentRow(); row >= 0)
        RecordPage::activate(row);
}

int RecordPage::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->sourceRow(i.row()) : -1;
}

void RecordPage::onSelected(const QString &title, const std::function<void(int)> &action)
{
    const int row = currentRow();
    if (row < 0)
        return;
    try {
        action(row);
    } catch (const EditConflict &c) {
        // Another clerk changed or removed the record since this page read it: say so and show it as it is now.
        warn(this, title, c.message());
        reload();
    } catch (const Failure &f) {
        warn(this, title, f.message());
    }
}

void RecordPage::selectRow(int row)
{
    const int v = m_model->visibleRow(row);
    if (v >= 0)
        m_view->setCurrentIndex(m_model->index(v, 0));
}

ExportList RecordPage::visibleList() const
{
    return m_model->shownList(m_title);
}

bool RecordPage::printLandscape() const
{
    return m_model->headers().size() > 6;
}

ReportDocument RecordPage::visibleReport() const
{
    const ExportList list = visibleList();
    ReportDocument doc = listReport(list, printWeights(), 10.5, printLandscape());
    doc.subtitle = tr("(%n record(s))", nullptr, int(list.rows.size()));
    return doc;
}

} // namespace cd
