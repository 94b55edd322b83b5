// A report as HTML (for a text browser on screen) and as an ODF text document (.odt) that WPS, Word and LibreOffice
// open and the clerk can edit: the same ReportDocument the PDF painter prints.
#pragma once

#include "reports/reportdocument.h"

namespace cd {

// Headings, paragraphs and tables, escaped; each column its share of the width.
QString reportHtml(const ReportDocument &doc);

// Writes the document as .odt (Qt's own ODF writer), into a temporary file moved into place when complete.
// Throws Failure when it cannot be written.
void writeOdt(const ReportDocument &doc, const QString &path);

} // namespace cd
