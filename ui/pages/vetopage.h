// 一票否决事件: the veto events (seed 000 §四(四)) with the unit, kind, date and note; events inside a unit's
// current veto window are highlighted. Recording and deleting are undoable.
#pragma once

#include "pages/pagekit.h"
#include "pages/recordpage.h"

namespace cd {

class VetoPage : public RecordPage
{
    Q_OBJECT

public:
    explicit VetoPage(QWidget *parent = nullptr);
    void recordEvent();
    void deleteSelected();
    void editEvidence();
    void addKind(); // a veto kind of the office's own, beside the seed's four
    const VetoEvent *selectedEvent() const;
    const QList<VetoEvent> &events() const { return m_events; } // newest first
    int highlightedRows() const; // of the rows shown

protected:
    Reader reader() override;
    Changes shows() const override { return Change::Vetoes; }
    int unitOf(int row) const override { return m_events[row].unitId; }
    QList<double> printWeights() const override { return {2, 2, 1.3, 5, 4, 3}; }
    bool printLandscape() const override { return true; }

private:
    void showRecords(const QList<VetoEvent> &events, const QList<bool> &inWindow);

    QList<VetoEvent> m_events;
    QList<bool> m_inWindow; // per event: inside the unit's current veto window
};

} // namespace cd
