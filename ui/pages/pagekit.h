// Small pieces every page shares: the page title, a read-only record table, and a form dialog with OK/Cancel.
#pragma once

#include <QDialog>
#include <QStringList>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cd {

QLabel *makePageTitle(const QString &text, QWidget *parent);
void setUpRecordTable(QTableWidget *table, const QStringList &headers);

class FormDialog : public QDialog
{
public:
    FormDialog(const QString &title, QWidget *parent);
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
};

} // namespace cd
