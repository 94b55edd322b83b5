// Paints a ReportDocument page by page in the layout of GB/T 9704-2012: A4, margins 37 mm top / 28 mm left,
// a 156 × 225 mm text block, title in 2号 (22 pt), table text in 仿宋 4号 (14 pt) or smaller, the table's
// header row repeated on every page, and the page number as "— N —" in 4号 宋体 below the text block.
// It paints on any QPagedPaintDevice: QPdfWriter here, QPrinter in the GUI.
#pragma once

#include "reports/reportdocument.h"

#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace cd {

class ReportPainter
{
public:
    struct Options
    {
        std::function<bool(int, int)> progress; // (section, sections): false cancels
        QList<int> *sectionPages = nullptr;     // filled with the page (from 1) each section begins on
        bool layoutOnly = false;                // images are not decoded or drawn (a first pass that only counts pages)
    };
    static int paint(const ReportDocument &doc, QPagedPaintDevice *device, const Options &options);
    static int writePdf(const ReportDocument &doc, const QString &path, const Options &options);
    // Returns the number of pages painted. `progress(section, total)` may return false to cancel.
    static int paint(const ReportDocument &doc, QPagedPaintDevice *device,
                     const std::function<bool(int, int)> &progress = {});
    // Writes a PDF beside `path` and moves it into place; throws Failure on a failed write or cancel.
    static int writePdf(const ReportDocument &doc, const QString &path, const std::function<bool(int, int)> &progress = {});
    // Font stacks: Windows families first, then the nearest CJK fonts installed elsewhere.
    static QStringList songFamilies();
    static QStringList fangSongFamilies();
    static QStringList heiFamilies();
};

} // namespace cd
