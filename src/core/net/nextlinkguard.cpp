// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/nextlinkguard.h"

#include <QCoreApplication>
#include <QUrl>

namespace ClickScope {

bool NextLinkGuard::isSafe(const QByteArray &link, const QByteArray &prefix)
{
    // Verbatim server-relative path (ctct-v2-api.md §4, ctct-v3-api.md): "/v2/...". Not "//host/...", not a scheme,
    // no backslashes.
    if (prefix.isEmpty() || !link.startsWith(prefix) || link.contains('\\') || link.contains("://")
        || link.contains('#'))
        return false;
    for (char c : link)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    const QUrl url(QString::fromUtf8(link), QUrl::StrictMode);
    return url.isValid() && url.isRelative() && url.host().isEmpty()
        && url.path().startsWith(QString::fromUtf8(prefix));
}

ApiError NextLinkGuard::admit(const QByteArray &link)
{
    // The HTTP client's translation context: the guard's messages are the client's (and were written there first).
    if (!isSafe(link)) {
        // Named by its origin only (the link's path and query are the server's); the sentence is the one translated.
        const QUrl url = QUrl::fromEncoded(link);
        const QString where = url.host().isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(
                url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                    .toString(QUrl::FullyEncoded));
        return ApiError::make(ApiError::Kind::ForeignLink,
            QCoreApplication::translate("ClickScope::HttpClient",
                "The server sent a next page link that is not on the API's own address; it was not followed, and "
                "loading stopped.")
                + where);
    }
    if (m_seen.contains(link))
        return ApiError::make(ApiError::Kind::CursorLoop,
            QCoreApplication::translate("ClickScope::HttpClient",
                "The server sent the same next page link twice; loading stopped to avoid an endless loop."));
    m_seen.insert(link);
    return {};
}

} // namespace ClickScope
