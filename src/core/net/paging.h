// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// Small request shapes that every API's typed calls share: one GET parsed into one value, and a paged list followed
// to its end through the one next-link guard. `done` runs in `context`, never when the context is gone.
namespace ClickScope::Paging {

// parse(body) returns a Parsed<T>-like value: contextual bool, `*value`, `error`.
template<typename T, typename Parse>
void getOne(HttpClient *client, const QByteArray &path, QObject *context, Parse parse,
    std::function<void(const T &, const ApiError &)> done)
{
    ApiCall *call = client->get(path);
    QObject::connect(call, &ApiCall::finished, context, [done = std::move(done), parse](ApiCall *c) {
        if (!c->ok())
            return done({}, c->error());
        const auto parsed = parse(c->body());
        if (!parsed)
            return done({}, ApiError::make(ApiError::Kind::InvalidResponse, parsed.error));
        done(*parsed.value, {});
    });
    call->start();
}

// Follows a paged list to its end; done gets every item so far and the error, if any. parse(body) returns a
// Parsed<Page>; items(page) is the page's list of Item and nextLink(page) its next link (empty on the last page).
template<typename Item, typename Parse, typename Items, typename Next>
void followPages(HttpClient *client, const QByteArray &pathPrefix, const QByteArray &first, QObject *context,
    Parse parse, Items items, Next nextLink, std::function<void(const QList<Item> &, const ApiError &)> done)
{
    struct State {
        QList<Item> all;
        NextLinkGuard guard;
        std::function<void(const QByteArray &)> step;
    };
    auto state = std::make_shared<State>(State { {}, NextLinkGuard(pathPrefix), {} });
    QPointer<QObject> alive(context);
    const auto end = [state, done = std::move(done)](const ApiError &error) {
        done(state->all, error);
        state->step = nullptr; // breaks the cycle state -> step -> state
    };
    state->step = [client, state, alive, parse, items, nextLink, end](const QByteArray &path) {
        ApiCall *call = client->get(path);
        // Connected to the client, not to the context: if the context dies the lambda still runs and breaks the
        // state -> step -> state cycle instead of leaking it.
        QObject::connect(call, &ApiCall::finished, client, [state, alive, parse, items, nextLink, end](ApiCall *c) {
            if (!alive) {
                state->step = nullptr;
                return;
            }
            if (!c->ok())
                return end(c->error());
            const auto page = parse(c->body());
            if (!page)
                return end(ApiError::make(ApiError::Kind::InvalidResponse, page.error));
            state->all += items(*page.value);
            const QByteArray next = nextLink(*page.value);
            if (next.isEmpty())
                return end({});
            if (const ApiError refused = state->guard.admit(next); refused.isError())
                return end(refused);
            state->step(next);
        });
        call->start();
    };
    state->guard.markSeen(first);
    state->step(first);
}

} // namespace ClickScope::Paging
