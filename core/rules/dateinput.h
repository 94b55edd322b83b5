// Dates as a clerk types them (issue 10): 2014-06-01, 2014/6/1, 2014.6.1, 20140601, 2014年6月1日, in full-width digits
// too. A text that is not a real date (2014-02-30, 20140230) is refused with the reason; it never becomes another date.
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace cd {

// The date the text names, or nullopt with *why (in the user's language) saying what is wrong.
std::optional<QDate> parseDateInput(const QString &text, QString *why = nullptr);

} // namespace cd
