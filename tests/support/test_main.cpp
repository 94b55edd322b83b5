// Test runner: a Qt application object first (SQL plugins, resources, translations), then Catch2's session.
// Our own main also sidesteps Catch2's wmain under MinGW with UNICODE.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#ifdef CD_GUI_TESTS
#include <QApplication>
using TestApp = QApplication;
#elif defined(CD_GUI_APP_ONLY)
#include <QGuiApplication>
using TestApp = QGuiApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    TestApp app(argc, argv);
    TestApp::setOrganizationName(QStringLiteral("CampaignDesk-tests"));
    TestApp::setApplicationName(QStringLiteral("CampaignDesk-tests"));
    return Catch::Session().run(argc, argv);
}
