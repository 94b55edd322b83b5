#include "pages/roundpage.h"

#include "pages/pagekit.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

RoundPage::RoundPage(const QString &title, QWidget *parent) : QWidget(parent), m_year(makeRoundYearBox(this)), m_tabs(new QTabWidget(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(title, this));
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

WayUp RoundPage::way() const
{
    return WayUp(m_ctx.workspace->database(), m_ctx.workspace->workCalendar(), operatorName());
}

void RoundPage::setCommandContext(const CommandContext &ctx, const QDate &today)
{
    if (m_ctx.notifier)
        disconnect(m_ctx.notifier, nullptr, this, nullptr); // a new file: connect once, not once per file
    m_ctx = ctx;
    m_today = today;
    m_dirty = true;
    fileChanged();
    connect(ctx.notifier, &DataNotifier::recordsChanged, this, [this](Changes what, const QList<int> &units) {
        if (!(what & shows()))
            return;
        if (isVisible())
            recordsChanged(what, units);
        else
            m_dirty = true;
    });
    if (isVisible())
        reload();
}

void RoundPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void RoundPage::setRoundYear(int year)
{
    m_year->setValue(year);
}

int RoundPage::roundYear() const
{
    return m_year->value();
}

} // namespace cd
