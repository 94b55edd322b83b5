#include "pages/backgroundread.h"

#include "pages/pagekit.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QThread>
#include <utility>

namespace cd {

BackgroundRead::BackgroundRead(QObject *parent) : QObject(parent) {}

BackgroundRead::~BackgroundRead()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundRead::dropRunning()
{
    if (m_thread && m_drop == Drop::None)
        m_drop = Drop::ReadAgain;
}

void BackgroundRead::discardRunning()
{
    if (m_thread)
        m_drop = Drop::ForGood;
}

void BackgroundRead::start(Database &db, Reader read)
{
    if (m_thread) {
        dropRunning();
        return;
    }
    if (!readsInBackground(db, m_from)) {
        Show show;
        try {
            show = read(db);
        } catch (const Failure &f) {
            emit failed(f.message());
            return;
        }
        show();
        return;
    }
    auto shown = std::make_shared<Show>();
    auto error = std::make_shared<QString>();
    const QString path = db.path();
    m_thread.reset(QThread::create([path, read, shown, error] {
        try {
            auto reader = Database::openReader(path);
            *shown = read(*reader);
        } catch (const Failure &f) {
            *error = f.message();
        }
    }));
    connect(m_thread.get(), &QThread::finished, this, [this, shown, error] {
        m_thread->wait();
        m_thread.reset();
        const Drop drop = std::exchange(m_drop, Drop::None);
        if (drop == Drop::ReadAgain)
            emit again();
        else if (drop == Drop::None && !error->isEmpty())
            emit failed(*error);
        else if (drop == Drop::None)
            (*shown)();
        emit ended();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace cd
