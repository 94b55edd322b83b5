#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace cd {

namespace {
const QString kChannel = QStringLiteral("campaigndesk");
}

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    if (!db.isServer())
        return;
    subscribe();
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::probe);
    m_timer->start();
}

ChangeFeed::~ChangeFeed()
{
    if (m_db.isServer() && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::subscribe()
{
    QSqlDriver *driver = m_db.connection().driver();
    driver->subscribeToNotification(kChannel);
    disconnect(m_listening); // a reopened connection: listened to once
    m_listening = connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != kChannel)
                    return;
                // "table:1,2,3" or "table:" (too many to name).
                const QString text = payload.toString();
                const qsizetype colon = text.indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    return;
                QList<int> ids;
                for (const QStringView id : QStringView(text).mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    ids << id.toInt();
                emit changed(text.left(colon), ids);
            });
}

void ChangeFeed::probe()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    const bool alive = db.isOpen() && q.exec(QStringLiteral("SELECT 1"));
    if (alive) {
        if (!m_connected) {
            m_connected = true;
            emit reconnected();
        }
        return;
    }
    const QString why = sql::describe(q.lastError().isValid() ? q.lastError() : db.lastError());
    if (m_connected) {
        m_connected = false;
        emit connectionLost(why);
    }
    // Open again as the same login (the address, password included, is kept in memory only) and listen again.
    db.close();
    if (db.open()) {
        sql::execNoThrow(db, QStringLiteral("SET client_min_messages = warning"));
        subscribe();
        m_connected = true;
        emit reconnected();
    }
}

} // namespace cd
