// 满意度测评: the satisfaction surveys of a round (DOMAIN.md §5: issued, returned, 满意 / 基本满意 / 不满意;
// rate = (满意 + 基本满意) / returned), each with its rate; units whose rate over the round is below the minimum
// are flagged. Built on RecordModel, so a whole country's 300k surveys stay quick to sort and search.
#pragma once

#include "pages/recordpage.h"

#include <QHash>

class QCheckBox;
class QSpinBox;

namespace cd {

class SurveyPage : public RecordPage
{
    Q_OBJECT

public:
    explicit SurveyPage(QWidget *parent = nullptr);
    void setRoundYear(int year);
    int roundYear() const;
    void setOnlyBelowMinimum(bool on);
    void recordSurvey();
    void deleteSelected();
    const QList<Survey> &surveys() const { return m_items; }
    bool unitBelowMinimum(int unitId) const;
    int minimum() const { return m_minimum; } // per ten thousand

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Surveys; }
    void showRecords(const QList<Survey> &items, int minimum, const QHash<int, double> &unitRate);
    bool matches(int row, const QString &lowerNeedle) const override;
    bool hasOwnFilter() const override;
    bool keep(int row) const override { return unitBelowMinimum(m_items[row].unitId); }
    int unitOf(int row) const override { return m_items.value(row).unitId; }

private:
    QSpinBox *m_year;
    QCheckBox *m_onlyBelow;
    QList<Survey> m_items;
    QHash<int, double> m_unitRate; // the unit's rate over all its surveys of the round
    int m_minimum = 9000;
};

} // namespace cd
