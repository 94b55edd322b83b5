// The schema's forward-only migrations (resources/sql/NNNN_*.sql), shared by the file and the server store.
#pragma once

#include <QStringList>
#include <atomic>

namespace cd {

extern std::atomic<int> g_connectionCounter; // names every Qt Sql connection uniquely
QStringList migrationFiles();
// The tables every store must have, as `check` reports those that are missing.
QStringList missingTables(const QStringList &tables);                // in order: element v-1 brings the schema to version v
// Splits a migration into statements at semicolons that end a line; a trigger's body runs to its END;.
QStringList migrationStatements(const QString &script);

} // namespace cd
