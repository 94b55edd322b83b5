// The lists the clerk prints and sends on (DOMAIN.md §9), built as data: an ExportList for .xlsx/CSV and a
// ReportDocument for the printed attachment. The CLI and the GUI both call these.
#pragma once

#include <QSet>
#include <optional>

#include "io/listexport.h"
#include "reports/reportdocument.h"

namespace cd {

struct TitleListRow;

class Database;

class Lists
{
public:
    explicit Lists(Database &db) : m_db(db) {}
    // Only these units in the reports (report --region); all units when not set.
    void setScope(std::optional<QSet<int>> units) { m_scope = std::move(units); }

    ExportList units() const;
    ExportList nominations(int roundYear) const;
    ExportList reviews(int roundYear) const;
    ExportList recommendations(int roundYear) const;

    ReportDocument namingReport(int roundYear) const; // grouped by 市(州), then type
    ReportDocument reviewReport(int roundYear) const;
    ReportDocument recommendationReport(int roundYear) const; // grouped by recommending region, in rank order

    // Suggested file names, e.g. 2014年文明窗口命名名单.xlsx
    static QString suggestedName(const QString &kind, int roundYear, const QString &suffix);

private:
    QList<TitleListRow> inScope(QList<TitleListRow> rows) const;
    std::optional<QSet<int>> m_scope;
    Database &m_db;
};

} // namespace cd
