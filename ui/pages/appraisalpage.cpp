#include "pages/appraisalpage.h"
#include "models/recordmodel.h"

#include "dialogs/conflictdialog.h"

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

QString AppraisalPage::points(int hundredths)
{
    return QString::number(hundredths / 100.0, 'f', 2);
}

QString AppraisalPage::stageName(const QString &stage)
{
    return stage == QLatin1String("province") ? tr("Provincial assessment") : tr("Local appraisal");
}


AppraisalPage::AppraisalPage(QWidget *parent)
    : RoundPage(tr("Appraisal"), parent), m_tree(new QTreeWidget(this)), m_totals(new QLabel(this)), m_version(new QLabel(this)),
      m_passLine(new QDoubleSpinBox(this)), m_satisfaction(new QDoubleSpinBox(this)), m_trim(new QSpinBox(this)),
      m_assessorTable(new QTableWidget(0, 4, this)), m_assessorBox(new QComboBox(this)), m_gridSearch(new QLineEdit(this)),
      m_onlyScored(new QCheckBox(tr("Only units this assessor has scored"), this)), m_grid(new ScoreGridModel(this)),
      m_gridView(makeScoreView(this)), m_gridMessage(new QLabel(this)), m_stage(new QComboBox(this)), m_results(new QTableView(this)),
      m_resultModel(new RecordModel({tr("Rank"), tr("Unit no."), tr("Unit"), tr("Total"), tr("Satisfaction"), tr("Assessors"), tr("Result"), tr("Reasons")}, this)),
      m_trace(new QPlainTextEdit(this)), m_computing(new BackgroundRead(this)), m_gridRead(new BackgroundRead(this))
{
    m_tabs->addTab(buildSystemTab(), tr("Indicator system"));
    m_tabs->addTab(buildAssessorTab(), tr("Assessors"));
    m_tabs->addTab(buildScoreTab(), tr("Score entry"));
    m_tabs->addTab(buildResultTab(), tr("Results"));
    connect(m_computing, &BackgroundRead::again, this, &AppraisalPage::computeResults);
    connect(m_computing, &BackgroundRead::failed, this, &AppraisalPage::showResultsFailure);
    connect(m_gridRead, &BackgroundRead::again, this, [this] {
        if (isVisible() && m_tabs->currentIndex() == 2)
            loadGrid();
        else
            m_dirty = true; // read when the grid is next shown
    });
    connect(m_gridRead, &BackgroundRead::failed, this, [this](const QString &message) {
        m_gridMessage->setText(message);
        m_gridMessage->setStyleSheet(QStringLiteral("color: #b3261e"));
    });
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
}

Changes AppraisalPage::shows() const
{
    switch (m_tabs->currentIndex()) {
    case 0: return Change::Indicators | Change::Calendar;
    case 1: return Change::Assessors | Change::Units;
    case 2: return Change::Assessors | Change::Indicators | Change::Scores | Change::Units | Change::Calendar;
    default: // the results: a round's appraisal reads all of these
        return Change::Scores | Change::Indicators | Change::Assessors | Change::Recommendations | Change::Vetoes | Change::Prerequisites
            | Change::Surveys | Change::Units | Change::Calendar | Change::Other;
    }
}

void AppraisalPage::recordsChanged(Changes what, const QList<int> &units)
{
    const int tab = m_tabs->currentIndex();
    if (tab == 0)
        loadSystem();
    else if (tab == 1 || (tab == 2 && (what & (Change::Assessors | Change::Indicators | Change::Calendar))))
        loadAssessors();
    else if (tab == 2) {
        if (m_gridRead->isReading())
            m_gridRead->dropRunning(); // what it read may miss this change: read again when it ends
        else if (what & Change::Units)
            loadGrid(); // the rows themselves: a unit added, renamed or removed
        else if (m_grid->isSaving())
            ; // the grid's own edit is on it already
        else if (!units.isEmpty())
            m_grid->reloadUnits(units); // an undo, a redo, another clerk's score: the rows of its units alone
        else
            m_grid->reloadScores();
    } else
        computeResults();
}

void AppraisalPage::fileChanged()
{
    // What is read of the file that was open is never shown on the new one: read again when those reads end.
    m_computing->dropRunning();
    m_gridRead->dropRunning();
}

void AppraisalPage::reload()
{
    if (!m_ctx.workspace)
        return;
    m_dirty = false;
    // A reload (the page shown again, another clerk's change) never drops an indicator-system edit not yet saved.
    if (!hasUnsavedSystem())
        loadSystem();
    // The assessors and the score grid are read when their tab is shown (a page reads what it shows).
    if (m_tabs->currentIndex() == 1 || m_tabs->currentIndex() == 2)
        loadAssessors();
    showResultsFailure({});
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
        s = w.systems.currentSystem(m_year->value());
        frozen = w.systems.systemFrozen(m_year->value());
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
    m_loaded = editedSystem();
    m_read = s;
}

bool AppraisalPage::hasUnsavedSystem() const
{
    if (!m_ctx.workspace || m_loaded.indicators.isEmpty())
        return false;
    const IndicatorSystem now = editedSystem();
    if (now.roundYear != m_loaded.roundYear)
        return false;
    return !IndicatorSystems::sameSystem(now, m_loaded); // both read off the editor, so their versions agree
}

bool AppraisalPage::confirmLeave()
{
    if (!hasUnsavedSystem())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved indicator system"),
                    tr("The %1 indicator system has changes that are not saved. Save them?").arg(m_loaded.roundYear),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    runDialog(box);
    const auto choice = box.standardButton(box.clickedButton());
    if (choice == QMessageBox::Save)
        return saveSystem();
    if (choice == QMessageBox::Discard) {
        loadSystem();
        return true;
    }
    return false;
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
    if (way().systems.systemFrozen(edited.roundYear)) {
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
        // Onto the system as this page read it: when another clerk saved it meanwhile, both are shown and she decides.
        std::optional<IndicatorSystem> asRead = m_read;
        while (asRead) {
            try {
                return Command::saveIndicatorSystem(m_ctx, edited, reason, *asRead);
            } catch (const EditConflict &) {
                asRead = ConflictDialog::decide(*m_ctx.workspace, edited, this);
            }
        }
        loadSystem(); // theirs kept: show it
        return false;
    } catch (const Failure &f) {
        warn(this, tr("Save the indicator system"), f.message());
        return false;
    }
}

} // namespace cd
