#include "pages/backgroundread.h"

#include "pages/pagekit.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QScopeGuard>
#include <QThread>
#include <mutex>
#include <utility>

namespace cd {

BackgroundRead::BackgroundRead(QObject *parent) : QObject(parent) {}

BackgroundRead::~BackgroundRead()
{
    if (m_thread)
        m_thread->wait();
}

// The reading thread's connection while it reads, so that a read nobody waits for any more is stopped.
struct BackgroundRead::Live
{
    std::mutex lock;
    Database *reader = nullptr;
    bool stopped = false;

    void stop()
    {
        const std::lock_guard<std::mutex> hold(lock);
        stopped = true;
        if (reader)
            reader->interrupt();
    }
};

void BackgroundRead::dropRunning()
{
    if (m_thread && m_drop == Drop::None) {
        m_drop = Drop::ReadAgain;
        m_live->stop(); // its statement fails as interrupted; the read ends at once and again() follows
    }
}

void BackgroundRead::discardRunning()
{
    if (m_thread) {
        m_drop = Drop::ForGood;
        m_live->stop();
    }
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
    auto live = std::make_shared<Live>();
    m_live = live;
    m_thread.reset(QThread::create([path, read, shown, error, live] {
        try {
            auto reader = Database::openReader(path);
            {
                const std::lock_guard<std::mutex> hold(live->lock);
                if (live->stopped)
                    return; // dropped before it began
                live->reader = reader.get();
            }
            const auto closed = qScopeGuard([&live] {
                const std::lock_guard<std::mutex> hold(live->lock);
                live->reader = nullptr;
            });
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
