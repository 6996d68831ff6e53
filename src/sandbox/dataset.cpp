// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include "isodate.h"
#include "jsonout.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>

namespace ClickScope::Sandbox {

namespace {

    struct Name {
        const char *display; // UTF-8
        const char *ascii; // lower-case ASCII for most addresses
        const char *lower; // lower-case UTF-8 for the internationalised addresses
    };

    // Names from many languages on purpose: the table, the CSV export and the translations must all cope.
    const Name firstNames[] = {
        { "Anna", "anna", "anna" },
        { "José", "jose", "josé" },
        { "Zoë", "zoe", "zoë" },
        { "Łukasz", "lukasz", "łukasz" },
        { "Søren", "soren", "søren" },
        { "Chloé", "chloe", "chloé" },
        { "Mohammed", "mohammed", "mohammed" },
        { "Yuki", "yuki", "yuki" },
        { "Ólafur", "olafur", "ólafur" },
        { "Priya", "priya", "priya" },
        { "Александр", "aleksandr", "александр" },
        { "Émilie", "emilie", "émilie" },
        { "Jürgen", "juergen", "jürgen" },
        { "Siobhán", "siobhan", "siobhán" },
        { "Kwame", "kwame", "kwame" },
        { "María", "maria", "maría" },
        { "Liam", "liam", "liam" },
        { "Olivia", "olivia", "olivia" },
        { "Noah", "noah", "noah" },
        { "Emma", "emma", "emma" },
        { "Mateo", "mateo", "mateo" },
        { "Sofia", "sofia", "sofia" },
        { "Hiroshi", "hiroshi", "hiroshi" },
        { "Ngozi", "ngozi", "ngozi" },
        { "François", "francois", "françois" },
        { "Björn", "bjorn", "björn" },
        { "Ana", "ana", "ana" },
        { "David", "david", "david" },
        { "Sarah", "sarah", "sarah" },
        { "Wei", "wei", "wei" },
        { "Fatima", "fatima", "fatima" },
        { "Lucas", "lucas", "lucas" },
    };
    const Name lastNames[] = {
        { "Smith", "smith", "smith" },
        { "García", "garcia", "garcía" },
        { "Müller", "mueller", "müller" },
        { "Nowak", "nowak", "nowak" },
        { "O'Brien", "obrien", "o'brien" },
        { "Núñez", "nunez", "núñez" },
        { "Kowalski", "kowalski", "kowalski" },
        { "Tanaka", "tanaka", "tanaka" },
        { "Dubois", "dubois", "dubois" },
        { "Johansson", "johansson", "johansson" },
        { "Иванов", "ivanov", "иванов" },
        { "Brontë", "bronte", "brontë" },
        { "Okafor", "okafor", "okafor" },
        { "Rossi", "rossi", "rossi" },
        { "Patel", "patel", "patel" },
        { "Nguyen", "nguyen", "nguyen" },
        { "Jensen", "jensen", "jensen" },
        { "Schäfer", "schaefer", "schäfer" },
        { "Lefèvre", "lefevre", "lefèvre" },
        { "Hernández", "hernandez", "hernández" },
        { "Kim", "kim", "kim" },
        { "Silva", "silva", "silva" },
        { "Brown", "brown", "brown" },
        { "Wilson", "wilson", "wilson" },
        { "Yılmaz", "yilmaz", "yılmaz" },
        { "Dvořák", "dvorak", "dvořák" },
        { "Costa", "costa", "costa" },
        { "Taylor", "taylor", "taylor" },
    };
    constexpr int firstNameCount = int(sizeof(firstNames) / sizeof(firstNames[0]));
    constexpr int lastNameCount = int(sizeof(lastNames) / sizeof(lastNames[0]));

    const char *const domains[] = { "example.com", "example.org", "mail.example.net", "acme.example",
        "shop.example.co.uk", "post.example.de", "correo.example.es", "courriel.example.fr" };

    const char *const campaignNames[] = { "Spring Sale", "Monthly Newsletter", "Black Friday Early Access",
        "Webinar: Data-Driven Email", "New Arrivals", "Customer Survey", "Holiday Gift Guide", "Product Update",
        "Summer Clearance", "Welcome Series — Part 1", "Événement de printemps", "Frühjahrsangebot", "Back to School",
        "Loyalty Rewards", "Year in Review", "Flash Sale: 24 Hours Only" };
    const char *const months[] = { "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December" };

    const char *const linkPaths[]
        = { "https://shop.example.com/sale?utm_source=email&utm_campaign=", "https://www.example.com/blog/posts/",
              "https://events.example.org/register?id=", "https://shop.example.com/products/new-arrivals?ref=",
              "https://www.example.com/survey?c=", "https://example.de/angebote/straße-",
              "https://www.example.com/unsubscribe-preferences?list=", "https://support.example.com/faq#q",
              "https://www.example.com/search?q=shoes,bags&c=", "https://social.example.net/share?u=" };

    constexpr std::uint64_t splitmix(std::uint64_t x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    double unit(std::uint64_t h) // [0, 1)
    {
        return double(h >> 11) * (1.0 / 9007199254740992.0);
    }

    QByteArray escapeJson(const QByteArray &raw)
    {
        QByteArray quoted;
        JsonOut(quoted).str(raw);
        return quoted.mid(1, quoted.size() - 2);
    }

    constexpr std::int64_t hourMs = 3600000;
    constexpr std::int64_t dayMs = 24 * hourMs;
    constexpr double clickDecayAlpha = 1.5;
    constexpr std::int64_t clickWindowMs = 45 * dayMs;
    constexpr std::uint16_t noCampaign = 0xffff;
    constexpr std::uint32_t noClick = 0xffffffffU;

} // namespace

struct Dataset::Caches {
    std::map<std::pair<int, int>, std::vector<Activity>> campaignActivities;
    std::vector<std::uint32_t> contactClickOffsets; // CSR over (campaign, click) pairs per contact
    std::vector<std::uint32_t> contactClicks; // packed: campaign in the high 8 bits is not enough, so 2 arrays
    std::vector<std::uint16_t> contactClickCampaigns;
    bool contactIndexBuilt = false;
};

Dataset::Dataset(const DatasetConfig &config)
    : m_config(config)
    , m_caches(std::make_unique<Caches>())
{
    m_config.campaigns = std::clamp(m_config.campaigns, 1, 2000);
    m_config.clicks = std::clamp<std::int64_t>(m_config.clicks, 0, 50'000'000);
    m_config.linksPerCampaign = std::clamp(m_config.linksPerCampaign, 0, 64);
    m_contactCount = m_config.contacts > 0 ? m_config.contacts : int(std::max<std::int64_t>(50, m_config.clicks / 3));
    m_config.contacts = m_contactCount;
    m_fingerprint = std::uint32_t(hash(m_config.seed, std::uint64_t(m_config.campaigns) << 32 | m_config.clicks,
        std::uint64_t(m_contactCount) << 8 | std::uint64_t(m_config.linksPerCampaign)));
    generateContacts();
    generateCampaigns();
    generateUnsubscribes();
}

Dataset::~Dataset() = default;

std::int64_t Dataset::nowMs()
{
    static const std::int64_t now = daysFromCivil(2026, 11, 1) * dayMs + 9 * hourMs;
    return now;
}

std::uint64_t Dataset::hash(std::uint64_t a, std::uint64_t b, std::uint64_t c) const
{
    return splitmix(splitmix(splitmix(m_config.seed ^ 0x5851f42d4c957f2dULL) ^ a) ^ (b * 0x9e3779b97f4a7c15ULL) ^ c);
}

void Dataset::generateContacts()
{
    const auto n = std::size_t(m_contactCount);
    m_firstNames.resize(n);
    m_lastNames.resize(n);
    m_emailOffsets.resize(n + 1);
    m_emails.reserve(qsizetype(n) * 34);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t h = hash(1, i);
        const auto fi = std::uint16_t(h % firstNameCount);
        const auto li = std::uint16_t((h >> 16) % lastNameCount);
        m_firstNames[i] = fi;
        m_lastNames[i] = li;
        const QByteArray number = QByteArray::number(qulonglong(contactId(std::uint32_t(i))));
        const QByteArray domain(domains[(h >> 32) % (sizeof(domains) / sizeof(domains[0]))]);
        const QByteArray first(firstNames[fi].ascii);
        const QByteArray last(lastNames[li].ascii);
        QByteArray email;
        switch ((h >> 40) % 100) {
        case 0: // a comma inside a quoted local part: CSV must quote it
            email = "\"" + last + ", " + first + ' ' + number + "\"@" + domain;
            break;
        case 1: // a double quote inside a quoted local part
            email = "\"" + first + " \\\"" + last + "\\\" " + number + "\"@" + domain;
            break;
        case 2: // a leading '=': a spreadsheet would run it as a formula
            email = "=" + first + '.' + last + number + '@' + domain;
            break;
        case 3:
        case 4:
        case 5: // internationalised local part (SMTPUTF8)
            email = QByteArray(firstNames[fi].lower) + '.' + QByteArray(lastNames[li].lower) + number + '@' + domain;
            break;
        default:
            email = first + '.' + last + number + '@' + domain;
        }
        m_emailOffsets[i] = std::uint32_t(m_emails.size());
        m_emails += escapeJson(email);
    }
    m_emailOffsets[n] = std::uint32_t(m_emails.size());
}

void Dataset::generateCampaigns()
{
    const int count = m_config.campaigns;
    m_campaigns.resize(std::size_t(count));
    const std::int64_t idBase = 1100000000000LL + std::int64_t(hash(2) % 5000000) * 100000;
    const std::int64_t linkBase = 1100000000000LL + std::int64_t(hash(3) % 5000000) * 100000 + 50000;
    const std::int64_t now = nowMs();

    // Statuses: every sixth campaign is a DRAFT and every sixth (offset) is SCHEDULED; the first is always SENT.
    std::vector<int> sent;
    for (int i = 0; i < count; ++i) {
        Campaign &c = m_campaigns[std::size_t(i)];
        const std::uint64_t h = hash(4, std::uint64_t(i));
        c.id = idBase + std::int64_t(i) * 37;
        c.status = (i % 6 == 4) ? CampaignStatus::Draft
            : (i % 6 == 5)      ? CampaignStatus::Scheduled
                                : CampaignStatus::Sent;
        const int nameIndex = int((h + std::uint64_t(i)) % (sizeof(campaignNames) / sizeof(campaignNames[0])));
        if (c.status == CampaignStatus::Sent) {
            // Sent between 700 and 40 days ago, spread so that no two share a day.
            c.lastRunMs = now - 40 * dayMs - std::int64_t((h >> 8) % (660 * dayMs));
            c.modifiedMs = c.lastRunMs - std::int64_t((h >> 20) % (5 * hourMs)) - 60000;
            c.createdMs = c.modifiedMs - std::int64_t((h >> 28) % (10 * dayMs)) - hourMs;
            c.tauMs = double(2 * hourMs) + double((h >> 36) % (4 * hourMs));
            sent.push_back(i);
        } else {
            c.modifiedMs = now - std::int64_t((h >> 8) % (30 * dayMs)) - hourMs;
            c.createdMs = c.modifiedMs - std::int64_t((h >> 28) % (20 * dayMs)) - hourMs;
            if (c.status == CampaignStatus::Scheduled)
                c.nextRunMs = now + dayMs + std::int64_t((h >> 36) % (20 * dayMs));
        }
        QByteArray monthYear;
        {
            const std::int64_t when = c.status == CampaignStatus::Sent ? c.lastRunMs : c.modifiedMs;
            char iso[24];
            formatIsoUtc(when, iso);
            const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
            monthYear = QByteArray(months[month - 1]) + ' ' + QByteArray(iso, 4);
        }
        c.name = QByteArray(campaignNames[nameIndex]) + " — " + monthYear;
        c.subject = QByteArray(campaignNames[nameIndex]) + ": don't miss out";

        int links = m_config.linksPerCampaign > 0 ? m_config.linksPerCampaign : 3 + int((h >> 44) % 6);
        c.links.resize(std::size_t(links));
        for (int l = 0; l < links; ++l) {
            Link &link = c.links[std::size_t(l)];
            link.id = linkBase + std::int64_t(i) * 64 + l;
            const char *path = linkPaths[(std::uint64_t(l) + (h >> 50)) % (sizeof(linkPaths) / sizeof(linkPaths[0]))];
            link.url
                = QByteArray(path) + QByteArray::number(qlonglong(c.id % 100000)) + '-' + QByteArray::number(l + 1);
        }
        // Zipf-like weights: the first link is the call to action, the footer links get few clicks.
        double total = 0;
        std::vector<double> weights(static_cast<std::size_t>(links));
        for (int l = 0; l < links; ++l)
            total += weights[std::size_t(l)] = 1.0 / (l + 1);
        double acc = 0;
        c.linkThresholds.resize(std::size_t(links));
        for (int l = 0; l < links; ++l) {
            acc += weights[std::size_t(l)] / total;
            c.linkThresholds[std::size_t(l)] = l + 1 == links ? 0xffffffffU : std::uint32_t(acc * 4294967295.0);
        }
    }

    // Spread the clicks over the SENT campaigns with uneven weights.
    std::vector<double> weights;
    double total = 0;
    for (int i : sent) {
        const double w = 0.3 + 1.4 * unit(hash(5, std::uint64_t(i)));
        weights.push_back(w);
        total += w;
    }
    std::int64_t assigned = 0;
    for (std::size_t k = 0; k < sent.size(); ++k) {
        std::int64_t n = k + 1 == sent.size() ? m_config.clicks - assigned
                                              : std::int64_t(double(m_config.clicks) * weights[k] / total);
        n = std::clamp<std::int64_t>(n, 0, 0xfffffff0LL);
        assigned += n;
        generateClicks(m_campaigns[std::size_t(sent[k])], sent[k], std::uint32_t(n));
    }
}

void Dataset::generateClicks(Campaign &c, int campaignIndex, std::uint32_t count)
{
    c.clickCount = count;
    c.generatedClicks = count;
    c.clickedBits.assign((std::size_t(m_contactCount) + 63) / 64, 0);
    std::vector<std::uint32_t> perLink(c.links.size(), 0);
    for (std::uint32_t i = 0; i < count; ++i)
        ++perLink[std::size_t(clickLink(campaignIndex, i))];
    for (std::size_t l = 0; l < c.links.size(); ++l)
        c.links[l].clicks.reserve(perLink[l]);
    for (std::uint32_t i = 0; i < count; ++i) {
        c.links[std::size_t(clickLink(campaignIndex, i))].clicks.push_back(i);
        const std::uint32_t contact = clickContact(campaignIndex, i);
        c.clickedBits[contact / 64] |= std::uint64_t(1) << (contact % 64);
    }
    c.clickedRank.resize(c.clickedBits.size());
    std::uint32_t clickers = 0;
    for (std::size_t w = 0; w < c.clickedBits.size(); ++w) {
        c.clickedRank[w] = clickers;
        clickers += std::uint32_t(std::popcount(c.clickedBits[w]));
    }
    c.firstClick.assign(clickers, noClick);
    c.lastClick.assign(clickers, noClick);
    for (std::uint32_t i = 0; i < count; ++i) { // ascending index is ascending time
        const std::uint32_t slot = *clickerSlot(campaignIndex, clickContact(campaignIndex, i));
        if (c.firstClick[slot] == noClick)
            c.firstClick[slot] = i;
        c.lastClick[slot] = i;
    }
}

std::optional<std::uint32_t> Dataset::clickerSlot(int campaign, std::uint32_t contact) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (c.clickedBits.empty())
        return std::nullopt;
    const std::uint64_t word = c.clickedBits[contact / 64];
    const std::uint64_t bit = std::uint64_t(1) << (contact % 64);
    if (!(word & bit))
        return std::nullopt;
    return c.clickedRank[contact / 64] + std::uint32_t(std::popcount(word & (bit - 1)));
}

std::int64_t Dataset::firstClickTime(int campaign, std::uint32_t contact) const
{
    const auto slot = clickerSlot(campaign, contact);
    return slot ? clickTime(campaign, m_campaigns[std::size_t(campaign)].firstClick[*slot]) : -1;
}

std::int64_t Dataset::lastClickTime(int campaign, std::uint32_t contact) const
{
    const auto slot = clickerSlot(campaign, contact);
    return slot ? clickTime(campaign, m_campaigns[std::size_t(campaign)].lastClick[*slot]) : -1;
}

void Dataset::generateUnsubscribes()
{
    // A contact unsubscribes at most once, in the first campaign (by send time) where the dice say so and none of
    // their clicks comes later: the clicks stay as they are, and nothing is sent to them afterwards.
    std::vector<int> chronological;
    for (std::size_t i = 0; i < m_campaigns.size(); ++i)
        if (m_campaigns[i].status == CampaignStatus::Sent)
            chronological.push_back(int(i));
    std::sort(chronological.begin(), chronological.end(),
        [&](int a, int b) { return m_campaigns[std::size_t(a)].lastRunMs < m_campaigns[std::size_t(b)].lastRunMs; });
    m_unsubscribeCampaign.assign(std::size_t(m_contactCount), noCampaign);
    for (int k = 0; k < m_contactCount; ++k) {
        const auto contact = std::uint32_t(k);
        std::int64_t latestClick = -1;
        for (int campaign : chronological)
            latestClick = std::max(latestClick, lastClickTime(campaign, contact));
        for (int campaign : chronological) {
            if (!mayOpen(campaign, contact) || hash(12, std::uint64_t(campaign), contact) % 200 != 1)
                continue;
            if (latestClick < eventTime(campaign, contact, ActivityType::Unsubscribe)) {
                m_unsubscribeCampaign[std::size_t(k)] = std::uint16_t(campaign);
                break;
            }
        }
    }
}

int Dataset::unsubscribeCampaign(std::uint32_t contact) const
{
    const std::uint16_t c = m_unsubscribeCampaign[contact];
    return c == noCampaign ? -1 : int(c);
}

std::int64_t Dataset::unsubscribeTime(std::uint32_t contact) const
{
    const int campaign = unsubscribeCampaign(contact);
    return campaign < 0 ? -1 : eventTime(campaign, contact, ActivityType::Unsubscribe);
}

int Dataset::campaignIndexForId(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_campaigns.size(); ++i)
        if (m_campaigns[i].id == id)
            return int(i);
    return -1;
}

int Dataset::linkIndexForId(int campaign, std::int64_t linkId) const
{
    const auto &links = m_campaigns[std::size_t(campaign)].links;
    for (std::size_t l = 0; l < links.size(); ++l)
        if (links[l].id == linkId)
            return int(l);
    return -1;
}

std::int64_t Dataset::clickTime(int campaign, std::uint32_t index) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (index >= c.generatedClicks)
        return c.added[index - c.generatedClicks].ms;
    // Quantile of a Lomax (Pareto II) decay: most clicks come in the first hours, a long tail for weeks.
    // (index + u) / n keeps the times non-decreasing in the index.
    const double q = (double(index) + unit(hash(6, std::uint64_t(campaign), index))) / double(c.generatedClicks);
    const double delay = c.tauMs * (std::pow(1.0 - q, -1.0 / clickDecayAlpha) - 1.0);
    const double capped = std::min(delay, double(clickWindowMs));
    return c.lastRunMs + 20000 + std::int64_t(capped);
}

std::uint32_t Dataset::clickContact(int campaign, std::uint32_t index) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (index >= c.generatedClicks)
        return c.added[index - c.generatedClicks].contact;
    // Skewed towards a permuted subset of frequent clickers: some contacts click many times.
    const std::uint64_t h = hash(7, std::uint64_t(campaign), index);
    const double u = unit(h);
    const auto n = std::uint64_t(m_contactCount);
    const auto rank = std::uint64_t(double(n) * u * u);
    return std::uint32_t((rank * 2654435761ULL + std::uint64_t(campaign) * 40503ULL) % n);
}

int Dataset::clickLink(int campaign, std::uint32_t index) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (index >= c.generatedClicks)
        return c.added[index - c.generatedClicks].link;
    const auto r = std::uint32_t(hash(8, std::uint64_t(campaign), index) >> 32);
    const auto it = std::lower_bound(c.linkThresholds.begin(), c.linkThresholds.end(), r);
    return int(it - c.linkThresholds.begin());
}

std::uint32_t Dataset::lowerBound(int campaign, int link, std::int64_t sinceMs) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    std::uint32_t lo = 0;
    std::uint32_t hi = link < 0 ? c.clickCount : std::uint32_t(c.links[std::size_t(link)].clicks.size());
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        const std::uint32_t index = link < 0 ? mid : c.links[std::size_t(link)].clicks[mid];
        if (clickTime(campaign, index) < sinceMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::optional<std::uint32_t> Dataset::contactForId(std::int64_t id) const
{
    if (id < 1 || id > m_contactCount)
        return std::nullopt;
    return std::uint32_t(id - 1);
}

QByteArrayView Dataset::emailJson(std::uint32_t contact) const
{
    const std::uint32_t begin = m_emailOffsets[contact];
    return QByteArrayView(m_emails.constData() + begin, qsizetype(m_emailOffsets[contact + 1] - begin));
}

QByteArray Dataset::email(std::uint32_t contact) const
{
    const QByteArrayView escaped = emailJson(contact);
    QByteArray raw;
    raw.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == '\\' && i + 1 < escaped.size())
            ++i;
        raw.append(escaped[i]);
    }
    return raw;
}

QByteArray Dataset::firstName(std::uint32_t contact) const
{
    return QByteArray(firstNames[m_firstNames[contact]].display);
}

QByteArray Dataset::lastName(std::uint32_t contact) const
{
    return QByteArray(lastNames[m_lastNames[contact]].display);
}

bool Dataset::clicked(int campaign, std::uint32_t contact) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (c.clickedBits.empty())
        return false;
    return (c.clickedBits[contact / 64] >> (contact % 64)) & 1;
}

std::int64_t Dataset::nominalSendTime(int campaign, std::uint32_t contact) const
{
    // A send takes about twenty minutes for the whole list.
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    return c.lastRunMs + std::int64_t(contact) * 20 * 60000 / std::max(1, m_contactCount);
}

bool Dataset::received(int campaign, std::uint32_t contact) const
{
    if (m_campaigns[std::size_t(campaign)].status != CampaignStatus::Sent)
        return false;
    const int unsubscribedIn = unsubscribeCampaign(contact);
    return unsubscribedIn < 0 || unsubscribedIn == campaign
        || nominalSendTime(campaign, contact) < eventTime(unsubscribedIn, contact, ActivityType::Unsubscribe);
}

std::int64_t Dataset::sendTime(int campaign, std::uint32_t contact) const
{
    // A contact who clicks early in the run gets the email early enough to open it first. The first click comes at
    // least 20 s after the run starts, so the send never moves before it.
    const std::int64_t nominal = nominalSendTime(campaign, contact);
    const std::int64_t firstClick = firstClickTime(campaign, contact);
    return firstClick < 0 ? nominal : std::min(nominal, firstClick - 10000);
}

bool Dataset::mayBounce(int campaign, std::uint32_t contact) const
{
    return !clicked(campaign, contact) && hash(9, std::uint64_t(campaign), contact) % 50 == 0;
}

bool Dataset::mayOpen(int campaign, std::uint32_t contact) const
{
    if (clicked(campaign, contact))
        return true;
    return !mayBounce(campaign, contact) && hash(10, std::uint64_t(campaign), contact) % 100 < 30;
}

bool Dataset::bounced(int campaign, std::uint32_t contact) const
{
    return received(campaign, contact) && mayBounce(campaign, contact);
}

bool Dataset::opened(int campaign, std::uint32_t contact) const
{
    return received(campaign, contact) && mayOpen(campaign, contact);
}

bool Dataset::forwarded(int campaign, std::uint32_t contact) const
{
    return opened(campaign, contact) && hash(11, std::uint64_t(campaign), contact) % 100 == 0;
}

bool Dataset::unsubscribed(int campaign, std::uint32_t contact) const
{
    return unsubscribeCampaign(contact) == campaign;
}

std::int64_t Dataset::eventTime(int campaign, std::uint32_t contact, ActivityType type) const
{
    const std::int64_t sent = sendTime(campaign, contact);
    const std::uint64_t h = hash(13, std::uint64_t(campaign), contact);
    switch (type) {
    case ActivityType::Send:
        return sent;
    case ActivityType::Bounce:
        return sent + 5000 + std::int64_t(h % (30 * 60000));
    case ActivityType::Open: {
        const std::int64_t firstClick = firstClickTime(campaign, contact);
        if (firstClick < 0)
            return sent + 15000 + std::int64_t(h % (36 * hourMs));
        // Opened shortly before the first click (at least 1 s), never before the send (at least 9 s between them).
        const std::int64_t room = std::min<std::int64_t>(firstClick - sent - 2000, 10 * 60000);
        return firstClick - 1000 - std::int64_t(h % std::uint64_t(room));
    }
    case ActivityType::Forward:
        return eventTime(campaign, contact, ActivityType::Open) + 120000 + std::int64_t((h >> 20) % hourMs);
    case ActivityType::Unsubscribe: // after the open and after the contact's last click in this campaign
        return std::max(eventTime(campaign, contact, ActivityType::Open), lastClickTime(campaign, contact)) + 30000
            + std::int64_t((h >> 24) % (10 * 60000));
    case ActivityType::Click:
        break;
    }
    return sent;
}

int Dataset::bounceCodeIndex(int campaign, std::uint32_t contact) const
{
    return int(hash(14, std::uint64_t(campaign), contact) % 7);
}

int Dataset::unsubscribeSourceIndex(int campaign, std::uint32_t contact) const
{
    return int(hash(15, std::uint64_t(campaign), contact) % 3);
}

TrackingSummary Dataset::campaignSummary(int campaign) const
{
    TrackingSummary s;
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (c.status != CampaignStatus::Sent)
        return s;
    for (int k = 0; k < m_contactCount; ++k) {
        const auto contact = std::uint32_t(k);
        if (!received(campaign, contact))
            continue;
        ++s.sends;
        if (clicked(campaign, contact))
            ++s.clicks;
        if (bounced(campaign, contact))
            ++s.bounces;
        if (opened(campaign, contact))
            ++s.opens;
        if (forwarded(campaign, contact))
            ++s.forwards;
        if (unsubscribed(campaign, contact))
            ++s.unsubscribes;
    }
    s.spamCount = std::int64_t(hash(16, std::uint64_t(campaign)) % 4);
    return s;
}

TrackingSummary Dataset::contactSummary(std::uint32_t contact) const
{
    TrackingSummary s;
    for (std::size_t i = 0; i < m_campaigns.size(); ++i) {
        if (m_campaigns[i].status != CampaignStatus::Sent)
            continue;
        const int campaign = int(i);
        if (!received(campaign, contact))
            continue;
        ++s.sends;
        s.bounces += bounced(campaign, contact) ? 1 : 0;
        s.opens += opened(campaign, contact) ? 1 : 0;
        s.clicks += clicked(campaign, contact) ? 1 : 0;
        s.forwards += forwarded(campaign, contact) ? 1 : 0;
        s.unsubscribes += unsubscribed(campaign, contact) ? 1 : 0;
    }
    return s;
}

namespace {

    void sortNewestFirst(std::vector<Activity> &list)
    {
        std::stable_sort(list.begin(), list.end(), &Dataset::newerFirst);
    }

} // namespace

bool Dataset::newerFirst(const Activity &a, const Activity &b)
{
    // Ties broken the same way every time so that cursors over the list stay valid. The contact comes last: the
    // lists are built in contact order, so this is the order a stable sort without it gave.
    if (a.ms != b.ms)
        return a.ms > b.ms;
    if (a.campaign != b.campaign)
        return a.campaign < b.campaign;
    if (a.type != b.type)
        return a.type < b.type;
    if (a.clickIndex != b.clickIndex)
        return a.clickIndex > b.clickIndex;
    return a.contact < b.contact;
}

void Dataset::appendContactEvents(
    std::vector<Activity> &list, int campaign, std::uint32_t contact, std::optional<ActivityType> type) const
{
    const auto add = [&](ActivityType t, bool happened) {
        if (happened && (!type || *type == t))
            list.push_back(Activity { eventTime(campaign, contact, t), contact, 0, std::uint16_t(campaign), t });
    };
    add(ActivityType::Send, received(campaign, contact));
    add(ActivityType::Bounce, bounced(campaign, contact));
    add(ActivityType::Open, opened(campaign, contact));
    add(ActivityType::Forward, forwarded(campaign, contact));
    add(ActivityType::Unsubscribe, unsubscribed(campaign, contact));
}

const std::vector<Activity> &Dataset::campaignActivities(int campaign, std::optional<ActivityType> type) const
{
    const std::pair<int, int> key(campaign, type ? int(*type) : -1);
    auto it = m_caches->campaignActivities.find(key);
    if (it != m_caches->campaignActivities.end())
        return it->second;
    std::vector<Activity> list;
    const auto wants = [&](ActivityType t) { return !type || *type == t; };
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    if (c.status == CampaignStatus::Sent) {
        for (int k = 0; k < m_contactCount; ++k)
            appendContactEvents(list, campaign, std::uint32_t(k), type);
        if (wants(ActivityType::Click)) {
            for (std::uint32_t i = 0; i < c.clickCount; ++i)
                list.push_back(Activity { clickTime(campaign, i), clickContact(campaign, i), i, std::uint16_t(campaign),
                    ActivityType::Click });
        }
    }
    sortNewestFirst(list);
    return m_caches->campaignActivities.emplace(key, std::move(list)).first->second;
}

std::vector<Activity> Dataset::contactActivities(std::uint32_t contact, std::optional<ActivityType> type) const
{
    Caches &caches = *m_caches;
    if (!caches.contactIndexBuilt) {
        // Build once: for every contact, the (campaign, click) pairs that are theirs.
        const auto n = std::size_t(m_contactCount);
        caches.contactClickOffsets.assign(n + 1, 0);
        // Generated clicks only: the added ones are in m_addedByContact.
        for (std::size_t ci = 0; ci < m_campaigns.size(); ++ci)
            for (std::uint32_t i = 0; i < m_campaigns[ci].generatedClicks; ++i)
                ++caches.contactClickOffsets[clickContact(int(ci), i) + 1];
        for (std::size_t k = 0; k < n; ++k)
            caches.contactClickOffsets[k + 1] += caches.contactClickOffsets[k];
        caches.contactClicks.resize(caches.contactClickOffsets[n]);
        caches.contactClickCampaigns.resize(caches.contactClickOffsets[n]);
        std::vector<std::uint32_t> fill(caches.contactClickOffsets.begin(), caches.contactClickOffsets.end() - 1);
        for (std::size_t ci = 0; ci < m_campaigns.size(); ++ci) {
            for (std::uint32_t i = 0; i < m_campaigns[ci].generatedClicks; ++i) {
                const std::uint32_t slot = fill[clickContact(int(ci), i)]++;
                caches.contactClicks[slot] = i;
                caches.contactClickCampaigns[slot] = std::uint16_t(ci);
            }
        }
        caches.contactIndexBuilt = true;
    }

    std::vector<Activity> list;
    const auto wants = [&](ActivityType t) { return !type || *type == t; };
    for (std::size_t ci = 0; ci < m_campaigns.size(); ++ci) {
        if (m_campaigns[ci].status != CampaignStatus::Sent)
            continue;
        appendContactEvents(list, int(ci), contact, type);
    }
    if (wants(ActivityType::Click)) {
        for (std::uint32_t s = caches.contactClickOffsets[contact]; s < caches.contactClickOffsets[contact + 1]; ++s) {
            const int campaign = caches.contactClickCampaigns[s];
            const std::uint32_t i = caches.contactClicks[s];
            list.push_back(
                Activity { clickTime(campaign, i), contact, i, std::uint16_t(campaign), ActivityType::Click });
        }
        if (const auto added = m_addedByContact.find(contact); added != m_addedByContact.end())
            for (const auto &[campaign, i] : added->second)
                list.push_back(
                    Activity { clickTime(campaign, i), contact, i, std::uint16_t(campaign), ActivityType::Click });
    }
    sortNewestFirst(list);
    return list;
}

std::int64_t Dataset::newestClickTime(int campaign) const
{
    const Campaign &c = m_campaigns[std::size_t(campaign)];
    return c.clickCount > 0 ? clickTime(campaign, c.clickCount - 1) : -1;
}

bool Dataset::mayClickLater(int campaign, std::uint32_t contact, std::int64_t ms) const
{
    if (campaign < 0 || std::size_t(campaign) >= m_campaigns.size() || contact >= std::uint32_t(m_contactCount))
        return false;
    if (m_campaigns[std::size_t(campaign)].status != CampaignStatus::Sent || ms < newestClickTime(campaign))
        return false;
    // An unsubscribe comes after the contact's every click, in every campaign.
    if (unsubscribeCampaign(contact) >= 0 || !received(campaign, contact))
        return false;
    if (clicked(campaign, contact)) // the send and the open come before the first click, which stays
        return true;
    // A first click: the email went out well before it (so the send stays where it is), it did not bounce, and it
    // was not opened, so that the open it implies is a new row just before the click, not an old one moved. No
    // forward either: it would come after the click.
    return !mayBounce(campaign, contact) && !mayOpen(campaign, contact)
        && hash(11, std::uint64_t(campaign), contact) % 100 != 0 && ms >= nominalSendTime(campaign, contact) + 12000;
}

void Dataset::addClicker(Campaign &c, int campaignIndex, std::uint32_t contact, std::uint32_t index)
{
    if (const auto slot = clickerSlot(campaignIndex, contact)) {
        c.lastClick[*slot] = index;
        return;
    }
    if (c.clickedBits.empty()) {
        c.clickedBits.assign((std::size_t(m_contactCount) + 63) / 64, 0);
        c.clickedRank.assign(c.clickedBits.size(), 0);
    }
    const std::size_t word = contact / 64;
    c.clickedBits[word] |= std::uint64_t(1) << (contact % 64);
    for (std::size_t w = word + 1; w < c.clickedRank.size(); ++w)
        ++c.clickedRank[w];
    const std::uint32_t slot = *clickerSlot(campaignIndex, contact);
    c.firstClick.insert(c.firstClick.begin() + slot, index);
    c.lastClick.insert(c.lastClick.begin() + slot, index);
}

bool Dataset::appendClicks(int campaign, const std::vector<AddedClick> &clicks)
{
    if (campaign < 0 || std::size_t(campaign) >= m_campaigns.size())
        return false;
    Campaign &c = m_campaigns[std::size_t(campaign)];
    if (c.status != CampaignStatus::Sent || std::uint64_t(c.clickCount) + clicks.size() > 0xfffffff0ULL)
        return false;
    std::int64_t previous = newestClickTime(campaign);
    for (const AddedClick &click : clicks) {
        if (click.ms < previous || click.contact >= std::uint32_t(m_contactCount) || click.link >= c.links.size())
            return false;
        previous = click.ms;
    }
    for (const AddedClick &click : clicks) {
        const std::uint32_t index = c.clickCount++;
        c.added.push_back(click);
        c.links[click.link].clicks.push_back(index);
        addClicker(c, campaign, click.contact, index);
        m_addedByContact[click.contact].emplace_back(std::uint16_t(campaign), index);
    }
    // The campaign's activity lists are made again when next asked for.
    auto &cached = m_caches->campaignActivities;
    cached.erase(cached.lower_bound({ campaign, std::numeric_limits<int>::min() }),
        cached.lower_bound({ campaign + 1, std::numeric_limits<int>::min() }));
    return true;
}

QByteArrayView bounceCodeName(int index)
{
    static const char *const codes[] = { "B", "S", "D", "F", "V", "Z", "X" };
    return QByteArrayView(codes[index % 7]);
}

QByteArrayView bounceDescription(int index)
{
    static const char *const text[] = { "Non-existent address", "Suspended address", "Undeliverable", "Mailbox full",
        "Vacation or autoreply", "Blocked", "Other or unknown" };
    return QByteArrayView(text[index % 7]);
}

QByteArrayView unsubscribeSourceName(int index)
{
    static const char *const text[] = { "ACTION_BY_CONTACT", "ACTION_BY_CUSTOMER", "ACTION_BY_OWNER" };
    return QByteArrayView(text[index % 3]);
}

} // namespace ClickScope::Sandbox
