#include "reports/pdftext.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace cd {

uint unifiedIdeograph(uint cp)
{
    if (cp < 0x2E80 || cp > 0x2FDF)
        return cp;
    static const QHash<uint, uint> table = [] {
        QHash<uint, uint> t;
        QFile f(QStringLiteral(":/data/radicals.txt"));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith('#'))
                    continue;
                const QList<QByteArray> p = line.simplified().split(' ');
                bool a = false, b = false;
                if (p.size() == 2)
                    t.insert(p[0].toUInt(&a, 16), p[1].toUInt(&b, 16));
            }
        return t;
    }();
    if (const auto it = table.constFind(cp); it != table.cend())
        return it.value();
    const QString n = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_KC);
    return n.size() == 1 ? n.at(0).unicode() : cp;
}

namespace {

QByteArray hex4(uint v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

// Rewrites one ToUnicode CMap: every destination that is a radical becomes its ideograph. A range written as
// <lo> <hi> <start> whose destinations include a radical is spelled out as an array, one destination per code.
QByteArray fixCmap(const QByteArray &cmap, int *fixed)
{
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>"));
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString text = QString::fromLatin1(cmap);
    // Sections: "beginbfrange … endbfrange" and "beginbfchar … endbfchar"; destinations are every token but the
    // source codes (the first one or two of each line).
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inRange = false, inChar = false;
    QStringList result;
    for (const QString &line : lines) {
        if (line.endsWith(QLatin1String("beginbfrange")))
            inRange = true;
        else if (line.startsWith(QLatin1String("endbfrange")))
            inRange = false;
        else if (line.endsWith(QLatin1String("beginbfchar")))
            inChar = true;
        else if (line.startsWith(QLatin1String("endbfchar")))
            inChar = false;
        else if (inRange || inChar) {
            const int skip = inRange ? 2 : 1; // source codes before the destinations
            const auto whole = range.match(line);
            if (inRange && whole.hasMatch() && whole.capturedStart() == 0 && !line.contains(QLatin1Char('['))) {
                const uint lo = whole.captured(1).toUInt(nullptr, 16), hi = whole.captured(2).toUInt(nullptr, 16);
                const uint start = whole.captured(3).toUInt(nullptr, 16);
                bool touches = false;
                for (uint k = 0; k <= hi - lo && hi >= lo; ++k)
                    touches = touches || unifiedIdeograph(start + k) != start + k;
                if (touches) {
                    QString spelled = QStringLiteral("<%1> <%2> [").arg(whole.captured(1), whole.captured(2));
                    for (uint k = 0; k <= hi - lo; ++k) {
                        const uint u = unifiedIdeograph(start + k);
                        *fixed += u != start + k;
                        spelled += QStringLiteral("<%1> ").arg(QString::fromLatin1(hex4(u)));
                    }
                    result << spelled + QLatin1Char(']');
                    continue;
                }
                result << line;
                continue;
            }
            QString l = line;
            int seen = 0;
            qsizetype shift = 0;
            for (auto it = token.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                if (seen++ < skip)
                    continue;
                const uint cp = m.captured(1).toUInt(nullptr, 16);
                const uint u = unifiedIdeograph(cp);
                if (u != cp) {
                    l.replace(m.capturedStart(1) + shift, 4, QString::fromLatin1(hex4(u)));
                    ++*fixed;
                }
            }
            result << l;
            continue;
        }
        result << line;
    }
    return result.join(QLatin1Char('\n')).toLatin1();
}

} // namespace

QByteArray fixPdfToUnicode(const QByteArray &pdf, int *fixedEntries)
{
    int fixed = 0;
    if (fixedEntries)
        *fixedEntries = 0;
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (!pdf.startsWith("%PDF-") || xref < 0 || trailer < 0)
        return pdf;
    // The objects as Qt writes them: "N 0 obj\n<< … /Length L >>\nstream\n…\nendstream\nendobj".
    QByteArray body;
    body.reserve(pdf.size() + 4096);
    qsizetype pos = 0;
    static const QRegularExpression cmapHead(QStringLiteral("^\\d+ 0 obj\\n<< /Length (\\d+) >>\\nstream\\n"));
    while (pos < xref + 1) {
        const qsizetype next = pdf.indexOf(" 0 obj\n", pos);
        if (next < 0 || next > xref) {
            body += pdf.mid(pos, xref + 1 - pos);
            break;
        }
        qsizetype objStart = next;
        while (objStart > pos && pdf[objStart - 1] >= '0' && pdf[objStart - 1] <= '9')
            --objStart;
        body += pdf.mid(pos, objStart - pos);
        const qsizetype end = pdf.indexOf("endobj\n", next);
        if (end < 0 || end > xref)
            return pdf;
        QByteArray object = pdf.mid(objStart, end + 7 - objStart);
        const auto head = cmapHead.match(QString::fromLatin1(object.left(80)));
        if (head.hasMatch() && object.contains("begincmap")) {
            const qsizetype dataStart = head.capturedLength();
            const qsizetype length = head.captured(1).toLongLong();
            const QByteArray stream = object.mid(dataStart, length);
            int here = 0;
            const QByteArray fixedStream = fixCmap(stream, &here);
            if (here > 0) {
                fixed += here;
                const QByteArray number = object.left(object.indexOf(' '));
                object = number + " 0 obj\n<< /Length " + QByteArray::number(fixedStream.size()) + " >>\nstream\n" + fixedStream
                    + object.mid(dataStart + length);
            }
        }
        body += object;
        pos = end + 7;
    }
    if (fixed == 0)
        return pdf;
    // A new cross-reference table for the new offsets.
    static const QRegularExpression sizeRe(QStringLiteral("/Size (\\d+)"));
    const QByteArray trailerText = pdf.mid(trailer, pdf.indexOf("startxref", trailer) - trailer);
    const auto sm = sizeRe.match(QString::fromLatin1(trailerText));
    if (!sm.hasMatch())
        return pdf;
    const int size = sm.captured(1).toInt();
    QList<qsizetype> offsets(size, -1);
    static const QRegularExpression objRe(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\n"));
    const QString latin = QString::fromLatin1(body);
    for (auto it = objRe.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        if (n > 0 && n < size)
            offsets[n] = m.capturedStart(1);
    }
    QByteArray table = "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n)
        table += offsets[n] < 0 ? QByteArray("0000000000 65535 f \n")
                                : QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n";
    const qsizetype xrefAt = body.size();
    QByteArray out = body + table + trailerText + "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    if (fixedEntries)
        *fixedEntries = fixed;
    return out;
}

} // namespace cd
