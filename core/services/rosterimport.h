// Roster import (单位名册, DOMAIN.md §10): read a CSV or .xlsx file, check every row, match existing units
// (by credit code, else by region + name), then apply the plan in one transaction or not at all.
#pragma once

#include "domain/unit.h"
#include "io/table.h"

#include <QList>
#include <QString>
#include <functional>

namespace cd {

class Database;

struct RowIssue
{
    int row = 0;     // as a spreadsheet shows it, the header being row 1
    QString column;  // the header of the offending column
    QString reason;
};

struct ImportPlan
{
    QList<Unit> toAdd;
    QList<int> addRows;
    QList<Unit> toUpdate;   // the new state of each matched unit that changes
    QList<Unit> previous;   // the same units before the change (for undo)
    QList<int> updateRows;
    int unchanged = 0;
    QList<RowIssue> rejected; // each problem found, several for a row that has several, in the file's order
    int rejectedRows() const; // the rows with at least one problem: what a clerk counts
    int dataRows = 0;
};

// Reports rows done of a total; returning false cancels: nothing is imported and Failure(Input) says so.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

struct ImportResult
{
    int imported = 0;
    int updated = 0;
    QList<int> addedIds;
};

class RosterImport
{
public:
    explicit RosterImport(Database &db) : m_db(db) {}

    // Reads and checks the file. Throws Failure(Input) when it is unreadable or not a roster at all.
    ImportPlan plan(const QString &path, const ImportProgress &progress = {}) const;
    ImportPlan plan(const Table &table, const QString &displayName, const ImportProgress &progress = {}) const;
    // Reads, checks and writes a file in one go, a part of rowsPerPart rows at a time, so that a whole country's roster
    // is never held in memory at once (the command line's import). One transaction: when a row is rejected and
    // onlyValid is not set, nothing is written. `summary` gets the counts and every problem as plan() gives them (its
    // lists of units stay empty).
    // rowsPerPart 0: by the file's size (rowsPerPartFor).
    ImportResult importFile(const QString &path, bool onlyValid, ImportPlan &summary, const ImportProgress &progress = {},
                            qsizetype rowsPerPart = 0) const;
    // The rows of a part for a file of about `rows` rows: 5,000, or a fortieth of a large file up to 25,000, so that a
    // part of 10,000 rows and more is checked on every core (a million units' reading kept the writer waiting 0.6–0.8 s
    // in parts of 5,000 checked on one).
    static qsizetype rowsPerPartFor(qsizetype rows);

    // Writes the plan: all of it, or (onlyValid) the good rows when some were rejected. One transaction.
    ImportResult apply(const ImportPlan &plan, const ImportProgress &progress = {}) const;
    // Takes an applied import back: removes the units it added and restores the ones it updated. One transaction.
    void revert(const ImportPlan &plan, const ImportResult &result) const;
    // Applies it again with the same ids (redo).
    void reapply(const ImportPlan &plan, const ImportResult &result) const;

    static Table readTable(const QString &path);

private:
    Database &m_db;
};

} // namespace cd
