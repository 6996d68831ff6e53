// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

namespace ClickScope::Console {

int exitCodeFor(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::MissingCredentials:
        return Authentication;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::QuotaExhausted:
        return QuotaExhausted;
    case ApiError::Kind::BadRequest:
        return Usage; // the API refused the request as asked (e.g. tracking of a campaign that is not SENT)
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::ForeignLink:
    case ApiError::Kind::CursorLoop:
    case ApiError::Kind::NotAcceptable:
        return InvalidResponse;
    default:
        return NetworkFailure;
    }
}

void writeText(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

int fail(int code, const QString &message)
{
    writeText(stderr, QStringLiteral("clickscope-cli: ") + message.simplified() + QLatin1Char('\n'));
    return code;
}

void appendJsonString(std::string &out, QByteArrayView value)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c < 0x20) {
            out.append("\\u00");
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back('"');
}

} // namespace ClickScope::Console
