// 申报材料 draft (issue 13 §2, seed 004): a unit's application for a round in seed 004's five parts — 组织领导,
// 宣传教育, 创建活动, 创建成效, 行业形象 — every figure taken from its records (prerequisites, activities by kind,
// survey rates, scores and rank, closed rectifications, honours, 示范点, the veto check), with the prose left for the
// unit to write. `report application` writes it as .odt (to edit in WPS, Word or LibreOffice) or .pdf.
#pragma once

#include "reports/reportdocument.h"

namespace cd {

class Database;

class ApplicationDraft
{
public:
    explicit ApplicationDraft(Database &db) : m_db(db) {}
    ReportDocument build(int unitId, int roundYear) const;

private:
    Database &m_db;
};

} // namespace cd
