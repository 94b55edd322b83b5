// Test runner: a Qt application object first (SQL plugins, resources, translations), then Catch2's session.
// Our own main also sidesteps Catch2's wmain under MinGW with UNICODE. Catch2's implementation is in catch_impl.cpp.
int cdRunCatchSession(int argc, char **argv); // catch_impl.cpp

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
    return cdRunCatchSession(argc, argv);
}
