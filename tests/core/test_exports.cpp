// List exports and the report painter: formula neutralising, safe writing, cancellation, page layout.
#include "catch.h"
#include "testutil.h"

#include "io/listexport.h"
#include "reports/evidencebinder.h"
#include "reports/pdftext.h"
#include "reports/reportpainter.h"
#include "util/failure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QFile>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cd;
using cdtest::u;

namespace {
ExportList sampleList(int rows)
{
    ExportList l;
    l.title = u("2014年“文明窗口”命名名单");
    l.headers = {u("编号"), u("单位名称"), u("统一社会信用代码")};
    l.numericColumns = {0};
    for (int i = 1; i <= rows; ++i)
        l.rows.push_back({QString::number(i), u("南关区第%1婚姻登记处").arg(i), QStringLiteral("12220102MB0000011R")});
    return l;
}

int filesIn(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size());
}
} // namespace

TEST_CASE("cells that a spreadsheet would run get a leading apostrophe (OWASP)", "[io][export]")
{
    struct Case { const char *in; const char *out; };
    const Case cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
        {"+1", "'+1"}, {"-2", "'-2"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"}, {"\rx", "'\rx"},
        {"＝全角", "'＝全角"}, {"南关区=1", "南关区=1"}, {"", ""}, {"12220102MB0000011R", "12220102MB0000011R"},
    };
    for (const auto &c : cases) {
        INFO(c.in);
        CHECK(neutraliseFormula(u(c.in)) == u(c.out));
    }
    CHECK(displayWidth(u("南关区")) > displayWidth(QStringLiteral("ABC")));
}

TEST_CASE("exports land whole or not at all", "[io][export]")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("命名名单.xlsx"));
    writeXlsx(sampleList(50), xlsx);
    REQUIRE(QFile::exists(xlsx));
    CHECK(cdtest::fileBytes(xlsx).startsWith("PK"));
    CHECK(filesIn(dir.path()) == 1); // no temporary left beside it

    // Cancelled half way: the earlier file stays as it was, and nothing else appears.
    const QByteArray before = cdtest::fileBytes(xlsx);
    CHECK_THROWS_AS(writeXlsx(sampleList(5000), xlsx, [](qsizetype done, qsizetype) { return done < 2000; }), Failure);
    CHECK(cdtest::fileBytes(xlsx) == before);
    const QString csv = dir.filePath(QStringLiteral("名单.csv"));
    CHECK_THROWS_AS(writeCsv(sampleList(5000), csv, CsvEncoding::Utf8Bom, [](qsizetype done, qsizetype) { return done < 2000; }), Failure);
    CHECK_FALSE(QFile::exists(csv));
    CHECK(filesIn(dir.path()) == 1);

    // A folder that does not exist is a clear input error.
    try {
        writeCsv(sampleList(1), dir.filePath(QStringLiteral("没有/名单.csv")), CsvEncoding::Utf8Bom);
        FAIL("written");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(u("没有")));
    }
    writeCsv(sampleList(2), csv, CsvEncoding::Gb18030);
    const QByteArray gbk = cdtest::fileBytes(csv);
    CHECK_FALSE(gbk.startsWith("\xEF\xBB\xBF"));
    CHECK(gbk.contains("12220102MB0000011R"));
}

TEST_CASE("reports paint A4 pages with the header on each and a rare character's font", "[reports]")
{
    QTemporaryDir dir;
    ReportDocument doc;
    doc.title = u("2014年“文明窗口”命名名单");
    ReportSection s;
    s.table.columns = {{u("编号"), 1, true}, {u("单位名称"), 6}};
    for (int i = 1; i <= 120; ++i)
        s.table.rows << QStringList{QString::number(i), i == 60 ? u("𠈌字社会福利院") : u("南关区第%1婚姻登记处").arg(i)};
    doc.sections << s;
    const QString pdf = dir.filePath(QStringLiteral("名单.pdf"));
    const int pages = ReportPainter::writePdf(doc, pdf);
    CHECK(pages >= 3); // 120 rows of 14 pt do not fit on two pages of a 225 mm text block
    CHECK(cdtest::fileBytes(pdf).startsWith("%PDF"));

    // The font stack resolves to a font that has 𠈌 (U+2020C, outside the BMP).
    QFont f;
    f.setFamilies(ReportPainter::fangSongFamilies());
    CHECK(QFontMetricsF(f).inFontUcs4(0x2020C));

    // Cancelling leaves no file.
    const QString cancelled = dir.filePath(QStringLiteral("取消.pdf"));
    CHECK_THROWS_AS(ReportPainter::writePdf(doc, cancelled, [](int, int) { return false; }), Failure);
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(filesIn(dir.path()) == 1);
}

namespace {
// Every destination code point of every ToUnicode map in a PDF (what search and copy give for each glyph).
QList<uint> toUnicodeTargets(const QByteArray &pdf)
{
    QList<uint> out;
    static const QRegularExpression cmap(QStringLiteral("begincmap(.*?)endcmap"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral("^<([0-9A-F]{4})> <([0-9A-F]{4})> (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-F]{4})>"));
    for (auto c = cmap.globalMatch(QString::fromLatin1(pdf)); c.hasNext();) {
        for (auto l = line.globalMatch(c.next().captured(1)); l.hasNext();) {
            const auto m = l.next();
            const QString rest = m.captured(3);
            if (rest.startsWith(QLatin1Char('['))) {
                for (auto h = hex.globalMatch(rest); h.hasNext();)
                    out << h.next().captured(1).toUInt(nullptr, 16);
            } else if (const auto h = hex.match(rest); h.hasMatch()) {
                const uint lo = m.captured(1).toUInt(nullptr, 16), hi = m.captured(2).toUInt(nullptr, 16);
                for (uint k = 0; k <= hi - lo; ++k)
                    out << h.captured(1).toUInt(nullptr, 16) + k;
            }
        }
    }
    return out;
}
} // namespace

TEST_CASE("report text maps to the ideographs and digits drawn, never to Kangxi radicals", "[reports][pdftext]")
{
    QTemporaryDir dir;
    ReportDocument doc;
    doc.title = u("2014年“文明窗口”命名名单");
    ReportSection s;
    s.table.columns = {{u("单位名称"), 5}, {u("统一社会信用代码"), 3}};
    // 民 长 风 一 人 口 大 小 工 心 日 立 行 高 白 are the characters Noto CJK shares with a radical.
    s.table.rows << QStringList{u("长春市民政局一人口大小工心日立行高白风"), QStringLiteral("12220723000005KUYM")};
    doc.sections << s;
    const QString pdf = dir.filePath(QStringLiteral("名单.pdf"));
    ReportPainter::writePdf(doc, pdf);
    const QList<uint> targets = toUnicodeTargets(cdtest::fileBytes(pdf));
    REQUIRE_FALSE(targets.isEmpty());
    for (uint cp : targets) {
        INFO(QStringLiteral("U+%1").arg(cp, 4, 16).toStdString());
        CHECK_FALSE((cp >= 0x2E80 && cp <= 0x2FDF));
    }
    for (const char16_t c : u"文明窗口民长风一人日高白0123457KUYM")
        if (c) {
            INFO(QString(QChar(c)).toStdString());
            CHECK(targets.contains(uint(c)));
        }
}

TEST_CASE("the ToUnicode fix rewrites single entries, arrays and ranges, and rebuilds the cross-reference table", "[reports][pdftext]")
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n2 beginbfrange\n"
                            "<0001> <0003> [<2F42> <660E> <2EA0> ]\n<0004> <0005> <2F00>\nendbfrange\n1 beginbfchar\n<0006> <2ED3>\n"
                            "endbfchar\nendcmap\nend\nend\n";
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n"
        + cmap + "\nendstream\nendobj\n3 0 obj\n<< /X 1 >>\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000048 00000 n \n0000000000 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\n"
           "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    int fixed = 0;
    const QByteArray out = fixPdfToUnicode(pdf, &fixed);
    CHECK(fixed == 5); // 文 民, 一 丨 (the range), 长
    CHECK(out.contains("<0001> <0003> [<6587> <660E> <6C11> ]"));
    CHECK(out.contains("<0004> <0005> [<4E00> <4E28> ]"));
    CHECK(out.contains("<0006> <957F>"));
    // Each object's offset in the new table points at "N 0 obj".
    const qsizetype at = out.lastIndexOf("\nxref\n") + 1;
    CHECK(out.contains("startxref\n" + QByteArray::number(at) + "\n"));
    const QList<QByteArray> rows = out.mid(at).split('\n');
    for (int n = 1; n <= 3; ++n) {
        const qsizetype offset = rows.value(2 + n).left(10).toLongLong();
        CHECK(out.mid(offset, QByteArray::number(n).size() + 6) == QByteArray::number(n) + " 0 obj");
    }
    // A PDF without radicals is left byte for byte.
    CHECK(fixPdfToUnicode(out) == out);
}

namespace {
// Evidence files for a binder: a photo, a two-page PDF, a text file, a damaged PDF and a file changed since it was
// recorded (its recorded SHA-256 is another file's).
QList<BinderEvidence> sampleEvidence(const QString &dir)
{
    const auto described = [](const QString &path, const QString &record) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        BinderEvidence e;
        e.file.fileName = QFileInfo(path).fileName();
        e.file.size = bytes.size();
        e.file.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        e.record = record;
        e.path = path;
        return e;
    };
    QImage photo(400, 300, QImage::Format_RGB32);
    photo.fill(QColor(0x9E, 0x2A, 0x2B));
    REQUIRE(photo.save(dir + u("/签到照片.png")));
    ReportDocument two;
    two.title = u("活动方案");
    for (int i = 0; i < 40; ++i)
        two.sections << ReportSection{u("第%1项").arg(i + 1), {u("内容")}, {}, {}, {}, {}, {}};
    const int pdfPages = ReportPainter::writePdf(two, dir + u("/活动方案.pdf"));
    REQUIRE(pdfPages >= 2);
    QFile text(dir + u("/说明.txt"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("说明\n");
    text.close();
    QFile broken(dir + u("/损坏.pdf"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n");
    broken.close();
    QList<BinderEvidence> list{described(dir + u("/签到照片.png"), u("2014-05-20 创建活动：演讲比赛")),
                               described(dir + u("/活动方案.pdf"), u("2014-05-20 创建活动：演讲比赛")),
                               described(dir + u("/说明.txt"), u("2014-06-01 创建活动：座谈会")),
                               described(dir + u("/损坏.pdf"), u("2014-06-01 创建活动：座谈会")),
                               described(dir + u("/说明.txt"), u("2014-07-01 创建活动：回访"))};
    list.last().file.sha256 = list.first().file.sha256; // recorded as one file, stored as another
    list.last().file.fileName = u("回访记录.txt");
    return list;
}

BinderInput sampleBinder(const QString &dir)
{
    BinderInput in;
    in.cover = {u("“文明窗口”创建档案"), u("南关区婚姻登记处")};
    in.dossier.sections << ReportSection{u("一、基本情况"), {u("南关区婚姻登记处")}, {}, {}, {}, {}, {}};
    in.evidence = sampleEvidence(dir);
    return in;
}
} // namespace

TEST_CASE("the evidence binder binds what it can and names what it cannot, with progress to the end", "[reports][binder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const BinderInput in = sampleBinder(dir.path());
    QList<QPair<int, int>> calls;
    const QString out = dir.filePath(u("档案.pdf"));
    const BinderResult r = EvidenceBinder::write(in, out, [&calls](int done, int total) {
        calls << qMakePair(done, total);
        return true;
    });
    REQUIRE(QFileInfo(out).size() > 0);
    CHECK(r.images == 1);
    CHECK(r.missing == 1); // the changed file: its SHA-256 is not the recorded one
    CHECK(r.frontPages == 2);
    // Progress only goes forward and reaches its total.
    REQUIRE(!calls.isEmpty());
    for (qsizetype i = 1; i < calls.size(); ++i)
        CHECK(calls[i].first >= calls[i - 1].first);
    CHECK(calls.last().first == calls.last().second);
    if (EvidenceBinder::canMerge()) {
        // The good PDF merged page by page, the text file and the damaged PDF attached.
        CHECK(r.merged == 1);
        CHECK(r.evidencePages >= 2);
        CHECK(r.embedded == 2);
        CHECK(r.pages == r.paintedPages + r.evidencePages);
    } else {
        CHECK(r.merged == 0);
        CHECK(r.evidencePages == 0);
        CHECK(r.pages == r.paintedPages);
    }
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("/Outlines") == EvidenceBinder::canMerge());
    CHECK(pdf.contains("/EmbeddedFiles") == EvidenceBinder::canMerge());
}

TEST_CASE("a cancelled binder writes nothing and leaves no temporary file", "[reports][binder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const BinderInput in = sampleBinder(dir.path());
    const int before = filesIn(dir.path());
    for (const int stopAt : {1, 4, 8}) {
        int calls = 0;
        const QString out = dir.filePath(u("档案.pdf"));
        REQUIRE_THROWS_AS(EvidenceBinder::write(in, out, [&](int, int) { return ++calls < stopAt; }), Failure);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(filesIn(dir.path()) == before);
    }
    // An old binder under that name is left as it was.
    QFile old(dir.filePath(u("档案.pdf")));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    REQUIRE_THROWS_AS(EvidenceBinder::write(in, old.fileName(), [](int done, int) { return done < 3; }), Failure);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
}
