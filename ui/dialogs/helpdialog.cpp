#include "dialogs/helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("HelpDialog"));
    setWindowTitle(tr("User guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

void HelpDialog::showSection(const QString &anchor)
{
    QUrl url(QStringLiteral("qrc:/help/guide.html"));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url); // the same page with another fragment only scrolls
}

HelpDialog *HelpDialog::open(QWidget *parent, const QString &anchor)
{
    QWidget *top = parent->window();
    auto *help = top->findChild<HelpDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!help)
        help = new HelpDialog(top);
    help->showSection(anchor);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

} // namespace cd
