// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ClickScope::Sandbox {

struct DatasetConfig {
    std::uint64_t seed = 1;
    int campaigns = 12;
    std::int64_t clicks = 50000; // in total, over every SENT campaign
    int linksPerCampaign = 0; // 0: between 3 and 8, varying by campaign
    int contacts = 0; // 0: a third of the clicks, at least 50
};

enum class CampaignStatus { Sent, Draft, Scheduled };

enum class ActivityType : std::uint8_t { Send, Open, Click, Bounce, Forward, Unsubscribe };

struct Link {
    std::int64_t id = 0; // url_uid, 13 digits
    QByteArray url;
    // Indices into the campaign's click sequence, ascending (oldest first).
    std::vector<std::uint32_t> clicks;
};

struct TrackingSummary {
    std::int64_t sends = 0, opens = 0, clicks = 0, forwards = 0, unsubscribes = 0, bounces = 0, spamCount = 0;
};

// One tracked event. Small and trivially copyable so that activity lists for a campaign or a contact
// can be materialised and sorted on demand.
struct Activity {
    std::int64_t ms = 0;
    std::uint32_t contact = 0;
    std::uint32_t clickIndex = 0; // for clicks: index in the campaign's sequence
    std::uint16_t campaign = 0;
    ActivityType type = ActivityType::Send;
};

// A click added while the sandbox runs (Sandbox::addClicks): stored, unlike the generated ones.
struct AddedClick {
    std::int64_t ms = 0;
    std::uint32_t contact = 0;
    std::uint16_t link = 0;
};

struct Campaign {
    std::int64_t id = 0;
    QByteArray name;
    QByteArray subject;
    CampaignStatus status = CampaignStatus::Draft;
    std::int64_t createdMs = 0;
    std::int64_t modifiedMs = 0;
    std::int64_t lastRunMs = 0; // SENT only
    std::int64_t nextRunMs = 0; // SCHEDULED only
    std::vector<Link> links;
    std::vector<std::uint32_t> linkThresholds; // cumulative 32-bit weights used to pick a click's link
    std::uint32_t clickCount = 0; // every click: the generated ones, then the added ones
    std::uint32_t generatedClicks = 0; // the first clickCount indices that the generator defines
    std::vector<AddedClick> added; // indices generatedClicks .. clickCount - 1, oldest first
    double tauMs = 0; // scale of the click decay after the send
    std::vector<std::uint64_t> clickedBits; // one bit per contact that clicked any link
    // Per clicker (in contact order, found through clickedRank: the clickers before each word of clickedBits),
    // the indices of their first and last click: a contact's send and open come before the first.
    std::vector<std::uint32_t> clickedRank;
    std::vector<std::uint32_t> firstClick, lastClick;
};

// The generated account behind the sandbox. Deterministic for a seed; compact enough for a million clicks:
// a click is not stored, it is a function of (campaign, index) — its time grows with the index, so a page
// of newest-first clicks is a countdown, and a created_since filter is a binary search. Clicks added later
// (appendClicks) are stored after the generated ones and are never older than them, so that stays true.
class Dataset
{
public:
    explicit Dataset(const DatasetConfig &config);
    ~Dataset();
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;

    const DatasetConfig &config() const { return m_config; }
    // The generator's "now": fixed so that data is the same on every run.
    static std::int64_t nowMs();

    const std::vector<Campaign> &campaigns() const { return m_campaigns; }
    int campaignIndexForId(std::int64_t id) const; // -1 if unknown
    int linkIndexForId(int campaign, std::int64_t linkId) const; // -1 if not in that campaign

    // Clicks of a campaign, by index in its sequence (0 = oldest).
    std::int64_t clickTime(int campaign, std::uint32_t index) const;
    std::uint32_t clickContact(int campaign, std::uint32_t index) const;
    int clickLink(int campaign, std::uint32_t index) const;
    // First index in the campaign sequence (or, with a link, in that link's list) whose time is >= sinceMs.
    std::uint32_t lowerBound(int campaign, int link, std::int64_t sinceMs) const;

    // Contacts.
    int contactCount() const { return m_contactCount; }
    static std::int64_t contactId(std::uint32_t contact) { return std::int64_t(contact) + 1; }
    std::optional<std::uint32_t> contactForId(std::int64_t id) const;
    // The email address JSON-escaped (without quotes), as it goes on the wire.
    QByteArrayView emailJson(std::uint32_t contact) const;
    QByteArray email(std::uint32_t contact) const; // raw UTF-8
    QByteArray firstName(std::uint32_t contact) const;
    QByteArray lastName(std::uint32_t contact) const;
    bool clicked(int campaign, std::uint32_t contact) const;

    // Per-campaign events other than clicks; deterministic functions of (campaign, contact). They keep causality:
    // send <= open <= first click (a click implies an open), bounces have no open, an unsubscribe comes after the
    // send, the open and the contact's every click, happens once, and nothing is sent to the contact after it.
    bool received(int campaign, std::uint32_t contact) const; // sent to this contact (not after an unsubscribe)
    std::int64_t sendTime(int campaign, std::uint32_t contact) const;
    bool bounced(int campaign, std::uint32_t contact) const;
    bool opened(int campaign, std::uint32_t contact) const;
    bool forwarded(int campaign, std::uint32_t contact) const;
    bool unsubscribed(int campaign, std::uint32_t contact) const;
    std::int64_t eventTime(int campaign, std::uint32_t contact, ActivityType type) const;
    int bounceCodeIndex(int campaign, std::uint32_t contact) const;
    int unsubscribeSourceIndex(int campaign, std::uint32_t contact) const;
    // The campaign in which the contact unsubscribed, and when; -1 and noUnsubscribe when never.
    int unsubscribeCampaign(std::uint32_t contact) const;
    std::int64_t unsubscribeTime(std::uint32_t contact) const;
    // The time of the contact's first and last click in a campaign (-1 when none).
    std::int64_t firstClickTime(int campaign, std::uint32_t contact) const;
    std::int64_t lastClickTime(int campaign, std::uint32_t contact) const;

    TrackingSummary campaignSummary(int campaign) const;
    TrackingSummary contactSummary(std::uint32_t contact) const;

    // Whether a click by the contact at ms can be added to the campaign without changing anything the account
    // already shows: sent to the contact, no bounce, no unsubscribe (the contact's every click comes before it),
    // and for a first click in the campaign no open or forward that it would move or add after it (the open that
    // a first click implies is new, just before the click), and a send that it would not move.
    bool mayClickLater(int campaign, std::uint32_t contact, std::int64_t ms) const;
    // Appends clicks to a SENT campaign, oldest first, none older than the campaign's newest click. Returns false,
    // changing nothing, when a click breaks that or names an unknown contact or link. Not thread-safe: called on
    // the thread that serves the data.
    bool appendClicks(int campaign, const std::vector<AddedClick> &clicks);
    // The time of the campaign's newest click; -1 when it has none.
    std::int64_t newestClickTime(int campaign) const;

    // The order of every activity list: newest first, then by campaign, type, click (newest first) and contact.
    // A total order, so a cursor can name the row it stopped after.
    static bool newerFirst(const Activity &a, const Activity &b);

    // Every event of a campaign of the given types (all types when empty), newest first. Cached.
    const std::vector<Activity> &campaignActivities(int campaign, std::optional<ActivityType> type) const;
    // Every event of a contact over all SENT campaigns, newest first (not cached: a contact has few).
    std::vector<Activity> contactActivities(std::uint32_t contact, std::optional<ActivityType> type) const;

    // A fingerprint of the configuration, carried in cursors so that a cursor from another dataset is refused.
    std::uint32_t fingerprint() const { return m_fingerprint; }

    std::uint64_t hash(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) const;

private:
    void generateContacts();
    void generateCampaigns();
    void generateClicks(Campaign &campaign, int campaignIndex, std::uint32_t count);
    void generateUnsubscribes();
    void addClicker(Campaign &campaign, int campaignIndex, std::uint32_t contact, std::uint32_t index);
    std::optional<std::uint32_t> clickerSlot(int campaign, std::uint32_t contact) const;
    std::int64_t nominalSendTime(int campaign, std::uint32_t contact) const;
    bool mayBounce(int campaign, std::uint32_t contact) const;
    bool mayOpen(int campaign, std::uint32_t contact) const;
    void appendContactEvents(
        std::vector<Activity> &list, int campaign, std::uint32_t contact, std::optional<ActivityType> type) const;

    DatasetConfig m_config;
    std::uint32_t m_fingerprint = 0;
    int m_contactCount = 0;
    std::vector<Campaign> m_campaigns;
    // Emails: one buffer, JSON-escaped; m_emailOffsets has contactCount + 1 entries.
    QByteArray m_emails;
    std::vector<std::uint32_t> m_emailOffsets;
    std::vector<std::uint16_t> m_firstNames;
    std::vector<std::uint16_t> m_lastNames;
    std::vector<std::uint16_t> m_unsubscribeCampaign; // per contact; noCampaign when the contact never unsubscribed
    // The added clicks of each contact who has some: (campaign, index) pairs.
    std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint16_t, std::uint32_t>>> m_addedByContact;

    struct Caches;
    std::unique_ptr<Caches> m_caches;
};

QByteArrayView bounceCodeName(int index);
QByteArrayView bounceDescription(int index);
QByteArrayView unsubscribeSourceName(int index);

} // namespace ClickScope::Sandbox
