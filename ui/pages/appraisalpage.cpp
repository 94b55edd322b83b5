#include "pages/appraisalpage.h"

#include "exportactions.h"
#include "models/scoregridmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/appraisalreports.h"
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

QString points(int hundredths)
{
    return QString::number(hundredths / 100.0, 'f', 2);
}

QString stageName(const QString &stage)
{
    return stage == QLatin1String("province") ? AppraisalPage::tr("Provincial assessment") : AppraisalPage::tr("Local appraisal");
}

} // namespace

AppraisalPage::AppraisalPage(QWidget *parent)
    : QWidget(parent), m_year(new QSpinBox(this)), m_tabs(new QTabWidget(this)), m_tree(new QTreeWidget(this)), m_totals(new QLabel(this)),
      m_version(new QLabel(this)), m_passLine(new QDoubleSpinBox(this)), m_satisfaction(new QDoubleSpinBox(this)), m_trim(new QSpinBox(this)),
      m_assessorTable(new QTableWidget(0, 4, this)), m_assessorBox(new QComboBox(this)), m_gridSearch(new QLineEdit(this)),
      m_onlyScored(new QCheckBox(tr("Only units this assessor has scored"), this)), m_grid(new ScoreGridModel(this)),
      m_gridView(new ScoreView(this)), m_gridMessage(new QLabel(this)), m_stage(new QComboBox(this)), m_results(new QTableWidget(0, 8, this)),
      m_trace(new QPlainTextEdit(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Appraisal"), this));
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Round:"), this));
    m_year->setRange(2000, 2100);
    m_year->setSingleStep(2);
    m_year->setValue(QDate::currentDate().year() + QDate::currentDate().year() % 2);
    fitSpinBox(m_year, QStringLiteral("2000"));
    top->addWidget(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
    m_tabs->addTab(buildSystemTab(), tr("Indicator system"));
    m_tabs->addTab(buildAssessorTab(), tr("Assessors"));
    m_tabs->addTab(buildScoreTab(), tr("Score entry"));
    m_tabs->addTab(buildResultTab(), tr("Results"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (!m_ctx.workspace)
            return;
        if (i == 0)
            loadSystem();
        else if (i == 1 || i == 2)
            loadAssessors();
        else
            computeResults();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

WayUp AppraisalPage::way() const
{
    return WayUp(m_ctx.workspace->database(), m_ctx.workspace->workCalendar(), operatorName());
}

void AppraisalPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    if (m_ctx.notifier)
        disconnect(m_ctx.notifier, nullptr, this, nullptr);
    m_ctx = ctx;
    m_today = today;
    m_dirty = true;
    connect(ctx.notifier, &DataNotifier::recordsChanged, this, [this] {
        if (!isVisible())
            return;
        const int tab = m_tabs->currentIndex();
        if (tab == 0)
            loadSystem();
        else if (tab == 1 || (tab == 2 && way().assessors().size() != m_assessors.size()))
            loadAssessors();
        else if (tab == 2)
            m_grid->reloadScores();
        else
            computeResults();
    });
    if (isVisible())
        reload();
}

void AppraisalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void AppraisalPage::setRoundYear(int year)
{
    m_year->setValue(year);
}

int AppraisalPage::roundYear() const
{
    return m_year->value();
}

void AppraisalPage::reload()
{
    if (!m_ctx.workspace)
        return;
    m_dirty = false;
    loadSystem();
    loadAssessors();
    m_run = {};
    m_results->setRowCount(0);
    m_trace->clear();
    if (m_tabs->currentIndex() == 3)
        computeResults();
}

// ---- 测评体系

QWidget *AppraisalPage::buildSystemTab()
{
    auto *w = new QWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Area / indicator"), tr("Points")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("小计 100.00")) + 24);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_loading)
            updateTotals();
    });
    m_passLine->setRange(0, 1000);
    m_passLine->setDecimals(2);
    m_satisfaction->setRange(0, 100);
    m_satisfaction->setDecimals(2);
    m_satisfaction->setSuffix(QStringLiteral("%"));
    m_trim->setRange(3, 99);
    for (QAbstractSpinBox *b : {static_cast<QAbstractSpinBox *>(m_passLine), static_cast<QAbstractSpinBox *>(m_satisfaction),
                                static_cast<QAbstractSpinBox *>(m_trim)})
        fitSpinBox(b, QStringLiteral("100.00%"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Pass line (points):"), m_passLine);
    form->addRow(tr("Satisfaction minimum:"), m_satisfaction);
    form->addRow(tr("Trim highest and lowest from this many assessors:"), m_trim);
    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, std::function<void()> f) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, [f] { f(); });
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add &indicator"), [this] { addIndicator(); });
    button(tr("Add a&rea"), [this] {
        m_loading = true;
        auto *area = new QTreeWidgetItem(m_tree, {tr("New area"), QString()});
        area->setFlags(area->flags() | Qt::ItemIsEditable);
        auto *ind = new QTreeWidgetItem(area, {tr("New indicator"), QStringLiteral("1.00")});
        ind->setFlags(ind->flags() | Qt::ItemIsEditable);
        area->setExpanded(true);
        m_loading = false;
        m_tree->setCurrentItem(area);
        updateTotals();
    });
    button(tr("Re&move"), [this] { removeIndicator(); });
    buttons->addStretch(1);
    button(tr("&Save the indicator system"), [this] { saveSystem(); });
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_version);
    m_version->setWordWrap(true);
    layout->addWidget(m_tree, 1);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return w;
}

void AppraisalPage::loadSystem()
{
    if (!m_ctx.workspace)
        return;
    IndicatorSystem s;
    bool frozen = false;
    try {
        WayUp w = way();
        s = w.currentSystem(m_year->value());
        frozen = w.systemFrozen(m_year->value());
    } catch (const Failure &f) {
        m_version->setText(f.message());
        return;
    }
    m_loading = true;
    m_tree->clear();
    QTreeWidgetItem *area = nullptr;
    for (const auto &i : s.indicators) {
        if (!area || area->text(0) != i.areaName) {
            area = new QTreeWidgetItem(m_tree, {i.areaName, QString()});
            area->setFlags(area->flags() | Qt::ItemIsEditable);
            area->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(area, {i.name, points(i.points)});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_passLine->setValue(s.passLine / 100.0);
    m_satisfaction->setValue(s.satisfactionMin / 100.0);
    m_trim->setValue(s.trimMinAssessors);
    QString v = tr("Version %1 of the %2 indicator system.").arg(s.version).arg(s.roundYear);
    if (!s.reason.isEmpty())
        v += QLatin1Char(' ') + tr("Reason for this version: %1").arg(s.reason);
    v += QLatin1Char(' ')
        + (frozen ? tr("Frozen: scores were given under it. Saving makes a new version and asks for the reason.")
                  : tr("No score yet: changes are saved into this version."));
    m_version->setText(v);
    m_loading = false;
    updateTotals();
}

IndicatorSystem AppraisalPage::editedSystem() const
{
    IndicatorSystem s;
    s.roundYear = m_year->value();
    s.passLine = int(std::lround(m_passLine->value() * 100));
    s.satisfactionMin = int(std::lround(m_satisfaction->value() * 100));
    s.trimMinAssessors = m_trim->value();
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        const QTreeWidgetItem *area = m_tree->topLevelItem(a);
        for (int i = 0; i < area->childCount(); ++i) {
            const QTreeWidgetItem *ind = area->child(i);
            bool ok = false;
            const double p = ind->text(1).trimmed().toDouble(&ok);
            s.indicators << Indicator{0, 0, area->text(0).trimmed(), ind->text(0).trimmed(), ok ? int(std::lround(p * 100)) : -1};
        }
    }
    return s;
}

QString AppraisalPage::runningTotals() const
{
    return m_totals->text();
}

void AppraisalPage::updateTotals()
{
    m_loading = true;
    int total = 0;
    QStringList areas;
    bool bad = false;
    for (int a = 0; a < m_tree->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_tree->topLevelItem(a);
        int sub = 0;
        for (int i = 0; i < area->childCount(); ++i) {
            bool ok = false;
            const double p = area->child(i)->text(1).trimmed().toDouble(&ok);
            const bool valid = ok && p > 0;
            area->child(i)->setForeground(1, valid ? palette().text().color() : QColor(0xB3, 0x26, 0x1E));
            bad = bad || !valid;
            sub += valid ? int(std::lround(p * 100)) : 0;
        }
        area->setText(1, tr("subtotal %1").arg(points(sub)));
        area->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        areas << QStringLiteral("%1 %2").arg(area->text(0), points(sub));
        total += sub;
    }
    m_totals->setText(tr("Total %1 points (%2)").arg(points(total), areas.join(QStringLiteral(" + ")))
                      + (bad ? QStringLiteral("  ") + tr("Red: points must be a number above 0.") : QString()));
    m_loading = false;
}

void AppraisalPage::addIndicator()
{
    QTreeWidgetItem *cur = m_tree->currentItem();
    if (!cur)
        cur = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    if (!cur)
        return;
    QTreeWidgetItem *area = cur->parent() ? cur->parent() : cur;
    m_loading = true;
    auto *item = new QTreeWidgetItem({tr("New indicator"), QStringLiteral("1.00")});
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    area->insertChild(cur->parent() ? area->indexOfChild(cur) + 1 : area->childCount(), item);
    m_loading = false;
    m_tree->setCurrentItem(item, 0);
    updateTotals();
}

void AppraisalPage::removeIndicator()
{
    QTreeWidgetItem *cur = m_tree->currentItem();
    if (!cur)
        return;
    delete cur;
    updateTotals();
}

bool AppraisalPage::saveSystem()
{
    if (!m_ctx.workspace)
        return false;
    const IndicatorSystem edited = editedSystem();
    QString reason;
    if (way().systemFrozen(edited.roundYear)) {
        bool ok = false;
        reason = askText(this, tr("New version of the indicator system"),
                                                tr("Scores were already given under this indicator system, so the change becomes a new "
                                                   "version; the old scores keep theirs. Why is it changed?"),
                                                QString(), &ok)
                     .trimmed();
        if (!ok || reason.isEmpty())
            return false;
    }
    try {
        return Command::saveIndicatorSystem(m_ctx, edited, reason);
    } catch (const Failure &f) {
        warn(this, tr("Save the indicator system"), f.message());
        return false;
    }
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
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("An assessor never scores the unit they belong to (DOMAIN.md §6)."), w));
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(buttons);
    layout->addWidget(m_assessorTable, 1);
    return w;
}

void AppraisalPage::loadAssessors()
{
    if (!m_ctx.workspace)
        return;
    m_assessors = way().assessors();
    const auto names = m_ctx.workspace->unitNames();
    QHash<int, QString> regions;
    for (const auto &r : m_ctx.workspace->regions())
        regions.insert(r.id, r.fullName.isEmpty() ? r.name : r.fullName);
    m_assessorTable->setRowCount(int(m_assessors.size()));
    for (int i = 0; i < m_assessors.size(); ++i) {
        const Assessor &a = m_assessors[i];
        const QString belongs = a.unitId ? names.value(a.unitId) : regions.value(a.regionId);
        const QStringList cells = {QString::number(a.id), a.name, belongs, stageName(a.stage)};
        for (int c = 0; c < cells.size(); ++c)
            m_assessorTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_assessorTable->resizeColumnsToContents();
    const int keep = m_assessorBox->currentData().toInt();
    const QSignalBlocker block(m_assessorBox);
    m_assessorBox->clear();
    for (const auto &a : m_assessors)
        m_assessorBox->addItem(QStringLiteral("%1 · %2").arg(a.name, stageName(a.stage)), a.id);
    if (const int i = m_assessorBox->findData(keep); i >= 0)
        m_assessorBox->setCurrentIndex(i);
    loadGrid();
}

void AppraisalPage::addAssessor()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Add an assessor"), this);
    auto *name = new QLineEdit(&dialog);
    const QHash<int, QString> names = m_ctx.workspace->unitNames();
    auto *unit = new UnitPicker(names, &dialog);
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
    while (runDialog(dialog) == QDialog::Accepted) {
        try {
            if (!unit->text().trimmed().isEmpty() && !unit->unitId())
                failInput(tr("\"%1\" is not a unit of the roster. Pick one from the list.").arg(unit->text()));
            Command::addAssessor(m_ctx, {0, name->text().trimmed(), unit->unitId(), region->currentData().toInt(), stage->currentData().toString()});
            return;
        } catch (const Failure &f) {
            warn(&dialog, tr("Add an assessor"), f.message());
        }
    }
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
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->verticalHeader()->hide();
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_gridView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_gridView->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("班子建设班")) + 8);
    m_gridView->setAlternatingRowColors(true);
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
    m_assessorBox->setCurrentIndex(m_assessorBox->findData(assessorId));
    loadGrid();
}

void AppraisalPage::loadGrid()
{
    if (!m_ctx.workspace)
        return;
    m_gridMessage->clear();
    m_gridMessage->setStyleSheet(QString());
    const int id = m_assessorBox->currentData().toInt();
    Assessor assessor;
    for (const auto &a : m_assessors)
        if (a.id == id)
            assessor = a;
    if (!assessor.id) {
        m_grid->setGrid(m_ctx, m_year->value(), {}, {}, {});
        return;
    }
    WayUp w = way();
    const IndicatorSystem system = w.currentSystem(m_year->value());
    QSet<int> scored;
    if (m_onlyScored->isChecked()) {
        const auto scores = w.scoresOf(m_year->value(), assessor.stage, assessor.id);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            scored.insert(it.key().first);
    }
    const QString needle = m_gridSearch->text().trimmed().toLower();
    const QHash<int, QString> names = m_ctx.workspace->unitNames();
    std::vector<ScoreGridModel::Row> rows;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (m_onlyScored->isChecked() && needle.isEmpty() && !scored.contains(it.key()))
            continue;
        if (!needle.isEmpty() && !it.value().toLower().contains(needle) && QString::number(it.key()) != needle)
            continue;
        rows.push_back({it.key(), it.value()});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.unitId < b.unitId; });
    m_grid->setGrid(m_ctx, m_year->value(), system, assessor, std::move(rows));
    m_gridView->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("长春市南关区社会福利中心养老")));
}

// ---- 评比结果

QWidget *AppraisalPage::buildResultTab()
{
    auto *w = new QWidget(this);
    m_stage->addItem(stageName(QStringLiteral("local")), QStringLiteral("local"));
    m_stage->addItem(stageName(QStringLiteral("province")), QStringLiteral("province"));
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { computeResults(); });
    auto *compute = new QPushButton(tr("Re&compute"), w);
    connect(compute, &QPushButton::clicked, this, &AppraisalPage::computeResults);
    auto *forms = new QPushButton(tr("Appraisal &forms..."), w);
    connect(forms, &QPushButton::clicked, this, [this] {
        if (!m_ctx.workspace)
            return;
        try {
            const ReportDocument doc = AppraisalReports(m_ctx.workspace->database()).appraisalForms(m_year->value(), 0, m_stage->currentData().toString());
            ExportActions::exportPdf(this, doc, tr("%1年考核评分表.pdf").arg(m_year->value()));
        } catch (const Failure &f) {
            inform(this, tr("Appraisal forms"), f.message());
        }
    });
    auto *summary = new QPushButton(tr("&Summary..."), w);
    connect(summary, &QPushButton::clicked, this, [this] {
        if (!m_ctx.workspace)
            return;
        try {
            ExportActions::printReport(this, AppraisalReports(m_ctx.workspace->database()).summary(m_year->value(), m_stage->currentData().toString()));
        } catch (const Failure &f) {
            inform(this, tr("Summary"), f.message());
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Stage:"), w));
    bar->addWidget(m_stage);
    bar->addWidget(compute);
    bar->addStretch(1);
    bar->addWidget(forms);
    bar->addWidget(summary);
    setUpRecordTable(m_results, {tr("Rank"), tr("Unit no."), tr("Unit"), tr("Total"), tr("Satisfaction"), tr("Assessors"), tr("Result"),
                                 tr("Reasons")});
    connect(m_results, &QTableWidget::currentCellChanged, this, [this] { showTrace(); });
    m_trace->setReadOnly(true);
    m_trace->setPlaceholderText(tr("Pick a unit to see how its total was made, down to every assessor's score."));
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_results);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(w);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    return w;
}

void AppraisalPage::setResultStage(const QString &stage)
{
    m_stage->setCurrentIndex(m_stage->findData(stage));
    computeResults();
}

void AppraisalPage::computeResults()
{
    if (!m_ctx.workspace)
        return;
    try {
        m_run = way().appraise(m_year->value(), m_stage->currentData().toString());
    } catch (const Failure &f) {
        m_run = {};
        m_results->setRowCount(0);
        m_trace->setPlainText(f.message());
        return;
    }
    QList<const UnitAppraisal *> order;
    for (const auto &u : m_run.units)
        order << &u;
    std::stable_sort(order.begin(), order.end(), [](const UnitAppraisal *a, const UnitAppraisal *b) {
        if (a->rank && b->rank)
            return *a->rank < *b->rank;
        if (a->rank || b->rank)
            return bool(a->rank);
        return a->total > b->total;
    });
    m_results->setRowCount(int(order.size()));
    const QColor ineligible(0xB3, 0x26, 0x1E);
    for (int i = 0; i < order.size(); ++i) {
        const UnitAppraisal &u = *order[i];
        const QStringList cells = {u.rank ? QString::number(*u.rank) : QString(), QString::number(u.unitId), u.name,
                                   QString::number(u.total, 'f', 2),
                                   u.satisfaction ? QStringLiteral("%1%").arg(*u.satisfaction * 100, 0, 'f', 1) : tr("no survey"),
                                   QString::number(u.assessors), u.eligible ? tr("Eligible") : tr("Not eligible"),
                                   u.reasons.join(QStringLiteral("；"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, u.unitId);
            if (!u.eligible && c == 6)
                item->setForeground(ineligible);
            if (c == 0 || c == 1 || c == 3 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(i, c, item);
        }
    }
    m_results->resizeColumnsToContents();
    showTrace();
}

QString AppraisalPage::traceText(int unitId) const
{
    const UnitAppraisal *u = nullptr;
    for (const auto &x : m_run.units)
        if (x.unitId == unitId)
            u = &x;
    if (!u)
        return {};
    QHash<int, const Indicator *> indicators;
    for (const auto &i : m_run.system.indicators)
        indicators.insert(i.id, &i);
    QHash<int, QString> assessorNames;
    if (m_ctx.workspace)
        for (const auto &a : way().assessors())
            assessorNames.insert(a.id, a.name);
    QStringList lines;
    lines << tr("%1 (unit %2), %3, %4 round: total %5 = the sum of the indicator scores below (DOMAIN.md §6).")
                 .arg(u->name)
                 .arg(u->unitId)
                 .arg(stageName(m_run.stage))
                 .arg(m_run.roundYear)
                 .arg(u->total, 0, 'f', 2);
    QString area;
    for (const auto &t : u->trace) {
        const Indicator *ind = indicators.value(t.indicatorId);
        if (!ind)
            continue;
        if (ind->areaName != area) {
            area = ind->areaName;
            lines << QString() << tr("%1: subtotal %2").arg(area).arg(u->areaTotals.value(ind->areaId), 0, 'f', 2);
        }
        QStringList raw;
        for (int k = 0; k < t.raw.size(); ++k)
            raw << QStringLiteral("%1 %2").arg(assessorNames.value(t.assessorIds.value(k), QString::number(t.assessorIds.value(k))),
                                               points(t.raw[k]));
        QStringList dropped;
        for (int d : t.dropped)
            dropped << points(d);
        lines << QStringLiteral("  %1 (%2): %3").arg(ind->name, points(ind->points), raw.join(QStringLiteral("，")))
                + (dropped.isEmpty() ? QString() : QStringLiteral("；") + tr("dropped highest and lowest %1").arg(dropped.join(QStringLiteral("、"))))
                + QStringLiteral(" → ") + tr("mean %1").arg(t.mean / 100.0, 0, 'f', 2);
    }
    if (!u->reasons.isEmpty())
        lines << QString() << tr("Not eligible:") << u->reasons;
    return lines.join(QLatin1Char('\n'));
}

void AppraisalPage::showTrace()
{
    const int row = m_results->currentRow();
    if (row < 0 || !m_results->item(row, 1)) {
        m_trace->clear();
        return;
    }
    m_trace->setPlainText(traceText(m_results->item(row, 1)->data(Qt::UserRole).toInt()));
}

ExportList AppraisalPage::visibleList() const
{
    return tableList(m_results, listName(), {0, 1, 3, 5});
}

ReportDocument AppraisalPage::visibleReport() const
{
    return listReport(visibleList(), {0.8, 1, 4, 1.2, 1.2, 1, 1.4, 6}, 10.5, true);
}

QString AppraisalPage::listName() const
{
    return tr("%1 appraisal results (%2)").arg(m_year->value()).arg(stageName(m_stage->currentData().toString()));
}

} // namespace cd
