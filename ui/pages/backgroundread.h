// Reading what a page shows without freezing the window (issue 14): a server, or a data file of `from` bytes and more,
// is read by a thread of its own through a connection of its own; a small file at once. One read at a time: asked to
// read while a read runs, the running read's result is dropped and again() asks the page to read anew when it ends.
#pragma once

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace cd {

class Database;

class BackgroundRead : public QObject
{
    Q_OBJECT

public:
    // What a read returns: what puts its result on the page, run on the GUI thread.
    using Show = std::function<void()>;
    // Runs on the reading thread: reads `db` and must touch nothing of the page.
    using Reader = std::function<Show(Database &db)>;

    explicit BackgroundRead(QObject *parent);
    ~BackgroundRead() override; // waits for a running read: its connection closes before the program ends

    void setFrom(qint64 bytes) { m_from = bytes; }
    bool isReading() const { return bool(m_thread); }
    // Reads `db` through `read` and runs its Show; a Failure it throws is emitted as failed(). While a read runs, this
    // only marks the running read's result as dropped (again() follows).
    void start(Database &db, Reader read);
    // Drops the result of the running read, if any, and emits again() when it ends. A file's read is stopped where it
    // is (its statement interrupted), so the read asked for next need not wait for it.
    void dropRunning();
    // Drops the result of the running read, if any, for good (the clerk cancelled), and stops it as dropRunning() does.
    void discardRunning();

signals:
    void again();
    void failed(const QString &message);
    void ended(); // a read on a thread of its own ended, whatever became of its result

private:
    qint64 m_from = 16ll * 1024 * 1024;
    std::unique_ptr<QThread> m_thread;
    struct Live;
    std::shared_ptr<Live> m_live; // the running read's connection
    enum class Drop { None, ReadAgain, ForGood };
    Drop m_drop = Drop::None;
};

} // namespace cd
