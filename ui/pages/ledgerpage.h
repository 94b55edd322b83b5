// 创建台账: the campaign's activities (seed 000 §五(二); seed 001 §三2 建档) with date, kind, participants,
// description and attached files kept beside the data file. Recording, changing and deleting are undoable.
#pragma once

#include "domain/recordtables.h"
#include "pages/recordpage.h"

#include <vector>

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
    // The rows read (all the file's activities, compactly), and one of them whole.
    int activityCount() const { return m_items.size(); }
    Activity activity(int row) const { return m_items.at(row); }
    int missingAttachments() const; // attachments whose stored file is gone, over all rows

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Activities; }
    void showRecords(ActivityTable items, std::vector<quint16> missing);
    int unitOf(int row) const override { return row >= 0 && row < m_items.size() ? m_items.unitId(row) : 0; }
    void activate(int) override { editSelected(); } // an activity opens for editing; 单位档案 is a button
    QList<double> printWeights() const override { return {1.2, 1.4, 0.8, 3.2, 0.8, 4, 2.4}; }

private:
    bool editActivity(Activity &a, const QString &title);

    ActivityTable m_items;
    std::vector<quint16> m_missing; // per row: its attached files whose stored copy is gone
};

} // namespace cd
