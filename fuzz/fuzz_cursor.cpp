// SPDX-License-Identifier: GPL-3.0-or-later
// Cursors and tokens that come back from the other side. The first byte picks (modulo 4), the rest is the text:
//   0 Sandbox::Cursor::decode: the sandbox reads the opaque next-page cursors that clients send back;
//   1 Sandbox::Cursor::encode then decode, of a cursor made from the input;
//   2 V3::parseResumeToken: the cache hands a cut walk's token back to the v3 backend (and resumeToken writes it);
//   3 NextLinkGuard::isSafe, the one check before a server's next link (or a v2 resume token) is followed.
// Properties: a cursor decodes only as the codec wrote it (each of its 11 fields once, nothing else), and what
// decodes encodes and decodes to the same cursor; a resume token read back is the one written; a safe link stays
// on the API's origin and under its prefix.
#include "fuzzing.h"
#include "net/nextlinkguard.h"
#include "sandbox/cursor.h"
#include "v3/v3parser.h"

#include <QList>
#include <QUrl>

#include <limits>
#include <optional>

using namespace ClickScope;
using namespace ClickScope::Fuzz;
using Sandbox::Cursor;

namespace {

bool same(const Cursor &a, const Cursor &b)
{
    return a.route == b.route && a.campaign == b.campaign && a.link == b.link && a.contact == b.contact
        && a.pos == b.pos && a.limit == b.limit && a.since == b.since && a.until == b.until && a.status == b.status
        && a.after == b.after && a.fingerprint == b.fingerprint;
}

void decode(const QByteArray &text)
{
    const std::optional<Cursor> c = Cursor::decode(text);
    if (!c)
        return;
    FUZZ_CHECK(c->pos >= 0 && c->limit >= 1);
    // What the routes compute from a cursor does not overflow: pos + limit (the end of a page), limit * 330 (the
    // size a v3 clicks page reserves).
    FUZZ_CHECK(c->limit <= std::numeric_limits<std::int64_t>::max() / 330);
    FUZZ_CHECK(c->pos <= std::numeric_limits<std::int64_t>::max() - c->limit);
    // Written by the codec: every field exactly once.
    const auto plain
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    FUZZ_CHECK(bool(plain));
    static const QByteArray keys[] = { "r", "c", "l", "k", "p", "n", "s", "u", "st", "a", "f" };
    const QList<QByteArray> pairs = plain.decoded.split('&');
    FUZZ_CHECK(pairs.size() == 11);
    for (const QByteArray &key : keys) {
        int n = 0;
        for (const QByteArray &pair : pairs)
            n += pair.startsWith(QByteArray(key + '=')) ? 1 : 0;
        FUZZ_CHECK(n == 1);
    }
    const std::optional<Cursor> again = Cursor::decode(c->encode());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(same(*c, *again));
}

void encode(Input &in)
{
    Cursor c;
    c.campaign = std::int64_t(in.number(8));
    c.link = std::int64_t(in.number(8));
    c.contact = std::int64_t(in.number(8));
    c.pos = std::int64_t(in.number(8) % std::uint64_t(Cursor::maxRows + 1));
    c.limit = 1 + std::int64_t(in.number(2));
    c.since = std::int64_t(in.number(8));
    c.until = std::int64_t(in.number(8));
    c.fingerprint = std::uint32_t(in.number(4));
    c.route = in.until('\0').toByteArray();
    c.status = in.until('\0').toByteArray();
    c.after = in.rest().toByteArray();
    const std::optional<Cursor> back = Cursor::decode(c.encode());
    if (c.route.contains('&') || c.status.contains('&') || c.after.contains('&'))
        return; // the codec's texts never hold '&' (route names, statuses and row keys)
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(same(c, *back));
}

void resumeToken(Input &in)
{
    const QByteArray text = in.rest().toByteArray();
    if (const auto point = V3::parseResumeToken(text)) {
        FUZZ_CHECK(point->activity >= 0);
        FUZZ_CHECK(point->href.isEmpty() || NextLinkGuard::isSafe(point->href, "/v3/"));
        const auto again = V3::parseResumeToken(V3::resumeToken(*point));
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->activity == point->activity && again->href == point->href);
    }
    // Any activity with a link the guard admits (or none) is read back as written.
    V3::ResumePoint point;
    point.activity = int(text.size() % 1000);
    point.href = text;
    const auto back = V3::parseResumeToken(V3::resumeToken(point));
    if (text.isEmpty() || NextLinkGuard::isSafe(text, "/v3/")) {
        FUZZ_CHECK(back.has_value());
        FUZZ_CHECK(back->activity == point.activity && back->href == point.href);
    } else {
        FUZZ_CHECK(!back.has_value());
    }
}

void nextLink(const QByteArray &link)
{
    static const QUrl origin(QStringLiteral("https://api.example.invalid"));
    for (const QByteArray &prefix : { QByteArrayLiteral("/v2/"), QByteArrayLiteral("/v3/") }) {
        if (!NextLinkGuard::isSafe(link, prefix))
            continue;
        FUZZ_CHECK(link.startsWith(prefix));
        for (char ch : link)
            FUZZ_CHECK(static_cast<unsigned char>(ch) > 0x20 && ch != 0x7f && ch != '\\' && ch != '#');
        const QUrl followed = origin.resolved(QUrl(QString::fromUtf8(link)));
        FUZZ_CHECK(followed.scheme() == origin.scheme() && followed.host() == origin.host()
            && followed.port() == origin.port() && followed.userInfo().isEmpty());
        NextLinkGuard guard(prefix);
        FUZZ_CHECK(!guard.admit(link).isError());
        FUZZ_CHECK(guard.admit(link).kind == ApiError::Kind::CursorLoop);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input in(data, size);
    switch (in.byte() % 4) {
    case 0:
        decode(in.rest().toByteArray());
        break;
    case 1:
        encode(in);
        break;
    case 2:
        resumeToken(in);
        break;
    default:
        nextLink(in.rest().toByteArray());
        break;
    }
    return 0;
}
