// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

#include <QStringList>
#include <QUrl>

namespace ClickScope::Sandbox {

namespace {

    struct RouteName {
        Route route;
        const char *name;
    };

    const RouteName routeNames[] = {
        { Route::Any, "any" },
        { Route::Campaigns, "campaigns" },
        { Route::Campaign, "campaign" },
        { Route::Clicks, "clicks" },
        { Route::Tracking, "tracking" },
        { Route::Contact, "contact" },
        { Route::ContactTracking, "contact-tracking" },
        { Route::V3Campaigns, "v3-campaigns" },
        { Route::V3Campaign, "v3-campaign" },
        { Route::V3Clicks, "v3-clicks" },
        { Route::V3Reports, "v3-reports" },
        { Route::V3Contact, "v3-contact" },
        { Route::V3ContactReports, "v3-contact-reports" },
        { Route::OAuthAuthorize, "authorize" },
        { Route::OAuthToken, "token" },
        { Route::Unknown, "unknown" },
    };

    bool fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }

    bool parseWhen(const QString &when, FaultRule &rule, QString *error)
    {
        bool ok1 = true, ok2 = true, ok3 = true;
        QString range = when;
        if (when.contains(QLatin1Char('/'))) {
            range = when.section(QLatin1Char('/'), 0, 0);
            rule.every = when.section(QLatin1Char('/'), 1).toInt(&ok3);
            if (!ok3 || rule.every < 1)
                return fail(error, QStringLiteral("bad request number \"%1\": use N, N-M, N+ or *, then /K").arg(when));
        }
        if (range == QLatin1String("*")) {
            rule.first = 1;
            rule.last = -1;
        } else if (range.endsWith(QLatin1Char('+'))) {
            rule.first = range.chopped(1).toInt(&ok1);
            rule.last = -1;
        } else if (range.contains(QLatin1Char('-'))) {
            rule.first = range.section(QLatin1Char('-'), 0, 0).toInt(&ok1);
            rule.last = range.section(QLatin1Char('-'), 1, 1).toInt(&ok2);
        } else {
            rule.first = rule.last = range.toInt(&ok1);
        }
        if (!ok1 || !ok2 || rule.first < 1 || (rule.last >= 0 && rule.last < rule.first))
            return fail(error, QStringLiteral("bad request number \"%1\": use N, N-M, N+ or *").arg(when));
        return true;
    }

    // An absolute http(s) URL with a host and no fragment: where foreign-link and redirect send the client.
    bool parseTarget(const QString &text, bool originOnly, FaultRule &rule, QString *error)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || url.hasFragment()
            || (originOnly && ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery())))
            return fail(error,
                QStringLiteral("bad address \"%1\": use %2")
                    .arg(
                        text, originOnly ? QStringLiteral("http(s)://HOST[:PORT]") : QStringLiteral("an http(s) URL")));
        rule.target = (originOnly ? url.adjusted(QUrl::RemovePath) : url).toString(QUrl::FullyEncoded).toUtf8();
        return true;
    }

    bool parseAction(const QString &text, FaultRule &rule, QString *error)
    {
        const QString name = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        bool ok = true;
        if (name == QLatin1String("foreign-link") && !value.isEmpty()) {
            rule.action = FaultAction::ForeignLink;
            return parseTarget(value, true, rule, error);
        }
        if (name == QLatin1String("redirect")) {
            // redirect=URL or redirect=3XX/URL: a status is three digits before the first slash.
            rule.action = FaultAction::Redirect;
            const QString code = value.section(QLatin1Char('/'), 0, 0);
            rule.status = code.size() == 3 ? code.toInt(&ok) : 302;
            if (!ok || rule.status < 300 || rule.status > 399)
                return fail(error, QStringLiteral("bad redirect status \"%1\": use 300-399").arg(code));
            return parseTarget(code.size() == 3 && ok ? value.section(QLatin1Char('/'), 1) : value, false, rule, error);
        }
        if (name == QLatin1String("status")) {
            rule.action = FaultAction::Status;
            rule.status = value.section(QLatin1Char('/'), 0, 0).toInt(&ok);
            rule.errorKey = value.section(QLatin1Char('/'), 1).toUtf8();
            if (!ok || rule.status < 100 || rule.status > 599)
                return fail(error, QStringLiteral("bad status \"%1\": use status=CODE[/error_key]").arg(value));
        } else if (name == QLatin1String("latency")) {
            rule.action = FaultAction::Latency;
            rule.latencyMs = value.toInt(&ok);
            if (!ok || rule.latencyMs < 0 || rule.latencyMs > 600000)
                return fail(error, QStringLiteral("bad latency \"%1\": use latency=MILLISECONDS").arg(value));
        } else if (name == QLatin1String("huge")) {
            rule.action = FaultAction::Huge;
            rule.hugeMb = value.toInt(&ok);
            if (!ok || rule.hugeMb < 1 || rule.hugeMb > 1024)
                return fail(error, QStringLiteral("bad size \"%1\": use huge=MEGABYTES (1 to 1024)").arg(value));
        } else if (!value.isEmpty()) {
            return fail(error, QStringLiteral("the action \"%1\" takes no value").arg(name));
        } else if (name == QLatin1String("drop")) {
            rule.action = FaultAction::Drop;
        } else if (name == QLatin1String("malformed")) {
            rule.action = FaultAction::Malformed;
        } else if (name == QLatin1String("numeric-ids")) {
            rule.action = FaultAction::NumericIds;
        } else if (name == QLatin1String("empty-dates")) {
            rule.action = FaultAction::EmptyDates;
        } else if (name == QLatin1String("qps")) {
            rule.action = FaultAction::OverQps;
        } else if (name == QLatin1String("quota")) {
            rule.action = FaultAction::OverQuota;
        } else if (name == QLatin1String("repeat-cursor")) {
            rule.action = FaultAction::RepeatCursor;
        } else if (name == QLatin1String("foreign-link")) {
            rule.action = FaultAction::ForeignLink;
        } else if (name == QLatin1String("empty")) {
            rule.action = FaultAction::Empty;
        } else if (name == QLatin1String("wrong-types")) {
            rule.action = FaultAction::WrongTypes;
        } else {
            return fail(error,
                QStringLiteral(
                    "unknown action \"%1\": use status=CODE, latency=MS, drop, malformed, numeric-ids, "
                    "empty-dates, qps, quota, repeat-cursor, foreign-link[=ORIGIN], redirect=[3XX/]URL, empty, "
                    "wrong-types or huge=MB")
                    .arg(name));
        }
        return true;
    }

} // namespace

QByteArrayView routeName(Route route)
{
    for (const RouteName &r : routeNames)
        if (r.route == route)
            return QByteArrayView(r.name);
    return QByteArrayView("unknown");
}

std::optional<Route> routeFromName(QByteArrayView name)
{
    for (const RouteName &r : routeNames)
        if (name == QByteArrayView(r.name) && r.route != Route::Unknown)
            return r.route;
    return std::nullopt;
}

std::optional<FaultPlan> FaultPlan::parse(const QString &spec, QString *error)
{
    FaultPlan plan;
    const QStringList parts = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        // ROUTE and WHEN end at the first two colons; the action may hold more (a URL).
        const QString trimmed = part.trimmed();
        const QStringList fields { trimmed.section(QLatin1Char(':'), 0, 0), trimmed.section(QLatin1Char(':'), 1, 1),
            trimmed.section(QLatin1Char(':'), 2) };
        if (trimmed.count(QLatin1Char(':')) < 2) {
            fail(error, QStringLiteral("bad fault rule \"%1\": use ROUTE:WHEN:ACTION").arg(part.trimmed()));
            return std::nullopt;
        }
        FaultRule rule;
        const auto route = routeFromName(fields[0].trimmed().toUtf8());
        if (!route) {
            fail(error,
                QStringLiteral("unknown route \"%1\": use any, campaigns, campaign, clicks, tracking, contact, "
                               "contact-tracking, v3-campaigns, v3-campaign, v3-clicks, v3-reports, v3-contact or "
                               "v3-contact-reports, authorize or token")
                    .arg(fields[0].trimmed()));
            return std::nullopt;
        }
        rule.route = *route;
        if (!parseWhen(fields[1].trimmed(), rule, error) || !parseAction(fields[2].trimmed(), rule, error))
            return std::nullopt;
        plan.rules.append(rule);
    }
    return plan;
}

QString FaultPlan::toString() const
{
    QStringList parts;
    for (const FaultRule &r : rules) {
        QString when;
        if (r.first == 1 && r.last < 0)
            when = QStringLiteral("*");
        else if (r.last < 0)
            when = QString::number(r.first) + QLatin1Char('+');
        else if (r.first == r.last)
            when = QString::number(r.first);
        else
            when = QString::number(r.first) + QLatin1Char('-') + QString::number(r.last);
        if (r.every > 1)
            when += QLatin1Char('/') + QString::number(r.every);
        QString action;
        switch (r.action) {
        case FaultAction::Status:
            action = QStringLiteral("status=") + QString::number(r.status)
                + (r.errorKey.isEmpty() ? QString() : QLatin1Char('/') + QString::fromUtf8(r.errorKey));
            break;
        case FaultAction::Latency:
            action = QStringLiteral("latency=") + QString::number(r.latencyMs);
            break;
        case FaultAction::Drop:
            action = QStringLiteral("drop");
            break;
        case FaultAction::Malformed:
            action = QStringLiteral("malformed");
            break;
        case FaultAction::NumericIds:
            action = QStringLiteral("numeric-ids");
            break;
        case FaultAction::EmptyDates:
            action = QStringLiteral("empty-dates");
            break;
        case FaultAction::OverQps:
            action = QStringLiteral("qps");
            break;
        case FaultAction::OverQuota:
            action = QStringLiteral("quota");
            break;
        case FaultAction::RepeatCursor:
            action = QStringLiteral("repeat-cursor");
            break;
        case FaultAction::ForeignLink:
            action = QStringLiteral("foreign-link")
                + (r.target.isEmpty() ? QString() : QLatin1Char('=') + QString::fromUtf8(r.target));
            break;
        case FaultAction::Redirect:
            action = QStringLiteral("redirect=")
                + (r.status == 302 ? QString() : QString::number(r.status) + QLatin1Char('/'))
                + QString::fromUtf8(r.target);
            break;
        case FaultAction::Empty:
            action = QStringLiteral("empty");
            break;
        case FaultAction::WrongTypes:
            action = QStringLiteral("wrong-types");
            break;
        case FaultAction::Huge:
            action = QStringLiteral("huge=") + QString::number(r.hugeMb);
            break;
        }
        parts << QString::fromUtf8(routeName(r.route)) + QLatin1Char(':') + when + QLatin1Char(':') + action;
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace ClickScope::Sandbox
