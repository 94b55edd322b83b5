// A report as data: title, sections, table rows. Built by services in core, painted by ReportPainter
// to a PDF or, in the GUI, to a printer or print preview (DOMAIN.md §9; KMyMoney's habit).
#pragma once

#include <QCoreApplication>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cd {

struct ReportColumn
{
    QString title;
    double weight = 1;     // share of the table width
    bool numeric = false;  // right-aligned
    bool keepWhole = false; // with ReportTable::fitToContent: as wide as its longest text, never wrapped (a 文号, a date)
};

struct ReportTable
{
    QList<ReportColumn> columns;
    QList<QStringList> rows;
    QList<int> groupRows;  // rows that head a group (e.g. a 市(州)): spanned across the table, bold
    // Columns sized to their content: the keepWhole ones as wide as their longest text, the others (names, reasons)
    // sharing the room left by weight, so a 文号 does not wrap while an empty 原因 column stands wide.
    bool fitToContent = false;
};

struct ReportSection
{
    QString heading;       // may be empty
    QStringList paragraphs;
    ReportTable table;     // may have no columns
    QStringList afterTable; // lines after the table (checks, conclusions), in the table's size
    QStringList signatures; // signature lines after the table, e.g. 考核组成员（签字）
    QString chartTitle;      // a bar chart after the table when bars are given
    QList<QPair<QString, double>> bars;
    bool startsPage = false; // begins on a new page (a binder's parts)
    int level = 0;           // 0: a part; 1: a part's subsection (indented in a 目录, nested in the bookmarks)
    // An image (a photo kept as evidence) placed after the paragraphs, scaled to the rest of the page, never enlarged
    // past its own resolution at 144 dpi; decoded at about 1800 px on its long side at most.
    QString imagePath;
};

struct ReportDocument
{
    // GB/T 9704: the 附件 label at the top left of the first page, in the user's language.
    QString attachment = QCoreApplication::translate("cd::Report", "Attachment");
    QString title;
    QString subtitle;
    bool landscape = false;   // wide tables
    bool pageBreakBetweenSections = false; // e.g. one appraisal form per page
    double cellPaddingMm = 1.2;            // inside each table cell; less for a form that must fit one page
    double tablePointSize = 14;            // 仿宋 4号; GB/T 9704 lets tables use a smaller size
    QList<ReportSection> sections;
    // A line printed at the head of every page, above the text block (e.g. the fingerprint of a ledger's inputs).
    QString pageMark;
    // A cover page before everything else (a binder's): its lines centred, the first as the title. Unnumbered.
    QStringList cover;
    // Pages before "— 1 —" (a cover and a 目录), which carry no number.
    int unnumberedPages = 0;
};

} // namespace cd
