#include "dialogs/unitdossierdialog.h"

#include "exportactions.h"
#include "reports/reporthtml.h"
#include "domain/unit.h"
#include "services/unitdossier.h"
#include "util/failure.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

UnitDossierDialog::UnitDossierDialog(Database &db, int unitId, std::function<void()> edit, QWidget *parent)
    : QDialog(parent), m_db(db), m_unitId(unitId), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("UnitDossierDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_view->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (edit) {
        auto *editButton = buttons->addButton(tr("&Edit unit..."), QDialogButtonBox::ActionRole);
        connect(editButton, &QPushButton::clicked, this, [this, edit] {
            edit();
            reload();
        });
    }
    auto *print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, [this] { ExportActions::printReport(this, m_doc); });
    // The binder: the same parts with a cover, a 目录, bookmarks and the evidence bound in (report unit-dossier).
    auto *pdf = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    pdf->setToolTip(tr("A PDF with a cover, contents, bookmarks and the unit's evidence files bound in"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        BinderInput input;
        try {
            input = UnitDossier(m_db).binderInput(m_unitId);
        } catch (const Failure &f) {
            QMessageBox::warning(this, tr("Unit record"), f.message());
            return;
        }
        ExportActions::exportBinder(this, input, tr("%1单位档案.pdf").arg(m_unitName));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    const QSize size = QSettings().value(QStringLiteral("dossier/size"), QSize(860, 720)).toSize();
    resize(size);
    reload();
}

void UnitDossierDialog::reload()
{
    try {
        m_unitName = requireUnitRow(m_db, m_unitId).name;
        m_doc = UnitDossier(m_db).build(m_unitId);
    } catch (const Failure &f) {
        m_doc = ReportDocument();
        m_doc.title = f.message();
    }
    setWindowTitle(m_doc.title);
    m_view->setHtml(reportHtml(m_doc));
}

QString UnitDossierDialog::html() const
{
    return reportHtml(m_doc);
}

void UnitDossierDialog::openOnDoubleClick(QTableView *view, int unitColumn, std::function<Database *()> database)
{
    QObject::connect(view, &QTableView::doubleClicked, view, [view, unitColumn, database](const QModelIndex &at) {
        const int unit = at.isValid() ? view->model()->index(at.row(), unitColumn).data(Qt::DisplayRole).toString().toInt() : 0;
        if (Database *db = database(); db && unit > 0)
            open(*db, unit, view);
    });
}

UnitDossierDialog *UnitDossierDialog::open(Database &db, int unitId, QWidget *parent, std::function<void()> edit)
{
    // One window per unit: a second double-click brings the first forward.
    for (auto *d : parent->window()->findChildren<UnitDossierDialog *>())
        if (d->unitId() == unitId) {
            d->reload();
            d->raise();
            d->activateWindow();
            return d;
        }
    auto *d = new UnitDossierDialog(db, unitId, std::move(edit), parent->window());
    QObject::connect(d, &QDialog::finished, d, [d] { QSettings().setValue(QStringLiteral("dossier/size"), d->size()); });
    d->show();
    return d;
}

} // namespace cd
