#include "io/xlsxreader.h"

#include "util/failure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <minizip/unzip.h>
#include <cmath>
#include <cstring>
#include <algorithm>
#include <optional>

namespace cd {

namespace {

// minizip reads from memory through these callbacks, so paths with Chinese characters never reach fopen.
struct MemoryStream
{
    const QByteArray *data;
    ZPOS64_T pos;
};

voidpf openMem(voidpf opaque, const void *, int) { return new MemoryStream{static_cast<const QByteArray *>(opaque), 0}; }
uLong readMem(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryStream *>(stream);
    const ZPOS64_T total = ZPOS64_T(m->data->size());
    const uLong n = m->pos >= total ? 0 : uLong(std::min<ZPOS64_T>(size, total - m->pos));
    std::memcpy(buf, m->data->constData() + m->pos, n);
    m->pos += n;
    return n;
}
uLong writeMem(voidpf, voidpf, const void *, uLong) { return 0; }
ZPOS64_T tellMem(voidpf, voidpf stream) { return static_cast<MemoryStream *>(stream)->pos; }
long seekMem(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<MemoryStream *>(stream);
    const ZPOS64_T total = ZPOS64_T(m->data->size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR: target = m->pos + offset; break;
    case ZLIB_FILEFUNC_SEEK_END: target = total + offset; break;
    default: target = offset; break;
    }
    if (target > total)
        return -1;
    m->pos = target;
    return 0;
}
int closeMem(voidpf, voidpf stream)
{
    delete static_cast<MemoryStream *>(stream);
    return 0;
}
int errorMem(voidpf, voidpf) { return 0; }

class Zip
{
public:
    explicit Zip(const QByteArray &bytes)
    {
        zlib_filefunc64_def f{};
        f.zopen64_file = openMem;
        f.zread_file = readMem;
        f.zwrite_file = writeMem;
        f.ztell64_file = tellMem;
        f.zseek64_file = seekMem;
        f.zclose_file = closeMem;
        f.zerror_file = errorMem;
        f.opaque = const_cast<QByteArray *>(&bytes);
        m_zip = unzOpen2_64("memory", &f);
    }
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    bool isOpen() const { return m_zip != nullptr; }
    // nullopt when the entry is missing or damaged
    std::optional<QByteArray> entry(const QString &name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        if (info.uncompressed_size > 512ull * 1024 * 1024 || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray out(qsizetype(info.uncompressed_size), Qt::Uninitialized);
        qsizetype got = 0;
        while (got < out.size()) {
            const int n = unzReadCurrentFile(m_zip, out.data() + got, unsigned(std::min<qsizetype>(out.size() - got, 1 << 20)));
            if (n <= 0)
                break;
            got += n;
        }
        const bool crcOk = unzCloseCurrentFile(m_zip) == UNZ_OK;
        if (got != out.size() || !crcOk)
            return std::nullopt;
        return out;
    }

private:
    unzFile m_zip = nullptr;
};

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    int depthInRph = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si"))
                current.clear();
            else if (r.name() == QLatin1String("rPh"))
                ++depthInRph; // phonetic guide text is not part of the value
            else if (r.name() == QLatin1String("t") && depthInRph == 0)
                current += r.readElementText();
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si"))
                out << current;
            else if (r.name() == QLatin1String("rPh"))
                --depthInRph;
        }
    }
    return out;
}

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
    }
    return col - 1;
}

int rowIndex(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    return ref.mid(i).toInt();
}

QString numberText(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (ok && std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return v;
}

Table readSheet(const QByteArray &xml, const QStringList &shared)
{
    Table t;
    QXmlStreamReader r(xml);
    TableRow row;
    bool inRow = false;
    int nextRow = 1;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            row = TableRow{};
            const int n = r.attributes().value(QLatin1String("r")).toInt();
            row.number = n > 0 ? n : nextRow;
            nextRow = row.number + 1;
            inRow = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            while (!row.cells.isEmpty() && row.cells.last().isEmpty())
                row.cells.removeLast();
            if (!row.cells.isEmpty())
                t.rows.push_back(row);
            inRow = false;
        } else if (inRow && r.isStartElement() && r.name() == QLatin1String("c")) {
            const auto attrs = r.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const QString ref = attrs.value(QLatin1String("r")).toString();
            int col = ref.isEmpty() ? int(row.cells.size()) : columnIndex(ref);
            if (!ref.isEmpty() && rowIndex(ref) > 0)
                row.number = rowIndex(ref);
            QString value;
            while (!(r.isEndElement() && r.name() == QLatin1String("c")) && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v")) {
                    value = r.readElementText();
                } else if (r.isStartElement() && r.name() == QLatin1String("t")) { // inlineStr: <is><t>
                    value += r.readElementText();
                }
            }
            if (type == QLatin1String("s")) {
                const int idx = value.toInt();
                value = idx >= 0 && idx < shared.size() ? shared[idx] : QString();
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            }
            if (col < 0 || col > 16384)
                continue;
            while (row.cells.size() <= col)
                row.cells.push_back(QString());
            row.cells[col] = value;
        }
    }
    if (r.hasError())
        failInput(QCoreApplication::translate("cd::Xlsx", "the worksheet XML is damaged (%1 at line %2)").arg(r.errorString()).arg(r.lineNumber()));
    return t;
}

} // namespace

std::optional<QByteArray> zipEntry(const QByteArray &zipBytes, const QString &name)
{
    Zip zip(zipBytes);
    if (!zip.isOpen())
        return std::nullopt;
    return zip.entry(name);
}

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxSheet readXlsxFirstSheet(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failInput(QCoreApplication::translate("cd::Xlsx", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return readXlsxFirstSheet(f.readAll(), QDir::toNativeSeparators(path));
}

XlsxSheet readXlsxFirstSheet(const QByteArray &bytes, const QString &displayName)
{
    const auto notWorkbook = [&](const QString &why) {
        failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: %2").arg(displayName, why));
    };
    if (!looksLikeZip(bytes))
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "it is not a zip archive"));
    Zip zip(bytes);
    if (!zip.isOpen())
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "the zip archive is damaged"));
    const auto workbook = zip.entry(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "it has no xl/workbook.xml (is it a .docx or another zip?)"));

    XlsxSheet sheet;
    QString relId;
    {
        QXmlStreamReader r(*workbook);
        while (!r.atEnd() && relId.isEmpty()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("sheet")) {
                sheet.name = r.attributes().value(QLatin1String("name")).toString();
                for (const auto &a : r.attributes())
                    if (a.name() == QLatin1String("id"))
                        relId = a.value().toString();
            }
        }
    }
    QString target = QStringLiteral("worksheets/sheet1.xml");
    if (const auto rels = zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels")); rels && !relId.isEmpty()) {
        QXmlStreamReader r(*rels);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")
                && r.attributes().value(QLatin1String("Id")) == relId)
                target = r.attributes().value(QLatin1String("Target")).toString();
        }
    }
    QString entryName = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    const auto sheetXml = zip.entry(entryName);
    if (!sheetXml)
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "its first worksheet (%1) is missing or damaged").arg(entryName));
    QStringList shared;
    if (const auto ss = zip.entry(QStringLiteral("xl/sharedStrings.xml")))
        shared = readSharedStrings(*ss);
    sheet.table = readSheet(*sheetXml, shared);
    return sheet;
}

} // namespace cd
