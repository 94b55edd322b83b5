#include "services/rostersource.h"

#include "io/textdecode.h"
#include "io/xlsxreader.h"
#include "util/failure.h"
#include "util/fileutil.h"
#include "util/hugepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace cd {

RosterSource::RosterSource(const QString &path) : m_shown(QDir::toNativeSeparators(path))
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failInput(QCoreApplication::translate("cd::RosterImport", "Cannot read %1: %2").arg(m_shown, readProblem(f)));
    // Read into a buffer backed by huge pages where it is large (util/hugepages.h), not grown by readAll().
    QByteArray bytes;
    const qint64 size = f.size();
    if (size > 0 && size < (qint64(1) << 40)) {
        bytes = QByteArray(qsizetype(size), Qt::Uninitialized);
        preferHugePages(bytes.data(), size_t(size));
        qint64 got = 0;
        while (got < size) {
            const qint64 n = f.read(bytes.data() + got, size - got);
            if (n < 0)
                failInput(QCoreApplication::translate("cd::RosterImport", "Cannot read %1: %2").arg(m_shown, f.errorString()));
            if (n == 0)
                break; // shorter than it was a moment ago
            got += n;
        }
        bytes.truncate(qsizetype(got));
    }
    bytes += f.readAll(); // what a file still being written gained since (and all of a file of unknown size)
    if (looksLikeZip(bytes)) {
        m_table = readXlsxFirstSheet(bytes, m_shown).table;
        return;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is named .xlsx but is not an Excel workbook.").arg(m_shown));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is an old Excel (.xls) file; save it as .xlsx or CSV and import that.").arg(m_shown));
    auto text = decodeText(bytes);
    if (!text)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1 is not a roster: it is neither an .xlsx workbook nor a text (CSV) file.").arg(m_shown));
    m_csv.emplace(std::move(text->text));
}

qsizetype RosterSource::read(QList<TableRow> &out, qsizetype max, CsvReader::Cells cells)
{
    if (m_table) {
        const qsizetype n = std::min(max, m_table->rows.size() - m_next);
        out.reserve(out.size() + n);
        for (qsizetype i = 0; i < n; ++i)
            out.push_back(std::move(m_table->rows[m_next++]));
        return n;
    }
    out.reserve(out.size() + std::min({max, m_csv->linesLeft(), qsizetype(1) << 21}));
    CsvError err;
    const qsizetype n = m_csv->read(out, max, &err, cells);
    if (err.row)
        failInput(QCoreApplication::translate("cd::RosterImport", "%1, row %2: %3.").arg(m_shown).arg(err.row).arg(err.reason));
    return n;
}

} // namespace cd
