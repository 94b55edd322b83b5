// Driving modal dialogs from a test, as a clerk would: fill the next dialog that opens, close message boxes.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace cdtest {

// Fills the next modal dialog with `fill` once it is open, then lets `fill` accept or reject it.
inline void onNextDialog(std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dlg || qobject_cast<QMessageBox *>(dlg))
            return;
        timer->stop();
        timer->deleteLater();
        fill(dlg);
    });
    timer->start();
}

// Closes every message box that opens while the guard lives, remembering their texts.
struct MessageCatcher
{
    QStringList texts;
    QTimer timer;
    MessageCatcher()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        timer.start();
    }
};


} // namespace cdtest
