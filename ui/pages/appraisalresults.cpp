// 考核评比, the results with their reasons and the trace down to every raw score (DOMAIN.md §6).
#include "pages/appraisalpage.h"
#include <QItemSelectionModel>
#include "models/recordmodel.h"
#include "services/appraisalservice.h"
#include "dialogs/unitdossierdialog.h"

#include "models/scoregridmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "services/workspace.h"
#include "util/failure.h"

#include "exportactions.h"
#include "services/appraisalreports.h"

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
    auto *ledger = new QPushButton(tr("Score &ledger..."), w);
    ledger->setToolTip(tr("Every total traced to each assessor's score, with the fingerprint of the inputs on every page"));
    connect(ledger, &QPushButton::clicked, this, [this] {
        if (!m_ctx.workspace)
            return;
        try {
            const ReportDocument doc = AppraisalReports(m_ctx.workspace->database()).scoreLedger(m_year->value(), m_stage->currentData().toString());
            ExportActions::exportPdf(this, doc, tr("%1年计分说明.pdf").arg(m_year->value()));
        } catch (const Failure &f) {
            inform(this, tr("Score ledger"), f.message());
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Stage:"), w));
    bar->addWidget(m_stage);
    bar->addWidget(compute);
    bar->addStretch(1);
    bar->addWidget(forms);
    bar->addWidget(summary);
    bar->addWidget(ledger);
    // One model over the run's units: 85k units at a million take no table items (issue 14).
    m_results->setModel(m_resultModel);
    setUpListView(m_results);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSortingEnabled(true);
    m_results->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // best first, as appraised
    m_resultModel->setNumericColumns({0, 1, 3, 5});
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showTrace(); });
    connect(m_results, &QTableView::doubleClicked, this, [this] { // the unit's 档案 (issue 13 §1)
        if (const UnitAppraisal *u = currentResult(); u && m_ctx.workspace)
            UnitDossierDialog::open(m_ctx.workspace->database(), u->unitId, this);
    });
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
    const int year = m_year->value();
    const QString stage = m_stage->currentData().toString();
    const WorkCalendar work = m_ctx.workspace->workCalendar();
    // On a server or a large file the round is appraised by a thread of its own (at a million units, 85k units scored:
    // 9.5 s), the window usable meanwhile; the results shown stay until the new ones are there.
    m_computing->start(m_ctx.workspace->database(), [this, year, stage, work](Database &db) -> BackgroundRead::Show {
        try {
            auto run = std::make_shared<AppraisalRun>(AppraisalService(db, work, operatorName()).appraise(year, stage));
            return [this, run] { showResults(std::move(*run)); };
        } catch (const Failure &f) {
            const QString message = f.message();
            return [this, message] { showResultsFailure(message); };
        }
    });
    if (m_computing->isReading())
        m_trace->setPlainText(tr("Computing the results..."));
}

void AppraisalPage::showResultsFailure(const QString &message)
{
    m_run = {};
    m_resultOrder.clear();
    m_resultModel->reset(0, {});
    m_trace->setPlainText(message);
}

void AppraisalPage::showResults(AppraisalRun run)
{
    m_run = std::move(run);
    m_resultOrder.clear();
    m_resultOrder.reserve(m_run.units.size());
    for (const auto &u : m_run.units)
        m_resultOrder << &u;
    std::stable_sort(m_resultOrder.begin(), m_resultOrder.end(), [](const UnitAppraisal *a, const UnitAppraisal *b) {
        if (a->rank && b->rank)
            return *a->rank < *b->rank;
        if (a->rank || b->rank)
            return bool(a->rank);
        return a->total > b->total;
    });
    const QColor ineligible(0xB3, 0x26, 0x1E);
    m_resultModel->reset(int(m_resultOrder.size()), [this, ineligible](int row, int col, int role) -> QVariant {
        const UnitAppraisal &u = *m_resultOrder[row];
        if (role == Qt::ForegroundRole)
            return col == 6 && !u.eligible ? QVariant(ineligible) : QVariant();
        if (role == Qt::TextAlignmentRole) // 满意率 is a number too, though it prints and exports as "95.5%"
            return col == 4 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        if (role == Qt::EditRole) {
            switch (col) {
            case 0: return u.rank ? QVariant(*u.rank) : QVariant();
            case 1: return u.unitId;
            case 3: return u.total;
            case 4: return u.satisfaction ? QVariant(*u.satisfaction) : QVariant();
            case 5: return u.assessors;
            default: break;
            }
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case 0: return u.rank ? QString::number(*u.rank) : QString();
        case 1: return QString::number(u.unitId);
        case 2: return u.name;
        case 3: return QString::number(u.total, 'f', 2);
        case 4: return u.satisfaction ? QStringLiteral("%1%").arg(*u.satisfaction * 100, 0, 'f', 1) : tr("no survey");
        case 5: return QString::number(u.assessors);
        case 6: return u.eligible ? tr("Eligible") : tr("Not eligible");
        case 7: return wordings(u.reasons).join(tr("; "));
        }
        return {};
    });
    fitColumns(m_results);
    showTrace();
    emit resultsShown();
}

bool AppraisalPage::isComputing() const
{
    return m_computing->isReading();
}

void AppraisalPage::setBackgroundFrom(qint64 bytes)
{
    m_computing->setFrom(bytes);
    m_gridRead->setFrom(bytes);
}

const UnitAppraisal *AppraisalPage::currentResult() const
{
    const QModelIndex i = m_results->currentIndex();
    return i.isValid() ? m_resultOrder.value(m_resultModel->sourceRow(i.row())) : nullptr;
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
        for (const auto &a : way().scoring.assessors())
            assessorNames.insert(a.id, a.name);
    QStringList lines;
    lines << tr("%1 (unit %2), %3, %4 round: total %5 = the sum of the indicator scores below.")
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
        for (const auto &score : u->scoresOf(t))
            raw << QStringLiteral("%1 %2").arg(assessorNames.value(score.assessorId, QString::number(score.assessorId)),
                                               points(score.value));
        QStringList dropped;
        for (int d : t.dropped())
            dropped << points(d);
        lines << QStringLiteral("  %1 (%2): %3").arg(ind->name, points(ind->points), raw.join(QStringLiteral("，")))
                + (dropped.isEmpty() ? QString() : QStringLiteral("；") + tr("dropped highest and lowest %1").arg(dropped.join(QStringLiteral("、"))))
                + QStringLiteral(" → ") + tr("mean %1").arg(t.mean / 100.0, 0, 'f', 2);
    }
    if (!u->reasons.isEmpty())
        lines << QString() << tr("Not eligible:") << wordings(u->reasons);
    return lines.join(QLatin1Char('\n'));
}

void AppraisalPage::showTrace()
{
    if (const UnitAppraisal *u = currentResult())
        m_trace->setPlainText(traceText(u->unitId));
    else
        m_trace->clear();
}

ExportList AppraisalPage::visibleList() const
{
    return m_resultModel->shownList(listName());
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
