// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2names.h"

namespace ClickScope::Sandbox {

namespace {

    struct ActivityNames {
        ActivityType type;
        QByteArrayView activity, dateField, report;
    };
    constexpr ActivityNames activities[] = {
        { ActivityType::Send, "EMAIL_SEND", "send_date", "sends" },
        { ActivityType::Open, "EMAIL_OPEN", "open_date", "opens" },
        { ActivityType::Click, "EMAIL_CLICK", "click_date", "clicks" },
        { ActivityType::Bounce, "EMAIL_BOUNCE", "bounce_date", "bounces" },
        { ActivityType::Forward, "EMAIL_FORWARD", "forward_date", "forwards" },
        { ActivityType::Unsubscribe, "EMAIL_UNSUBSCRIBE", "unsubscribe_date", "unsubscribes" },
    };

    struct HttpStatusNames {
        int status;
        QByteArrayView errorKey, reason;
    };
    constexpr HttpStatusNames httpStatuses[] = {
        { 200, "http.status.error", "OK" },
        { 400, "http.status.bad_request", "Bad Request" },
        { 401, "http.status.unauthorized", "Unauthorized" },
        { 403, "http.status.forbidden", "Forbidden" },
        { 404, "http.status.not_found", "Not Found" },
        { 405, "http.status.method_not_allowed", "Method Not Allowed" },
        { 406, "http.status.not_acceptable", "Not Acceptable" },
        { 500, "http.status.internal_server_error", "Internal Server Error" },
        { 502, "http.status.bad_gateway", "Bad Gateway" },
        { 503, "http.status.service_unavailable", "Service Unavailable" },
        { 504, "http.status.gateway_timeout", "Gateway Timeout" },
    };

    const ActivityNames &namesOf(ActivityType type)
    {
        for (const ActivityNames &n : activities)
            if (n.type == type)
                return n;
        return activities[0];
    }

    const HttpStatusNames *namesOf(int status)
    {
        for (const HttpStatusNames &n : httpStatuses)
            if (n.status == status)
                return &n;
        return nullptr;
    }

} // namespace

QByteArrayView statusName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Sent:
        return "SENT";
    case CampaignStatus::Draft:
        return "DRAFT";
    case CampaignStatus::Scheduled:
        return "SCHEDULED";
    }
    return "DRAFT";
}

QByteArrayView activityName(ActivityType type)
{
    return namesOf(type).activity;
}

QByteArrayView dateFieldName(ActivityType type)
{
    return namesOf(type).dateField;
}

std::optional<ActivityType> reportType(QByteArrayView name, bool *ok)
{
    for (const ActivityNames &n : activities) {
        if (n.report == name) {
            *ok = true;
            return n.type;
        }
    }
    *ok = false;
    return std::nullopt;
}

QByteArrayView defaultErrorKey(int httpStatus)
{
    const HttpStatusNames *n = namesOf(httpStatus);
    return n ? n->errorKey : QByteArrayView("http.status.error");
}

QByteArrayView reasonPhrase(int httpStatus)
{
    const HttpStatusNames *n = namesOf(httpStatus);
    return n ? n->reason : QByteArrayView("Status");
}

} // namespace ClickScope::Sandbox
