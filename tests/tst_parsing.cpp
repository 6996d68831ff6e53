// SPDX-License-Identifier: GPL-3.0-or-later
// Pure logic: ISO-8601 parsing and the v2 response parsers, on hand-written pages.
#include "domain/isotime.h"
#include "v2/v2parser.h"

#include <QTest>

using namespace ClickScope;

class TestParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDates_data();
    void isoDates();
    void formatRoundTrip();
    void clickPage();
    void clickPageTolerance();
    void clickPageErrors_data();
    void clickPageErrors();
    void peekNextLink_data();
    void peekNextLink();
    void campaignAndContact();
    void campaignErrors();
};

void TestParsing::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid
    const qint64 base = 1354799221701; // 2012-12-06T13:07:01.701Z
    QTest::newRow("api shape") << QStringLiteral("2012-12-06T13:07:01.701Z") << base;
    QTest::newRow("no millis") << QStringLiteral("2012-12-06T13:07:01Z") << base - 701;
    QTest::newRow("two-digit fraction") << QStringLiteral("2012-12-06T13:07:01.70Z") << base - 1;
    QTest::newRow("six-digit fraction") << QStringLiteral("2012-12-06T13:07:01.701999Z") << base;
    QTest::newRow("offset") << QStringLiteral("2012-12-06T08:07:01.701-05:00") << base;
    QTest::newRow("offset no colon") << QStringLiteral("2012-12-06T14:07:01.701+0100") << base;
    QTest::newRow("offset hours") << QStringLiteral("2012-12-06T15:07:01.701+02") << base;
    QTest::newRow("no zone is UTC") << QStringLiteral("2012-12-06T13:07:01.701") << base;
    QTest::newRow("minutes only") << QStringLiteral("2012-12-06T13:07Z") << base - 1701;
    QTest::newRow("date only") << QStringLiteral("2012-12-06") << qint64(1354752000000);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00.000Z") << qint64(1709164800000);
    QTest::newRow("epoch artefact") << QStringLiteral("1969-12-31T19:00:00.000Z") << qint64(-18000000);
    QTest::newRow("not leap") << QStringLiteral("2023-02-29T00:00:00.000Z") << qint64(-1);
    QTest::newRow("month 13") << QStringLiteral("2012-13-06T13:07:01.701Z") << qint64(-1);
    QTest::newRow("hour 24") << QStringLiteral("2012-12-06T24:07:01.701Z") << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("trailing junk") << QStringLiteral("2012-12-06T13:07:01.701Zx") << qint64(-1);
    QTest::newRow("bad offset") << QStringLiteral("2012-12-06T13:07:01.701+5") << qint64(-1);
}

void TestParsing::isoDates()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const QByteArray utf8 = text.toUtf8();
    const auto parsed = parseIsoUtcMs(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (ms == -1) {
        QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(qint64(*parsed), ms);
    }
}

void TestParsing::formatRoundTrip()
{
    for (qint64 ms :
        { qint64(0), qint64(1354799221701), qint64(1709164800000), qint64(-18000000), qint64(253402300799999) }) {
        const QByteArray text = formatIsoUtcMs(ms);
        QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs).toUtf8());
        QCOMPARE(qint64(*parseIsoUtcMs(std::string_view(text.constData(), 24))), ms);
    }
}

void TestParsing::clickPage()
{
    QByteArray body
        = R"({"meta":{"pagination":{"next_link":"/v2/emailmarketing/campaigns/1100394165290/tracking/clicks?next=abc"}},
        "results":[
         {"activity_type":"EMAIL_CLICK","campaign_id":"1100394165290","contact_id":"36","email_address":"a\"b,c@example.com",
          "link_id":"1100394163874","click_date":"2012-12-06T13:07:01.701Z"},
         {"activity_type":"EMAIL_CLICK","campaign_id":"1100394165290","contact_id":"35","email_address":"zoë@example.de",
          "link_id":"1100394163874","link_uri":"http://x.example","click_date":"2012-12-06T13:07:01.599Z"}]})";
    ClickPageParser parser;
    const auto page = parser.parse(body);
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(page.value->nextLink, QByteArray("/v2/emailmarketing/campaigns/1100394165290/tracking/clicks?next=abc"));
    const ClickBatch &b = page.value->batch;
    QCOMPARE(b.rows.size(), std::size_t(2));
    QCOMPARE(b.view(b.rows[0].email), QByteArrayView("a\"b,c@example.com"));
    QCOMPARE(b.view(b.rows[1].email).toByteArray(), QStringLiteral("zoë@example.de").toUtf8());
    QCOMPARE(b.view(b.rows[0].contactId), QByteArrayView("36"));
    QCOMPARE(b.view(b.rows[0].campaignId), QByteArrayView("1100394165290"));
    QCOMPARE(b.view(b.rows[1].linkId), QByteArrayView("1100394163874"));
    QCOMPARE(qint64(b.rows[0].clickMs), qint64(1354799221701));
    QCOMPARE(qint64(b.rows[1].clickMs), qint64(1354799221599));

    // The parser is reused for the next page; the last page has an empty pagination object.
    QByteArray last = R"({"results":[],"meta":{"pagination":{}}})";
    const auto empty = parser.parse(last);
    QVERIFY2(empty, qPrintable(empty.error));
    QVERIFY(empty.value->nextLink.isEmpty());
    QVERIFY(empty.value->batch.rows.empty());
}

void TestParsing::clickPageTolerance()
{
    // Ids as numbers (the Ruby SDK fixture), "" for a date, an offset date.
    QByteArray body = R"({"meta":{"pagination":{}},"results":[
         {"activity_type":"EMAIL_CLICK","campaign_id":9999999999999,"contact_id":36,"email_address":"abc@example.com",
          "link_id":0,"click_date":""},
         {"campaign_id":"1","contact_id":"2","email_address":"d@example.com","link_id":"3",
          "click_date":"2015-02-11T10:47:25.000-05:00"}]})";
    ClickPageParser parser;
    const auto page = parser.parse(body);
    QVERIFY2(page, qPrintable(page.error));
    const ClickBatch &b = page.value->batch;
    QCOMPARE(b.view(b.rows[0].campaignId), QByteArrayView("9999999999999"));
    QCOMPARE(b.view(b.rows[0].contactId), QByteArrayView("36"));
    QCOMPARE(b.view(b.rows[0].linkId), QByteArrayView("0"));
    QCOMPARE(qint64(b.rows[0].clickMs), qint64(noDate));
    QCOMPARE(qint64(b.rows[1].clickMs), qint64(1423669645000));
}

void TestParsing::clickPageErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    const QByteArray ok
        = R"("campaign_id":"1","contact_id":"2","email_address":"e@x","link_id":"3","click_date":"2015-01-01T00:00:00.000Z")";
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << QStringLiteral("JSON");
    QTest::newRow("truncated") << QByteArray(R"({"results":[{"campaign_id":"1","contact)") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("no results") << QByteArray(R"({"meta":{"pagination":{}}})") << QStringLiteral("results");
    QTest::newRow("no meta") << QByteArray(R"({"results":[]})") << QStringLiteral("meta");
    QTest::newRow("results object") << QByteArray(R"({"results":{},"meta":{"pagination":{}}})")
                                    << QStringLiteral("results");
    QTest::newRow("row not object") << QByteArray(R"({"results":[42],"meta":{"pagination":{}}})")
                                    << QStringLiteral("results[0]");
    QTest::newRow("missing contact") << QByteArray(
        R"({"results":[{"campaign_id":"1","email_address":"e@x","link_id":"3","click_date":""}],"meta":{"pagination":{}}})")
                                     << QStringLiteral("contact_id");
    QTest::newRow("contact object") << QByteArray(R"({"results":[{)" + ok
        + R"(},{"campaign_id":"1","contact_id":{},"email_address":"e@x","link_id":"3","click_date":""}],"meta":{"pagination":{}}})")
                                    << QStringLiteral("results[1]: contact_id");
    QTest::newRow("fractional id") << QByteArray(
        R"({"results":[{"campaign_id":1.5,"contact_id":"2","email_address":"e@x","link_id":"3","click_date":""}],"meta":{"pagination":{}}})")
                                   << QStringLiteral("campaign_id");
    QTest::newRow("email number") << QByteArray(
        R"({"results":[{"campaign_id":"1","contact_id":"2","email_address":7,"link_id":"3","click_date":""}],"meta":{"pagination":{}}})")
                                  << QStringLiteral("email_address");
    QTest::newRow("bad date") << QByteArray(
        R"({"results":[{"campaign_id":"1","contact_id":"2","email_address":"e","link_id":"3","click_date":"soon"}],"meta":{"pagination":{}}})")
                              << QStringLiteral("click_date");
    QTest::newRow("other activity") << QByteArray(
        R"({"results":[{"activity_type":"EMAIL_OPEN",)" + ok + R"(}],"meta":{"pagination":{}}})")
                                    << QStringLiteral("activity_type");
    QTest::newRow("next_link number") << QByteArray(R"({"results":[],"meta":{"pagination":{"next_link":5}}})")
                                      << QStringLiteral("next_link");
}

void TestParsing::clickPageErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    ClickPageParser parser;
    const auto page = parser.parse(body);
    QVERIFY(!page);
    QVERIFY2(page.error.contains(mentions), qPrintable(page.error));
}

void TestParsing::peekNextLink_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("link");
    QTest::newRow("end") << QByteArray(R"({"results":[],"meta":{"pagination":{"next_link":"/v2/a?next=x"}}})")
                         << QByteArray("/v2/a?next=x");
    QTest::newRow("start, spaced") << QByteArray(
        "{\"meta\": {\"pagination\": {\"next_link\" : \"/v2/b?next=y\"}}, \"results\":[]}")
                                   << QByteArray("/v2/b?next=y");
    QTest::newRow("none") << QByteArray(R"({"results":[],"meta":{"pagination":{}}})") << QByteArray();
    QTest::newRow("escaped slash left to the parser")
        << QByteArray(R"({"meta":{"pagination":{"next_link":"\/v2\/c"}}})") << QByteArray();
}

void TestParsing::peekNextLink()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, link);
    QCOMPARE(ClickScope::peekNextLink(body), link);
}

void TestParsing::campaignAndContact()
{
    const QByteArray campaign
        = R"({"id":1100394165290,"name":"Spring","status":"SENT","last_run_date":"2012-12-06T18:06:40.342Z",
        "modified_date":"","tracking_summary":{"sends":15,"opens":10,"clicks":10,"forwards":3,"unsubscribes":2,"bounces":5,"spam_count":1},
        "click_through_details":[{"url":"http://www.constantcontact.com","url_uid":"1100394163874","click_count":10}]})";
    const auto c = parseCampaign(campaign);
    QVERIFY2(c, qPrintable(c.error));
    QCOMPARE(c.value->id, QStringLiteral("1100394165290"));
    QCOMPARE(qint64(c.value->modifiedMs), qint64(noDate));
    QCOMPARE(c.value->tracking.sends, 15);
    QCOMPARE(c.value->tracking.clickRate(), 10.0 / 10.0);
    QCOMPARE(c.value->links.size(), 1);
    QCOMPARE(c.value->links[0].id, QStringLiteral("1100394163874"));
    QCOMPARE(c.value->links[0].clickCount, 10);

    const QByteArray contact = R"({"id":"196","status":"ACTIVE","first_name":"Ronald","last_name":"Martone",
        "email_addresses":[{"id":"1","status":"ACTIVE","email_address":"rmartone@systems.com","opt_in_date":"2013-01-23T13:48:44.108Z","opt_out_date":""}],
        "addresses":[{"line1":"47 Shawmut Ave.","city":"Boston","address_type":"BUSINESS"}],"lists":[{"id":1,"status":"ACTIVE"}],
        "created_date":"2013-01-23T13:48:44.108Z"})";
    const auto k = parseContact(contact);
    QVERIFY2(k, qPrintable(k.error));
    QCOMPARE(k.value->firstName, QStringLiteral("Ronald"));
    QCOMPARE(k.value->emails.size(), 1);
    QCOMPARE(qint64(k.value->emails[0].optOutMs), qint64(noDate));
    QCOMPARE(k.value->lists[0].first, QStringLiteral("1"));
    QCOMPARE(k.value->addresses[0].city, QStringLiteral("Boston"));
}

void TestParsing::campaignErrors()
{
    QVERIFY(!parseCampaign("[1]"));
    const auto noName = parseCampaign(R"({"id":"1","status":"SENT"})");
    QVERIFY(!noName);
    QVERIFY2(noName.error.contains(QLatin1String("name")), qPrintable(noName.error));
    const auto badLinks = parseCampaign(R"({"id":"1","name":"x","status":"SENT","click_through_details":{}})");
    QVERIFY(!badLinks);
    QVERIFY(badLinks.error.contains(QLatin1String("click_through_details")));
    const auto badPage
        = parseCampaignPage(R"({"results":[{"id":{},"name":"x","status":"SENT"}],"meta":{"pagination":{}}})");
    QVERIFY(!badPage);
    QVERIFY2(badPage.error.contains(QLatin1String("results[0]")), qPrintable(badPage.error));
}

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
