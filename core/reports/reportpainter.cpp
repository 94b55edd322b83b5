#include "reports/reportpainter.h"
#include "reports/pdftext.h"

#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>
#include <future>
#include <map>

namespace cd {

QStringList ReportPainter::songFamilies()
{
    return {QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC")};
}

QStringList ReportPainter::fangSongFamilies()
{
    return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("Noto Serif CJK SC"),
            QStringLiteral("Source Han Serif SC"), QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC")};
}

QStringList ReportPainter::heiFamilies()
{
    return {QStringLiteral("SimHei"), QStringLiteral("黑体"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei")};
}

namespace {

// A photo for a page: turned upright, and decoded at a half, a quarter or an eighth of its size, whichever first fits
// 1800 px (about 200 dpi on the text block). JPEG scales while decoding, so a 12-megapixel photo costs little. A null
// image when it cannot be read. Safe on any thread.
QImage decodeImage(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    int shrink = 1;
    while (size.isValid() && shrink < 8 && std::max(size.width(), size.height()) / shrink > 1800)
        shrink *= 2;
    if (shrink > 1) // whole pixels, rounded down: a size rounded up makes Qt decode larger and smooth-scale (twice the time)
        reader.setScaledSize(QSize(size.width() / shrink, size.height() / shrink));
    return reader.read();
}

QFont font(const QStringList &families, double points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // A run of digits and Latin letters (a credit code, a year) shaped by HarfBuzz in a CJK font gets the font's
    // alternate digit glyphs, which no code point maps to: the PDF then prints "12220723000005KUYM" but search and
    // copy give "KUYM". Unshaped runs use the cmap's own glyphs; CJK text is shaped as before.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Lays out and paints one document; coordinates in device pixels.
class Layout
{
public:
    Layout(QPainter &p, QPagedPaintDevice *device, const ReportDocument &doc, const ReportPainter::Options &options)
        : m_p(p), m_device(device), m_doc(doc), m_options(options)
    {
        const double dpi = device->logicalDpiY();
        m_mm = dpi / 25.4;
        // GB/T 9704: text block 156 × 225 mm, top margin 37 mm, binding margin 28 mm; landscape keeps the block, turned.
        const QSizeF block = doc.landscape ? QSizeF(225, 156) : QSizeF(156, 225);
        const QPointF origin = doc.landscape ? QPointF(36, 27) : QPointF(28, 37);
        // The painter's origin is the paper's corner (full-page layout with zero margins).
        m_block = QRectF(origin.x() * m_mm, origin.y() * m_mm, block.width() * m_mm, block.height() * m_mm);
        m_y = m_block.top();
    }

    int pages() const { return m_page; }

    void run()
    {
        const auto &progress = m_options.progress;
        beginPage();
        if (!m_doc.cover.isEmpty())
            cover();
        if (!m_doc.attachment.isEmpty() || !m_doc.title.isEmpty()) {
            // 附件 in 3号 黑体 on the first line, the title centred on the third (GB/T 9704 §8).
            const QFont attachment = font(ReportPainter::heiFamilies(), 16);
            text(m_doc.attachment, attachment, Qt::AlignLeft);
            m_y += lineHeight(attachment);
            QStringList titleFamilies = {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S")};
            titleFamilies += ReportPainter::songFamilies();
            text(m_doc.title, font(titleFamilies, 22, true), Qt::AlignHCenter);
            if (!m_doc.subtitle.isEmpty())
                text(m_doc.subtitle, font(ReportPainter::fangSongFamilies(), 14), Qt::AlignHCenter);
            m_y += 4 * m_mm;
        }
        for (int i = 0; i < m_doc.sections.size(); ++i) {
            if (progress && !progress(i, int(m_doc.sections.size()))) {
                m_cancelled = true;
                return;
            }
            if ((i > 0 && m_doc.pageBreakBetweenSections) || (m_doc.sections[i].startsPage && m_y > m_block.top() + 1))
                newPage();
            m_section = i;
            section(m_doc.sections[i]);
        }
        finishPage();
    }
    bool cancelled() const { return m_cancelled; }

private:
    // A fixed line pitch from the point size, not from the font engine's metrics, so that Windows (GDI) and
    // Linux (FreeType) break pages at the same rows.
    double lineHeight(const QFont &f) const { return f.pointSizeF() / 72.0 * 25.4 * m_mm * 1.45; }

    void beginPage()
    {
        ++m_page;
        m_y = m_block.top();
    }

    // The cover: its first line as the title in 2号 小标宋 at a third of the page, the others in 3号 仿宋 below it.
    void cover()
    {
        QStringList titleFamilies = {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S")};
        titleFamilies += ReportPainter::songFamilies();
        m_y = m_block.top() + m_block.height() * 0.28;
        text(m_doc.cover.first(), font(titleFamilies, 26, true), Qt::AlignHCenter);
        m_y += 18 * m_mm;
        const QFont f = font(ReportPainter::fangSongFamilies(), 16);
        for (qsizetype i = 1; i < m_doc.cover.size(); ++i) {
            text(m_doc.cover[i], f, Qt::AlignHCenter);
            m_y += lineHeight(f) * 0.5;
        }
        newPage();
    }

    void finishPage()
    {
        // "— N —" in 4号 宋体 below the text block: odd pages to the right, even pages to the left. A cover and a 目录
        // carry none; the numbers start after them.
        const int number = m_page - m_doc.unnumberedPages;
        const QFont f = font(ReportPainter::songFamilies(), 14);
        m_p.setFont(f);
        const QRectF area(m_block.left() + 7 * m_mm, m_block.bottom() + 7 * m_mm, m_block.width() - 14 * m_mm, lineHeight(f));
        if (number > 0)
            m_p.drawText(area, (number % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, QStringLiteral("— %1 —").arg(number));
        if (!m_doc.pageMark.isEmpty()) { // in the top margin, in 小五 (9 pt), so that every page carries it
            const QFont mark = font(ReportPainter::songFamilies(), 9);
            m_p.setFont(mark);
            const QRectF top(m_block.left(), m_block.top() - 4 * m_mm - lineHeight(mark), m_block.width(), lineHeight(mark));
            m_p.drawText(top, Qt::AlignRight | Qt::AlignBottom, m_doc.pageMark);
        }
    }

    void newPage()
    {
        finishPage();
        m_device->newPage();
        beginPage();
    }

    void ensureRoom(double height)
    {
        if (m_y + height > m_block.bottom() && m_y > m_block.top() + 1)
            newPage();
    }

    // Signature lines in 四号 (14 pt), or 小四 (12 pt) on a form set in a small table size to fit one page.
    double signaturePoints() const { return m_doc.tablePointSize < 10 ? 12 : 14; }
    double signatureGap() const { return m_doc.tablePointSize < 10 ? 0.3 : 0.6; } // in lines, after each signature line

    double textHeight(const QString &t, const QFont &f, double width) const
    {
        const QFontMetricsF fm(f, m_device);
        const double wrapped = fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWrapAnywhere, t).height();
        const int lines = std::max(1, int(std::lround(wrapped / fm.lineSpacing())));
        return lines * lineHeight(f);
    }

    void text(const QString &t, const QFont &f, Qt::Alignment align)
    {
        if (t.isEmpty())
            return;
        const double h = std::max(textHeight(t, f, m_block.width()), lineHeight(f));
        ensureRoom(h);
        m_p.setFont(f);
        m_p.drawText(QRectF(m_block.left(), m_y, m_block.width(), h), int(align) | Qt::TextWrapAnywhere | Qt::AlignTop, t);
        m_y += h + lineHeight(f) * 0.15;
    }

    void section(const ReportSection &s)
    {
        if (!s.heading.isEmpty()) {
            const QFont hf = font(ReportPainter::heiFamilies(), 16);
            // Keep a heading with what follows: with its first paragraph's lines, or its table's header and first row.
            double next = lineHeight(hf) * 2;
            if (s.paragraphs.isEmpty() && !s.table.columns.isEmpty())
                next = std::max(next, tableStartHeight(s.table));
            ensureRoom(std::max(textHeight(s.heading, hf, m_block.width()), lineHeight(hf)) + lineHeight(hf) * 0.15 + next);
        }
        if (m_options.sectionPages) // where its heading stands (a 目录's page number, a bookmark's target)
            m_options.sectionPages->append(m_page);
        if (!s.heading.isEmpty())
            text(s.heading, font(ReportPainter::heiFamilies(), 16), Qt::AlignLeft);
        const QFont body = font(ReportPainter::fangSongFamilies(), 16);
        for (const auto &para : s.paragraphs)
            text(para, body, Qt::AlignLeft);
        if (!s.table.columns.isEmpty())
            table(s.table);
        if (!s.bars.isEmpty())
            chart(s);
        if (!s.imagePath.isEmpty())
            image(s.imagePath);
        // What follows the table (checks, conclusion, signatures) stays together on one page: no lone "日期：" overleaf.
        {
            const QFont af = font(ReportPainter::fangSongFamilies(), m_doc.tablePointSize + 1.5);
            const QFont sf = font(ReportPainter::fangSongFamilies(), signaturePoints());
            double tail = s.afterTable.isEmpty() ? 0 : 2 * m_mm;
            for (const auto &line : s.afterTable)
                tail += std::max(textHeight(line, af, m_block.width()), lineHeight(af)) + lineHeight(af) * 0.15;
            if (!s.signatures.isEmpty())
                tail += 4 * m_mm + s.signatures.size() * lineHeight(sf) * (1.15 + signatureGap());
            if (tail > 0 && tail < m_block.height() * 0.8)
                ensureRoom(tail);
        }
        if (!s.afterTable.isEmpty()) {
            m_y += 2 * m_mm;
            const QFont af = font(ReportPainter::fangSongFamilies(), m_doc.tablePointSize + 1.5);
            for (const auto &line : s.afterTable)
                text(line, af, Qt::AlignLeft);
        }
        if (!s.signatures.isEmpty()) {
            m_y += 4 * m_mm;
            const QFont sf = font(ReportPainter::fangSongFamilies(), signaturePoints());
            for (const auto &sig : s.signatures) {
                ensureRoom(lineHeight(sf) * 1.15); // the tail as a whole was kept together above
                text(sig, sf, Qt::AlignLeft);
                m_y += lineHeight(sf) * signatureGap();
            }
        }
        m_y += 3 * m_mm;
    }

    // An image scaled into what is left of the text block (at least half of it: otherwise on the next page), centred.
    void image(const QString &path)
    {
        if (m_block.bottom() - m_y < m_block.height() * 0.5)
            newPage();
        const QRectF room(m_block.left(), m_y, m_block.width(), m_block.bottom() - m_y);
        if (m_options.layoutOnly) {
            m_y = m_block.bottom();
            return;
        }
        // The next photos are decoded on other threads while this one is painted (decoding is most of a photo's cost).
        for (int i = m_section + 1, ahead = 0; i < m_doc.sections.size() && ahead < 2; ++i)
            if (const QString &next = m_doc.sections[i].imagePath; !next.isEmpty()) {
                if (!m_decoding.count(i))
                    m_decoding[i] = std::async(std::launch::async, decodeImage, next);
                ++ahead;
            }
        const auto pending = m_decoding.find(m_section);
        const QImage img = pending != m_decoding.end() ? pending->second.get() : decodeImage(path);
        if (pending != m_decoding.end())
            m_decoding.erase(pending);
        if (img.isNull()) {
            text(QCoreApplication::translate("cd::Report", "The image cannot be read (damaged, or a format this program does not know)."),
                 font(ReportPainter::fangSongFamilies(), 14), Qt::AlignLeft);
            return;
        }
        // Never enlarged past its own resolution at 144 dpi, so a small image is not blown up into blur.
        QSizeF fit = QSizeF(img.size()) * (m_device->logicalDpiX() / 144.0);
        if (fit.width() > room.width() || fit.height() > room.height() - 2 * m_mm)
            fit.scale(room.width(), room.height() - 2 * m_mm, Qt::KeepAspectRatio);
        const QRectF target(room.left() + (room.width() - fit.width()) / 2, room.top() + 2 * m_mm, fit.width(), fit.height());
        m_p.drawImage(target, img);
        m_y = target.bottom() + 3 * m_mm;
    }

    // A plain bar chart: one bar per category, its value above it, its label below.
    void chart(const ReportSection &s)
    {
        const QFont f = font(ReportPainter::fangSongFamilies(), 10.5);
        const double height = 60 * m_mm;
        ensureRoom(height + 3 * lineHeight(f));
        if (!s.chartTitle.isEmpty())
            text(s.chartTitle, font(ReportPainter::heiFamilies(), 12), Qt::AlignHCenter);
        double maxValue = 0;
        for (const auto &b : s.bars)
            maxValue = std::max(maxValue, b.second);
        const double base = m_y + height;
        const double slot = m_block.width() / s.bars.size();
        QPen axis(Qt::black);
        axis.setWidthF(0.3 * m_mm);
        m_p.setPen(axis);
        m_p.drawLine(QPointF(m_block.left(), base), QPointF(m_block.right(), base));
        m_p.setFont(f);
        for (int i = 0; i < s.bars.size(); ++i) {
            const double h = maxValue > 0 ? (height - lineHeight(f)) * s.bars[i].second / maxValue : 0;
            const QRectF bar(m_block.left() + i * slot + slot * 0.2, base - h, slot * 0.6, h);
            m_p.fillRect(bar, QColor(0x9E, 0x2A, 0x2B));
            m_p.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - lineHeight(f), slot, lineHeight(f)), Qt::AlignCenter,
                         QString::number(s.bars[i].second));
            m_p.drawText(QRectF(m_block.left() + i * slot, base + 1 * m_mm, slot, lineHeight(f)), Qt::AlignCenter, s.bars[i].first);
        }
        m_y = base + lineHeight(f) + 3 * m_mm;
    }

    QList<double> columnWidths(const ReportTable &t) const
    {
        double total = 0;
        for (const auto &c : t.columns)
            total += c.weight;
        QList<double> w;
        for (const auto &c : t.columns)
            w << m_block.width() * c.weight / total;
        if (!t.fitToContent)
            return w;
        // The width each column needs to show its longest text on one line (header in 黑体, cells in 仿宋).
        const QFontMetricsF cells(font(ReportPainter::fangSongFamilies(), m_doc.tablePointSize), m_device);
        const QFontMetricsF heads(font(ReportPainter::heiFamilies(), m_doc.tablePointSize), m_device);
        const double pad = 2 * m_doc.cellPaddingMm * m_mm + 1.5 * m_mm;
        QList<double> need;
        for (int c = 0; c < t.columns.size(); ++c) {
            double n = heads.horizontalAdvance(t.columns[c].title);
            for (int r = 0; r < t.rows.size(); ++r)
                if (!t.groupRows.contains(r))
                    n = std::max(n, cells.horizontalAdvance(t.rows[r].value(c)));
            need << n + pad;
        }
        // The keepWhole columns get what they need to stay on one line; the others wrap and share the rest by weight,
        // no narrower than their header. When even that does not fit, the weights decide.
        QList<double> head;
        QList<bool> flexible;
        double fixedSum = 0, minFlex = 0;
        for (int c = 0; c < t.columns.size(); ++c) {
            head << heads.horizontalAdvance(t.columns[c].title) + pad;
            flexible << !t.columns[c].keepWhole;
            flexible[c] ? minFlex += head[c] : fixedSum += need[c];
        }
        if (fixedSum + minFlex > m_block.width())
            return w;
        // A flexible column that needs less than its share keeps what it needs too; the rest is shared again.
        for (bool settled = false; !settled;) {
            settled = true;
            double r = m_block.width(), wsum = 0;
            for (int c = 0; c < t.columns.size(); ++c)
                flexible[c] ? wsum += t.columns[c].weight : r -= need[c];
            for (int c = 0; c < t.columns.size(); ++c)
                if (flexible[c] && wsum > 0 && need[c] <= r * t.columns[c].weight / wsum) {
                    flexible[c] = false;
                    settled = false;
                    break;
                }
        }
        double room = m_block.width(), weights = 0;
        for (int c = 0; c < t.columns.size(); ++c)
            flexible[c] ? weights += t.columns[c].weight : room -= need[c];
        for (int c = 0; c < t.columns.size(); ++c)
            w[c] = flexible[c] ? std::max(head[c], weights > 0 ? room * t.columns[c].weight / weights : 0) : need[c];
        // A header wider than its share took more than its part: take it back from the flexible columns that have room.
        double sum = 0, slack = 0;
        for (int c = 0; c < w.size(); ++c) {
            sum += w[c];
            if (flexible[c])
                slack += w[c] - head[c];
        }
        if (sum > m_block.width() && slack > 0)
            for (int c = 0; c < w.size(); ++c)
                if (flexible[c])
                    w[c] -= (sum - m_block.width()) * (w[c] - head[c]) / slack;
        // Room left when every column fits: spread by weight, so the table still fills the text block.
        double used = 0;
        for (double x : w)
            used += x;
        if (used < m_block.width())
            for (int c = 0; c < w.size(); ++c)
                w[c] += (m_block.width() - used) * t.columns[c].weight / total;
        return w;
    }

    double rowHeight(const QStringList &cells, const QList<double> &w, const QFont &f) const
    {
        const double pad = m_doc.cellPaddingMm * m_mm;
        double h = lineHeight(f) * 0.8;
        for (int c = 0; c < w.size(); ++c)
            h = std::max(h, textHeight(cells.value(c), f, w[c] - 2 * pad));
        return h + 2 * pad;
    }

    void paintRow(const QStringList &cells, const QList<double> &w, const ReportTable &t, const QFont &f, double h, bool header)
    {
        const double pad = m_doc.cellPaddingMm * m_mm;
        double x = m_block.left();
        m_p.setFont(f);
        for (int c = 0; c < w.size(); ++c) {
            const QRectF cell(x, m_y, w[c], h);
            if (header)
                m_p.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
            m_p.drawRect(cell);
            const Qt::Alignment align = header ? Qt::AlignHCenter : (t.columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft);
            // Wrap anywhere: a long code breaks across lines rather than being clipped.
            m_p.drawText(cell.adjusted(pad, pad, -pad, -pad), int(align) | Qt::AlignVCenter | Qt::TextWrapAnywhere, cells.value(c));
            x += w[c];
        }
        m_y += h;
    }

    // The height of a table's header row and first row, which never stand apart from what heads them.
    double tableStartHeight(const ReportTable &t) const
    {
        const QList<double> w = columnWidths(t);
        QStringList titles;
        for (const auto &c : t.columns)
            titles << c.title;
        const double head = rowHeight(titles, w, font(ReportPainter::heiFamilies(), m_doc.tablePointSize));
        double first = 0;
        if (!t.rows.isEmpty() && !t.groupRows.contains(0))
            first = rowHeight(t.rows.first(), w, font(ReportPainter::fangSongFamilies(), m_doc.tablePointSize));
        return head + std::max(head, first); // table() itself wants room for two header rows
    }

    void table(const ReportTable &t)
    {
        const QList<double> w = columnWidths(t);
        const QFont cellFont = font(ReportPainter::fangSongFamilies(), m_doc.tablePointSize);
        const QFont headFont = font(ReportPainter::heiFamilies(), m_doc.tablePointSize);
        QStringList titles;
        for (const auto &c : t.columns)
            titles << c.title;
        const double headH = rowHeight(titles, w, headFont);
        QPen pen(Qt::black);
        pen.setWidthF(0.25 * m_mm);
        m_p.setPen(pen);
        ensureRoom(headH * 2);
        paintRow(titles, w, t, headFont, headH, true);
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool group = t.groupRows.contains(r);
            const QFont &f = group ? headFont : cellFont;
            const double h = group ? rowHeight({t.rows[r].value(0)}, {m_block.width()}, f) : rowHeight(t.rows[r], w, f);
            if (m_y + h > m_block.bottom()) {
                newPage();
                m_p.setPen(pen);
                paintRow(titles, w, t, headFont, headH, true); // the header row again on every page
            }
            if (group) {
                const double pad = 1.2 * m_mm;
                const QRectF cell(m_block.left(), m_y, m_block.width(), h);
                m_p.drawRect(cell);
                m_p.setFont(f);
                m_p.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter, t.rows[r].value(0));
                m_y += h;
            } else {
                paintRow(t.rows[r], w, t, f, h, false);
            }
        }
    }

    QPainter &m_p;
    QPagedPaintDevice *m_device;
    const ReportDocument &m_doc;
    const ReportPainter::Options &m_options;
    double m_mm = 1;
    QRectF m_block;
    double m_y = 0;
    int m_page = 0;
    bool m_cancelled = false;
    int m_section = 0;
    std::map<int, std::future<QImage>> m_decoding; // photos of the next sections, decoding
};

} // namespace

int ReportPainter::paint(const ReportDocument &doc, QPagedPaintDevice *device, const std::function<bool(int, int)> &progress)
{
    Options options;
    options.progress = progress;
    return paint(doc, device, options);
}

int ReportPainter::writePdf(const ReportDocument &doc, const QString &path, const std::function<bool(int, int)> &progress)
{
    Options options;
    options.progress = progress;
    return writePdf(doc, path, options);
}

int ReportPainter::paint(const ReportDocument &doc, QPagedPaintDevice *device, const Options &options)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    QPainter p(device);
    Layout layout(p, device, doc, options);
    layout.run();
    p.end();
    if (layout.cancelled())
        return -1;
    return layout.pages();
}

int ReportPainter::writePdf(const ReportDocument &doc, const QString &path, const Options &options)
{
    const QFileInfo fi(path);
    if (!QFileInfo(fi.absolutePath()).isDir())
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Export", "The folder %1 does not exist.")
                                                .arg(QDir::toNativeSeparators(fi.absolutePath())));
    const QString tmp = siblingTempPath(path, QStringLiteral("part"));
    int pages = 0;
    {
        QPdfWriter writer(tmp);
        writer.setResolution(600);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("CampaignDesk"));
        pages = paint(doc, &writer, options);
    }
    QFile out(tmp);
    if (pages < 0) {
        out.remove();
        throw Failure(Failure::Kind::Input, QCoreApplication::translate("cd::Export", "The export was cancelled; no file was written."));
    }
    if (!out.exists() || out.size() == 0) {
        out.remove();
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                                                  .arg(QDir::toNativeSeparators(path), QCoreApplication::translate("cd::Export", "the disk may be full.")));
    }
    // Search and copy give 文明窗口, not the radicals Qt's text map would name (see pdftext.h).
    if (out.open(QIODevice::ReadWrite)) {
        const QByteArray written = out.readAll();
        const QByteArray fixed = fixPdfToUnicode(written);
        bool ok = true;
        if (fixed.size() != written.size() || fixed != written)
            ok = out.seek(0) && out.write(fixed) == fixed.size() && out.resize(fixed.size()) && out.flush();
        out.close();
        if (!ok) {
            out.remove();
            throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                                                      .arg(QDir::toNativeSeparators(path), QCoreApplication::translate("cd::Export", "the disk may be full.")));
        }
    }
    QString why;
    if (!replaceFile(tmp, path, &why)) {
        out.remove();
        throw Failure(Failure::Kind::Storage, QCoreApplication::translate("cd::Export", "Cannot write %1: %2 Nothing was written.")
                                                  .arg(QDir::toNativeSeparators(path), why));
    }
    return pages;
}

} // namespace cd
