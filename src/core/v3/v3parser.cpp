// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3parser.h"

#include "domain/isotime.h"
#include "net/nextlinkguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <simdjson.h>
#include <string_view>
#include <utility>

// The click page readers below are small functions for reading's sake, but they run for every field of every row
// (a million rows in bench_load_clicks): kept inline whatever the optimizer thinks, as in the v2 parser.
#if defined(_MSC_VER)
#define CLICKSCOPE_V3_INLINE __forceinline
#elif defined(__GNUC__) || defined(__clang__)
#define CLICKSCOPE_V3_INLINE inline __attribute__((always_inline))
#else
#define CLICKSCOPE_V3_INLINE inline
#endif

namespace ClickScope {

namespace {

    // The parser's messages share one translation context.
    struct V3Parser {
        Q_DECLARE_TR_FUNCTIONS(ClickScope::V3Parser)
    };

} // namespace

namespace V3 {

    namespace od = simdjson::ondemand;

    // --- Messages: a few sentences with placeholders, and the words that fill them ------------------------------

    namespace {

        enum class Word { Array, Object, Number, WholeNumber, String, EmptyString, Id, Boolean, Null, Other };

        QString word(Word w)
        {
            switch (w) {
            case Word::Array:
                return V3Parser::tr("an array");
            case Word::Object:
                return V3Parser::tr("an object");
            case Word::Number:
                return V3Parser::tr("a number");
            case Word::WholeNumber:
                return V3Parser::tr("a whole number");
            case Word::String:
                return V3Parser::tr("a string");
            case Word::EmptyString:
                return V3Parser::tr("an empty string");
            case Word::Id:
                return V3Parser::tr("a non-empty string or a whole number");
            case Word::Boolean:
                return V3Parser::tr("true or false");
            case Word::Null:
                return QStringLiteral("null");
            case Word::Other:
                break;
            }
            return V3Parser::tr("something else");
        }

        // "Invalid click page: tracking_activities[3].contact_id is missing"
        QString invalid(const QString &response, const QString &what)
        {
            return V3Parser::tr("Invalid %1: %2").arg(response, what);
        }

        QString missing(const QString &field)
        {
            return V3Parser::tr("%1 is missing").arg(field);
        }

        QString wrongType(const QString &field, const QString &is, const QString &expected)
        {
            return V3Parser::tr("%1 is %2, not %3").arg(field, is, expected);
        }

        QString notADate(const QString &field, const QString &text)
        {
            return V3Parser::tr("%1 \"%2\" is not an ISO-8601 date").arg(field, text);
        }

        QString notJson(const QString &detail)
        {
            return V3Parser::tr("not valid JSON (%1)").arg(detail);
        }

        QString simdMessage(simdjson::error_code e)
        {
            return notJson(QString::fromUtf8(simdjson::error_message(e)));
        }

        QString utf8(std::string_view text)
        {
            return QString::fromUtf8(text.data(), qsizetype(text.size()));
        }

        QString quoted(std::string_view text)
        {
            return QLatin1Char('"') + utf8(text) + QLatin1Char('"');
        }

        QString fieldPath(const QString &where, const char *name)
        {
            return where.isEmpty() ? QString::fromLatin1(name) : where + QLatin1Char('.') + QLatin1String(name);
        }

        Word wordOf(od::json_type t)
        {
            switch (t) {
            case od::json_type::array:
                return Word::Array;
            case od::json_type::object:
                return Word::Object;
            case od::json_type::number:
                return Word::Number;
            case od::json_type::string:
                return Word::String;
            case od::json_type::boolean:
                return Word::Boolean;
            case od::json_type::null:
                return Word::Null;
            }
            return Word::Other;
        }

        Word wordOf(const QJsonValue &v)
        {
            switch (v.type()) {
            case QJsonValue::Null:
                return Word::Null;
            case QJsonValue::Bool:
                return Word::Boolean;
            case QJsonValue::Double:
                return Word::Number;
            case QJsonValue::String:
                return v.toString().isEmpty() ? Word::EmptyString : Word::String;
            case QJsonValue::Array:
                return Word::Array;
            case QJsonValue::Object:
                return Word::Object;
            case QJsonValue::Undefined:
                break;
            }
            return Word::Other;
        }

    } // namespace

    // --- The clicks report (simdjson on-demand) -------------------------------------------------------------------

    namespace {

        bool isIntegerToken(std::string_view t)
        {
            std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
            if (i == t.size())
                return false;
            for (; i < t.size(); ++i)
                if (t[i] < '0' || t[i] > '9')
                    return false;
            return true;
        }

        // One field's value as its raw token: the type by its first byte, and for a string without escapes the text
        // itself, with no copy into simdjson's string buffer.
        struct RawValue {
            std::string_view token, text;
            char first = '\0';
            bool isString = false, isNumber = false;

            CLICKSCOPE_V3_INLINE simdjson::error_code read(od::value &value)
            {
                token = value.raw_json_token();
                while (!token.empty()
                    && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
                    token.remove_suffix(1);
                first = token.empty() ? '\0' : token.front();
                isString = first == '"' && token.size() >= 2 && token.back() == '"';
                isNumber = first == '-' || (first >= '0' && first <= '9');
                if (isString) {
                    text = token.substr(1, token.size() - 2);
                    if (text.find('\\') != std::string_view::npos)
                        return value.get_string().get(text);
                }
                return simdjson::SUCCESS;
            }
            bool isNull() const { return first == 'n'; }
            Word kind() const
            {
                return isString                    ? (text.empty() ? Word::EmptyString : Word::String)
                    : isNumber                     ? Word::Number
                    : first == '{'                 ? Word::Object
                    : first == '['                 ? Word::Array
                    : first == 'n'                 ? Word::Null
                    : first == 't' || first == 'f' ? Word::Boolean
                                                   : Word::Other;
            }
        };

        enum class ClickField : unsigned { ContactId, LinkId, Email, Time, Device, Type, Other };

        constexpr unsigned bit(ClickField f)
        {
            return 1u << unsigned(f);
        }

        const char *clickFieldName(ClickField f)
        {
            switch (f) {
            case ClickField::ContactId:
                return "contact_id";
            case ClickField::LinkId:
                return "url_id";
            case ClickField::Email:
                return "email_address";
            case ClickField::Time:
                return "created_time";
            case ClickField::Device:
                return "device_type";
            case ClickField::Type:
                return "tracking_activity_type";
            case ClickField::Other:
                break;
            }
            return "";
        }

        CLICKSCOPE_V3_INLINE ClickField clickField(od::raw_json_string name)
        {
            // Keys compared raw (no unescaping): the keys we know have nothing to escape. The first byte picks the
            // candidates, so that the fields we skip (campaign_activity_id, first_name, link_url, ...) cost little.
            switch (name.raw()[0]) {
            case 'c':
                return name == "contact_id"  ? ClickField::ContactId
                    : name == "created_time" ? ClickField::Time
                                             : ClickField::Other;
            case 'u':
                return name == "url_id" ? ClickField::LinkId : ClickField::Other;
            case 'e':
                return name == "email_address" ? ClickField::Email : ClickField::Other;
            case 'd':
                return name == "device_type" ? ClickField::Device : ClickField::Other;
            case 't':
                return name == "tracking_activity_type" ? ClickField::Type : ClickField::Other;
            default:
                return ClickField::Other;
            }
        }

        // Where a click row went wrong: the field (for the message) and what to say about it.
        struct RowError {
            ClickField field = ClickField::Other;
            QString (*say)(const QString &path, const RawValue &v) = nullptr;
        };

        QString sayNotId(const QString &path, const RawValue &v)
        {
            return wrongType(path, word(v.kind()), word(Word::Id));
        }
        QString sayNotString(const QString &path, const RawValue &v)
        {
            return wrongType(path, word(v.kind()), word(Word::String));
        }
        QString sayNotDate(const QString &path, const RawValue &v)
        {
            return v.isString ? notADate(path, utf8(v.text)) : wrongType(path, word(v.kind()), word(Word::String));
        }
        QString sayNotClick(const QString &path, const RawValue &v)
        {
            return wrongType(path, v.isString ? quoted(v.text) : word(v.kind()), QStringLiteral("\"em_clicks\""));
        }

        // One field of a click row into click; false (and how to describe it) when it is not what v3 documents. The
        // hot path of a load: no QString is made unless something is wrong.
        CLICKSCOPE_V3_INLINE bool readClickField(
            ClickField which, const RawValue &v, ClickBatch &batch, ParsedClick &click, RowError &error)
        {
            const auto add
                = [&](std::string_view s) { return batch.add(QByteArrayView(s.data(), qsizetype(s.size()))); };
            switch (which) {
            case ClickField::ContactId:
            case ClickField::LinkId: {
                // Ids: a string, or a number whose text is the id (url_id is documented as a string of digits).
                std::string_view id;
                if (v.isString && !v.text.empty())
                    id = v.text;
                else if (v.isNumber && isIntegerToken(v.token))
                    id = v.token;
                else {
                    error = { which, sayNotId };
                    return false;
                }
                (which == ClickField::ContactId ? click.contactId : click.linkId) = add(id);
                return true;
            }
            case ClickField::Email:
                if (!v.isString) {
                    error = { which, sayNotString };
                    return false;
                }
                click.email = add(v.text);
                return true;
            case ClickField::Time:
                if (v.isString) {
                    if (const auto ms = parseIsoUtcMs(v.text)) {
                        click.clickMs = *ms;
                        return true;
                    }
                }
                error = { which, sayNotDate };
                return false;
            case ClickField::Device:
                if (v.isString) {
                    click.device = add(v.text);
                    return true;
                }
                if (v.isNull())
                    return true; // null: not known, as when it is left out
                error = { which, sayNotString };
                return false;
            case ClickField::Type:
                if (v.isString && v.text == "em_clicks")
                    return true;
                error = { which, sayNotClick };
                return false;
            case ClickField::Other:
                break;
            }
            return true;
        }

        // `_links` of a page: the next page's href, left empty on the last page. A null `_links`, `next` or `href`
        // counts as absent. Returns the error, empty when there is none.
        QString readLinks(od::value links, QByteArray &nextLink)
        {
            od::json_type type;
            if (const auto e = links.type().get(type))
                return simdMessage(e);
            if (type == od::json_type::null)
                return {};
            if (type != od::json_type::object)
                return wrongType(QStringLiteral("_links"), word(wordOf(type)), word(Word::Object));
            od::object linksObject;
            if (const auto e = links.get_object().get(linksObject))
                return simdMessage(e);
            for (auto linksField : linksObject) {
                std::string_view key;
                if (const auto e = linksField.unescaped_key().get(key))
                    return simdMessage(e);
                if (key != "next")
                    continue;
                od::value next;
                if (const auto e = linksField.value().get(next))
                    return simdMessage(e);
                if (const auto e = next.type().get(type))
                    return simdMessage(e);
                if (type == od::json_type::null)
                    continue;
                if (type != od::json_type::object)
                    return wrongType(QStringLiteral("_links.next"), word(wordOf(type)), word(Word::Object));
                od::object nextObject;
                if (const auto e = next.get_object().get(nextObject))
                    return simdMessage(e);
                for (auto nextField : nextObject) {
                    if (const auto e = nextField.unescaped_key().get(key))
                        return simdMessage(e);
                    if (key != "href")
                        continue;
                    od::value href;
                    if (const auto e = nextField.value().get(href))
                        return simdMessage(e);
                    if (const auto e = href.type().get(type))
                        return simdMessage(e);
                    if (type == od::json_type::null)
                        continue;
                    if (type != od::json_type::string)
                        return wrongType(QStringLiteral("_links.next.href"), word(wordOf(type)), word(Word::String));
                    std::string_view text;
                    if (const auto e = href.get_string().get(text))
                        return simdMessage(e);
                    nextLink = QByteArray(text.data(), qsizetype(text.size()));
                }
            }
            return {};
        }

    } // namespace

    struct ClickPageParser::Impl {
        od::parser parser;
    };

    ClickPageParser::ClickPageParser()
        : d(std::make_unique<Impl>())
    { }

    ClickPageParser::~ClickPageParser() = default;

    Parsed<ClickPage> ClickPageParser::parse(QByteArray &body, QByteArrayView campaignId)
    {
        Parsed<ClickPage> out;
        const auto fail = [&out](const QString &what) {
            out.error = invalid(V3Parser::tr("click page"), what);
            return out;
        };

        const qsizetype length = body.size();
        // simdjson reads up to SIMDJSON_PADDING bytes past the end; give it room without copying the page. reserve()
        // guarantees that room after the data (capacity() may count free space before it), so that is what is passed.
        body.reserve(length + qsizetype(simdjson::SIMDJSON_PADDING));
        const std::size_t allocated = std::size_t(length) + simdjson::SIMDJSON_PADDING;

        ClickPage page;
        page.batch.text.reserve(std::size_t(length / 3) + std::size_t(campaignId.size()));
        page.batch.rows.reserve(512);
        const TextRef campaign = page.batch.add(campaignId); // once: every row points at it

        od::document doc;
        if (const auto e = d->parser.iterate(body.constData(), std::size_t(length), allocated).get(doc))
            return fail(simdMessage(e));
        od::json_type type;
        if (const auto e = doc.type().get(type))
            return fail(simdMessage(e));
        if (type != od::json_type::object)
            return fail(wrongType(V3Parser::tr("the response"), word(wordOf(type)), word(Word::Object)));
        od::object top;
        if (const auto e = doc.get_object().get(top))
            return fail(simdMessage(e));

        bool haveRows = false;
        for (auto topField : top) {
            std::string_view key;
            if (const auto e = topField.unescaped_key().get(key))
                return fail(simdMessage(e));
            if (key == "_links") {
                od::value links;
                if (const auto e = topField.value().get(links))
                    return fail(simdMessage(e));
                if (const QString error = readLinks(links, page.nextLink); !error.isEmpty())
                    return fail(error);
                continue;
            }
            if (key != "tracking_activities")
                continue;
            haveRows = true;
            od::value rowsValue;
            if (const auto e = topField.value().get(rowsValue))
                return fail(simdMessage(e));
            if (const auto e = rowsValue.type().get(type))
                return fail(simdMessage(e));
            if (type != od::json_type::array)
                return fail(wrongType(QStringLiteral("tracking_activities"), word(wordOf(type)), word(Word::Array)));
            od::array rows;
            if (const auto e = rowsValue.get_array().get(rows))
                return fail(simdMessage(e));
            int rowIndex = 0;
            const auto rowPath = [&rowIndex] { return QStringLiteral("tracking_activities[%1]").arg(rowIndex); };
            for (auto element : rows) {
                od::value rowValue;
                if (const auto e = element.get(rowValue))
                    return fail(simdMessage(e));
                if (const auto e = rowValue.type().get(type))
                    return fail(simdMessage(e));
                if (type != od::json_type::object)
                    return fail(wrongType(rowPath(), word(wordOf(type)), word(Word::Object)));
                od::object row;
                if (const auto e = rowValue.get_object().get(row))
                    return fail(simdMessage(e));
                ParsedClick click;
                click.campaignId = campaign;
                unsigned seen = 0; // a bit per field read
                for (auto field : row) {
                    od::raw_json_string name;
                    if (const auto e = field.key().get(name))
                        return fail(simdMessage(e));
                    const ClickField which = clickField(name);
                    if (which == ClickField::Other)
                        continue; // other fields (campaign_activity_id, link_url, deleted_at, ...) are skipped unread
                    od::value value;
                    if (const auto e = field.value().get(value))
                        return fail(simdMessage(e));
                    RawValue v;
                    if (const auto e = v.read(value))
                        return fail(simdMessage(e));
                    RowError error;
                    if (!readClickField(which, v, page.batch, click, error))
                        return fail(error.say(fieldPath(rowPath(), clickFieldName(error.field)), v));
                    seen |= bit(which);
                }
                static constexpr ClickField required[]
                    = { ClickField::ContactId, ClickField::Email, ClickField::LinkId, ClickField::Time };
                for (const ClickField f : required)
                    if (!(seen & bit(f)))
                        return fail(missing(fieldPath(rowPath(), clickFieldName(f))));
                page.batch.rows.push_back(click);
                ++rowIndex;
            }
        }
        if (!haveRows)
            return fail(missing(QStringLiteral("tracking_activities")));
        out.value = std::move(page);
        return out;
    }

    // --- QJsonDocument parsers for the small responses ----------------------------------------------------------

    namespace {

        // A whole number from a JSON number or a string of digits (counts and times arrive either way).
        std::optional<std::int64_t> wholeNumber(const QJsonValue &v)
        {
            if (v.isDouble()) {
                const double d = v.toDouble();
                const qint64 n = v.toInteger();
                if (double(n) == d)
                    return n;
                return std::nullopt;
            }
            if (v.isString()) {
                bool ok = false;
                const qint64 n = v.toString().toLongLong(&ok);
                if (ok)
                    return n;
            }
            return std::nullopt;
        }

        // Reads the fields of one response; the first thing wrong is kept as the error, and the caller gives no value.
        class Reader
        {
        public:
            explicit Reader(QString response)
                : m_response(std::move(response))
            { }

            bool ok() const { return m_error.isEmpty(); }
            const QString &error() const { return m_error; }
            void fail(const QString &what)
            {
                if (m_error.isEmpty())
                    m_error = invalid(m_response, what);
            }
            // The object being read, as a path for messages ("" for the top level, "campaigns[2]", ...).
            void setWhere(QString where) { m_where = std::move(where); }
            const QString &where() const { return m_where; }
            QString path(const char *name) const { return fieldPath(m_where, name); }

            // The body as a JSON object; nullopt (and the error) otherwise.
            std::optional<QJsonObject> document(const QByteArray &body)
            {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
                if (pe.error != QJsonParseError::NoError) {
                    fail(notJson(QStringLiteral("%1, byte %2").arg(pe.errorString()).arg(pe.offset)));
                    return std::nullopt;
                }
                if (!doc.isObject()) {
                    fail(wrongType(V3Parser::tr("the response"), word(doc.isArray() ? Word::Array : Word::Other),
                        word(Word::Object)));
                    return std::nullopt;
                }
                return doc.object();
            }

            QString id(const QJsonObject &o, const char *name, bool required = true)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (!required && (v.isUndefined() || v.isNull()))
                    return {};
                return idValue(v, path(name));
            }
            QString idValue(const QJsonValue &v, const QString &at)
            {
                if (v.isString() && !v.toString().isEmpty())
                    return v.toString();
                if (v.isDouble()) {
                    if (const auto n = wholeNumber(v))
                        return QString::number(*n);
                }
                if (v.isUndefined())
                    fail(missing(at));
                else
                    fail(wrongType(at, word(wordOf(v)), word(Word::Id)));
                return {};
            }
            // Optional strings may be null; required ones must be strings (an empty one is allowed).
            QString string(const QJsonObject &o, const char *name, bool required = false)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (v.isString())
                    return v.toString();
                if (!required && (v.isUndefined() || v.isNull()))
                    return {};
                if (v.isUndefined())
                    fail(missing(path(name)));
                else
                    fail(wrongType(path(name), word(wordOf(v)), word(Word::String)));
                return {};
            }
            // noDate when absent or null (and not required).
            std::int64_t date(const QJsonObject &o, const char *name, bool required = false)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (!required && (v.isUndefined() || v.isNull()))
                    return noDate;
                if (v.isUndefined()) {
                    fail(missing(path(name)));
                    return noDate;
                }
                if (!v.isString()) {
                    fail(wrongType(path(name), word(wordOf(v)), word(Word::String)));
                    return noDate;
                }
                const QByteArray text = v.toString().toUtf8();
                const auto ms = parseIsoUtcMs(std::string_view(text.constData(), std::size_t(text.size())));
                if (!ms)
                    fail(notADate(path(name), v.toString()));
                return ms.value_or(noDate);
            }
            // 0 when absent or null.
            std::int64_t count(const QJsonObject &o, const char *name)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (v.isUndefined() || v.isNull())
                    return 0;
                if (const auto n = wholeNumber(v))
                    return *n;
                fail(wrongType(path(name), word(wordOf(v)), word(Word::WholeNumber)));
                return 0;
            }
            QJsonArray array(const QJsonObject &o, const char *name, bool required)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (v.isArray())
                    return v.toArray();
                if (!required && (v.isUndefined() || v.isNull()))
                    return {};
                if (v.isUndefined())
                    fail(missing(path(name)));
                else
                    fail(wrongType(path(name), word(wordOf(v)), word(Word::Array)));
                return {};
            }
            // An optional object: empty when absent or null.
            QJsonObject object(const QJsonObject &o, const char *name)
            {
                const QJsonValue v = o.value(QLatin1String(name));
                if (v.isObject())
                    return v.toObject();
                if (!v.isUndefined() && !v.isNull())
                    fail(wrongType(path(name), word(wordOf(v)), word(Word::Object)));
                return {};
            }
            // Element i of an array that must hold objects; sets where() to "name[i]".
            QJsonObject element(const QJsonArray &a, qsizetype i, const char *name)
            {
                m_where = QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i);
                if (!a.at(i).isObject())
                    fail(wrongType(m_where, word(wordOf(a.at(i))), word(Word::Object)));
                return a.at(i).toObject();
            }
            // _links.next.href of a page; empty on the last page (`_links`, `next` or `href` absent or null).
            QByteArray nextLink(const QJsonObject &top)
            {
                const QString saved = m_where;
                m_where.clear();
                const QJsonObject links = object(top, "_links");
                m_where = QStringLiteral("_links");
                const QJsonObject next = object(links, "next");
                m_where = QStringLiteral("_links.next");
                const QByteArray href = string(next, "href").toUtf8();
                m_where = saved;
                return href;
            }

        private:
            QString m_response;
            QString m_where;
            QString m_error;
        };

    } // namespace

    Parsed<EmailPage> parseEmailPage(const QByteArray &body)
    {
        Parsed<EmailPage> out;
        Reader r(V3Parser::tr("email list"));
        EmailPage page;
        if (const auto top = r.document(body)) {
            const QJsonArray campaigns = r.array(*top, "campaigns", true);
            page.nextLink = r.nextLink(*top);
            for (qsizetype i = 0; i < campaigns.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(campaigns, i, "campaigns");
                if (!r.ok())
                    break;
                CampaignSummary c;
                c.id = r.id(o, "campaign_id");
                c.name = r.string(o, "name", true);
                c.status = r.string(o, "current_status", true);
                c.modifiedMs = r.date(o, "updated_at");
                page.campaigns.append(c);
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(page);
        return out;
    }

    Parsed<Email> parseEmail(const QByteArray &body)
    {
        Parsed<Email> out;
        Reader r(V3Parser::tr("email campaign"));
        Email email;
        if (const auto top = r.document(body)) {
            email.summary.id = r.id(*top, "campaign_id");
            email.summary.name = r.string(*top, "name", true);
            email.summary.status = r.string(*top, "current_status", true);
            email.summary.modifiedMs = r.date(*top, "updated_at");
            email.createdMs = r.date(*top, "created_at");
            const QJsonArray activities = r.array(*top, "campaign_activities", true);
            for (qsizetype i = 0; i < activities.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(activities, i, "campaign_activities");
                if (!r.ok())
                    break;
                CampaignActivityRef activity;
                activity.id = r.id(o, "campaign_activity_id");
                activity.role = r.string(o, "role", true);
                email.activities.append(activity);
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(email);
        return out;
    }

    Parsed<QList<LinkInfo>> parseLinks(const QByteArray &body)
    {
        Parsed<QList<LinkInfo>> out;
        Reader r(V3Parser::tr("link report"));
        QList<LinkInfo> links;
        if (const auto top = r.document(body)) {
            const QJsonArray counts = r.array(*top, "link_click_counts", true);
            for (qsizetype i = 0; i < counts.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(counts, i, "link_click_counts");
                if (!r.ok())
                    break;
                LinkInfo link;
                link.url = r.string(o, "link_url", true);
                link.id = r.id(o, "url_id");
                link.clickCount = r.count(o, "unique_clicks");
                links.append(link);
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(links);
        return out;
    }

    Parsed<QHash<QString, TrackingSummary>> parseActivityStats(const QByteArray &body)
    {
        Parsed<QHash<QString, TrackingSummary>> out;
        Reader r(V3Parser::tr("activity stats"));
        QHash<QString, TrackingSummary> stats;
        if (const auto top = r.document(body)) {
            const QJsonArray results = r.array(*top, "results", true);
            r.array(*top, "errors", false); // bad or deleted ids (§2.4): left out, but the shape is checked
            for (qsizetype i = 0; i < results.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(results, i, "results");
                if (!r.ok())
                    break;
                const QString id = r.id(o, "campaign_activity_id");
                const QJsonObject s = r.object(o, "stats");
                r.setWhere(r.where() + QStringLiteral(".stats"));
                TrackingSummary t;
                t.sends = r.count(s, "em_sends");
                t.opens = r.count(s, "em_opens");
                t.clicks = r.count(s, "em_clicks");
                t.forwards = r.count(s, "em_forwards");
                t.unsubscribes = r.count(s, "em_optouts");
                t.bounces = r.count(s, "em_bounces");
                t.spamCount = r.count(s, "em_abuse");
                stats.insert(id, t);
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(stats);
        return out;
    }

    Parsed<Contact> parseContact(const QByteArray &body)
    {
        Parsed<Contact> out;
        Reader r(V3Parser::tr("contact"));
        Contact c;
        if (const auto top = r.document(body)) {
            const QJsonObject &o = *top;
            c.id = r.id(o, "contact_id");
            c.firstName = r.string(o, "first_name");
            c.lastName = r.string(o, "last_name");
            c.jobTitle = r.string(o, "job_title");
            c.companyName = r.string(o, "company_name");
            c.createdMs = r.date(o, "created_at");
            c.modifiedMs = r.date(o, "updated_at");
            const bool deleted = r.date(o, "deleted_at") != noDate;

            const QJsonObject email = r.object(o, "email_address");
            if (o.value(QLatin1String("email_address")).isObject()) {
                r.setWhere(QStringLiteral("email_address"));
                ContactEmail e;
                e.address = r.string(email, "address", true);
                e.status = r.string(email, "permission_to_send");
                e.confirmStatus = r.string(email, "confirm_status");
                e.optInMs = r.date(email, "opt_in_date");
                e.optOutMs = r.date(email, "opt_out_date");
                e.optOutSource = r.string(email, "opt_out_source");
                c.emails.append(e);
                r.setWhere({});
            }
            c.status = deleted       ? QStringLiteral("DELETED")
                : c.emails.isEmpty() ? QString()
                                     : c.emails[0].status.toUpper();

            // Phones by kind; the first of each kind wins, and a number of another kind fills workPhone if it is empty.
            const QJsonArray phones = r.array(o, "phone_numbers", false);
            QStringList others;
            for (qsizetype i = 0; i < phones.size() && r.ok(); ++i) {
                const QJsonObject p = r.element(phones, i, "phone_numbers");
                const QString number = r.string(p, "phone_number", true);
                const QString kind = r.string(p, "kind").toLower();
                QString *target = kind == QLatin1String("home") ? &c.homePhone
                    : kind == QLatin1String("work")             ? &c.workPhone
                    : kind == QLatin1String("mobile")           ? &c.cellPhone
                    : kind == QLatin1String("fax")              ? &c.fax
                                                                : nullptr;
                if (!target)
                    others.append(number);
                else if (target->isEmpty())
                    *target = number;
            }
            if (c.workPhone.isEmpty() && !others.isEmpty())
                c.workPhone = others.first();
            r.setWhere({});

            const QJsonArray addresses = r.array(o, "street_addresses", false);
            for (qsizetype i = 0; i < addresses.size() && r.ok(); ++i) {
                const QJsonObject a = r.element(addresses, i, "street_addresses");
                ContactAddress address;
                address.type = r.string(a, "kind").toUpper();
                address.line1 = r.string(a, "street");
                address.city = r.string(a, "city");
                address.state = r.string(a, "state");
                address.postalCode = r.string(a, "postal_code");
                address.countryCode = r.string(a, "country");
                c.addresses.append(address);
            }
            r.setWhere({});

            const QJsonArray lists = r.array(o, "list_memberships", false);
            for (qsizetype i = 0; i < lists.size() && r.ok(); ++i)
                c.lists.append({ r.idValue(lists.at(i), QStringLiteral("list_memberships[%1]").arg(i)),
                    QStringLiteral("ACTIVE") });
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(c);
        return out;
    }

    namespace {

        QString activityTypeName(const QString &v3)
        {
            static const std::pair<QLatin1String, QLatin1String> names[] = {
                { QLatin1String("em_sends"), QLatin1String("EMAIL_SEND") },
                { QLatin1String("em_opens"), QLatin1String("EMAIL_OPEN") },
                { QLatin1String("em_clicks"), QLatin1String("EMAIL_CLICK") },
                { QLatin1String("em_bounces"), QLatin1String("EMAIL_BOUNCE") },
                { QLatin1String("em_optouts"), QLatin1String("EMAIL_UNSUBSCRIBE") },
                { QLatin1String("em_forwards"), QLatin1String("EMAIL_FORWARD") },
            };
            for (const auto &[from, to] : names)
                if (v3 == from)
                    return to;
            return v3; // landing-page types and anything new, as sent
        }

    } // namespace

    Parsed<ContactListPage> parseContactListPage(const QByteArray &body)
    {
        Parsed<ContactListPage> out;
        Reader r(V3Parser::tr("contact list page"));
        ContactListPage page;
        if (const auto top = r.document(body)) {
            const QJsonArray rows = r.array(*top, "lists", true);
            page.nextLink = r.nextLink(*top);
            for (qsizetype i = 0; i < rows.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(rows, i, "lists");
                if (!r.ok())
                    break;
                page.lists.append({ r.id(o, "list_id"), r.string(o, "name") });
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(page);
        return out;
    }

    Parsed<ContactActivityPage> parseContactActivityPage(const QByteArray &body)
    {
        Parsed<ContactActivityPage> out;
        Reader r(V3Parser::tr("contact activity page"));
        ContactActivityPage page;
        if (const auto top = r.document(body)) {
            const QJsonArray rows = r.array(*top, "tracking_activities", true);
            page.nextLink = r.nextLink(*top);
            for (qsizetype i = 0; i < rows.size() && r.ok(); ++i) {
                const QJsonObject o = r.element(rows, i, "tracking_activities");
                if (!r.ok())
                    break;
                Activity a;
                a.type = activityTypeName(r.string(o, "tracking_activity_type", true));
                a.campaignId = r.id(o, "campaign_activity_id");
                a.contactId = r.id(o, "contact_id");
                a.dateMs = r.date(o, "created_time", true);
                a.linkId = r.id(o, "url_id", false);
                a.linkUri = r.string(o, "link_url");
                a.campaignName = r.string(o, "campaign_activity_name");
                page.activities.append(a);
            }
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(page);
        return out;
    }

    namespace {

        // A whole number of seconds (a lifetime, or an epoch time) whose milliseconds fit, with room to add now;
        // nullopt for anything else (about 31,700 years either way is the most any token can mean).
        std::optional<std::int64_t> lifetimeSeconds(const QJsonValue &v)
        {
            constexpr std::int64_t maxSeconds = 1000000000000;
            const auto n = wholeNumber(v);
            if (!n || *n > maxSeconds || *n < -maxSeconds)
                return std::nullopt;
            return n;
        }

        // The `exp` claim (epoch seconds) of a JWT's payload; nullopt when the token is not a JWT or has none.
        std::optional<std::int64_t> jwtExpiry(const QByteArray &token)
        {
            const QList<QByteArray> parts = token.split('.');
            if (parts.size() != 3)
                return std::nullopt;
            const auto decoded = QByteArray::fromBase64Encoding(parts[1],
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                    | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            QJsonParseError pe;
            const QJsonDocument payload = QJsonDocument::fromJson(*decoded, &pe);
            if (pe.error != QJsonParseError::NoError || !payload.isObject())
                return std::nullopt;
            return lifetimeSeconds(payload.object().value(QLatin1String("exp")));
        }

        // expires_in above this is an epoch time in seconds (as the spec describes it), below it seconds from now.
        constexpr std::int64_t epochThreshold = 1000000000;
        // Neither expires_in nor a JWT exp: the fixed lifetime of the new authorization service (§1.6).
        constexpr std::int64_t defaultLifetimeMs = 24 * 3600 * 1000;

    } // namespace

    Parsed<TokenResponse> parseTokenResponse(const QByteArray &body, std::int64_t nowMs)
    {
        Parsed<TokenResponse> out;
        Reader r(V3Parser::tr("token response"));
        TokenResponse token;
        if (const auto top = r.document(body)) {
            const QJsonObject &o = *top;
            const QString access = r.string(o, "access_token", true);
            if (r.ok() && access.isEmpty())
                r.fail(wrongType(QStringLiteral("access_token"), word(Word::EmptyString), word(Word::String)));
            token.accessToken = access.toUtf8();
            token.refreshToken = r.string(o, "refresh_token").toUtf8();
            token.scope = r.string(o, "scope");
            const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
            std::optional<std::int64_t> seconds;
            if (!expiresIn.isUndefined() && !expiresIn.isNull()) {
                if (!wholeNumber(expiresIn))
                    r.fail(wrongType(QStringLiteral("expires_in"), word(wordOf(expiresIn)), word(Word::WholeNumber)));
                // A whole number too large to be a lifetime (its milliseconds would overflow) counts as absent.
                seconds = lifetimeSeconds(expiresIn);
            }
            if (const auto exp = jwtExpiry(token.accessToken))
                token.expiresAtMs = *exp * 1000;
            else if (seconds)
                token.expiresAtMs = *seconds > epochThreshold ? *seconds * 1000 : nowMs + *seconds * 1000;
            else
                token.expiresAtMs = nowMs + defaultLifetimeMs;
        }
        if (!r.ok()) {
            out.error = r.error();
            return out;
        }
        out.value = std::move(token);
        return out;
    }

    OAuthError parseOAuthError(const QByteArray &body)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return {};
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QLatin1String("error"));
        if (!error.isString() || error.toString().isEmpty())
            return {};
        const QJsonValue description = o.value(QLatin1String("error_description"));
        return { error.toString(), description.isString() ? description.toString() : QString() };
    }

    QByteArray peekNextHref(const QByteArray &body)
    {
        const qsizetype links = body.lastIndexOf("\"_links\"");
        if (links < 0)
            return {};
        const QByteArray marker = "\"href\":\"";
        const qsizetype at = body.indexOf(marker, links);
        if (at < 0)
            return {};
        const qsizetype start = at + marker.size();
        const qsizetype end = body.indexOf('"', start);
        if (end < 0)
            return {};
        const QByteArray href = body.mid(start, end - start);
        return href.contains('\\') ? QByteArray() : href; // escaped: leave it to the parser
    }

    QByteArray resumeToken(const ResumePoint &point)
    {
        return QByteArray::number(point.activity) + ' ' + point.href;
    }

    std::optional<ResumePoint> parseResumeToken(const QByteArray &token)
    {
        const qsizetype space = token.indexOf(' ');
        if (space <= 0)
            return std::nullopt;
        bool ok = false;
        const int activity = token.left(space).toInt(&ok);
        const QByteArray href = token.mid(space + 1);
        if (!ok || activity < 0 || (!href.isEmpty() && !NextLinkGuard::isSafe(href, "/v3/")))
            return std::nullopt;
        return ResumePoint { activity, href };
    }

} // namespace V3

} // namespace ClickScope
