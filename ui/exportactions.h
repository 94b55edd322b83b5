// Print (with preview), Export to PDF and Export to Excel/CSV for any list the GUI shows. File dialogs remember
// the last folder and suggest names such as 2014年文明窗口命名名单.xlsx; long exports show progress and can be cancelled.
#pragma once

#include "io/listexport.h"
#include "reports/evidencebinder.h"
#include "reports/reportdocument.h"

#include <QString>
#include <functional>

class QWidget;

namespace cd {

namespace ExportActions {

void printReport(QWidget *parent, const ReportDocument &doc);
// Returns the path written, or an empty string when the clerk cancelled.
QString exportPdf(QWidget *parent, const ReportDocument &doc, const QString &suggestedName);
// The evidence binder of a unit (EvidenceBinder): progress per file and per part, with Cancel.
QString exportBinder(QWidget *parent, const BinderInput &input, const QString &suggestedName);
QString exportList(QWidget *parent, const ExportList &list, const QString &suggestedName);
// After a successful export: says where the file went, with a button that opens its folder.
void announceWritten(QWidget *parent, const QString &path);
// Opens a folder in the system's file manager (replaced by tests).
std::function<bool(const QString &folder)> &folderOpener();

} // namespace ExportActions

} // namespace cd
