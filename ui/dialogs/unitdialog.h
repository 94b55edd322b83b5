// The unit dialog: every field of a roster row, checked with the import's rules before it closes.
#pragma once

#include "domain/unit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

class Workspace;

class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    UnitDialog(Workspace &workspace, const Unit &unit, QWidget *parent = nullptr);
    Unit unit() const;
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *creditEdit() const { return m_credit; }
    QLabel *errorLabel() const { return m_error; }

private:
    Workspace &m_workspace;
    Unit m_unit;
    QLineEdit *m_name, *m_credit, *m_address, *m_leader, *m_phone, *m_note;
    QComboBox *m_region, *m_type;
    QSpinBox *m_staff;
    QLabel *m_error;
};

} // namespace cd
