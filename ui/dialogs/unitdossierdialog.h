// 单位档案 on screen (issue 13 §1): one unit's whole story, as `report unit-dossier` prints it, with 打印 and 导出 PDF.
// Opened by a double-click on a unit wherever units are listed.
#pragma once

#include "reports/reportdocument.h"

#include <QDialog>
#include <functional>

class QTableView;
class QTextBrowser;

namespace cd {

class Database;

class UnitDossierDialog : public QDialog
{
    Q_OBJECT
public:
    // `edit`, when given, is offered as 编辑单位… (the roster's edit of this unit).
    UnitDossierDialog(Database &db, int unitId, std::function<void()> edit, QWidget *parent = nullptr);
    int unitId() const { return m_unitId; }
    QString html() const;
    // Reads the unit's records again (after an edit).
    void reload();

    // Opens (or raises) the dossier of a unit, as a window of its own that stays open beside the page.
    static UnitDossierDialog *open(Database &db, int unitId, QWidget *parent, std::function<void()> edit = {});
    // A double-click on a row of `view` (a table of items or over a model) opens the 档案 of the unit whose number
    // stands in `unitColumn`, read from the file `database` gives at that moment (none: nothing opens).
    static void openOnDoubleClick(QTableView *view, int unitColumn, std::function<Database *()> database);

private:
    Database &m_db;
    int m_unitId;
    ReportDocument m_doc;
    QString m_unitName; // for the suggested file name
    QTextBrowser *m_view;
};

} // namespace cd
