// SPDX-License-Identifier: GPL-3.0-or-later
// The v2 response parsers (src/core/v2/v2parser.h). The first byte picks the parser (modulo 7), the rest is the body:
//   0 clicks page (ClickPageParser, simdjson: the pager's hot path), 1 campaign list page, 2 campaign, 3 contact,
//   4 contact activity page, 5 contact lists, 6 peekNextLink alone.
// Properties: a value or an error, never both or neither; the click page parser leaves the body's bytes as they
// were, gives every row its ids within the page's text, and gives the same answer when reused; where Qt's JSON
// parser reads the same page (one "results" and one "next_link", no escapes), it finds as many rows and the same link.
#include "domain/isotime.h"
#include "fuzzing.h"
#include "v2/v2parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ClickScope;
using namespace ClickScope::Fuzz;

namespace {

void checkBatch(const ClickBatch &batch)
{
    const auto inText = [&batch](TextRef r) { return std::size_t(r.offset) + r.length <= batch.text.size(); };
    for (const ParsedClick &c : batch.rows) {
        FUZZ_CHECK(inText(c.campaignId) && inText(c.contactId) && inText(c.linkId) && inText(c.email));
        FUZZ_CHECK(c.campaignId.length > 0 && c.contactId.length > 0 && c.linkId.length > 0);
        FUZZ_CHECK(c.device.length == 0 && !c.resend);
    }
}

bool sameRows(const ClickBatch &a, const ClickBatch &b)
{
    if (a.rows.size() != b.rows.size())
        return false;
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const ParsedClick &x = a.rows[i], &y = b.rows[i];
        if (x.clickMs != y.clickMs || a.view(x.campaignId) != b.view(y.campaignId)
            || a.view(x.contactId) != b.view(y.contactId) || a.view(x.linkId) != b.view(y.linkId)
            || a.view(x.email) != b.view(y.email))
            return false;
    }
    return true;
}

void clickPage(const QByteArray &original)
{
    static ClickPageParser parser; // reused, as the pager reuses it for every page
    QByteArray body(original.constData(), original.size());
    const Parsed<ClickPage> first = parser.parse(body);
    FUZZ_CHECK(valueOrError(first));
    FUZZ_CHECK(body == original);
    QByteArray again(original.constData(), original.size());
    const Parsed<ClickPage> second = parser.parse(again);
    FUZZ_CHECK(first.error == second.error);
    peekNextLink(original);
    if (!first)
        return;
    const ClickPage &page = *first.value;
    checkBatch(page.batch);
    FUZZ_CHECK(page.nextLink == second.value->nextLink);
    FUZZ_CHECK(sameRows(page.batch, second.value->batch));

    if (original.contains('\\') || original.count("\"results\"") != 1)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(original);
    if (!doc.isObject())
        return;
    FUZZ_CHECK(doc.object().value(QLatin1String("results")).toArray().size() == qsizetype(page.batch.rows.size()));
    if (original.count("\"next_link\"") == 1 && original.count("\"pagination\"") == 1
        && original.count("\"meta\"") == 1) {
        const QJsonValue next = doc.object()
                                    .value(QLatin1String("meta"))
                                    .toObject()
                                    .value(QLatin1String("pagination"))
                                    .toObject()
                                    .value(QLatin1String("next_link"));
        FUZZ_CHECK(next.toString().toUtf8() == page.nextLink);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input in(data, size);
    const int which = in.byte() % 7;
    const QByteArray body = in.rest().toByteArray();
    switch (which) {
    case 0:
        clickPage(body);
        break;
    case 1: {
        const auto parsed = parseCampaignPage(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            for (const CampaignSummary &c : parsed.value->campaigns)
                FUZZ_CHECK(!c.id.isEmpty());
        break;
    }
    case 2: {
        const auto parsed = parseCampaign(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed) {
            FUZZ_CHECK(!parsed.value->id.isEmpty());
            for (const LinkInfo &l : parsed.value->links)
                FUZZ_CHECK(!l.id.isEmpty());
        }
        break;
    }
    case 3: {
        const auto parsed = parseContact(body);
        FUZZ_CHECK(valueOrError(parsed));
        if (parsed)
            FUZZ_CHECK(!parsed.value->id.isEmpty());
        break;
    }
    case 4: {
        const auto parsed = parseActivityPage(body);
        FUZZ_CHECK(valueOrError(parsed));
        break;
    }
    case 5: {
        const auto parsed = parseContactLists(body);
        FUZZ_CHECK(valueOrError(parsed));
        break;
    }
    default: {
        const QByteArray link = peekNextLink(body);
        FUZZ_CHECK(!link.contains('"') && !link.contains('\\'));
        break;
    }
    }
    return 0;
}
