// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3ids.h"

namespace ClickScope::Sandbox::V3 {

namespace {
    constexpr std::int64_t dayMs = 86400000;
    constexpr std::uint64_t low48 = (std::uint64_t(1) << 48) - 1;
    const char hexDigits[] = "0123456789abcdef";

    int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    }
} // namespace

QByteArray uuid(const Dataset &data, Kind kind, std::uint64_t n)
{
    std::uint64_t high = data.hash(0x7633, std::uint64_t(kind), n);
    high = (high & ~0xf000ULL) | 0x4000ULL; // version 4 (bits 12-15 of the third group)
    std::uint64_t low = n & low48;
    low |= (0x8000ULL | (data.hash(0x7634, std::uint64_t(kind), n) & 0x3fffULL)) << 48; // variant 10xx
    char text[37];
    int at = 0;
    const auto put = [&](std::uint64_t value, int digits) {
        for (int i = digits - 1; i >= 0; --i)
            text[at++] = hexDigits[(value >> (4 * i)) & 15];
    };
    put(high >> 32, 8);
    text[at++] = '-';
    put(high >> 16, 4);
    text[at++] = '-';
    put(high, 4);
    text[at++] = '-';
    put(low >> 48, 4);
    text[at++] = '-';
    put(low, 12);
    return QByteArray(text, at);
}

std::optional<std::uint64_t> parseUuid(const Dataset &data, Kind kind, QByteArrayView text)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return std::nullopt;
    std::uint64_t n = 0;
    for (qsizetype i = 24; i < 36; ++i) {
        const int v = hexValue(text[i]);
        if (v < 0)
            return std::nullopt;
        n = (n << 4) | std::uint64_t(v);
    }
    if (uuid(data, kind, n) != text)
        return std::nullopt;
    return n;
}

QByteArray campaignId(const Dataset &data, int campaign)
{
    return uuid(data, Kind::Campaign, std::uint64_t(campaign));
}

std::optional<int> campaignForId(const Dataset &data, QByteArrayView id)
{
    const auto n = parseUuid(data, Kind::Campaign, id);
    if (!n || *n >= data.campaigns().size())
        return std::nullopt;
    return int(*n);
}

QByteArray contactId(const Dataset &data, std::uint32_t contact)
{
    return uuid(data, Kind::Contact, contact);
}

std::optional<std::uint32_t> contactForId(const Dataset &data, QByteArrayView id)
{
    const auto n = parseUuid(data, Kind::Contact, id);
    if (!n || *n >= std::uint64_t(data.contactCount()))
        return std::nullopt;
    return std::uint32_t(*n);
}

QByteArray activityId(const Dataset &data, int campaign, Role role)
{
    return uuid(data, Kind::Activity, std::uint64_t(campaign) * 4 + std::uint64_t(role));
}

std::optional<ActivityRef> activityForId(const Dataset &data, QByteArrayView id)
{
    const auto n = parseUuid(data, Kind::Activity, id);
    if (!n || *n / 4 >= data.campaigns().size() || *n % 4 > 2)
        return std::nullopt;
    ActivityRef ref { int(*n / 4), Role(*n % 4) };
    const Campaign &c = data.campaigns()[std::size_t(ref.campaign)];
    if (ref.role == Role::Resend && !hasResend(data, ref.campaign))
        return std::nullopt;
    if (ref.role != Role::Primary && c.status != CampaignStatus::Sent && ref.role != Role::Permalink)
        return std::nullopt;
    return ref;
}

QByteArrayView roleName(Role role)
{
    switch (role) {
    case Role::Primary:
        return "primary_email";
    case Role::Permalink:
        return "permalink";
    case Role::Resend:
        return "resend";
    }
    return "primary_email";
}

bool hasResend(const Dataset &data, int campaign)
{
    const Campaign &c = data.campaigns()[std::size_t(campaign)];
    return c.status == CampaignStatus::Sent && c.generatedClicks > 0 && campaign % 3 == 1;
}

std::int64_t resendMs(const Dataset &data, int campaign)
{
    return data.campaigns()[std::size_t(campaign)].lastRunMs + 2 * dayMs;
}

bool clickInResend(const Dataset &data, int campaign, std::uint32_t clickIndex)
{
    return hasResend(data, campaign) && data.clickTime(campaign, clickIndex) >= resendMs(data, campaign)
        && data.hash(0x7635, std::uint64_t(campaign), clickIndex) % 10 < 3;
}

bool clickInActivity(const Dataset &data, int campaign, std::uint32_t clickIndex, Role role)
{
    if (role == Role::Permalink)
        return false;
    return clickInResend(data, campaign, clickIndex) == (role == Role::Resend);
}

bool wholeMinute(int campaign)
{
    return campaign % 2 == 1;
}

std::int64_t reportedClickMs(const Dataset &data, int campaign, std::uint32_t clickIndex)
{
    const std::int64_t ms = data.clickTime(campaign, clickIndex);
    return wholeMinute(campaign) ? ms - ms % 60000 : ms;
}

QByteArrayView deviceType(const Dataset &data, int campaign, std::uint32_t clickIndex)
{
    static const char *const types[] = { "computer", "mobile", "mobile", "computer", "tablet", "mobile", "other" };
    return types[data.hash(0x7637, std::uint64_t(campaign), clickIndex) % 7];
}

bool contactDeleted(const Dataset &data, std::uint32_t contact)
{
    return data.hash(0x7638, contact) % 40 == 0;
}

std::int64_t contactDeletedMs(const Dataset &data, std::uint32_t contact)
{
    return Dataset::nowMs() - std::int64_t(data.hash(0x7639, contact) % (30ULL * dayMs));
}

} // namespace ClickScope::Sandbox::V3
