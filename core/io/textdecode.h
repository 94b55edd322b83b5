// Decodes a text file of unknown encoding the way Chinese Excel writes CSV: BOM, then strict UTF-8, then GB18030.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace cd {

enum class TextEncoding { Utf8, Utf8Bom, Utf16, Gb18030 };

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    // Bytes that are not valid in the chosen encoding (a file cut in the middle of a character, a stray byte) are
    // never dropped: each becomes U+FFFD in `text`, so that the reader can name the row and column, and this counts them.
    int invalidBytes = 0;
};

// nullopt when the bytes are not text in any of these encodings (binary data, NUL bytes). The encoding is the BOM's,
// else UTF-8 when the bytes are (almost all) valid UTF-8, else GB18030.
std::optional<DecodedText> decodeText(const QByteArray &bytes);
// GB18030 both ways, through ICU on Linux and the Windows code page 54936 where Qt has no ICU.
std::optional<QString> fromGb18030(const QByteArray &bytes);
QByteArray toGb18030(const QString &text);

} // namespace cd
