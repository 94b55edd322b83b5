#include "pages/pagekit.h"
#include "pages/recordwidgets.h"

#include "util/failure.h"

#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStringListModel>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

UnitPicker::UnitPicker(UnitNames names, QWidget *parent)
    : QLineEdit(parent), m_names(std::move(names)), m_offered(new QStringListModel(this))
{
    auto *completer = new QCompleter(m_offered, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the list is the search's, already narrowed
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &UnitPicker::offer);
    setPlaceholderText(tr("Type part of the unit's name or its number"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("长春市南关区社会福利中心养老院")) + 40);
}

void UnitPicker::offer(const QString &typed)
{
    const QString t = typed.trimmed();
    QList<int> ids;
    bool number = false;
    if (const int id = t.toInt(&number); number && m_names.contains(id))
        ids << id;
    if (!t.isEmpty())
        ids << m_names.find(t, Offered);
    QStringList items;
    for (int id : ids)
        items << QStringLiteral("%1 [%2]").arg(m_names.name(id)).arg(id);
    m_offered->setStringList(items);
    if (!items.isEmpty() && hasFocus())
        completer()->complete();
}

int UnitPicker::unitId() const
{
    const QString t = text().trimmed();
    static const QRegularExpression tagged(QStringLiteral("\\[(\\d+)\\]\\s*$"));
    if (const auto m = tagged.match(t); m.hasMatch())
        return m_names.contains(m.captured(1).toInt()) ? m.captured(1).toInt() : 0;
    bool ok = false;
    if (const int id = t.toInt(&ok); ok)
        return m_names.contains(id) ? id : 0;
    const QList<int> named = m_names.named(t);
    return named.size() == 1 ? named[0] : 0; // the same name in two regions: the clerk must pick one
}

int UnitPicker::requiredUnitId() const
{
    const int id = unitId();
    if (!id)
        failInput(tr("\"%1\" is not a unit of the roster. Pick one from the list.").arg(text()));
    return id;
}

void UnitPicker::setUnitId(int id)
{
    setText(m_names.contains(id) ? QStringLiteral("%1 [%2]").arg(m_names.name(id)).arg(id) : QString());
}

AttachmentOpener &attachmentOpener()
{
    static AttachmentOpener opener = [](const QString &path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    return opener;
}

QString openAttachment(QWidget *parent, const AttachmentStore &store, const Attachment &a)
{
    try {
        const QString copy = store.openableCopy(a);
        if (!attachmentOpener()(copy))
            inform(parent, QObject::tr("Open attachment"),
                                     QObject::tr("No program on this computer opens %1. A copy is at %2.")
                                         .arg(a.fileName, QDir::toNativeSeparators(copy)));
        return copy;
    } catch (const Failure &f) {
        warn(parent, QObject::tr("Open attachment"), f.message());
        return {};
    }
}

AttachmentList::AttachmentList(AttachmentStore store, QList<Attachment> files, QWidget *parent)
    : QWidget(parent), m_store(std::move(store)), m_files(std::move(files)), m_list(new QListWidget(this))
{
    auto *add = new QPushButton(tr("Add files..."), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *open = new QPushButton(tr("Open"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        QSettings s;
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), s.value(QStringLiteral("dialogs/attachDir")).toString());
        if (!paths.isEmpty()) {
            s.setValue(QStringLiteral("dialogs/attachDir"), QFileInfo(paths.first()).absolutePath());
            addFiles(paths);
        }
    });
    connect(remove, &QPushButton::clicked, this, &AttachmentList::removeCurrent);
    connect(open, &QPushButton::clicked, this, &AttachmentList::openCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AttachmentList::openCurrent);
    enableWithCurrentRow(m_list, {remove, open});
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_list->setMinimumHeight(fontMetrics().height() * 5);
    refresh();
}

int AttachmentList::addFiles(const QStringList &paths)
{
    int added = 0;
    QStringList problems;
    for (const auto &p : paths) {
        try {
            m_files << m_store.store(p);
            ++added;
        } catch (const Failure &f) {
            problems << f.message();
        }
    }
    refresh();
    if (!problems.isEmpty())
        warn(this, tr("Attach files"), problems.join(QLatin1Char('\n')));
    return added;
}

void AttachmentList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_files.size()) {
        m_files.removeAt(row);
        refresh();
    }
}

void AttachmentList::openCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_files.size())
        openAttachment(this, m_store, m_files[row]);
}

void AttachmentList::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const auto &f : m_files) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(f.fileName, locale.formattedDataSize(f.size)), m_list);
        if (!m_store.has(f)) {
            item->setText(item->text() + QStringLiteral("  ") + tr("missing"));
            item->setForeground(QColor(0xB3, 0x26, 0x1E));
        }
    }
}

} // namespace cd
