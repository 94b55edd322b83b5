// Makes the text of a PDF that Qt wrote extract as it was drawn. Qt builds each font's ToUnicode map by asking, for
// every code point from U+0000 up, which glyph the font draws, and keeps the first code point per glyph. CJK fonts draw
// a Kangxi radical and its ideograph with one glyph (⽂ U+2F42 and 文 U+6587), so search and copy gave "⽂明窗⼝".
// This rewrites those map entries to the ideographs and rebuilds the cross-reference table.
#pragma once

#include <QByteArray>

namespace cd {

// Returns the corrected PDF, or the input unchanged when it has no such entry (or is not laid out as Qt writes).
QByteArray fixPdfToUnicode(const QByteArray &pdf, int *fixedEntries = nullptr);
// The ideograph a radical stands for in text (U+2F42 → U+6587), or the code point itself.
uint unifiedIdeograph(uint codePoint);

} // namespace cd
