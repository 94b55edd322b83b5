// The appraisal's printed forms as data (DOMAIN.md §9): the per-unit 考核评分表 and the round's 评比情况汇总.
#pragma once

#include "services/wayup.h"

#include <QSet>
#include <optional>

#include "reports/reportdocument.h"

namespace cd {

class Database;

class AppraisalReports
{
public:
    explicit AppraisalReports(Database &db) : m_db(db) {}
    // Only these units on the forms and in the summary (report --region); all when not set. Ranks stay the round's.
    void setScope(std::optional<QSet<int>> units) { m_scope = std::move(units); }

    // One form per page: every assessor's scores and the combined one, veto checks, satisfaction, total,
    // eligibility with reasons, signature lines. `unitId` 0 prints every appraised unit.
    ReportDocument appraisalForms(int roundYear, int unitId, const QString &stage = QStringLiteral("local")) const;
    // Counts by 市(州) and by category, the distribution of totals as a chart, and the ranking.
    ReportDocument summary(int roundYear, const QString &stage = QStringLiteral("local")) const;
    // 计分说明: every unit's total traced to each assessor's score, what trimming dropped, the tie-break that placed
    // it, an assessor kept out by the conflict rule; the fingerprint of the inputs on every page.
    // `fingerprint`, when given, receives the one printed on its pages.
    ReportDocument scoreLedger(int roundYear, const QString &stage = QStringLiteral("local"), QString *fingerprint = nullptr) const;

    // SHA-256 (hex) of what a run was computed from: the indicator system (its rules and indicators), the stage, the
    // tie-break area and every score counted, in a fixed order. The same data gives the same fingerprint; one changed
    // score changes it.
    static QString inputFingerprint(const AppraisalRun &run);

private:
    Database &m_db;
    std::optional<QSet<int>> m_scope;
    AppraisalRun scopedRun(int roundYear, const QString &stage) const;
};

} // namespace cd
