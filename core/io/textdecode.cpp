#include "io/textdecode.h"

#include "util/hugepages.h"

#include <QStringDecoder>
#include <QStringEncoder>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace cd {

std::optional<QString> fromGb18030(const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    if (bytes.isEmpty())
        return QString();
    // 54936 is GB18030; where a system lacks it (wine), 936 (GBK) still reads what Excel's "CSV" save writes.
    for (const UINT page : {54936u, 936u}) {
        const int n = MultiByteToWideChar(page, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()), nullptr, 0);
        if (n <= 0)
            continue;
        QString out(n, Qt::Uninitialized);
        MultiByteToWideChar(page, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()),
                            reinterpret_cast<wchar_t *>(out.data()), n);
        return out;
    }
    return std::nullopt;
#else
    QStringDecoder dec("GB18030");
    if (!dec.isValid())
        return std::nullopt;
    QString out = dec.decode(bytes);
    if (dec.hasError())
        return std::nullopt;
    return out;
#endif
}

QByteArray toGb18030(const QString &text)
{
#ifdef Q_OS_WIN
    if (text.isEmpty())
        return {};
    const auto *w = reinterpret_cast<const wchar_t *>(text.utf16());
    for (const UINT page : {54936u, 936u}) {
        const int n = WideCharToMultiByte(page, 0, w, int(text.size()), nullptr, 0, nullptr, nullptr);
        if (n <= 0)
            continue;
        QByteArray out(n, Qt::Uninitialized);
        WideCharToMultiByte(page, 0, w, int(text.size()), out.data(), n, nullptr, nullptr);
        return out;
    }
    return {};
#else
    QStringEncoder enc("GB18030");
    return enc.encode(text);
#endif
}

namespace {

// The length of the GB18030 sequence at bytes[i] by its structure (1, 2 or 4 bytes), or 0 when it is not one.
int gbSequenceLength(const QByteArray &b, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < b.size() ? quint8(b[k]) : 0; };
    const quint8 c = at(i);
    if (c < 0x80)
        return 1;
    if (c == 0x80 || c == 0xFF)
        return 0;
    const quint8 d = at(i + 1);
    if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE))
        return 2;
    if (d >= 0x30 && d <= 0x39 && at(i + 2) >= 0x81 && at(i + 2) <= 0xFE && at(i + 3) >= 0x30 && at(i + 3) <= 0x39)
        return 4;
    return 0;
}

// GB18030 with every byte that does not start a well-formed sequence replaced by U+FFFD.
QString gb18030Lenient(const QByteArray &bytes, int *invalid)
{
    QString out;
    out.reserve(bytes.size());
    preferHugePages(out.data(), size_t(out.capacity()) * sizeof(QChar));
    qsizetype i = 0, runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end <= runStart)
            return;
        const QByteArray run = bytes.mid(runStart, end - runStart);
        if (auto d = fromGb18030(run)) {
            out += *d;
        } else { // well-formed but unassigned four-byte codes
            out += QChar::ReplacementCharacter;
            ++*invalid;
        }
    };
    while (i < bytes.size()) {
        const int n = gbSequenceLength(bytes, i);
        if (n == 0) {
            flush(i);
            out += QChar::ReplacementCharacter;
            ++*invalid;
            runStart = ++i;
            continue;
        }
        i += n;
    }
    flush(bytes.size());
    return out;
}

int nonAscii(const QString &s)
{
    int n = 0;
    for (QChar c : s)
        n += c.unicode() >= 0x80 && c != QChar::ReplacementCharacter && !c.isLowSurrogate();
    return n;
}

} // namespace

std::optional<DecodedText> decodeText(const QByteArray &bytes)
{
    // Stateless: an incomplete sequence at the very end is an error (U+FFFD), not silently held back.
    const auto utf8 = [](const QByteArray &b, int *invalid) {
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // At most one UTF-16 unit per byte; a large text on huge pages (util/hugepages.h).
        QString t(b.size(), Qt::Uninitialized);
        preferHugePages(t.data(), size_t(t.size()) * sizeof(QChar));
        t.truncate(dec.appendToBuffer(t.data(), b) - t.constData());
        *invalid = dec.hasError() ? int(t.count(QChar::ReplacementCharacter)) : 0;
        if (dec.hasError() && *invalid == 0)
            *invalid = 1;
        return t;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        int bad = 0;
        QString t = utf8(bytes.mid(3), &bad);
        if (t.contains(QChar(0)))
            return std::nullopt;
        return DecodedText{t, TextEncoding::Utf8Bom, bad};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        QString t = dec.decode(bytes.mid(2));
        if (t.contains(QChar(0)))
            return std::nullopt;
        return DecodedText{t, TextEncoding::Utf16, dec.hasError() ? int(qMax<qsizetype>(1, t.count(QChar::ReplacementCharacter))) : 0};
    }
    if (bytes.contains('\0'))
        return std::nullopt; // binary
    int badUtf8 = 0;
    QString t = utf8(bytes, &badUtf8);
    if (badUtf8 == 0)
        return DecodedText{t, TextEncoding::Utf8, 0};
    // A UTF-8 file with a few bad bytes (cut short, one damaged character) stays UTF-8; GBK text read as UTF-8 fails
    // at nearly every Chinese character instead.
    if (badUtf8 * 10 < nonAscii(t))
        return DecodedText{t, TextEncoding::Utf8, badUtf8};
    int badGb = 0;
    QString g = gb18030Lenient(bytes, &badGb);
    if (qsizetype(badGb) * 10 > bytes.size() && qsizetype(badUtf8) * 10 > bytes.size())
        return std::nullopt; // not text in either encoding
    if (badGb <= badUtf8)
        return DecodedText{g, TextEncoding::Gb18030, badGb};
    return DecodedText{t, TextEncoding::Utf8, badUtf8};
}

} // namespace cd
