// 创建台账: the campaign's activities (seed 000 §五(二); seed 001 §三2 建档) with date, kind, participants,
// description and attached files kept beside the data file. Recording, changing and deleting are undoable.
#pragma once

#include "pages/recordpage.h"

namespace cd {

class LedgerPage : public RecordPage
{
    Q_OBJECT

public:
    explicit LedgerPage(QWidget *parent = nullptr);
    void recordActivity();
    void editSelected();
    void deleteSelected();
    void openSelectedAttachment();
    const QList<Activity> &activities() const { return m_items; }
    int missingAttachments() const; // attachments whose stored file is gone, over all rows

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Activities; }
    void showRecords(const QList<Activity> &items, const QList<int> &missing);
    int unitOf(int row) const override { return m_items.value(row).unitId; }
    void activate(int) override { editSelected(); } // an activity opens for editing; 单位档案 is a button
    QList<double> printWeights() const override { return {1.2, 1.4, 0.8, 3.2, 0.8, 4, 2.4}; }

private:
    bool editActivity(Activity &a, const QString &title);

    QList<Activity> m_items;
    QList<int> m_missing; // per row
};

} // namespace cd
