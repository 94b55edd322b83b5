#include "pages/surveypage.h"
#include "widgets/datefield.h"

#include "models/recordmodel.h"
#include "pages/pagekit.h"
#include "pages/recordwidgets.h"
#include "rules/vetorules.h"
#include "services/recordservice.h"
#include "services/workspace.h"
#include "util/failure.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>

namespace cd {

namespace {
enum Column { UnitNo, UnitName, Date, Issued, Returned, Satisfied, Basic, Dissatisfied, Rate, Verdict };

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100, 0, 'f', 1);
}
} // namespace

SurveyPage::SurveyPage(QWidget *parent)
    : RecordPage(tr("Satisfaction surveys"),
                 {tr("Unit no."), tr("Unit"), tr("Date"), tr("Issued"), tr("Returned"), tr("Satisfied"), tr("Basically satisfied"),
                  tr("Dissatisfied"), tr("Rate"), tr("Unit over the round")},
                 parent),
      m_year(makeRoundYearBox(this)), m_onlyBelow(new QCheckBox(tr("Only units below the minimum"), this))
{
    addButton(tr("&Record survey..."), [this] { recordSurvey(); });
    addButton(tr("&Delete"), [this] { deleteSelected(); }, true);
    addToolWidget(new QLabel(tr("Round:"), this));
    addToolWidget(m_year);
    addToolWidget(m_onlyBelow);
    setColumnWidths({4, 16, 6, 4, 4, 4, 5, 4, 4, 12});
    model()->setNumericColumns({UnitNo, Issued, Returned, Satisfied, Basic, Dissatisfied, Rate});
    connect(m_year, &QSpinBox::valueChanged, this, [this] { markDirty(); });
    connect(m_onlyBelow, &QCheckBox::toggled, this, [this] { applySearchNow(); });
}

void SurveyPage::setRoundYear(int year)
{
    m_year->setValue(year);
}

int SurveyPage::roundYear() const
{
    return m_year->value();
}

void SurveyPage::setOnlyBelowMinimum(bool on)
{
    m_onlyBelow->setChecked(on);
}

bool SurveyPage::unitBelowMinimum(int unitId) const
{
    const auto it = m_unitRate.constFind(unitId);
    return it != m_unitRate.constEnd() && *it * 10000 < m_minimum - 1e-6;
}

RecordPage::Reader SurveyPage::reader()
{
    const int year = m_year->value();
    return [this, year](Database &db) -> Show {
        const SurveyService service(db);
        const QList<Survey> items = service.surveys(year);
        const int minimum = service.satisfactionMinimum(year);
        // The unit's rate over all its surveys of the round; the surveys come ordered by unit.
        QHash<int, double> unitRate;
        for (qsizetype i = 0, end = 0; i < items.size(); i = end) {
            for (end = i; end < items.size() && items[end].unitId == items[i].unitId;)
                ++end;
            if (const auto r = satisfactionRate(items.mid(i, end - i)))
                unitRate.insert(items[i].unitId, *r);
        }
        return [this, items, minimum, unitRate] { showRecords(items, minimum, unitRate); };
    };
}

void SurveyPage::showRecords(const QList<Survey> &items, int minimum, const QHash<int, double> &unitRate)
{
    m_items = items;
    m_minimum = minimum;
    m_unitRate = unitRate;
    model()->reset(int(m_items.size()), [this](int row, int col, int role) -> QVariant {
        // Asked for every cell painted (text, alignment, colours): only the roles it answers do any work.
        if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ForegroundRole)
            return {};
        const Survey &s = m_items[row];
        const bool below = unitBelowMinimum(s.unitId);
        if (role == Qt::ForegroundRole)
            return below && (col == Rate || col == Verdict) ? QVariant(QColor(0xB3, 0x26, 0x1E)) : QVariant();
        const auto rate = col == Rate ? satisfactionRate({s}) : std::nullopt;
        if (role == Qt::EditRole) {
            switch (col) {
            case UnitNo: return s.unitId;
            case Date: return s.date;
            case Issued: return s.issued;
            case Returned: return s.returned;
            case Satisfied: return s.satisfied;
            case Basic: return s.basic;
            case Dissatisfied: return s.dissatisfied;
            case Rate: return rate ? QVariant(*rate) : QVariant();
            case Verdict: return m_unitRate.contains(s.unitId) ? QVariant(m_unitRate.value(s.unitId)) : QVariant();
            default: break;
            }
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        switch (col) {
        case UnitNo: return QString::number(s.unitId);
        case UnitName: return unitName(s.unitId);
        case Date: return s.date.toString(Qt::ISODate);
        case Issued: return QString::number(s.issued);
        case Returned: return QString::number(s.returned);
        case Satisfied: return QString::number(s.satisfied);
        case Basic: return QString::number(s.basic);
        case Dissatisfied: return QString::number(s.dissatisfied);
        case Rate: return rate ? percent(*rate) : tr("none returned");
        case Verdict: {
            if (!m_unitRate.contains(s.unitId))
                return tr("none returned");
            const QString r = percent(m_unitRate.value(s.unitId));
            return below ? tr("%1, below the minimum %2").arg(r, percent(m_minimum / 10000.0)) : r;
        }
        }
        return {};
    });
}

bool SurveyPage::matches(int row, const QString &needle) const
{
    const Survey &s = m_items[row];
    return QString::number(s.unitId) == needle || unitName(s.unitId).toLower().contains(needle);
}

bool SurveyPage::hasOwnFilter() const
{
    return m_onlyBelow->isChecked();
}

void SurveyPage::recordSurvey()
{
    if (!m_ctx.workspace)
        return;
    FormDialog dialog(tr("Record a survey"), this);
    auto *unit = new UnitPicker(unitChoices(), &dialog);
    if (const int row = currentRow(); row >= 0)
        unit->setUnitId(m_items[row].unitId);
    auto *date = new DateField(m_today, &dialog);
    const auto count = [&dialog] {
        auto *s = new QSpinBox(&dialog);
        s->setRange(0, 10000000);
        return s;
    };
    QSpinBox *issued = count(), *returned = count(), *satisfied = count(), *basic = count(), *dissatisfied = count();
    auto *rate = new QLabel(&dialog);
    const auto updateRate = [=] {
        const Survey s{0, 0, 0, {}, issued->value(), returned->value(), satisfied->value(), basic->value(), dissatisfied->value()};
        const auto r = satisfactionRate({s});
        rate->setText(r ? percent(*r) : tr("none returned"));
    };
    for (QSpinBox *s : {issued, returned, satisfied, basic, dissatisfied})
        connect(s, &QSpinBox::valueChanged, &dialog, updateRate);
    updateRate();
    dialog.form()->addRow(tr("Unit:"), unit);
    dialog.form()->addRow(tr("Date:"), date);
    dialog.form()->addRow(tr("Questionnaires issued:"), issued);
    dialog.form()->addRow(tr("Returned:"), returned);
    dialog.form()->addRow(tr("Satisfied:"), satisfied);
    dialog.form()->addRow(tr("Basically satisfied:"), basic);
    dialog.form()->addRow(tr("Dissatisfied:"), dissatisfied);
    dialog.form()->addRow(tr("Rate:"), rate);
    runForm(dialog, tr("Record a survey"), [&] {
        Command::addSurvey(m_ctx, {0, unit->requiredUnitId(), m_year->value(), date->date(), issued->value(), returned->value(),
                                   satisfied->value(), basic->value(), dissatisfied->value()});
    });
}

void SurveyPage::deleteSelected()
{
    onSelected(tr("Delete the survey"), [this](int row) { Command::deleteSurvey(m_ctx, m_items[row]); });
}

} // namespace cd
