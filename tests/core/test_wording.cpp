// What the clerk reads is in the clerk's language and cites the documents, not this program (issue 10 §1): every
// reason, outcome and stage word rendered in zh_CN holds no Latin word, and in English no Chinese but the data.
#include "catch.h"
#include "testutil.h"

#include "domain/appraisal.h"
#include "domain/reason.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QRegularExpression>
#include <QTranslator>
#include <ctime>

using namespace cd;
using cdtest::u;

namespace {
// Every rule with facts as the rules make them (seed 000 §四(四): 群体访; the 2014 round's figures).
QList<Reason> everyReason()
{
    return {
        {QStringLiteral("out-of-scope"), {}},
        {QStringLiteral("veto"), {u("群体访"), QStringLiteral("2014-06-01")}},
        {QStringLiteral("prerequisite"), {u("成立创建工作领导小组")}},
        {QStringLiteral("no-scores"), {}},
        {QStringLiteral("below-pass-line"), {QStringLiteral("80.22"), QStringLiteral("85.00")}},
        {QStringLiteral("no-survey"), {}},
        {QStringLiteral("below-satisfaction"), {QStringLiteral("89.9"), QStringLiteral("90.0")}},
        {QStringLiteral("review-veto"), {u("越级访"), QStringLiteral("2015-08-01"), QStringLiteral("2014-12-27"), QStringLiteral("2016-12-31")}},
        {QStringLiteral("review-below-pass-line"), {QStringLiteral("80.00"), QStringLiteral("85.00")}},
        {QStringLiteral("review-no-scores"), {}},
    };
}

// Latin words a Chinese reader should not meet: two letters or more (codes are digits; no proper name here has Latin).
QStringList latinWords(const QString &text)
{
    QStringList out;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

QString withoutData(QString text, const Reason &r)
{
    for (const QString &f : r.facts)
        text.remove(f);
    return text;
}

bool hasCjk(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

struct Chinese
{
    QTranslator translator;
    Chinese()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/campaigndesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~Chinese() { QCoreApplication::removeTranslator(&translator); }
};
} // namespace

TEST_CASE("every reason in Chinese: no Latin word, the document cited as it names itself, dates as 年月日", "[rules][wording]")
{
    Chinese zh;
    for (const Reason &r : everyReason()) {
        const QString text = wording(r);
        INFO(r.rule.toStdString() << ": " << text.toStdString());
        CHECK(latinWords(text).isEmpty());
        CHECK_FALSE(text.contains(QStringLiteral("seed")));
        CHECK_FALSE(text.contains(QStringLiteral("DOMAIN")));
        CHECK(text != r.rule);
    }
    CHECK(wording(everyReason()[1]) == u("2014年6月1日发生群体访，一票否决（依据《实施方案》四（四））"));
    CHECK(wording(everyReason()[4]) == u("总分 80.22 分，低于合格线 85.00 分"));
    CHECK(outcomeWord(true) == u("撤销"));
    CHECK(outcomeWord(false) == u("保留"));
    CHECK(stageName(QStringLiteral("local")) == u("本级评比"));
    CHECK(stageName(QStringLiteral("province")) == u("省级考核"));
    CHECK(displayDate(cdtest::d("2016-12-20")) == u("2016年12月20日"));
}

TEST_CASE("every reason in English: no Chinese but the data", "[rules][wording]")
{
    for (const Reason &r : everyReason()) {
        const QString text = wording(r);
        INFO(r.rule.toStdString() << ": " << text.toStdString());
        CHECK_FALSE(hasCjk(withoutData(text, r)));
    }
    CHECK(wording(everyReason()[1]) == u("群体访 on 2014-06-01: one-vote veto (Implementation Plan §4(4))"));
    CHECK(outcomeWord(true) == QStringLiteral("revoked"));
}

namespace {
// Every form the audit trail stores, as written by this version and by earlier ones.
QList<AuditEntry> everyAuditLine()
{
    const auto e = [](const char *action, const char *detail, const char *oldValue, const char *newValue) {
        AuditEntry a;
        a.at = QStringLiteral("2016-12-20T08:30:00Z");
        a.op = u("王科员");
        a.action = QString::fromLatin1(action);
        a.detail = u(detail);
        a.oldValue = u(oldValue);
        a.newValue = u(newValue);
        return a;
    };
    return {
        e("score", "assessor 3, indicator 12, local", "4.50", "4.80"),
        e("score", "assessor 3, indicator 12, province", "", "4.80"),
        e("recommend", "长春市", "", "rank 2"),          // as WayUp::recommend writes it: the place on the list
        e("recommend", "withdrawn", "rank 2", ""),
        e("name", "吉文明办〔2014〕12号", "", "2014-12-26"),
        e("name", "吉文明办〔2014〕12号 withdrawn", "", ""),
        e("review", "2015-08-01 越级访", "holds the title", "revoked"),
        e("review", "", "holds the title", "retained"),
        e("review", "withdrawn", "revoked", "holds the title"),
        e("quota", "220100", "2", "3"),
        e("indicator-system", "edited before scoring", "v1, 23 indicators", "23 indicators, total 100.00"),
        e("indicator-system", "new version: 增加信息化建设指标", "v1, 23 indicators", "24 indicators, total 100.00"),
        e("indicator-system", "version 2 withdrawn", "", ""),
    };
}
} // namespace

TEST_CASE("every audit-trail line in Chinese: no Latin word; in English: no Chinese but the clerk's data", "[rules][wording][audit]")
{
    {
        Chinese zh;
        for (const AuditEntry &raw : everyAuditLine()) {
            const AuditEntry w = wordedAudit(raw);
            const QString all = QStringList{w.action, w.detail, w.oldValue, w.newValue}.join(QLatin1Char('|'));
            INFO(all.toStdString());
            CHECK(latinWords(all).isEmpty());
        }
        CHECK(wordedAudit(everyAuditLine()[6]).newValue == u("撤销"));
        CHECK(wordedAudit(everyAuditLine()[6]).oldValue == u("持有称号"));
        CHECK(wordedAudit(everyAuditLine()[0]).detail == u("评分人 3，指标 12，本级评比"));
        CHECK(wordedAudit(everyAuditLine()[2]).newValue == u("第 2 位"));
    }
    for (const AuditEntry &raw : everyAuditLine()) {
        const AuditEntry w = wordedAudit(raw);
        QString all = QStringList{w.action, w.detail, w.oldValue, w.newValue}.join(QLatin1Char('|'));
        for (const char *data : {"长春市", "吉文明办〔2014〕12号", "越级访", "增加信息化建设指标"})
            all.remove(u(data));
        INFO(all.toStdString());
        CHECK_FALSE(hasCjk(all));
    }
#ifndef Q_OS_WIN // the time zone of a test process is set through TZ on Unix only
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    CHECK(wordedAudit(everyAuditLine()[0]).at == QStringLiteral("2016-12-20 16:30:00")); // stored in UTC, shown in local time
    qunsetenv("TZ");
    tzset();
#endif
}

TEST_CASE("English counts are written as English writes them: 1 unit, 2 units, never unit(s)", "[wording]")
{
    // Every message with a count, as the Chinese catalogue lists them (lupdate keeps it complete).
    QFile ts(QStringLiteral(CD_TRANSLATIONS_DIR "/campaigndesk_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QList<std::pair<QByteArray, QByteArray>> counted; // context, source
    QStringList uncounted;                            // a "(s)" in a message without a count to choose its words by
    QXmlStreamReader xml(&ts);
    QByteArray context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText().toUtf8();
        else if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source") && numerus)
            counted.push_back({context, xml.readElementText().toUtf8()});
        else if (xml.name() == QLatin1String("source"))
            if (const QString text = xml.readElementText(); text.contains(QStringLiteral("(s)")))
                uncounted << QString::fromUtf8(context) + QStringLiteral(" | ") + text;
    }
    REQUIRE_FALSE(xml.hasError());
    // A message with two or more counts gives each its own counted phrase ("%n photo(s)"), so none says "(s)".
    CHECK(uncounted == QStringList{});
    REQUIRE(counted.size() >= 20);

    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/campaigndesk_en.qm")));
    QCoreApplication::installTranslator(&english);
    for (const auto &[ctx, source] : counted)
        for (int n : {1, 2, 14}) {
            const QString text = QCoreApplication::translate(ctx.constData(), source.constData(), nullptr, n);
            INFO(ctx.constData() << " | " << source.constData() << " | n=" << n << ": " << text.toStdString());
            CHECK_FALSE(text.contains(QStringLiteral("(s)")));
            if (source.contains("%n")) // a message may choose its words by the count without showing it
                CHECK(text.contains(QString::number(n)));
        }
    CHECK(QCoreApplication::translate("cd::cli", "%n unit(s).", nullptr, 1) == QStringLiteral("1 unit."));
    CHECK(QCoreApplication::translate("cd::cli", "%n unit(s).", nullptr, 2) == QStringLiteral("2 units."));
    CHECK(QCoreApplication::translate("cd::cli", "%n row(s) were rejected, so nothing was imported. Correct them, or use --only-valid to import the good rows.", nullptr, 1)
          == QStringLiteral("1 row was rejected, so nothing was imported. Correct it, or use --only-valid to import the good rows."));
    CHECK(QCoreApplication::translate("cd::RosterImport", "%1 lacks the required column(s) %2 in its header row.", nullptr, 1)
          == QStringLiteral("%1 lacks the required column %2 in its header row."));
    CHECK(QCoreApplication::translate("cd::cli", "%n unit(s) hold the title", nullptr, 1) == QStringLiteral("1 unit holds the title"));
    CHECK(QCoreApplication::translate("cd::cli", "%n unit(s) hold the title", nullptr, 3) == QStringLiteral("3 units hold the title"));
    QCoreApplication::removeTranslator(&english);
}

TEST_CASE("every message has its Chinese: the catalogue holds no unfinished or empty translation", "[wording]")
{
    // lupdate adds each new message to the catalogue unfinished; lrelease would then ship the English text to a zh_CN
    // clerk. The English catalogue holds only the counted messages, whose two forms must both be written.
    for (const char *file : {"campaigndesk_zh_CN.ts", "campaigndesk_en.ts"}) {
        QFile ts(QStringLiteral(CD_TRANSLATIONS_DIR "/") + QLatin1String(file));
        REQUIRE(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context, source;
        bool numerus = false;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = numerus ? QStringLiteral("(its forms below)") : xml.readElementText();
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    missing << context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + (type.isEmpty() ? QStringLiteral("empty") : type);
            } else if (xml.name() == QLatin1String("numerusform") && xml.readElementText().trimmed().isEmpty()) {
                missing << context + QStringLiteral(" | ") + source + QStringLiteral(" | an empty plural form");
            }
        }
        INFO(file);
        REQUIRE_FALSE(xml.hasError());
        CHECK(messages > 20);
        CHECK(missing == QStringList{});
    }
}
