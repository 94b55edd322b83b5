// Answering the pages' questions from a test, as a clerk would: fill the next dialog, write the next reason,
// read the messages. The pages ask through the hooks in pages/pagekit.h, so no dialog runs a nested event loop
// (under wine's offscreen platform exec() never returns). A question nobody answered is rejected, never a hang.
#pragma once

#include "pages/pagekit.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <cstdio>
#include <functional>

namespace cdtest {

struct Answers
{
    QList<std::function<void(QDialog *)>> dialogs;
    QList<std::function<QString(const QString &label)>> questions;
    QStringList *messages = nullptr; // the MessageCatcher in scope, if any

    static Answers &get()
    {
        static Answers a;
        static const bool installed = [] {
            cd::dialogRunner() = [](QDialog &d) {
                Answers &a = get();
                if (a.dialogs.isEmpty()) {
                    std::fprintf(stderr, "test: dialog \"%s\" was not expected; rejected\n", qPrintable(d.windowTitle()));
                    return int(QDialog::Rejected);
                }
                const auto fill = a.dialogs.takeFirst();
                d.setResult(QDialog::Rejected);
                fill(&d);
                return d.result();
            };
            cd::textAsker() = [](QWidget *, const QString &, const QString &label, const QString &, bool *ok) {
                Answers &a = get();
                *ok = !a.questions.isEmpty();
                return *ok ? a.questions.takeFirst()(label) : QString();
            };
            cd::messageSink() = [](QWidget *, const QString &title, const QString &text) {
                Answers &a = get();
                if (a.messages)
                    *a.messages << text;
                else
                    std::fprintf(stderr, "test: message \"%s\": %s\n", qPrintable(title), qPrintable(text));
            };
            return true;
        }();
        (void)installed;
        return a;
    }
};

// The next dialog a page runs is handed to `fill`, which sets its fields and accepts (or rejects) it.
inline void onNextDialog(std::function<void(QDialog *)> fill)
{
    Answers::get().dialogs << std::move(fill);
}

// The next free-text question (an override reason, a version's reason) gets this answer; `label` is what was asked.
inline void onNextQuestion(std::function<QString(const QString &label)> answer)
{
    Answers::get().questions << std::move(answer);
}

// Collects the messages shown while it lives.
struct MessageCatcher
{
    QStringList texts;
    MessageCatcher() { Answers::get().messages = &texts; }
    ~MessageCatcher() { Answers::get().messages = nullptr; }
};

} // namespace cdtest
