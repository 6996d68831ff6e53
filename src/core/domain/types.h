// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace ClickScope {

// Values as the v2 API describes them (ctct-v2-api.md §3). Ids stay text: the API sends them as strings or numbers.
struct CampaignSummary {
    QString id;
    QString name;
    QString status;
    std::int64_t modifiedMs = 0;
};

struct TrackingSummary {
    std::int64_t sends = 0, opens = 0, clicks = 0, forwards = 0, unsubscribes = 0, bounces = 0, spamCount = 0;

    // opens and clicks are unique contacts (openers, clickers). Rates: -1 when the denominator is 0.
    // unique clicks ÷ (sends − bounces)
    double clickRate() const
    {
        const std::int64_t delivered = sends - bounces;
        return delivered > 0 ? double(clicks) / double(delivered) : -1.0;
    }
    // unique opens ÷ (sends − bounces)
    double openRate() const
    {
        const std::int64_t delivered = sends - bounces;
        return delivered > 0 ? double(opens) / double(delivered) : -1.0;
    }
    // unique clicks ÷ unique opens
    double clickToOpenRate() const { return opens > 0 ? double(clicks) / double(opens) : -1.0; }
};

struct LinkInfo {
    QString url;
    QString id; // url_uid
    std::int64_t clickCount = 0;
};

struct Campaign {
    QString id;
    QString name;
    QString subject;
    QString status;
    std::int64_t createdMs = 0, modifiedMs = 0, lastRunMs = 0, nextRunMs = 0; // noDate when absent or ""
    bool hasTrackingSummary = false;
    TrackingSummary tracking;
    QList<LinkInfo> links;
    bool linkCountsAreClickers = false; // LinkInfo::clickCount counts contacts (v3 unique_clicks), not clicks
};

struct ContactEmail {
    QString address;
    QString status;
    QString confirmStatus;
    std::int64_t optInMs = 0, optOutMs = 0;
    QString optOutSource; // v3 opt_out_source (Contact, Account); v2 has none on the contact
};

struct ContactAddress {
    QString type, line1, line2, line3, city, state, stateCode, countryCode, postalCode;
};

struct Contact {
    QString id;
    QString status;
    QString prefixName, firstName, lastName, jobTitle, companyName;
    QString homePhone, workPhone, cellPhone, fax;
    QList<ContactEmail> emails;
    QList<ContactAddress> addresses;
    QList<std::pair<QString, QString>> lists; // id, status; names from TrackingBackend::contactLists()
    std::int64_t createdMs = 0, modifiedMs = 0;
    QByteArray apiJson; // v3: the API's own JSON object, as it came (the CLI prints it; DESIGN "CLI contract")
};

// A contact list of the account (v2 /v2/lists, v3 /v3/contact_lists).
struct ContactList {
    QString id; // v2: a number as text; v3: a UUID
    QString name;
};

// One row of a contact's activity (any type).
struct Activity {
    QString type; // EMAIL_SEND, EMAIL_OPEN, EMAIL_CLICK, EMAIL_BOUNCE, EMAIL_FORWARD, EMAIL_UNSUBSCRIBE
    QString campaignId; // v3: the campaign activity's id
    QString campaignName; // v3: campaign_activity_name, when sent
    QString contactId;
    QString email;
    std::int64_t dateMs = 0;
    QString linkId, linkUri; // clicks
    QString detail; // bounce description or unsubscribe source
};

} // namespace ClickScope

Q_DECLARE_METATYPE(ClickScope::Campaign)
Q_DECLARE_METATYPE(ClickScope::Contact)
