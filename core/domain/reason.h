// Why a unit is not eligible, or why revoking its title is proposed: a rule and its facts, as data. The words are
// made at the edge, in the user's language, citing the campaign's documents as they name themselves (《实施方案》 is
// seed 000, the province's implementation plan), never this program's own files.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

struct Reason
{
    // Stable machine values (JSON keeps them): out-of-scope, veto, prerequisite, no-scores, below-pass-line,
    // no-survey, below-satisfaction, review-veto, review-below-pass-line, review-no-scores.
    QString rule;
    // The facts the wording needs: dates in ISO form, numbers as decimal text, names as they are.
    QStringList facts;
    bool operator==(const Reason &o) const { return rule == o.rule && facts == o.facts; }
};

// The sentence for one reason, in the language of the installed translator.
QString wording(const Reason &reason);
QStringList wordings(const QList<Reason> &reasons);
// The outcome of a review as the documents say it: 保留 (retained) or 撤销 (revoked).
QString outcomeWord(bool revoked);
// One line of the audit trail as the user reads it: its stored machine values (action "review", detail "assessor 3,
// indicator 12, local", old "holds the title", new "revoked", time in UTC) worded in the user's language and local time.
struct AuditEntry;
AuditEntry wordedAudit(const AuditEntry &entry);
// A date as the user reads it: 2014年6月1日 in Chinese, 2014-06-01 in English.
QString displayDate(const QDate &date);

} // namespace cd
