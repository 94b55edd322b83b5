#include "reports/evidencebinder.h"

#include "reports/reportpainter.h"
#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <memory>
#include <vector>

#ifdef CD_HAVE_QPDF
#define POINTERHOLDER_TRANSITION 4 // qpdf 11: std::shared_ptr throughout, no PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#endif

namespace cd {

namespace {

enum class EvidenceKind { Missing, Image, Pdf, Other };

struct Classified
{
    EvidenceKind kind = EvidenceKind::Missing;
    int pdfPages = 0;
    int section = -1;     // the binder section that shows it (a photo)
    int firstPage = 0;    // printed page number where it begins (a photo, merged PDF pages)
    QString problem;      // why it is missing or not merged
};

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / 1048576.0, 0, 'f', 1)
                                : QStringLiteral("%1 KB").arg(std::max<qint64>(1, (bytes + 1023) / 1024));
}

// The SHA-256 of a file, read in blocks; empty when it cannot be read.
QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

bool looksLikePdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(1024).contains("%PDF-");
}

// Removes the temporary files of a binder that is not finished, whatever ends it.
struct TempFiles
{
    QStringList paths;
    ~TempFiles()
    {
        for (const QString &p : paths)
            QFile::remove(p);
    }
};

#ifdef CD_HAVE_QPDF
std::string utf8(const QString &s)
{
    return s.toStdString();
}

// A merged page keeps its own size; its content is shrunk a little towards the top, leaving a clear band at the foot
// for the binder's "— N —" (an evidence PDF often carries page numbers of its own where ours would go). The number is in
// Times (the standard font every PDF reader has; WinAnsi 0x97 is the em dash), placed as the painter places it on A4:
// its baseline 23.5 mm above the bottom edge, odd pages 33 mm from the right edge, even pages 35 mm from the left.
void stampPageNumber(QPDF &pdf, QPDFPageObjectHelper page, int number, QPDFObjectHandle font)
{
    const double mm = 72.0 / 25.4;
    const QPDFObjectHandle::Rectangle box = page.getCropBox().getArrayAsRectangle();
    const double w = box.urx - box.llx, h = box.ury - box.lly;
    const double band = std::min(30 * mm, h / 6);
    const double scale = (h - band) / h;
    const double dx = box.llx * (1 - scale) + w * (1 - scale) / 2, dy = box.lly * (1 - scale) + band;
    const std::string digits = std::to_string(number);
    const double width = (2000.0 + 500.0 + 500.0 * double(digits.size())) / 1000.0 * 14.0;
    const double x = number % 2 ? std::max(box.llx + 5 * mm, box.urx - std::min(33 * mm, w / 4) - width) : box.llx + std::min(35 * mm, w / 4);
    const double y = box.lly + std::min(23.5 * mm, band * 0.78);
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (!fonts.isDictionary()) {
        fonts = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/Font", fonts);
    }
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/CDPageNo", suffix);
    fonts.replaceKey(name, font);
    // Numbers written by QByteArray::number: C's printf would follow the locale's decimal separator.
    const auto n = [](double v) { return QByteArray::number(v, 'f', 5); };
    const QByteArray head = "q " + n(scale) + " 0 0 " + n(scale) + ' ' + n(dx) + ' ' + n(dy) + " cm\n";
    const QByteArray tail = "\nQ\nq BT " + QByteArray::fromStdString(name) + " 14 Tf 1 0 0 1 " + n(x) + ' ' + n(y) + " Tm (\\227 "
        + QByteArray::fromStdString(digits) + " \\227) Tj ET Q\n";
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, head.toStdString()), true);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, tail.toStdString()), false);
}

struct OutlineEntry
{
    QString title;
    int level = 0;
    int pageIndex = 0; // from 0, in the final binder
};

// /Outlines: the parts at the top, a part's subsections and evidence files beneath it (closed when there are many).
void addOutlines(QPDF &pdf, const QList<OutlineEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    const auto item = [&](const OutlineEntry &e, QPDFObjectHandle parent) {
        QPDFObjectHandle d = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        d.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(e.title)));
        d.replaceKey("/Parent", parent);
        const int index = std::clamp(e.pageIndex, 0, int(pages.size()) - 1);
        d.replaceKey("/Dest", QPDFObjectHandle::parse("[null /XYZ null null null]"));
        d.getKey("/Dest").setArrayItem(0, pages[size_t(index)].getObjectHandle());
        return d;
    };
    const auto link = [](QPDFObjectHandle parent, std::vector<QPDFObjectHandle> &kids) {
        for (size_t i = 0; i < kids.size(); ++i) {
            if (i > 0)
                kids[i].replaceKey("/Prev", kids[i - 1]);
            if (i + 1 < kids.size())
                kids[i].replaceKey("/Next", kids[i + 1]);
        }
        parent.replaceKey("/First", kids.front());
        parent.replaceKey("/Last", kids.back());
    };
    std::vector<QPDFObjectHandle> top;
    std::vector<std::vector<QPDFObjectHandle>> kids;
    for (const auto &e : entries) {
        if (e.level == 0 || top.empty()) {
            top.push_back(item(e, root));
            kids.emplace_back();
        } else {
            kids.back().push_back(item(e, top.back()));
        }
    }
    int visible = int(top.size());
    for (size_t i = 0; i < top.size(); ++i) {
        if (kids[i].empty())
            continue;
        link(top[i], kids[i]);
        const bool open = kids[i].size() <= 20;
        top[i].replaceKey("/Count", QPDFObjectHandle::newInteger(open ? long(kids[i].size()) : -long(kids[i].size())));
        if (open)
            visible += int(kids[i].size());
    }
    link(root, top);
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}
#endif

} // namespace

bool EvidenceBinder::canMerge()
{
#ifdef CD_HAVE_QPDF
    return true;
#else
    return false;
#endif
}

BinderResult EvidenceBinder::write(const BinderInput &input, const QString &path, const std::function<bool(int, int)> &progress)
{
    const auto tr = [](const char *s, const char *disambiguation = nullptr, int n = -1) { return QCoreApplication::translate("cd::EvidenceBinder", s, disambiguation, n); };
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        failInput(QCoreApplication::translate("cd::Export", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const auto cancelled = [] {
        failInput(QCoreApplication::translate("cd::Export", "The export was cancelled; no file was written."));
    };
    const int files = int(input.evidence.size());
    int pdfCount = 0;
    // Steps: each file checked, each section painted, each PDF merged, the whole written.
    int total = files + 1;
    const auto step = [&](int done) {
        if (progress && !progress(std::min(done, total), total))
            cancelled();
    };

    // 1. Each file: present and as recorded (its SHA-256), then what it is.
    QList<Classified> kinds(files);
#ifdef CD_HAVE_QPDF
    std::vector<std::unique_ptr<QPDF>> sources;
    sources.resize(size_t(files));
#endif
    BinderResult result;
    for (int i = 0; i < files; ++i) {
        step(i);
        const BinderEvidence &e = input.evidence[i];
        Classified &c = kinds[i];
        if (!QFileInfo(e.path).isFile()) {
            c.problem = tr("missing from the files folder");
        } else if (sha256Of(e.path) != e.file.sha256) {
            c.problem = tr("changed since it was recorded (its SHA-256 differs)");
        } else if (looksLikePdf(e.path)) {
            c.kind = EvidenceKind::Other;
#ifdef CD_HAVE_QPDF
            try {
                auto pdf = std::make_unique<QPDF>();
                pdf->setSuppressWarnings(true);
                pdf->processFile(QFile::encodeName(e.path).constData());
                c.pdfPages = int(QPDFPageDocumentHelper(*pdf).getAllPages().size());
                if (c.pdfPages > 0) {
                    c.kind = EvidenceKind::Pdf;
                    sources[size_t(i)] = std::move(pdf);
                    ++pdfCount;
                } else {
                    c.problem = tr("a PDF without pages");
                }
            } catch (const std::exception &) {
                c.problem = tr("a PDF that cannot be read (damaged or protected by a password)");
            }
#endif
        } else if (QImageReader(e.path).canRead()) {
            c.kind = EvidenceKind::Image;
        } else {
            c.kind = EvidenceKind::Other;
        }
    }

    // 2. The painted part: cover, 目录, the parts, the list of evidence, the photos.
    ReportDocument doc = input.dossier;
    doc.attachment.clear();
    doc.title.clear();
    doc.subtitle.clear();
    doc.cover = input.cover;
    ReportSection toc;
    toc.heading = tr("Contents");
    toc.startsPage = true;
    toc.table.columns = {{tr("Part"), 6.0}, {tr("Page"), 1.0, true}};
    QList<ReportSection> parts = doc.sections;
    if (!parts.isEmpty())
        parts.first().startsPage = true;
    ReportSection list;
    list.heading = tr("Evidence files");
    list.startsPage = true;
    int images = 0, embedded = 0, missing = 0, pdfPages = 0;
    for (const auto &c : kinds) {
        images += c.kind == EvidenceKind::Image;
        embedded += c.kind == EvidenceKind::Other;
        missing += c.kind == EvidenceKind::Missing;
        pdfPages += c.pdfPages * (c.kind == EvidenceKind::Pdf);
    }
    if (files == 0) {
        list.paragraphs << tr("No evidence file is recorded for the unit.");
    } else {
        // Each count with its own noun, so that English says "1 photo" and "2 photos".
        list.paragraphs << tr("%1: %2 placed on pages, %3 bound in (%4), %5 %6, %7 missing.")
                               .arg(tr("%n file(s)", nullptr, files), tr("%n photo(s)", nullptr, images), tr("%n PDF file(s)", nullptr, pdfCount),
                                    tr("%n page(s)", nullptr, pdfPages), tr("%n other file(s)", nullptr, embedded),
                                    canMerge() ? tr("embedded in this PDF as attachments") : tr("listed with their SHA-256"))
                               .arg(missing);
        // The SHA-256 in two lines of 32 digits: its column is as wide as one such line.
        list.table.columns = {{tr("No."), 0.4, true}, {tr("Record"), 1.7}, {tr("File"), 1.7}, {tr("SHA-256"), 4.2}, {tr("Where"), 1.2}};
    }
    const int firstEvidenceSection = int(1 + parts.size() + 1);
    QList<ReportSection> photoSections;
    for (int i = 0; i < files; ++i) {
        const BinderEvidence &e = input.evidence[i];
        if (kinds[i].kind != EvidenceKind::Image)
            continue;
        ReportSection s;
        s.heading = tr("Evidence %1: %2").arg(i + 1).arg(e.file.fileName);
        s.level = 1;
        s.startsPage = true;
        s.paragraphs << tr("Record: %1. Size %2, SHA-256 %3.").arg(e.record, sizeText(e.file.size), e.file.sha256);
        s.imagePath = e.path;
        kinds[i].section = firstEvidenceSection + int(photoSections.size());
        photoSections << s;
    }

    // Two passes: the first counts the pages (the photos are not decoded), the second paints with the page numbers
    // the first found. A 目录's numbers do not move its lines (its columns are fixed), so one pass settles them.
    TempFiles temps;
    const QString painted = siblingTempPath(path, QStringLiteral("binder"));
    temps.paths << painted;
    QList<int> starts;
    int paintedPages = 0, unnumbered = 1;
    total = files + int(1 + parts.size() + 1 + photoSections.size()) + pdfCount + 1;
    for (int pass = 0; pass < 3; ++pass) {
        doc.unnumberedPages = unnumbered;
        // Where each thing begins, as printed: the painted pages first, then the merged PDF pages after them.
        const auto printed = [&](int section) { return starts.value(section, unnumbered + 1) - unnumbered; };
        int nextMerged = paintedPages - unnumbered + 1;
        toc.table.rows.clear();
        const auto tocRow = [&](const QString &title, int level, int page) {
            toc.table.rows << QStringList{level ? QStringLiteral("　　") + title : title, pass ? QString::number(page) : QStringLiteral("000")};
        };
        for (int s = 0; s < parts.size(); ++s)
            tocRow(parts[s].heading, parts[s].level, printed(1 + int(s)));
        tocRow(list.heading, 0, printed(1 + int(parts.size())));
        list.table.rows.clear();
        for (int i = 0; i < files; ++i) {
            const BinderEvidence &e = input.evidence[i];
            Classified &c = kinds[i];
            QString where;
            switch (c.kind) {
            case EvidenceKind::Image:
                c.firstPage = printed(c.section);
                where = tr("page %1").arg(c.firstPage);
                break;
            case EvidenceKind::Pdf:
                c.firstPage = nextMerged;
                nextMerged += c.pdfPages;
                where = tr("pages %1–%2").arg(c.firstPage).arg(c.firstPage + c.pdfPages - 1);
                break;
            case EvidenceKind::Other:
                where = canMerge() ? tr("attached") : tr("not bound");
                if (!c.problem.isEmpty())
                    where += tr(" (%1)").arg(c.problem);
                break;
            case EvidenceKind::Missing:
                where = tr("missing: %1").arg(c.problem);
                break;
            }
            if (c.kind == EvidenceKind::Image || c.kind == EvidenceKind::Pdf)
                tocRow(tr("Evidence %1: %2").arg(i + 1).arg(e.file.fileName), 1, c.firstPage);
            list.table.rows << QStringList{QString::number(i + 1), e.record, tr("%1 (%2)").arg(e.file.fileName, sizeText(e.file.size)),
                                           e.file.sha256.left(32) + QLatin1Char('\n') + e.file.sha256.mid(32), where};
        }
        doc.sections = QList<ReportSection>{toc} + parts + QList<ReportSection>{list} + photoSections;
        QList<int> found;
        ReportPainter::Options options;
        options.sectionPages = &found;
        options.layoutOnly = pass == 0;
        if (pass > 0)
            options.progress = [&](int section, int) { return !progress || progress(std::min(files + section, total), total); };
        paintedPages = ReportPainter::writePdf(doc, painted, options);
        const int tocPages = found.size() > 1 ? found[1] - found[0] : 1;
        const bool settled = pass > 0 && found == starts && unnumbered == 1 + tocPages;
        starts = found;
        unnumbered = 1 + tocPages;
        if (settled)
            break;
    }
    result.frontPages = unnumbered;
    result.paintedPages = paintedPages;
    result.images = images;
    result.missing = missing;

    const QString finished = siblingTempPath(path, QStringLiteral("part"));
    temps.paths << finished;
#ifdef CD_HAVE_QPDF
    // 3. The merged part: the PDF evidence page by page, numbered on; the bookmarks; the other files attached.
    int done = files + int(doc.sections.size());
    try {
        QPDF out;
        out.setSuppressWarnings(true);
        out.processFile(QFile::encodeName(painted).constData());
        QPDFPageDocumentHelper pages(out);
        QPDFObjectHandle font =
            out.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"));
        QPDFAcroFormDocumentHelper forms(out);
        int number = paintedPages - unnumbered;
        for (int i = 0; i < files; ++i) {
            if (kinds[i].kind != EvidenceKind::Pdf)
                continue;
            step(++done);
            for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(*sources[size_t(i)]).getAllPages()) {
                pages.addPage(page, false);
                QPDFPageObjectHelper added = pages.getAllPages().back();
                added.flattenRotation(&forms); // a page turned by /Rotate gets its number where the reader sees the foot
                stampPageNumber(out, added, ++number, font);
                ++result.evidencePages;
            }
            ++result.merged;
        }
        QList<OutlineEntry> outline;
        for (int s = 0; s < parts.size(); ++s)
            outline << OutlineEntry{parts[s].heading, parts[s].level, starts.value(1 + s) - 1};
        outline << OutlineEntry{list.heading, 0, starts.value(1 + int(parts.size())) - 1};
        for (int i = 0; i < files; ++i)
            if (kinds[i].kind == EvidenceKind::Image || kinds[i].kind == EvidenceKind::Pdf)
                outline << OutlineEntry{tr("Evidence %1: %2").arg(i + 1).arg(input.evidence[i].file.fileName), 1,
                                        kinds[i].firstPage + unnumbered - 1};
        addOutlines(out, outline);
        QPDFEmbeddedFileDocumentHelper attachments(out);
        for (int i = 0; i < files; ++i) {
            if (kinds[i].kind != EvidenceKind::Other)
                continue;
            const BinderEvidence &e = input.evidence[i];
            QPDFFileSpecObjectHelper spec =
                QPDFFileSpecObjectHelper::createFileSpec(out, utf8(e.file.fileName), QFile::encodeName(e.path).toStdString());
            spec.setDescription(utf8(tr("Evidence %1: %2").arg(i + 1).arg(e.record)));
            attachments.replaceEmbeddedFile(utf8(QStringLiteral("%1-%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(e.file.fileName)), spec);
            ++result.embedded;
        }
        const QByteArray finishedName = QFile::encodeName(finished); // QPDFWriter keeps the pointer until write()
        QPDFWriter writer(out, finishedName.constData());
        writer.write();
    } catch (const std::exception &) { // the library's own text is English: the clerk gets where and what
        failStorage(tr("Cannot bind the evidence into %1 (the folder may be full or read-only). Nothing was written.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    result.pages = paintedPages + result.evidencePages;
#else
    if (!QFile::rename(painted, finished))
        failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                        .arg(QDir::toNativeSeparators(path), QCoreApplication::translate("cd::Export", "the disk may be full.")));
    result.pages = paintedPages;
#endif
    step(total);
    QString why;
    if (!replaceFile(finished, path, &why))
        failStorage(QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.").arg(QDir::toNativeSeparators(path), why));
    return result;
}

} // namespace cd
