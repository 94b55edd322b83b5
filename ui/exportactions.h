// Print (with preview), Export to PDF and Export to Excel/CSV for any list the GUI shows. File dialogs remember
// the last folder and suggest names such as 2014年文明窗口命名名单.xlsx; long exports show progress and can be cancelled.
#pragma once

#include "io/listexport.h"
#include "reports/reportdocument.h"

#include <QString>

class QWidget;

namespace cd {

namespace ExportActions {

void printReport(QWidget *parent, const ReportDocument &doc);
// Returns the path written, or an empty string when the clerk cancelled.
QString exportPdf(QWidget *parent, const ReportDocument &doc, const QString &suggestedName);
QString exportList(QWidget *parent, const ExportList &list, const QString &suggestedName);

} // namespace ExportActions

} // namespace cd
