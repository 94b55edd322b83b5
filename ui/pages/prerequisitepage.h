// 创建条件: the prerequisites per unit per round (DOMAIN.md §5, seed 000 §五(二): creation standards published,
// a leading group set up, and kinds the office adds), each with its date and evidence. Set and clear are undoable.
#pragma once

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
    const QList<PrerequisiteRecord> &records() const { return m_items; }

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Prerequisites; }
    void showRecords(const QList<QPair<QString, QString>> &kinds, const QList<PrerequisiteRecord> &items);
    int unitOf(int row) const override { return m_items.value(row).unitId; }

private:
    QString kindName(const QString &code) const;

    QSpinBox *m_year;
    QList<PrerequisiteRecord> m_items;
    QList<QPair<QString, QString>> m_kinds;
};

} // namespace cd
