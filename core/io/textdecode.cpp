#include "io/textdecode.h"

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

std::optional<DecodedText> decodeText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder dec(QStringDecoder::Utf8);
        QString t = dec.decode(bytes.mid(3));
        if (dec.hasError() || t.contains(QChar(0)))
            return std::nullopt;
        return DecodedText{t, TextEncoding::Utf8Bom};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString t = dec.decode(bytes.mid(2));
        if (dec.hasError() || t.contains(QChar(0)))
            return std::nullopt;
        return DecodedText{t, TextEncoding::Utf16};
    }
    if (bytes.contains('\0'))
        return std::nullopt; // binary
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString t = utf8.decode(bytes);
    if (!utf8.hasError())
        return DecodedText{t, TextEncoding::Utf8};
    if (auto g = fromGb18030(bytes))
        return DecodedText{*g, TextEncoding::Gb18030};
    return std::nullopt;
}

} // namespace cd
