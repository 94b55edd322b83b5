#include "exportactions.h"

#include "pages/pagekit.h"
#include "reports/reportpainter.h"
#include "util/failure.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace cd::ExportActions {

namespace {
QString lastFolder()
{
    return QSettings().value(QStringLiteral("dialogs/exportDir"),
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(QStringLiteral("dialogs/exportDir"), QFileInfo(file).absolutePath());
}

// A progress dialog that the export's callback drives; Cancel makes the callback return false.
struct Progress
{
    explicit Progress(QWidget *parent, const QString &label) : dialog(label, QApplication::translate("cd::ExportActions", "Cancel"), 0, 100, parent)
    {
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(400);
    }
    bool operator()(qsizetype done, qsizetype total)
    {
        dialog.setValue(total > 0 ? int(done * 100 / total) : 0);
        QApplication::processEvents();
        return !dialog.wasCanceled();
    }
    QProgressDialog dialog;
};
// The save dialog of a PDF export, in the folder used last; empty when the clerk cancelled.
QString askPdfPath(QWidget *parent, const QString &suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, QApplication::translate("cd::ExportActions", "Export to PDF"),
                                                      QDir(lastFolder()).filePath(suggestedName),
                                                      QApplication::translate("cd::ExportActions", "PDF files (*.pdf)"));
    if (!path.isEmpty())
        rememberFolder(path);
    return path;
}
} // namespace

std::function<bool(const QString &)> &folderOpener()
{
    static std::function<bool(const QString &)> open = [](const QString &folder) {
        return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    return open;
}

void announceWritten(QWidget *parent, const QString &path)
{
    const QFileInfo fi(path);
    QMessageBox box(QMessageBox::Information, QApplication::translate("cd::ExportActions", "Export finished"),
                    QApplication::translate("cd::ExportActions", "Written to %1").arg(QDir::toNativeSeparators(fi.absoluteFilePath())),
                    QMessageBox::Ok, parent);
    QPushButton *open = box.addButton(QApplication::translate("cd::ExportActions", "Open folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Ok);
    runDialog(box);
    if (box.clickedButton() == open)
        folderOpener()(fi.absolutePath());
}

void printReport(QWidget *parent, const ReportDocument &doc)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(doc.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QApplication::translate("cd::ExportActions", "Print preview — %1").arg(doc.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [&doc](QPrinter *p) { ReportPainter::paint(doc, p); });
    preview.resize(1000, 800);
    preview.exec();
}

namespace {
// A PDF export after its file was chosen: `write` runs under a progress dialog with Cancel; a refusal is shown, a
// finished file announced. Returns the path written, or nothing.
QString writePdfFile(QWidget *parent, const QString &path, const QString &label,
                     const std::function<void(const std::function<bool(int, int)> &)> &write)
{
    if (path.isEmpty())
        return {};
    Progress progress(parent, label);
    try {
        write([&progress](int done, int total) { return progress(done, total); });
    } catch (const Failure &f) {
        QMessageBox::warning(parent, QApplication::translate("cd::ExportActions", "Export to PDF"), f.message());
        return {};
    }
    announceWritten(parent, path);
    return path;
}
} // namespace

QString exportPdf(QWidget *parent, const ReportDocument &doc, const QString &suggestedName)
{
    const QString path = askPdfPath(parent, suggestedName);
    return writePdfFile(parent, path, QApplication::translate("cd::ExportActions", "Writing %1…").arg(QFileInfo(path).fileName()),
                        [&](const std::function<bool(int, int)> &progress) { ReportPainter::writePdf(doc, path, progress); });
}

QString exportBinder(QWidget *parent, const BinderInput &input, const QString &suggestedName)
{
    const QString path = askPdfPath(parent, suggestedName);
    return writePdfFile(parent, path,
                        QApplication::translate("cd::ExportActions", "Binding %1 with %n evidence file(s)…", nullptr, int(input.evidence.size()))
                            .arg(QFileInfo(path).fileName()),
                        [&](const std::function<bool(int, int)> &progress) { EvidenceBinder::write(input, path, progress); });
}

QString exportList(QWidget *parent, const ExportList &list, const QString &suggestedName)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("cd::ExportActions", "Export to Excel"), QDir(lastFolder()).filePath(suggestedName),
        QApplication::translate("cd::ExportActions", "Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for old Excel, GB18030 (*.csv)"),
        &selected);
    if (path.isEmpty())
        return {};
    rememberFolder(path);
    Progress progress(parent, QApplication::translate("cd::ExportActions", "Writing %1…").arg(QFileInfo(path).fileName()));
    const auto report = [&progress](qsizetype done, qsizetype total) { return progress(done, total); };
    try {
        if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            writeCsv(list, path, selected.contains(QLatin1String("GB18030")) ? CsvEncoding::Gb18030 : CsvEncoding::Utf8Bom, report);
        else
            writeXlsx(list, path, report);
    } catch (const Failure &f) {
        QMessageBox::warning(parent, QApplication::translate("cd::ExportActions", "Export to Excel"), f.message());
        return {};
    }
    announceWritten(parent, path);
    return path;
}

} // namespace cd::ExportActions
