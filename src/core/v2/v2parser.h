// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"
#include "domain/parsed.h"
#include "domain/types.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ClickScope {

// Parsers for v2 responses. Tolerant where the real API varies (ids as strings or numbers, any ISO-8601 shape,
// "" for a date), strict about everything else: a response that is not the documented shape gives an error that
// names what was wrong, and never a partial result.
struct ClickPage {
    ClickBatch batch;
    QByteArray nextLink; // empty on the last page
};

struct CampaignPage {
    QList<CampaignSummary> campaigns;
    QByteArray nextLink;
};

struct ActivityPage {
    QList<Activity> activities;
    QByteArray nextLink;
};

// Click pages are the hot path: simdjson's on-demand API, one parser reused for every page.
class ClickPageParser
{
public:
    ClickPageParser();
    ~ClickPageParser();
    ClickPageParser(const ClickPageParser &) = delete;
    ClickPageParser &operator=(const ClickPageParser &) = delete;

    // body may be enlarged (padding for simdjson); its content is unchanged.
    Parsed<ClickPage> parse(QByteArray &body);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The rest are small and rare: QJsonDocument is fine there.
Parsed<CampaignPage> parseCampaignPage(const QByteArray &body);
Parsed<Campaign> parseCampaign(const QByteArray &body);
Parsed<Contact> parseContact(const QByteArray &body);
Parsed<ActivityPage> parseActivityPage(const QByteArray &body);
// GET /v2/lists: a bare array of {id, name, status, ...}.
Parsed<QList<ContactList>> parseContactLists(const QByteArray &body);

// Just the next_link of a page, found without parsing it (to request the next page while this one is parsed).
// Empty when there is none.
QByteArray peekNextLink(const QByteArray &body);

} // namespace ClickScope
