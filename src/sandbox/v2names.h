// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArrayView>

#include <optional>

namespace ClickScope::Sandbox {

// The v2 API's names for the generator's enums and for HTTP statuses, each from one table (v2names.cpp).
QByteArrayView statusName(CampaignStatus status); // SENT, DRAFT, SCHEDULED
QByteArrayView activityName(ActivityType type); // EMAIL_SEND, EMAIL_OPEN, ...
QByteArrayView dateFieldName(ActivityType type); // send_date, open_date, ...
// The report path segment ("sends", "opens", ...) to its type; *ok false for an unknown name.
std::optional<ActivityType> reportType(QByteArrayView name, bool *ok);
QByteArrayView defaultErrorKey(int httpStatus); // http.status.not_found, ...; http.status.error for others
QByteArrayView reasonPhrase(int httpStatus); // "Not Found", ...; "Status" for others

} // namespace ClickScope::Sandbox
