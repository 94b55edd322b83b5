#include "pages/backgroundread.h"

#include "pages/pagekit.h"
#include "storage/database.h"
#include "util/failure.h"

#include <QThread>

namespace cd {

BackgroundRead::BackgroundRead(QObject *parent) : QObject(parent) {}

BackgroundRead::~BackgroundRead()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundRead::dropRunning()
{
    m_drop = bool(m_thread);
}

void BackgroundRead::start(Database &db, Reader read)
{
    if (m_thread) {
        m_drop = true;
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
        if (m_drop) {
            m_drop = false;
            emit again();
        } else if (!error->isEmpty()) {
            emit failed(*error);
        } else {
            (*shown)();
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace cd
