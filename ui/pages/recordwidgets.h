// Form pieces the record dialogs share: a unit picker that completes names among a million units, and the list of
// attached files with Add / Remove / Open. Files are stored (copied by hash) the moment they are added, so a
// dialog that is cancelled leaves at most an unreferenced copy, never a record pointing at nothing.
#pragma once

#include "domain/records.h"
#include "services/unitnames.h"
#include "storage/attachmentstore.h"

#include <QHash>
#include <QLineEdit>
#include <QWidget>
#include <functional>

class QListWidget;
class QStringListModel;

namespace cd {

class UnitPicker : public QLineEdit
{
    Q_OBJECT

public:
    // Completes among `names`: each keystroke searches them for the text typed (a few milliseconds at a million
    // units) and offers the first matches as "名称 [id]".
    UnitPicker(UnitNames names, QWidget *parent);
    static constexpr int Offered = 50; // the matches listed at most
    // The unit the text names: "名称 [id]" from the completer, a bare id, or a name that is unique.
    int unitId() const;
    // The unit, or Failure (Input) saying that the text names none.
    int requiredUnitId() const;
    void setUnitId(int id);

private:
    void offer(const QString &typed);

    UnitNames m_names;
    QStringListModel *m_offered;
};

// How an attachment is shown to the clerk: the system viewer by default; tests replace it.
using AttachmentOpener = std::function<bool(const QString &path)>;
AttachmentOpener &attachmentOpener();
// Opens a copy of the attachment; a missing or damaged file gets a message naming it. Returns the copy's path.
QString openAttachment(QWidget *parent, const AttachmentStore &store, const Attachment &a);

class AttachmentList : public QWidget
{
    Q_OBJECT

public:
    AttachmentList(AttachmentStore store, QList<Attachment> files, QWidget *parent);
    QList<Attachment> attachments() const { return m_files; }
    // Stores the files and lists them; shows what could not be attached. Returns how many were added.
    int addFiles(const QStringList &paths);
    void removeCurrent();
    void openCurrent();
    QListWidget *list() const { return m_list; }

private:
    void refresh();

    AttachmentStore m_store;
    QList<Attachment> m_files;
    QListWidget *m_list;
};

} // namespace cd
