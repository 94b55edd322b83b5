// 示范点: units tagged as demonstration points at 省, 市 or 县 level for a year (seed 001 §二9). Undoable.
#pragma once

#include "pages/recordpage.h"

class QComboBox;
class QSpinBox;

namespace cd {

class DemonstrationPage : public RecordPage
{
    Q_OBJECT

public:
    explicit DemonstrationPage(QWidget *parent = nullptr);
    void setYear(int year); // 0: every year
    void tagUnit();
    void removeSelected();
    const QList<DemonstrationPoint> &points() const { return m_items; }

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Demonstration; }
    void showRecords(const QList<DemonstrationPoint> &items);
    int unitOf(int row) const override { return m_items.value(row).unitId; }
    bool hasOwnFilter() const override;
    bool keep(int row) const override;

private:
    QSpinBox *m_year;
    QComboBox *m_level;
    QList<DemonstrationPoint> m_items;
};

} // namespace cd
