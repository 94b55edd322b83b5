// A sheet of text cells as read from a CSV or .xlsx file, each row with the number a spreadsheet shows.
#pragma once

#include <QList>
#include <QStringList>

namespace cd {

struct TableRow
{
    int number = 0; // 1 for the first row (the header), as a spreadsheet numbers it
    QStringList cells;
};

struct Table
{
    QList<TableRow> rows;
};

// Folds full-width ASCII forms (Ａ-Ｚ, ０-９, （）…) and the ideographic space to their ASCII forms, then trims.
QString foldWidth(const QString &s);

} // namespace cd
