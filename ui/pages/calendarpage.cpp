#include "pages/calendarpage.h"

#include "pages/pagekit.h"
#include "pages/timelinewidget.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

CalendarPage::CalendarPage(QWidget *parent)
    : QWidget(parent), m_rounds(new QComboBox(this)), m_position(new QLabel(this)), m_timeline(new TimelineWidget(this))
{
    auto *title = makePageTitle(tr("Campaign calendar"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_rounds);
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] { showRound(m_rounds->currentData().toInt()); });
    m_position->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_position);
    layout->addWidget(m_timeline);
    layout->addStretch(1);
}

void CalendarPage::load(Workspace &workspace, const QDate &today)
{
    m_workspace = &workspace;
    m_today = today;
    const CampaignService campaign = workspace.campaign();
    const DatePosition pos = campaign.locate(today);
    m_position->setText(pos.round ? tr("Today, %1, is in the %2 round, phase %3.").arg(today.toString(Qt::ISODate)).arg(*pos.round).arg(phaseName(pos.phase))
                                  : tr("Today, %1, falls between rounds (%2).").arg(today.toString(Qt::ISODate), phaseName(pos.phase)));
    const QSignalBlocker block(m_rounds);
    m_rounds->clear();
    const int first = campaign.calendar().cycle().firstYear();
    const int last = std::max(today.year() + 2, first);
    for (int y = first; y <= last; y += campaign.calendar().cycle().period())
        m_rounds->addItem(tr("%1 round").arg(y), y);
    const int current = pos.round.value_or(campaign.calendar().cycle().next(today.year()).value_or(first));
    m_rounds->setCurrentIndex(std::max(0, m_rounds->findData(current)));
    showRound(m_rounds->currentData().toInt());
}

void CalendarPage::showRound(int year)
{
    if (!m_workspace)
        return;
    const CampaignService campaign = m_workspace->campaign();
    if (const auto round = campaign.calendar().round(year))
        m_timeline->setRound(*round, &m_workspace->workCalendar(), m_today);
}

} // namespace cd
