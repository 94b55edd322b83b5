#include "dialogs/conflictdialog.h"

#include "pages/pagekit.h"
#include "services/recordservice.h"
#include "services/unitservice.h"
#include "services/wayup.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ConflictDialog::ConflictDialog(const QString &title, const QString &subject, const QList<Field> &fields, QWidget *parent,
                               const Wording &wording)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(title);
    build(subject, fields, wording);
}

ConflictDialog::ConflictDialog(Workspace &workspace, const Unit &theirs, const Unit &mine, QWidget *parent)
    : QDialog(parent), m_theirs(theirs), m_mine(mine), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Another clerk changed this unit"));
    QString regionTheirs, regionMine, typeTheirs, typeMine;
    for (const Region &r : workspace.regions()) {
        const QString name = r.fullName.isEmpty() ? r.name : r.fullName;
        if (r.id == theirs.regionId)
            regionTheirs = name;
        if (r.id == mine.regionId)
            regionMine = name;
    }
    for (const UnitType &t : workspace.unitTypes()) {
        if (t.id == theirs.typeId)
            typeTheirs = t.name;
        if (t.id == mine.typeId)
            typeMine = t.name;
    }
    const auto staff = [](const std::optional<int> &n) { return n ? QString::number(*n) : QString(); };
    const QList<std::tuple<QString, QString, QString>> fields = {
        {tr("Unit name"), theirs.name, mine.name},
        {tr("Region"), regionTheirs, regionMine},
        {tr("Unit type"), typeTheirs, typeMine},
        {tr("Credit code"), theirs.creditCode, mine.creditCode},
        {tr("Address"), theirs.address, mine.address},
        {tr("Person in charge"), theirs.leader, mine.leader},
        {tr("Phone"), theirs.phone, mine.phone},
        {tr("Staff"), staff(theirs.staffCount), staff(mine.staffCount)},
        {tr("Note"), theirs.note, mine.note},
    };
    build(theirs.name, fields);
}

void ConflictDialog::build(const QString &subject, const QList<Field> &fields, const Wording &wording)
{
    const auto either = [](const QString &given, const QString &otherwise) { return given.isEmpty() ? otherwise : given; };
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), either(wording.theirsHeader, tr("Saved by the other clerk")),
                                        either(wording.mineHeader, tr("Yours"))});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const auto &[label, a, b] : fields) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(label));
        m_table->setItem(row, 1, new QTableWidgetItem(a));
        m_table->setItem(row, 2, new QTableWidgetItem(b));
        if (a != b) // what differs stands out
            for (int c = 0; c < 3; ++c) {
                QFont f = m_table->item(row, c)->font();
                f.setBold(true);
                m_table->item(row, c)->setFont(f);
            }
    }
    // The labels as wide as they need; the two versions share the rest equally, long values wrapped, so that both
    // stand side by side without scrolling (an indicator system's areas run long).
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *text = new QLabel(either(wording.question, tr("%1 was changed by another clerk after you opened it, so your change was not saved. "
                                                        "The fields in bold differ. Save yours over the other clerk's, or keep theirs?"))
                                .arg(subject),
                            this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(either(wording.acceptButton, tr("Save &mine over theirs")), QDialogButtonBox::AcceptRole);
    QPushButton *safe = buttons->addButton(either(wording.rejectButton, tr("&Keep theirs")), QDialogButtonBox::RejectRole);
    safe->setDefault(true); // the safe choice: nothing is overwritten
    if (!wording.laterButton.isEmpty()) {
        QPushButton *later = buttons->addButton(wording.laterButton, QDialogButtonBox::ActionRole);
        connect(later, &QPushButton::clicked, this, [this] { done(Later); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 420);
}

Unit ConflictDialog::mineOnTheirs() const
{
    Unit u = m_mine;
    u.version = m_theirs.version;
    return u;
}

std::optional<Unit> ConflictDialog::decide(Workspace &workspace, const Unit &mine, QWidget *parent)
{
    const auto theirs = UnitService(workspace.database()).get(mine.id);
    if (!theirs) {
        warn(parent, tr("Another clerk changed this unit"),
                             tr("%1 was removed by another clerk after you opened it; your change was not saved.").arg(mine.name));
        return std::nullopt;
    }
    ConflictDialog dialog(workspace, *theirs, mine, parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.mineOnTheirs();
}

namespace {
QString files(const QList<Attachment> &list)
{
    QStringList names;
    for (const auto &f : list)
        names << f.fileName;
    return names.join(QStringLiteral("、"));
}
QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

std::optional<Activity> ConflictDialog::decide(Workspace &workspace, const Activity &mine, QWidget *parent)
{
    std::optional<Activity> theirs;
    for (const auto &a : ActivityService(workspace.database()).activities(mine.unitId))
        if (a.id == mine.id)
            theirs = a;
    const QString title = tr("Another clerk changed this activity");
    if (!theirs) {
        warn(parent, title, tr("The activity was removed by another clerk after you opened it; your change was not saved."));
        return std::nullopt;
    }
    const auto count = [](const std::optional<int> &n) { return n ? QString::number(*n) : QString(); };
    ConflictDialog dialog(title, tr("The activity %1 of %2").arg(theirs->kind, day(theirs->date)),
                          {{tr("Date"), day(theirs->date), day(mine.date)},
                           {tr("Activity"), theirs->kind, mine.kind},
                           {tr("Participants"), count(theirs->participants), count(mine.participants)},
                           {tr("Description"), theirs->description, mine.description},
                           {tr("Attached files"), files(theirs->attachments), files(mine.attachments)}},
                          parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    Activity again = mine;
    again.version = theirs->version;
    return again;
}

std::optional<Rectification> ConflictDialog::decide(Workspace &workspace, const Rectification &mine, QWidget *parent)
{
    std::optional<Rectification> theirs;
    for (const auto &r : RectificationService(workspace.database()).rectifications())
        if (r.id == mine.id)
            theirs = r;
    const QString title = tr("Another clerk changed this rectification");
    if (!theirs) {
        warn(parent, title, tr("The rectification was removed by another clerk after you opened it; your change was not saved."));
        return std::nullopt;
    }
    ConflictDialog dialog(title, tr("The finding %1").arg(theirs->finding),
                          {{tr("Finding"), theirs->finding, mine.finding},
                           {tr("Source"), theirs->source, mine.source},
                           {tr("Owner"), theirs->owner, mine.owner},
                           {tr("Deadline"), day(theirs->deadline), day(mine.deadline)},
                           {tr("Closed on"), day(theirs->closed), day(mine.closed)},
                           {tr("Closing evidence"), theirs->closingEvidence, mine.closingEvidence}},
                          parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    Rectification again = mine;
    again.version = theirs->version;
    return again;
}

} // namespace cd

namespace cd {

namespace {
// What a set record holds now (the version to save onto), or SetVersion::NotThere when the other clerk cleared it.
template <class Record>
std::optional<Record> againOnto(const Record &mine, const std::optional<Record> &theirs, ConflictDialog &dialog)
{
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    Record again = mine;
    again.version = theirs ? theirs->version : SetVersion::NotThere;
    return again;
}
} // namespace

std::optional<PrerequisiteRecord> ConflictDialog::decide(Workspace &workspace, const PrerequisiteRecord &mine, QWidget *parent)
{
    PrerequisiteService service(workspace.database());
    std::optional<PrerequisiteRecord> theirs;
    for (const auto &x : service.prerequisites(mine.roundYear, mine.unitId))
        if (x.kind == mine.kind)
            theirs = x;
    QString kind = mine.kind;
    for (const auto &k : service.prerequisiteKinds())
        if (k.first == mine.kind)
            kind = k.second;
    const QString none = tr("(cleared)");
    ConflictDialog dialog(tr("Another clerk changed this prerequisite"),
                          tr("The prerequisite %1 of %2 in the %3 round").arg(kind, workspace.unitNames({mine.unitId}).value(mine.unitId)).arg(mine.roundYear),
                          {{tr("Date"), theirs ? day(theirs->date) : none, day(mine.date)},
                           {tr("Evidence"), theirs ? theirs->evidence : none, mine.evidence}},
                          parent);
    return againOnto(mine, theirs, dialog);
}

std::optional<DemonstrationPoint> ConflictDialog::decide(Workspace &workspace, const DemonstrationPoint &mine, QWidget *parent)
{
    std::optional<DemonstrationPoint> theirs;
    for (const auto &x : DemoPointService(workspace.database()).demonstrationPoints(mine.year, mine.unitId))
        theirs = x;
    ConflictDialog dialog(tr("Another clerk changed this demonstration point"),
                          tr("The demonstration point %1 of %2").arg(mine.year).arg(workspace.unitNames({mine.unitId}).value(mine.unitId)),
                          {{tr("Level"), theirs ? theirs->level : tr("(removed)"), mine.level}}, parent);
    return againOnto(mine, theirs, dialog);
}

std::optional<Quota> ConflictDialog::decide(Workspace &workspace, const Quota &mine, QWidget *parent)
{
    std::optional<Quota> theirs;
    for (const Quota &q : WayUp(workspace.database(), workspace.workCalendar(), QString()).titles.quotas(mine.roundYear))
        if (q.regionId == mine.regionId)
            theirs = q;
    // A quota another clerk removed is not "changed": the region has none now (DOMAIN.md §6: no quota, no cap).
    Wording removed;
    if (!theirs) {
        removed.question = tr("%1 was removed by another clerk after you opened it, so your change was not saved. "
                              "Set yours again, or keep it removed (no quota)?");
        removed.acceptButton = tr("Set &mine again");
        removed.rejectButton = tr("&Keep it removed");
    }
    ConflictDialog dialog(theirs ? tr("Another clerk changed this quota") : tr("Another clerk removed this quota"),
                          tr("The quota of %1 in the %2 round").arg(workspace.regionName(mine.regionId)).arg(mine.roundYear),
                          {{tr("Quota"), theirs ? tr("%1 units").arg(theirs->quota) : tr("no quota"), tr("%1 units").arg(mine.quota)}}, parent,
                          removed);
    return againOnto(mine, theirs, dialog);
}

std::optional<Round> ConflictDialog::decide(Workspace &workspace, const Round &mine, QWidget *parent)
{
    const auto theirs = CalendarService(workspace.database()).storedRound(mine.year);
    const auto phaseOf = [](const std::optional<Round> &r, PhaseKind kind) {
        if (r)
            for (const Phase &p : r->phases)
                if (p.kind == kind)
                    return QStringLiteral("%1—%2").arg(day(p.start), day(p.end));
        return QString();
    };
    const auto deadlines = [](const std::optional<Round> &r) {
        QStringList out;
        if (r)
            for (const Deadline &d : r->extraDeadlines)
                out << QStringLiteral("%1 %2").arg(day(d.date), d.title);
        return out.join(QStringLiteral("；"));
    };
    QList<Field> fields;
    for (PhaseKind kind : {PhaseKind::Mobilisation, PhaseKind::Implementation, PhaseKind::Appraisal})
        fields.push_back({phaseTitle(kind), phaseOf(theirs, kind), phaseOf(mine, kind)});
    fields.push_back({tr("Extra deadlines"), deadlines(theirs), deadlines(mine)});
    ConflictDialog dialog(tr("Another clerk changed this calendar"), tr("The calendar of the %1 round").arg(mine.year), fields, parent);
    return againOnto(mine, theirs, dialog);
}

std::optional<IndicatorSystem> ConflictDialog::decide(Workspace &workspace, const IndicatorSystem &mine, QWidget *parent)
{
    WayUp way(workspace.database(), workspace.workCalendar(), QString());
    const IndicatorSystem theirs = way.systems.currentSystem(mine.roundYear);
    const auto hundredths = [](int n) { return QString::number(n / 100.0, 'f', 2); };
    // Each area with its indicators and their points, in the system's order.
    const auto areaText = [&](const IndicatorSystem &s, const QString &area) {
        QStringList parts;
        for (const Indicator &i : s.indicators)
            if (i.areaName == area)
                parts << QStringLiteral("%1 %2").arg(i.name, hundredths(i.points));
        return parts.join(QLatin1Char('\n'));
    };
    QStringList areas;
    for (const IndicatorSystem *s : {&theirs, &mine})
        for (const Indicator &i : s->indicators)
            if (!areas.contains(i.areaName))
                areas << i.areaName;
    QList<Field> fields = {{tr("Pass line"), hundredths(theirs.passLine), hundredths(mine.passLine)},
                           {tr("Satisfaction minimum"), QStringLiteral("%1%").arg(hundredths(theirs.satisfactionMin)),
                            QStringLiteral("%1%").arg(hundredths(mine.satisfactionMin))},
                           {tr("Trimming from"), QString::number(theirs.trimMinAssessors), QString::number(mine.trimMinAssessors)}};
    for (const QString &area : std::as_const(areas))
        fields.push_back({area, areaText(theirs, area), areaText(mine, area)});
    ConflictDialog dialog(tr("Another clerk changed this indicator system"), tr("The %1 indicator system").arg(mine.roundYear), fields, parent);
    if (runDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    return theirs; // hers is saved onto this
}

} // namespace cd
