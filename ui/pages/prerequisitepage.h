// 创建条件: the prerequisites per unit per round (DOMAIN.md §5, seed 000 §五(二): creation standards published,
// a leading group set up, and kinds the office adds), each with its date and evidence. Set and clear are undoable.
#pragma once

#include "domain/recordtables.h"
#include "pages/recordpage.h"

#include <QPair>

class QSpinBox;

namespace cd {

class PrerequisitePage : public RecordPage
{
    Q_OBJECT

public:
    explicit PrerequisitePage(QWidget *parent = nullptr);
    void setRoundYear(int year);
    void recordPrerequisite();
    void clearSelected();
    // The rows read (the round's prerequisites of every unit, compactly), and one of them whole.
    int recordCount() const { return m_items.size(); }
    PrerequisiteRecord record(int row) const { return m_items.at(row); }

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Prerequisites; }
    void showRecords(const QList<QPair<QString, QString>> &kinds, PrerequisiteTable items);
    int unitOf(int row) const override { return row >= 0 && row < m_items.size() ? m_items.unitId(row) : 0; }

private:
    QString kindName(const QString &code) const;

    QSpinBox *m_year;
    PrerequisiteTable m_items;
    QList<QPair<QString, QString>> m_kinds;
};

} // namespace cd
