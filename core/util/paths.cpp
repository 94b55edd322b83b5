#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CampaignDesk"));
}

QString defaultDataFile()
{
    const QString env = qEnvironmentVariable("CAMPAIGNDESK_DB");
    if (!env.isEmpty())
        return env;
    // GenericDataLocation + our folder, so that the GUI and the CLI (two executables) agree.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("CampaignDesk/campaigndesk.db"));
}

} // namespace cd
