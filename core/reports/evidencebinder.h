// The evidence binder (issue 13 §2, CLI.md `report unit-dossier`): one PDF per unit that a clerk can hand over or
// print whole — a cover, a 目录 with page numbers, the 单位档案's parts, a list of the evidence files, then the
// evidence itself: photos placed on pages, PDF evidence merged page by page (libqpdf), other files embedded as PDF
// attachments. Page numbers in the GB/T 9704 style ("— N —", odd pages right, even left) run through the whole
// binder, the merged pages included; every part and every evidence file is a bookmark.
//
// A build without libqpdf (the Windows kit has none) binds the photos and lists the other files with their SHA-256.
#pragma once

#include "domain/records.h"
#include "reports/reportdocument.h"

#include <functional>

namespace cd {

struct BinderEvidence
{
    Attachment file;
    QString record; // the record it documents, as the clerk reads it ("2014-05-20 创建活动：演讲比赛")
    QString path;   // the stored copy
};

struct BinderInput
{
    QStringList cover;        // title first
    ReportDocument dossier;   // its sections become the binder's parts
    QList<BinderEvidence> evidence;
};

struct BinderResult
{
    int pages = 0;          // in the whole binder
    int frontPages = 0;     // cover and 目录 (unnumbered)
    int paintedPages = 0;   // cover, 目录, parts and photos: the pages the program drew
    int evidencePages = 0;  // merged from PDF evidence
    int images = 0, merged = 0, embedded = 0, missing = 0;
};

class EvidenceBinder
{
public:
    // Whether PDF evidence is merged and other files embedded (built with libqpdf).
    static bool canMerge();
    // Writes the binder beside `path` and moves it into place. `progress(done, total)` may return false to cancel.
    // Throws Failure: a cancel or an unwritable folder writes nothing.
    static BinderResult write(const BinderInput &input, const QString &path, const std::function<bool(int, int)> &progress = {});
};

} // namespace cd
