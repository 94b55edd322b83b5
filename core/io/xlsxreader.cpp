#include "io/xlsxreader.h"

#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QBuffer>
#include <QXmlStreamReader>
#include <minizip/unzip.h>
#include <cmath>
#include <cstring>
#include <algorithm>
#include <optional>

namespace cd {

namespace {

// minizip reads through these callbacks from any QIODevice (a QBuffer over bytes in memory, or a QFile), so paths
// with Chinese characters never reach fopen and a large file is never read whole just to check it.
struct DeviceStream
{
    QIODevice *device;
};

voidpf openDev(voidpf opaque, const void *, int) { return new DeviceStream{static_cast<QIODevice *>(opaque)}; }
uLong readDev(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<DeviceStream *>(stream)->device->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}
uLong writeDev(voidpf, voidpf, const void *, uLong) { return 0; }
ZPOS64_T tellDev(voidpf, voidpf stream) { return ZPOS64_T(static_cast<DeviceStream *>(stream)->device->pos()); }
long seekDev(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice *d = static_cast<DeviceStream *>(stream)->device;
    const qint64 total = d->size();
    qint64 target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR: target = d->pos() + qint64(offset); break;
    case ZLIB_FILEFUNC_SEEK_END: target = total + qint64(offset); break;
    default: target = qint64(offset); break;
    }
    if (target < 0 || target > total)
        return -1;
    return d->seek(target) ? 0 : -1;
}
int closeDev(voidpf, voidpf stream)
{
    delete static_cast<DeviceStream *>(stream);
    return 0;
}
int errorDev(voidpf, voidpf) { return 0; }

class Zip
{
public:
    explicit Zip(QIODevice *device)
    {
        zlib_filefunc64_def f{};
        f.zopen64_file = openDev;
        f.zread_file = readDev;
        f.zwrite_file = writeDev;
        f.ztell64_file = tellDev;
        f.zseek64_file = seekDev;
        f.zclose_file = closeDev;
        f.zerror_file = errorDev;
        f.opaque = device;
        m_zip = unzOpen2_64("device", &f);
    }
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    bool isOpen() const { return m_zip != nullptr; }

    // Inflates one entry piece by piece into `sink`, refusing it early when its declared size (or what it actually
    // expands to) passes the limits; the CRC is checked at the end.
    // `limited`: apply the limits against zip bombs (files from outside); a workbook this program just wrote is read
    // back without them, whatever its size.
    ZipEntryStatus stream(const QString &name, const std::function<void(const char *, qsizetype)> &sink, quint64 *expanded = nullptr,
                          bool limited = true)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 0) != UNZ_OK)
            return ZipEntryStatus::Missing;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return ZipEntryStatus::Damaged;
        if (expanded)
            *expanded = info.uncompressed_size;
        if (limited && tooLarge(info.uncompressed_size, info.compressed_size))
            return ZipEntryStatus::TooLarge;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return ZipEntryStatus::Damaged;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        quint64 got = 0;
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer.data(), unsigned(buffer.size()))) > 0) {
            got += quint64(n);
            if (got > info.uncompressed_size || (limited && tooLarge(got, info.compressed_size))) {
                unzCloseCurrentFile(m_zip);
                if (expanded)
                    *expanded = got;
                return ZipEntryStatus::TooLarge;
            }
            sink(buffer.constData(), n);
        }
        const bool crcOk = unzCloseCurrentFile(m_zip) == UNZ_OK;
        return n < 0 || got != info.uncompressed_size || !crcOk ? ZipEntryStatus::Damaged : ZipEntryStatus::Ok;
    }

    // The names of every entry, in the archive's order; nullopt when its directory is damaged.
    std::optional<QStringList> names()
    {
        QStringList out;
        int rc = unzGoToFirstFile(m_zip);
        while (rc == UNZ_OK) {
            char name[1024];
            unz_file_info64 info{};
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK || info.size_filename >= sizeof name)
                return std::nullopt;
            out << QString::fromUtf8(name, qsizetype(info.size_filename));
            rc = unzGoToNextFile(m_zip);
        }
        return rc == UNZ_END_OF_LIST_OF_FILE ? std::optional<QStringList>(out) : std::nullopt;
    }

    ZipEntryStatus read(const QString &name, QByteArray *out, quint64 *expanded = nullptr)
    {
        out->clear();
        return stream(name, [out](const char *d, qsizetype n) { out->append(d, n); }, expanded);
    }

private:
    unzFile m_zip = nullptr;
};

// A part that does not parse to its end refuses the workbook. A DTD never occurs in a workbook's parts; one that
// declares entities is how "billion laughs" attacks blow up a parser, so any DTD is refused.
[[noreturn]] void damagedPart(const QString &displayName, const QString &part, const QString &where)
{
    failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: its part %2 is damaged%3; nothing was imported.")
                  .arg(displayName, part, where));
}

void checkToken(QXmlStreamReader &r, const QString &displayName, const QString &part)
{
    if (r.tokenType() == QXmlStreamReader::DTD || r.tokenType() == QXmlStreamReader::EntityReference)
        failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: its part %2 declares entities (a DTD), which workbooks never do; "
                     "nothing was imported.").arg(displayName, part));
}

QStringList readSharedStrings(const QByteArray &xml, const QString &displayName, const QString &part)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    int depthInRph = 0;
    while (!r.atEnd()) {
        r.readNext();
        checkToken(r, displayName, part);
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
    if (r.hasError())
        damagedPart(displayName, part, QCoreApplication::translate("cd::Xlsx", " (after shared string %1)").arg(out.size()));
    return out;
}

int columnIndex(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
        if (col > 16384)
            return -1;
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

Table readSheet(const QByteArray &xml, const QStringList &shared, const QString &displayName, const QString &part)
{
    Table t;
    QXmlStreamReader r(xml);
    TableRow row;
    bool inRow = false;
    int nextRow = 1;
    int lastRow = 0;
    while (!r.atEnd()) {
        r.readNext();
        checkToken(r, displayName, part);
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            row = TableRow{};
            const int n = r.attributes().value(QLatin1String("r")).toInt();
            row.number = n > 0 ? n : nextRow;
            nextRow = row.number + 1;
            inRow = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            while (!row.cells.isEmpty() && row.cells.last().isEmpty())
                row.cells.removeLast();
            lastRow = row.number;
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
                checkToken(r, displayName, part);
                if (r.isStartElement() && r.name() == QLatin1String("v")) {
                    value = r.readElementText();
                } else if (r.isStartElement() && r.name() == QLatin1String("t")) { // inlineStr: <is><t>
                    value += r.readElementText();
                }
            }
            if (r.hasError())
                break;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int idx = value.toInt(&ok);
                if (!ok || idx < 0 || idx >= shared.size())
                    failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: cell %2 (row %3) refers to shared string %4, which the "
                                 "workbook does not have (%5 in all); nothing was imported.")
                                  .arg(displayName, ref.isEmpty() ? QCoreApplication::translate("cd::Xlsx", "column %1").arg(col + 1) : ref)
                                  .arg(row.number)
                                  .arg(value)
                                  .arg(shared.size()));
                value = shared[idx];
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
        damagedPart(displayName, part, lastRow > 0 ? QCoreApplication::translate("cd::Xlsx", " after row %1").arg(lastRow) : QCoreApplication::translate("cd::Xlsx", " before its first row"));
    return t;
}

QByteArray requiredPart(Zip &zip, const QString &part, const QString &displayName, bool *present = nullptr)
{
    QByteArray data;
    quint64 expanded = 0;
    switch (zip.read(part, &data, &expanded)) {
    case ZipEntryStatus::Ok:
        if (present)
            *present = true;
        return data;
    case ZipEntryStatus::Missing:
        if (present) {
            *present = false;
            return {};
        }
        failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: it has no part %2 (is it a .docx or another zip?)").arg(displayName, part));
    case ZipEntryStatus::Damaged:
        damagedPart(displayName, part, QString());
    case ZipEntryStatus::TooLarge:
        failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a workbook this program reads: its part %2 expands to %3 MB, over the limit (%4 MB, and "
                     "beyond %5 MB at most %6 times its compressed size); nothing was imported.")
                      .arg(displayName, part)
                      .arg(expanded / (1024 * 1024))
                      .arg(kMaxPartBytes / (1024 * 1024))
                      .arg(kRatioFreeBytes / (1024 * 1024))
                      .arg(kMaxPartRatio));
    }
    return {};
}

} // namespace

bool tooLarge(quint64 expanded, quint64 compressed)
{
    return expanded > kMaxPartBytes || (expanded > kRatioFreeBytes && expanded > compressed * kMaxPartRatio);
}

// Opens a zip held in memory and hands it to `use`; nullopt when it is not a zip.
template <typename Result>
std::optional<Result> withZip(const QByteArray &zipBytes, const std::function<std::optional<Result>(Zip &)> &use)
{
    QBuffer buffer;
    buffer.setData(zipBytes);
    buffer.open(QIODevice::ReadOnly);
    Zip zip(&buffer);
    return zip.isOpen() ? use(zip) : std::nullopt;
}

std::optional<QByteArray> zipEntry(const QByteArray &zipBytes, const QString &name)
{
    return withZip<QByteArray>(zipBytes, [&name](Zip &zip) -> std::optional<QByteArray> {
        QByteArray out;
        return zip.read(name, &out) == ZipEntryStatus::Ok ? std::optional<QByteArray>(out) : std::nullopt;
    });
}

std::optional<QStringList> zipEntryNames(const QByteArray &zipBytes)
{
    return withZip<QStringList>(zipBytes, [](Zip &zip) { return zip.names(); });
}

ZipEntryStatus streamZipFileEntry(const QString &path, const QString &name, const std::function<void(const char *, qsizetype)> &sink)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ZipEntryStatus::Missing;
    Zip zip(&f);
    if (!zip.isOpen())
        return ZipEntryStatus::Damaged;
    return zip.stream(name, sink, nullptr, false);
}

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxSheet readXlsxFirstSheet(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        failInput(QCoreApplication::translate("cd::Xlsx", "Cannot read %1: %2").arg(QDir::toNativeSeparators(path), readProblem(f)));
    return readXlsxFirstSheet(f.readAll(), QDir::toNativeSeparators(path));
}

XlsxSheet readXlsxFirstSheet(const QByteArray &bytes, const QString &displayName)
{
    return *readXlsxSheet(bytes, displayName, QString());
}

std::optional<XlsxSheet> readXlsxSheet(const QByteArray &bytes, const QString &displayName, const QString &wanted)
{
    const auto notWorkbook = [&](const QString &why) {
        failInput(QCoreApplication::translate("cd::Xlsx", "%1 is not a readable .xlsx workbook: %2").arg(displayName, why));
    };
    if (!looksLikeZip(bytes))
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "it is not a zip archive"));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Zip zip(&buffer);
    if (!zip.isOpen())
        notWorkbook(QCoreApplication::translate("cd::Xlsx", "the zip archive is damaged"));
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QByteArray workbook = requiredPart(zip, workbookPart, displayName);

    // The first sheet, or the one named `wanted` (hidden sheets included).
    XlsxSheet sheet;
    QString relId;
    {
        QXmlStreamReader r(workbook);
        while (!r.atEnd()) {
            r.readNext();
            checkToken(r, displayName, workbookPart);
            if (relId.isEmpty() && r.isStartElement() && r.name() == QLatin1String("sheet")) {
                const QString name = r.attributes().value(QLatin1String("name")).toString();
                if (!wanted.isEmpty() && name != wanted)
                    continue;
                sheet.name = name;
                for (const auto &a : r.attributes())
                    if (a.name() == QLatin1String("id"))
                        relId = a.value().toString();
            }
        }
        if (r.hasError())
            damagedPart(displayName, workbookPart, QString());
    }
    if (!wanted.isEmpty() && relId.isEmpty())
        return std::nullopt;
    QString target = QStringLiteral("worksheets/sheet1.xml");
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    bool haveRels = false;
    const QByteArray rels = requiredPart(zip, relsPart, displayName, &haveRels);
    if (haveRels && !relId.isEmpty()) {
        QXmlStreamReader r(rels);
        while (!r.atEnd()) {
            r.readNext();
            checkToken(r, displayName, relsPart);
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")
                && r.attributes().value(QLatin1String("Id")) == relId)
                target = r.attributes().value(QLatin1String("Target")).toString();
        }
        if (r.hasError())
            damagedPart(displayName, relsPart, QString());
    }
    const QString entryName = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    const QByteArray sheetXml = requiredPart(zip, entryName, displayName);
    QStringList shared;
    const QString sharedPart = QStringLiteral("xl/sharedStrings.xml");
    bool haveShared = false;
    const QByteArray ss = requiredPart(zip, sharedPart, displayName, &haveShared);
    if (haveShared)
        shared = readSharedStrings(ss, displayName, sharedPart);
    sheet.table = readSheet(sheetXml, shared, displayName, entryName);
    return sheet;
}

} // namespace cd
