// Small pieces every page shares: the page title, a read-only record table, and a form dialog with OK/Cancel.
#pragma once

#include "io/listexport.h"
#include "reports/reportdocument.h"

#include <QDialog>
#include <QStringList>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cd {

QLabel *makePageTitle(const QString &text, QWidget *parent);
void setUpRecordTable(QTableWidget *table, const QStringList &headers);
// A printable table of a list as the page shows it: one weight per column; numeric columns are right-aligned.
ReportDocument listReport(const ExportList &list, const QList<double> &weights, double pointSize, bool landscape);
// The rows of a record table as a list to export.
ExportList tableList(const QTableWidget *table, const QString &title, const QList<int> &numericColumns);

class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent);
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
};

} // namespace cd
