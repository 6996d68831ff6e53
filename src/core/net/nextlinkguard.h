// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/apierror.h"

#include <QByteArray>
#include <QSet>

#include <utility>

namespace ClickScope {

// The one guard on next-page links, for every pager of every API: a link is followed only when it is a path on
// the API's own origin under the API's prefix ("/v2/", "/v3/"), and never twice.
class NextLinkGuard
{
public:
    explicit NextLinkGuard(QByteArray pathPrefix)
        : m_prefix(std::move(pathPrefix))
    { }

    // A verbatim server-relative path under prefix: not "//host/...", no scheme, no backslash, no fragment, no
    // control characters or spaces.
    static bool isSafe(const QByteArray &link, const QByteArray &prefix);
    bool isSafe(const QByteArray &link) const { return isSafe(link, m_prefix); }
    bool hasSeen(const QByteArray &link) const { return m_seen.contains(link); }
    void markSeen(const QByteArray &link) { m_seen.insert(link); }
    void forget(const QByteArray &link) { m_seen.remove(link); }
    void reset() { m_seen.clear(); }
    // No error (and the link marked seen) when it may be followed; ForeignLink or CursorLoop otherwise.
    ApiError admit(const QByteArray &link);

private:
    QByteArray m_prefix;
    QSet<QByteArray> m_seen;
};

} // namespace ClickScope
