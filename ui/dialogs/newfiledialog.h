// The first run, and 文件 → 新建 (issue 13 §3): a new data file asks whom it serves — province, level (省级, 市(州)级,
// 县(市、区)级) and the region — and the clerk's name, instead of silently making a Jilin province file.
#pragma once

#include "services/defaults.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

class NewFileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewFileDialog(const QString &path, QWidget *parent = nullptr);
    InitOptions options() const;
    QString operatorName() const;

    // For tests and for the clerk's keyboard: the choices as codes.
    void choose(const QString &provinceCode, const QString &level, const QString &regionCode = {});
    QComboBox *regionBox() const { return m_region; }

private:
    void fillRegions();
    void updateOk();
    QComboBox *m_province;
    QComboBox *m_level;
    QComboBox *m_region;
    QLabel *m_regionLabel;
    QLineEdit *m_operator;
    QPushButton *m_ok = nullptr;
};

} // namespace cd
