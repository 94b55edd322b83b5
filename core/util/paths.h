// Where the per-user data file lives by default; the GUI and the CLI share it.
#pragma once

#include <QString>

namespace cd {

// $CAMPAIGNDESK_DB when set, else <per-user local data folder>/campaigndesk.db
// (Windows: %LOCALAPPDATA%\CampaignDesk\campaigndesk.db; Linux: ~/.local/share/CampaignDesk/campaigndesk.db).
QString defaultDataFile();
void setApplicationIdentity(); // organisation and application names for QSettings and QStandardPaths

} // namespace cd
