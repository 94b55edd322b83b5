// libFuzzer target: the .xlsx reader (zip with size limits, shared strings, sheet XML). A workbook is either read
// whole or refused with cd::Failure; nothing else may escape, and no part may be read past the limits.
#include "io/xlsxreader.h"
#include "util/failure.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const cd::XlsxSheet sheet = cd::readXlsxFirstSheet(bytes, QStringLiteral("fuzz.xlsx"));
        (void)sheet;
    } catch (const cd::Failure &) {
    }
    return 0;
}
