// 使用说明 (issue 13 §3): the user guide shipped with the program (resources/help/guide.html), opened by F1 at the
// section of the page in front.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace cd {

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    // Shows the guide at a section ("units", "calendar", …; empty: the start).
    void showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }
    // Opens (or raises) the one help window of a main window.
    static HelpDialog *open(QWidget *parent, const QString &anchor);

private:
    QTextBrowser *m_browser;
};

} // namespace cd
