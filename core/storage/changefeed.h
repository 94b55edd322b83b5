// Other clerks' changes on a server database, as they happen (issue 11, "Live"): every table's statements raise one
// NOTIFY on the channel `campaigndesk` naming the table and the ids (units: the unit ids; a unit's records: their
// unit ids; none when there are more than 500), never the data. A page then reads again, under the clerk's own
// login, what it shows. The feed also watches the connection: a lost one is reported and opened again by itself,
// and the subscription renewed. Whether the server answers again is found out on a thread of its own (an attempt on
// a server that does not answer lasts up to connect_timeout), so the window never waits on it. A data file has one
// writer and no feed (nothing is emitted).
#pragma once

#include "domain/changes.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace cd {

class Database;

// The kind of record a table of the schema holds, and whether the ids the feed names for it are unit ids (the units
// themselves, or a unit's records: its vetoes, scores, …) rather than the table's own row ids.
struct TableChange
{
    Changes what;
    bool unitIds = false;
};
TableChange changeOfTable(QStringView table);

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;
    bool isConnected() const { return m_connected; }
    // Checks the connection now (the timer does so every few seconds). When it is lost, this says so and returns at
    // once; reconnected() follows once the server answers.
    void probe();

signals:
    // `table` as the schema names it; `ids` empty when too many (read everything again).
    void changed(const QString &table, const QList<int> &ids);
    void connectionLost(const QString &why);
    void reconnected();

private:
    void subscribe();
    void reopen();
    Database &m_db;
    QTimer *m_timer;
    QThread *m_check = nullptr; // a trial connection under way, off this thread
    QMetaObject::Connection m_listening;
    bool m_connected = true;
};

} // namespace cd
