// 考核评比, the assessors and the score-entry grid (DOMAIN.md §6).
#include "pages/appraisalpage.h"

#include "models/scoregridmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/unitnames.h"
#include "services/wayup.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace cd {

namespace {

// A spreadsheet-like view: typing starts an edit, Enter saves and moves down, Delete clears the cell.
class ScoreView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        QTableView::closeEditor(editor, hint);
        if (hint == QAbstractItemDelegate::NoHint || hint == QAbstractItemDelegate::SubmitModelCache) {
            const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
            if (below.isValid())
                setCurrentIndex(below);
        }
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if ((e->key() == Qt::Key_Delete || e->key() == Qt::Key_Backspace) && state() != EditingState && currentIndex().isValid()
            && (model()->flags(currentIndex()) & Qt::ItemIsEditable)) {
            model()->setData(currentIndex(), QString(), Qt::EditRole);
            return;
        }
        if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && state() != EditingState) {
            const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
            if (below.isValid())
                setCurrentIndex(below);
            return;
        }
        QTableView::keyPressEvent(e);
    }
};

} // namespace

QTableView *AppraisalPage::makeScoreView(QWidget *parent)
{
    return new ScoreView(parent);
}

// ---- 评分人

QWidget *AppraisalPage::buildAssessorTab()
{
    auto *w = new QWidget(this);
    setUpRecordTable(m_assessorTable, {tr("No."), tr("Name"), tr("Belongs to"), tr("Stage")});
    auto *add = new QPushButton(tr("&Add assessor..."), w);
    auto *remove = new QPushButton(tr("Re&move"), w);
    connect(add, &QPushButton::clicked, this, &AppraisalPage::addAssessor);
    connect(remove, &QPushButton::clicked, this, &AppraisalPage::removeSelectedAssessor);
    enableWithCurrentRow(m_assessorTable, {remove});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("An assessor never scores the unit they belong to."), w));
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(buttons);
    layout->addWidget(m_assessorTable, 1);
    return w;
}

void AppraisalPage::loadAssessors()
{
    if (!m_ctx.workspace)
        return;
    m_assessors = way().scoring.assessors();
    QList<int> units;
    for (const Assessor &a : m_assessors)
        if (a.unitId)
            units << a.unitId;
    const QHash<int, QString> names = m_ctx.workspace->unitNames(units); // the assessors' units, not every unit
    QHash<int, QString> regions;
    for (const auto &r : m_ctx.workspace->regions())
        regions.insert(r.id, r.fullName.isEmpty() ? r.name : r.fullName);
    m_assessorTable->setRowCount(int(m_assessors.size()));
    for (int i = 0; i < m_assessors.size(); ++i) {
        const Assessor &a = m_assessors[i];
        const QString belongs = a.unitId ? names.value(a.unitId) : regions.value(a.regionId);
        const QStringList cells = {QString::number(a.id), a.name, belongs, stageName(a.stage)};
        fillTableRow(m_assessorTable, i, cells);
    }
    fitColumns(m_assessorTable);
    const int keep = m_assessorBox->currentData().toInt();
    const QSignalBlocker block(m_assessorBox);
    m_assessorBox->clear();
    for (const auto &a : m_assessors)
        m_assessorBox->addItem(QStringLiteral("%1 · %2").arg(a.name, stageName(a.stage)), a.id);
    if (const int i = m_assessorBox->findData(keep); i >= 0)
        m_assessorBox->setCurrentIndex(i);
    if (m_tabs->currentIndex() == 2) // the grid is read when its own tab is shown, not with the list of assessors
        loadGrid();
}

void AppraisalPage::addAssessor()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Add an assessor"), this);
    auto *name = new QLineEdit(&dialog);
    auto *unit = new UnitPicker(UnitNames::read(m_ctx.workspace->database()), &dialog);
    unit->setPlaceholderText(tr("The unit the assessor works in, if any"));
    auto *region = new QComboBox(&dialog);
    region->addItem(tr("(none)"), 0);
    for (const auto &r : m_ctx.workspace->regions())
        region->addItem(r.fullName.isEmpty() ? r.name : r.fullName, r.id);
    auto *stage = new QComboBox(&dialog);
    stage->addItem(stageName(QStringLiteral("local")), QStringLiteral("local"));
    stage->addItem(stageName(QStringLiteral("province")), QStringLiteral("province"));
    dialog.form()->addRow(tr("Name:"), name);
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Or bureau of region:"), region);
    dialog.form()->addRow(tr("Stage:"), stage);
    runForm(dialog, tr("Add an assessor"), [&] {
        const int unitId = unit->text().trimmed().isEmpty() ? 0 : unit->requiredUnitId();
        Command::addAssessor(m_ctx, {0, name->text().trimmed(), unitId, region->currentData().toInt(), stage->currentData().toString()});
    });
}

void AppraisalPage::removeSelectedAssessor()
{
    const int row = m_assessorTable->currentRow();
    if (row < 0 || row >= m_assessors.size())
        return;
    try {
        Command::removeAssessor(m_ctx, m_assessors[row]);
    } catch (const Failure &f) {
        warn(this, tr("Remove the assessor"), f.message());
    }
}

// ---- 评分录入

QWidget *AppraisalPage::buildScoreTab()
{
    auto *w = new QWidget(this);
    m_gridSearch->setPlaceholderText(tr("Find a unit by name or number"));
    m_gridSearch->setClearButtonEnabled(true);
    m_onlyScored->setChecked(true);
    connect(m_assessorBox, &QComboBox::currentIndexChanged, this, [this] { loadGrid(); });
    connect(m_gridSearch, &QLineEdit::returnPressed, this, [this] { loadGrid(); });
    connect(m_gridSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            loadGrid();
    });
    connect(m_onlyScored, &QCheckBox::toggled, this, [this] { loadGrid(); });
    m_gridView->setModel(m_grid);
    m_gridView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setUpListView(m_gridView);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems); // a spreadsheet: cells, not rows
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->horizontalHeader()->setStretchLastSection(false);
    m_gridView->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("班子建设班")) + 8);
    connect(m_grid, &ScoreGridModel::refused, this, [this](const QString &m) {
        m_gridMessage->setText(m);
        m_gridMessage->setStyleSheet(QStringLiteral("color: #b3261e"));
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Assessor:"), w));
    bar->addWidget(m_assessorBox, 1);
    bar->addWidget(m_gridSearch, 1);
    bar->addWidget(m_onlyScored);
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(bar);
    layout->addWidget(m_gridView, 1);
    layout->addWidget(m_gridMessage);
    layout->addWidget(new QLabel(tr("Type a score to start, Enter to save and go down, Tab to go right, Delete to clear; "
                                    "Ctrl+Z undoes cell by cell."),
                                 w));
    return w;
}

void AppraisalPage::selectAssessor(int assessorId)
{
    if (m_assessorBox->findData(assessorId) < 0) // not read yet (its tab not shown), or added since
        loadAssessors();
    m_assessorBox->setCurrentIndex(m_assessorBox->findData(assessorId));
    loadGrid();
}

bool AppraisalPage::isReadingGrid() const
{
    return m_gridRead->isReading();
}

void AppraisalPage::loadGrid()
{
    if (!m_ctx.workspace)
        return;
    if (m_gridRead->isReading()) {
        m_gridRead->dropRunning(); // another assessor, year or search while it read: read again when it ends
        return;
    }
    m_gridMessage->clear();
    m_gridMessage->setStyleSheet(QString());
    const int id = m_assessorBox->currentData().toInt();
    Assessor assessor;
    for (const auto &a : m_assessors)
        if (a.id == id)
            assessor = a;
    const int year = m_year->value();
    if (!assessor.id) {
        m_grid->setGrid(m_ctx, year, {}, {}, {}, {});
        return;
    }
    const bool onlyScored = m_onlyScored->isChecked();
    const QString needle = m_gridSearch->text().trimmed().toLower();
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    m_gridRead->start(m_ctx.workspace->database(), [this, year, assessor, onlyScored, needle, work](Database &db) -> BackgroundRead::Show {
        struct Read
        {
            IndicatorSystem system;
            std::vector<ScoreGridModel::Row> rows;
            QHash<QPair<int, int>, int> scores;
        };
        auto read = std::make_shared<Read>();
        WayUp w(db, work, QString());
        read->system = w.systems.currentSystem(year);
        read->scores = w.scoring.scoresOf(year, assessor.stage, assessor.id); // read once, for the rows and the grid
        QSet<int> scored; // only when the grid lists the scored units
        if (onlyScored)
            for (auto it = read->scores.cbegin(); it != read->scores.cend(); ++it)
                scored.insert(it.key().first);
        if (onlyScored && needle.isEmpty()) { // the scored units' names only
            const QHash<int, QString> names = UnitNames::of(db, scored.values());
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                read->rows.push_back({it.key(), it.value()});
        } else { // every unit is listed or searched
            const UnitNames names = UnitNames::read(db);
            for (int i = 0; i < names.size(); ++i) {
                const int unit = names.idAt(i);
                if (onlyScored && !scored.contains(unit))
                    continue;
                const QString name = names.nameAt(i);
                if (!needle.isEmpty() && !name.toLower().contains(needle) && QString::number(unit) != needle)
                    continue;
                read->rows.push_back({unit, name});
            }
        }
        std::sort(read->rows.begin(), read->rows.end(), [](const auto &a, const auto &b) { return a.unitId < b.unitId; });
        return [this, year, assessor, read] {
            m_gridMessage->clear();
            m_grid->setGrid(m_ctx, year, read->system, assessor, std::move(read->rows), std::move(read->scores));
            m_gridView->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("长春市南关区社会福利中心养老")));
            emit gridShown();
        };
    });
    if (m_gridRead->isReading())
        m_gridMessage->setText(tr("Reading the scores..."));
}

} // namespace cd
