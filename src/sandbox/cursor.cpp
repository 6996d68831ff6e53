// SPDX-License-Identifier: GPL-3.0-or-later
#include "cursor.h"

#include <QList>
#include <QStringBuilder>

#include <algorithm>
#include <iterator>

namespace ClickScope::Sandbox {

QByteArray Cursor::encode() const
{
    QByteArray plain = "r=" + route + "&c=" + QByteArray::number(qlonglong(campaign))
        + "&l=" + QByteArray::number(qlonglong(link)) + "&k=" + QByteArray::number(qlonglong(contact))
        + "&p=" + QByteArray::number(qlonglong(pos)) + "&n=" + QByteArray::number(qlonglong(limit))
        + "&s=" + QByteArray::number(qlonglong(since)) + "&u=" + QByteArray::number(qlonglong(until)) + "&st=" + status
        + "&a=" + after + "&f=" + QByteArray::number(fingerprint);
    return plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<Cursor> Cursor::decode(const QByteArray &text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    Cursor c;
    // Each of the 11 fields exactly once: a repeated field must not stand in for a missing one.
    static const QByteArray keys[] = { "r", "st", "a", "f", "c", "l", "k", "p", "n", "s", "u" };
    unsigned seen = 0;
    for (const QByteArray &pair : decoded.decoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        const QByteArray k = pair.left(eq);
        const QByteArray v = pair.mid(eq + 1);
        const auto key = std::find(std::begin(keys), std::end(keys), k);
        if (key == std::end(keys) || seen & (1u << (key - std::begin(keys))))
            return std::nullopt;
        seen |= 1u << (key - std::begin(keys));
        bool ok = true;
        if (k == "r") {
            c.route = v;
        } else if (k == "st") {
            c.status = v;
        } else if (k == "a") {
            c.after = v;
        } else if (k == "f") {
            c.fingerprint = v.toUInt(&ok);
        } else {
            const std::int64_t n = v.toLongLong(&ok);
            if (k == "c")
                c.campaign = n;
            else if (k == "l")
                c.link = n;
            else if (k == "k")
                c.contact = n;
            else if (k == "p")
                c.pos = n;
            else if (k == "n")
                c.limit = n;
            else if (k == "s")
                c.since = n;
            else if (k == "u")
                c.until = n;
            else
                return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    // pos and limit count rows (a data set has at most 50,000,000 clicks): past maxRows they were not written here,
    // and the routes' pos + limit would overflow.
    if (seen != (1u << std::size(keys)) - 1 || c.pos < 0 || c.pos > maxRows || c.limit < 1 || c.limit > maxRows)
        return std::nullopt;
    return c;
}

} // namespace ClickScope::Sandbox
