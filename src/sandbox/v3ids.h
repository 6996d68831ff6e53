// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The v3 face of the generated account: UUIDs for the v2 ids, campaign activities (primary_email, permalink and,
// on some campaigns, a resend), and the per-click facts only v3 shows (which activity, whole-minute times,
// device type). All are pure functions of the dataset, like the data itself.

#include "dataset.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace ClickScope::Sandbox::V3 {

enum class Kind : std::uint8_t { Campaign = 1, Activity = 2, Contact = 3, List = 4 };
enum class Role : std::uint8_t { Primary = 0, Permalink = 1, Resend = 2 };

// A version-4-shaped UUID whose last 48 bits are n and whose other bits are a hash of (seed, kind, n): unique per
// kind and dataset, and reversible without a table.
QByteArray uuid(const Dataset &data, Kind kind, std::uint64_t n);
// n for a UUID this dataset made for this kind; nullopt for anything else.
std::optional<std::uint64_t> parseUuid(const Dataset &data, Kind kind, QByteArrayView text);

QByteArray campaignId(const Dataset &data, int campaign);
std::optional<int> campaignForId(const Dataset &data, QByteArrayView id);
QByteArray contactId(const Dataset &data, std::uint32_t contact);
std::optional<std::uint32_t> contactForId(const Dataset &data, QByteArrayView id);

struct ActivityRef {
    int campaign = -1;
    Role role = Role::Primary;
};
QByteArray activityId(const Dataset &data, int campaign, Role role);
std::optional<ActivityRef> activityForId(const Dataset &data, QByteArrayView id);
QByteArrayView roleName(Role role);

// Every third sent campaign with generated clicks has a resend, two days after the send; 30% of the clicks after it are
// the resend's, the rest stay with the primary email.
bool hasResend(const Dataset &data, int campaign);
std::int64_t resendMs(const Dataset &data, int campaign);
bool clickInResend(const Dataset &data, int campaign, std::uint32_t clickIndex);
bool clickInActivity(const Dataset &data, int campaign, std::uint32_t clickIndex, Role role);

// Every other campaign reports its click times to the whole minute ("…T11:08:00Z", as the documentation's examples
// do), the others with milliseconds. Per campaign, so that newest-first order stays newest first.
bool wholeMinute(int campaign);
// The time as v3 sends it, in ms (the whole minute where wholeMinute()).
std::int64_t reportedClickMs(const Dataset &data, int campaign, std::uint32_t clickIndex);
QByteArrayView deviceType(const Dataset &data, int campaign, std::uint32_t clickIndex);
// One contact in 40 has been deleted since (deleted_at on its clicks and its record).
bool contactDeleted(const Dataset &data, std::uint32_t contact);
std::int64_t contactDeletedMs(const Dataset &data, std::uint32_t contact);

} // namespace ClickScope::Sandbox::V3
