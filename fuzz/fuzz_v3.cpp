// SPDX-License-Identifier: GPL-3.0-or-later
// The v3 response parsers (src/core/v3/v3parser.h). The first byte picks the parser (modulo 11), the rest is the body:
//   0 clicks report page (ClickPageParser, simdjson: the pager's hot path), 1 email list page, 2 email campaign,
//   3 link report, 4 activity stats, 5 contact, 6 contact activity page, 7 contact list page, 8 token response,
//   9 OAuth error, 10 peekNextHref alone.
// Properties: a value or an error, never both or neither; the clicks parser leaves the body's bytes as they were,
// gives every row its ids within the page's text (the campaign id given), and the same answer when reused; where
// Qt's JSON parser reads the same page (one "tracking_activities", no escapes), it finds as many rows; a token
// response has an access token and an expiry that did not overflow; an OAuth error without "error" has no
// description either.
#include "domain/isotime.h"
#include "fuzzing.h"
#include "v3/v3parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ClickScope;
using namespace ClickScope::Fuzz;

namespace {

const QByteArray campaignId = QByteArrayLiteral("5b2a4f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

void clickPage(const QByteArray &original)
{
    static V3::ClickPageParser parser; // reused, as the pager reuses it for every page
    QByteArray body(original.constData(), original.size());
    const Parsed<V3::ClickPage> first = parser.parse(body, campaignId);
    FUZZ_CHECK(valueOrError(first));
    FUZZ_CHECK(body == original);
    QByteArray again(original.constData(), original.size());
    const Parsed<V3::ClickPage> second = parser.parse(again, campaignId);
    FUZZ_CHECK(first.error == second.error);
    V3::peekNextHref(original);
    if (!first)
        return;
    const ClickBatch &batch = first.value->batch;
    const auto inText = [&batch](TextRef r) { return std::size_t(r.offset) + r.length <= batch.text.size(); };
    for (const ParsedClick &c : batch.rows) {
        FUZZ_CHECK(
            inText(c.campaignId) && inText(c.contactId) && inText(c.linkId) && inText(c.email) && inText(c.device));
        FUZZ_CHECK(batch.view(c.campaignId) == campaignId);
        FUZZ_CHECK(c.contactId.length > 0 && c.linkId.length > 0 && c.clickMs != noDate && !c.resend);
    }
    FUZZ_CHECK(first.value->nextLink == second.value->nextLink);
    FUZZ_CHECK(batch.rows.size() == second.value->batch.rows.size());
    FUZZ_CHECK(batch.text == second.value->batch.text);

    if (original.contains('\\') || original.count("\"tracking_activities\"") != 1)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(original);
    if (!doc.isObject())
        return;
    FUZZ_CHECK(
        doc.object().value(QLatin1String("tracking_activities")).toArray().size() == qsizetype(batch.rows.size()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input in(data, size);
    const int which = in.byte() % 11;
    const QByteArray body = in.rest().toByteArray();
    switch (which) {
    case 0:
        clickPage(body);
        break;
    case 1: {
        const auto parsed = V3::parseEmailPage(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            for (const CampaignSummary &c : parsed.value->campaigns)
                FUZZ_CHECK(!c.id.isEmpty());
        break;
    }
    case 2: {
        const auto parsed = V3::parseEmail(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed) {
            FUZZ_CHECK(!parsed.value->summary.id.isEmpty());
            for (const V3::CampaignActivityRef &a : parsed.value->activities)
                FUZZ_CHECK(!a.id.isEmpty());
        }
        break;
    }
    case 3: {
        const auto parsed = V3::parseLinks(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            for (const LinkInfo &l : *parsed.value)
                FUZZ_CHECK(!l.id.isEmpty());
        break;
    }
    case 4: {
        const auto parsed = V3::parseActivityStats(body);
        FUZZ_CHECK(valueOrError(parsed));
        break;
    }
    case 5: {
        const auto parsed = V3::parseContact(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            FUZZ_CHECK(!parsed.value->id.isEmpty());
        break;
    }
    case 6: {
        const auto parsed = V3::parseContactActivityPage(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            for (const Activity &a : parsed.value->activities)
                FUZZ_CHECK(a.dateMs != noDate && !a.campaignId.isEmpty() && !a.contactId.isEmpty());
        break;
    }
    case 7: {
        const auto parsed = V3::parseContactListPage(body);
        FUZZ_CHECK(valueOrError(parsed));
        break;
    }
    case 8: {
        constexpr std::int64_t nowMs = 1764720000000; // 2025-12-03
        const auto parsed = V3::parseTokenResponse(body, nowMs);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed) {
            FUZZ_CHECK(!parsed.value->accessToken.isEmpty());
            // An expiry in milliseconds that a token can mean (within about 60,000 years): no overflow on the way.
            constexpr std::int64_t farMs = 2000000000000000;
            FUZZ_CHECK(parsed.value->expiresAtMs > -farMs && parsed.value->expiresAtMs < farMs);
        }
        break;
    }
    case 9: {
        const V3::OAuthError e = V3::parseOAuthError(body);
        FUZZ_CHECK(!e.error.isEmpty() || e.description.isEmpty());
        break;
    }
    default: {
        const QByteArray href = V3::peekNextHref(body);
        FUZZ_CHECK(!href.contains('"') && !href.contains('\\'));
        break;
    }
    }
    return 0;
}
