#include "reports/reporthtml.h"

#include "util/failure.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace cd {

QString reportHtml(const ReportDocument &doc)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(doc.title));
    if (!doc.subtitle.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(doc.subtitle));
    for (const auto &s : doc.sections) {
        if (!s.heading.isEmpty())
            h += QStringLiteral("<h3>%1</h3>").arg(esc(s.heading));
        for (const auto &p : s.paragraphs)
            h += QStringLiteral("<p>%1</p>").arg(esc(p));
        if (!s.table.columns.isEmpty()) {
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"98%\"><tr>");
            double weights = 0;
            for (const auto &c : s.table.columns)
                weights += c.weight;
            for (const auto &c : s.table.columns) // each column its share of the width, as on paper
                h += QStringLiteral("<th bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>").arg(int(100 * c.weight / weights)).arg(esc(c.title));
            h += QStringLiteral("</tr>");
            for (const auto &row : s.table.rows) {
                h += QStringLiteral("<tr>");
                for (int c = 0; c < s.table.columns.size(); ++c)
                    h += QStringLiteral("<td%1>%2</td>").arg(s.table.columns[c].numeric ? QStringLiteral(" align=\"right\"") : QString(),
                                                             esc(row.value(c)));
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("</table>");
        }
        for (const auto &p : s.afterTable)
            h += QStringLiteral("<p>%1</p>").arg(esc(p));
    }
    return h + QStringLiteral("</body></html>");
}

void writeOdt(const ReportDocument &doc, const QString &path)
{
    QTextDocument text;
    QFont body;
    body.setFamilies({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("Noto Serif CJK SC")});
    body.setPointSizeF(16); // GB/T 9704: 3号仿宋 for the text
    text.setDefaultFont(body);
    text.setHtml(reportHtml(doc));
    const QString shown = QDir::toNativeSeparators(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString tmp = siblingTempPath(path, QStringLiteral("part"));
    QTextDocumentWriter writer(tmp, "odf");
    if (!writer.write(&text)) {
        QFile::remove(tmp);
        failInput(QCoreApplication::translate("cd::Export", "Cannot write %1: %2").arg(shown, writer.device() ? writer.device()->errorString() : QString()));
    }
    QString why;
    if (!replaceFile(tmp, path, &why)) {
        QFile::remove(tmp);
        failInput(QCoreApplication::translate("cd::Export", "Cannot write %1: %2").arg(shown, why));
    }
}

} // namespace cd
