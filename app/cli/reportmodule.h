// The report painting the command line loads only for `report`: the module campaigndesk-reports (cdreports, with
// Qt Gui and libqpdf) beside the program, or in ../lib/campaigndesk of an installed one. Every other command starts
// without those libraries and what they bring (fonts, X11, OpenGL, D-Bus, GnuTLS), about 30 ms of each start.
#pragma once

#include "reports/evidencebinder.h"
#include "reports/reportdocument.h"

#include <QString>

class QCoreApplication;

namespace cd::cli {

struct ReportModule
{
    // The program and its module come from one build: the layout of this table and the version must both match.
    int size = sizeof(ReportModule);
    const char *version = nullptr;
    QCoreApplication *(*makeApplication)(int &argc, char **argv) = nullptr; // a QGuiApplication: painting needs fonts
    int (*writePdf)(const ReportDocument &doc, const QString &path) = nullptr; // the pages written
    void (*writeOdt)(const ReportDocument &doc, const QString &path) = nullptr;
    BinderResult (*writeBinder)(const BinderInput &input, const QString &path) = nullptr;
};

// The exported entry point of the module.
using ReportModuleEntry = const ReportModule *();
inline constexpr char kReportModuleEntry[] = "campaigndeskReports";

// Loads the module once, before the application object exists (the module makes it). Null when it cannot be loaded.
const ReportModule *loadReportModule();
// The module loaded earlier; throws Failure (exit 3: the installation is incomplete), saying what is missing and where,
// when it could not be loaded.
const ReportModule &reportModule();

} // namespace cd::cli
