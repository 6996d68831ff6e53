// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What v3 tests share: the generator's clicks as v3 reports them, and a sign-in through the sandbox's OAuth2
// stand-in with the test playing the browser.
#include "backend/signinflow.h"
#include "sandbox/v3ids.h"
#include "sandboxfixture.h"
#include "testbrowser.h"
#include "v3/v3signin.h"

#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>

namespace ClickScope::Tests {

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}

// A campaign's clicks as v3 reports them: the primary_email activity's newest first, then the resend's.
inline std::vector<ExpectedClick> expectedV3Clicks(
    const Sandbox::Dataset &d, int campaign, int link, std::int64_t since = noDate)
{
    namespace SV3 = ClickScope::Sandbox::V3;
    const auto &c = d.campaigns()[std::size_t(campaign)];
    std::vector<ExpectedClick> out;
    for (const SV3::Role role : { SV3::Role::Primary, SV3::Role::Resend }) {
        if (role == SV3::Role::Resend && !SV3::hasResend(d, campaign))
            continue;
        std::vector<std::uint32_t> indices;
        if (link >= 0)
            indices = c.links[std::size_t(link)].clicks;
        else
            for (std::uint32_t i = 0; i < c.clickCount; ++i)
                indices.push_back(i);
        for (auto it = indices.rbegin(); it != indices.rend(); ++it) {
            if (!SV3::clickInActivity(d, campaign, *it, role))
                continue;
            const std::int64_t ms = SV3::reportedClickMs(d, campaign, *it);
            if (since != noDate && ms < since)
                break; // newest first: the rest are older
            const std::uint32_t contact = d.clickContact(campaign, *it);
            out.push_back({ SV3::contactId(d, contact), d.email(contact),
                QByteArray::number(qlonglong(c.links[std::size_t(d.clickLink(campaign, *it))].id)), ms });
        }
    }
    return out;
}

struct SignInResult {
    bool done = false;
    SignInFlow::Outcome outcome = SignInFlow::Outcome::Failed;
    Credentials tokens;
    ApiError error;
};

// A sign-in on the loopback port: the authorize page answered with `decision` ("allow" or "deny") at once, then the
// redirect to the listener, its state replaced by tamperState when one is given.
inline SignInResult signInThroughBrowser(QNetworkAccessManager *network, const Sandbox::Sandbox &sandbox, quint16 port,
    const QByteArray &decision = "allow", const QByteArray &tamperState = {})
{
    OAuthSettings settings { sandbox.authBaseUrl(), QStringLiteral("clickscope-test-client") };
    V3SignIn flow(network, settings, port);
    SignInResult result;
    QObject::connect(&flow, &SignInFlow::finished, &flow,
        [&result](SignInFlow::Outcome outcome, const Credentials &tokens, const ApiError &error) {
            result = { true, outcome, tokens, error };
        });
    QUrl authorize;
    QObject::connect(&flow, &SignInFlow::authorizeUrlReady, &flow, [&authorize](const QUrl &url) { authorize = url; });
    if (!flow.start(30)) {
        result.error = flow.error();
        return result;
    }
    if (!QTest::qWaitFor([&] { return !authorize.isEmpty(); }, 5000))
        return result;
    QUrlQuery q(authorize);
    q.addQueryItem(QStringLiteral("auto"), QString::fromLatin1(decision));
    authorize.setQuery(q);
    QNetworkAccessManager browser;
    int status = 0;
    QByteArray location;
    browse(&browser, authorize, &status, &location);
    if (status != 302)
        return result;
    QUrl back(QString::fromUtf8(location));
    if (!tamperState.isEmpty()) {
        QUrlQuery bq(back);
        bq.removeAllQueryItems(QStringLiteral("state"));
        bq.addQueryItem(QStringLiteral("state"), QString::fromLatin1(tamperState));
        back.setQuery(bq);
    }
    const QByteArray page = browse(&browser, back, &status, nullptr);
    if (!QTest::qWaitFor([&] { return result.done; }, 10000))
        qWarning("the sign-in did not finish after the redirect (page: %s)", page.constData());
    return result;
}

} // namespace ClickScope::Tests
