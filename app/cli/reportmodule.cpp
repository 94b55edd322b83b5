// campaigndesk-reports: the report painting, as a module the command line loads for `report` (reportmodule.h).
#include "cli/reportmodule.h"

#include "reports/reporthtml.h"
#include "reports/reportpainter.h"

#include <QGuiApplication>

namespace {

QCoreApplication *makeApplication(int &argc, char **argv)
{
    return new QGuiApplication(argc, argv);
}

int writePdf(const cd::ReportDocument &doc, const QString &path)
{
    return cd::ReportPainter::writePdf(doc, path);
}

cd::BinderResult writeBinder(const cd::BinderInput &input, const QString &path)
{
    return cd::EvidenceBinder::write(input, path);
}

const cd::cli::ReportModule kModule{sizeof(cd::cli::ReportModule), CAMPAIGNDESK_VERSION, makeApplication, writePdf, cd::writeOdt, writeBinder};

} // namespace

extern "C" Q_DECL_EXPORT const cd::cli::ReportModule *campaigndeskReports()
{
    return &kModule;
}
