// The roster import's preview: the rows to add, the rows to update and the bad rows with their reasons.
// The clerk imports all of them (only when no row is bad), only the valid rows, or cancels.
#pragma once

#include "services/rosterimport.h"

#include <QDialog>

class QPushButton;
class QTabWidget;

namespace cd {

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent = nullptr);

    enum Choice { Cancelled, ImportAll, ImportValid };
    Choice choice() const { return m_choice; }
    QPushButton *importAllButton() const { return m_all; }
    QPushButton *importValidButton() const { return m_valid; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    Choice m_choice = Cancelled;
    QTabWidget *m_tabs;
    QPushButton *m_all, *m_valid;
};

} // namespace cd
