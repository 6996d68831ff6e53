// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2parser.h"

#include "domain/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

// The click page readers below are small functions for reading's sake, but they run for every field of every row:
// left to the optimizer GCC 12 keeps them as calls, and parsing a page took 40% longer (bench_load_clicks, "parse").
#if defined(_MSC_VER)
#define CLICKSCOPE_ALWAYS_INLINE __forceinline
#elif defined(__GNUC__) || defined(__clang__)
#define CLICKSCOPE_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CLICKSCOPE_ALWAYS_INLINE inline
#endif

namespace ClickScope {

namespace od = simdjson::ondemand;

namespace {

    // The parser's messages share one translation context.
    struct V2Parser {
        Q_DECLARE_TR_FUNCTIONS(ClickScope::V2Parser)
    };

    QString typeName(od::json_type t)
    {
        switch (t) {
        case od::json_type::array:
            return V2Parser::tr("an array");
        case od::json_type::object:
            return V2Parser::tr("an object");
        case od::json_type::number:
            return V2Parser::tr("a number");
        case od::json_type::string:
            return V2Parser::tr("a string");
        case od::json_type::boolean:
            return V2Parser::tr("true or false");
        case od::json_type::null:
            return QStringLiteral("null");
        }
        return V2Parser::tr("something else");
    }

    bool isIntegerToken(std::string_view t)
    {
        if (t.empty())
            return false;
        std::size_t i = t[0] == '-' ? 1 : 0;
        if (i == t.size())
            return false;
        for (; i < t.size(); ++i)
            if (t[i] < '0' || t[i] > '9')
                return false;
        return true;
    }

} // namespace

namespace {

    QString simdMessage(simdjson::error_code e)
    {
        return V2Parser::tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(e)));
    }

    // One field's value as its raw token: the type by its first byte, and for a string without escapes the text
    // itself, with no copy into simdjson's string buffer.
    struct RawValue {
        std::string_view token, text;
        char first = '\0';
        bool isString = false, isNumber = false;

        // False (and the error) when the value cannot be read.
        CLICKSCOPE_ALWAYS_INLINE bool read(od::value &value, QString &error)
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
                if (text.find('\\') != std::string_view::npos && value.get_string().get(text)) {
                    error = V2Parser::tr("a string that is not valid JSON");
                    return false;
                }
            }
            return true;
        }
        QString typeOf() const
        {
            return isString    ? typeName(od::json_type::string)
                : isNumber     ? typeName(od::json_type::number)
                : first == '{' ? typeName(od::json_type::object)
                : first == '[' ? typeName(od::json_type::array)
                : first == 'n' ? typeName(od::json_type::null)
                               : typeName(od::json_type::boolean);
        }
        // Ids: a string, or a number whose text is the id (ctct-v2-api.md §3.4).
        CLICKSCOPE_ALWAYS_INLINE bool readId(ClickBatch &batch, TextRef &target, const char *fieldName, QString &error)
        {
            if (isNumber && isIntegerToken(token)) {
                text = token;
            } else if (!isString || text.empty()) {
                error = V2Parser::tr("%1 must be a non-empty string or a whole number, not %2")
                            .arg(QLatin1String(fieldName), typeOf());
                return false;
            }
            target = batch.add(QByteArrayView(text.data(), qsizetype(text.size())));
            return true;
        }
    };

    enum class ClickField { CampaignId, ContactId, LinkId, Email, Date, Activity, Other };

    CLICKSCOPE_ALWAYS_INLINE ClickField clickField(od::raw_json_string name)
    {
        // Keys compared raw (no unescaping): the keys we know have nothing to escape.
        return name == "campaign_id"  ? ClickField::CampaignId
            : name == "contact_id"    ? ClickField::ContactId
            : name == "link_id"       ? ClickField::LinkId
            : name == "email_address" ? ClickField::Email
            : name == "click_date"    ? ClickField::Date
            : name == "activity_type" ? ClickField::Activity
                                      : ClickField::Other;
    }

    // One field of a click row into click; false (and the error) when it is not what v2 documents. The hot path
    // of a load: no QString is made unless something is wrong.
    CLICKSCOPE_ALWAYS_INLINE bool readClickField(
        ClickField which, RawValue &v, ClickBatch &batch, ParsedClick &click, QString &error)
    {
        switch (which) {
        case ClickField::CampaignId:
            return v.readId(batch, click.campaignId, "campaign_id", error);
        case ClickField::ContactId:
            return v.readId(batch, click.contactId, "contact_id", error);
        case ClickField::LinkId:
            return v.readId(batch, click.linkId, "link_id", error);
        case ClickField::Email:
            if (!v.isString) {
                error = V2Parser::tr("email_address must be a string, not %1").arg(v.typeOf());
                return false;
            }
            click.email = batch.add(QByteArrayView(v.text.data(), qsizetype(v.text.size())));
            return true;
        case ClickField::Date:
            if (!v.isString) {
                error = V2Parser::tr("click_date must be a string, not %1").arg(v.typeOf());
                return false;
            }
            if (v.text.empty()) {
                click.clickMs = noDate;
                return true;
            }
            if (const auto ms = parseIsoUtcMs(v.text)) {
                click.clickMs = *ms;
                return true;
            }
            error = V2Parser::tr("click_date \"%1\" is not an ISO-8601 date")
                        .arg(QString::fromUtf8(v.text.data(), qsizetype(v.text.size())));
            return false;
        case ClickField::Activity:
            if (!v.isString || v.text != "EMAIL_CLICK") {
                error = V2Parser::tr("activity_type must be \"EMAIL_CLICK\"");
                return false;
            }
            return true;
        case ClickField::Other:
            break;
        }
        return true;
    }

    constexpr unsigned bit(ClickField f)
    {
        return 1u << unsigned(f);
    }

    // One element of "results" appended to batch; false (and the error) when it is not a valid click.
    CLICKSCOPE_ALWAYS_INLINE bool readClickRow(od::value element, ClickBatch &batch, QString &error)
    {
        od::object row;
        if (const auto e = element.get_object().get(row)) {
            error = e == simdjson::INCORRECT_TYPE ? V2Parser::tr("expected an object") : simdMessage(e);
            return false;
        }
        ParsedClick click;
        unsigned seen = 0; // a bit per field read
        for (auto field : row) {
            od::raw_json_string name;
            if (const auto e = field.key().get(name)) {
                error = simdMessage(e);
                return false;
            }
            const ClickField which = clickField(name);
            if (which == ClickField::Other)
                continue; // other fields (link_uri, ...) are allowed and skipped unread
            od::value value;
            if (const auto e = field.value().get(value)) {
                error = simdMessage(e);
                return false;
            }
            RawValue v;
            if (!v.read(value, error) || !readClickField(which, v, batch, click, error))
                return false;
            seen |= bit(which);
        }
        constexpr unsigned required = bit(ClickField::CampaignId) | bit(ClickField::ContactId) | bit(ClickField::Email)
            | bit(ClickField::LinkId) | bit(ClickField::Date);
        if ((seen & required) != required) {
            static constexpr std::pair<ClickField, const char *> names[] = { { ClickField::CampaignId, "campaign_id" },
                { ClickField::ContactId, "contact_id" }, { ClickField::Email, "email_address" },
                { ClickField::LinkId, "link_id" }, { ClickField::Date, "click_date" } };
            QStringList missing;
            for (const auto &[f, fieldName] : names)
                if (!(seen & bit(f)))
                    missing << QLatin1String(fieldName);
            error = V2Parser::tr("missing %1").arg(missing.join(QStringLiteral(", ")));
            return false;
        }
        batch.rows.push_back(click);
        return true;
    }

    // "meta": the next page's link from meta.pagination.next_link (left empty on the last page).
    QString readMeta(od::value value, QByteArray &nextLink)
    {
        od::object meta;
        if (value.get_object().get(meta))
            return V2Parser::tr("\"meta\" is not an object");
        for (auto metaField : meta) {
            std::string_view metaKey;
            if (const auto e = metaField.unescaped_key().get(metaKey))
                return simdMessage(e);
            if (metaKey != "pagination")
                continue;
            od::object pagination;
            if (metaField.value().get_object().get(pagination))
                return V2Parser::tr("\"meta.pagination\" is not an object");
            for (auto pf : pagination) {
                std::string_view pk;
                if (const auto e = pf.unescaped_key().get(pk))
                    return simdMessage(e);
                if (pk != "next_link")
                    continue;
                std::string_view link;
                if (pf.value().get_string().get(link))
                    return V2Parser::tr("\"next_link\" is not a string");
                nextLink = QByteArray(link.data(), qsizetype(link.size()));
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

Parsed<ClickPage> ClickPageParser::parse(QByteArray &body)
{
    Parsed<ClickPage> out;
    ClickPage page;
    const qsizetype length = body.size();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; give it room without copying the page.
    body.reserve(length + qsizetype(simdjson::SIMDJSON_PADDING));
    page.batch.text.reserve(std::size_t(length / 3));
    page.batch.rows.reserve(512);

    int rowIndex = -1; // the row being read, for error messages; -1: the page itself
    const auto fail = [&](const QString &what) {
        const QString where = rowIndex < 0 ? V2Parser::tr("the page") : QStringLiteral("results[%1]").arg(rowIndex);
        out.error = V2Parser::tr("Invalid click page: %1: %2").arg(where, what);
        return out;
    };

    od::document doc;
    if (const auto e = d->parser.iterate(body.constData(), std::size_t(length), std::size_t(body.capacity())).get(doc))
        return fail(simdMessage(e));
    od::object top;
    if (const auto e = doc.get_object().get(top))
        return fail(e == simdjson::INCORRECT_TYPE ? V2Parser::tr("expected a JSON object") : simdMessage(e));

    bool haveResults = false, haveMeta = false;
    for (auto topField : top) {
        std::string_view key;
        if (const auto e = topField.unescaped_key().get(key))
            return fail(simdMessage(e));
        if (key == "results") {
            haveResults = true;
            od::array results;
            if (topField.value().get_array().get(results))
                return fail(V2Parser::tr("\"results\" is not an array"));
            rowIndex = 0;
            for (auto element : results) {
                od::value value;
                if (const auto e = element.get(value))
                    return fail(simdMessage(e));
                QString error;
                if (!readClickRow(value, page.batch, error))
                    return fail(error);
                ++rowIndex;
            }
            rowIndex = -1;
        } else if (key == "meta") {
            haveMeta = true;
            if (const QString error = readMeta(topField.value(), page.nextLink); !error.isEmpty())
                return fail(error);
        }
    }
    if (!haveResults)
        return fail(V2Parser::tr("no \"results\" array"));
    if (!haveMeta)
        return fail(V2Parser::tr("no \"meta\" object"));
    out.value = std::move(page);
    return out;
}

QByteArray peekNextLink(const QByteArray &body)
{
    // The sandbox writes meta last and the real API first; look for the key itself either way. A false positive
    // (the text inside an email address) is impossible: the key and its quote would be escaped there.
    static const QByteArray key = QByteArrayLiteral("\"next_link\"");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return {};
    qsizetype p = at + key.size();
    while (
        p < body.size() && (body[p] == ' ' || body[p] == ':' || body[p] == '\n' || body[p] == '\r' || body[p] == '\t'))
        ++p;
    if (p >= body.size() || body[p] != '"')
        return {};
    const qsizetype end = body.indexOf('"', p + 1);
    if (end < 0)
        return {};
    const QByteArray link = body.mid(p + 1, end - p - 1);
    return link.contains('\\') ? QByteArray() : link; // escaped links are left to the full parser
}

// --- QJsonDocument parsers for the small responses ----------------------------------------------------------

namespace {

    class JsonReader
    {
    public:
        explicit JsonReader(QString where)
            : m_where(std::move(where))
        { }
        QString error;

        bool ok() const { return error.isEmpty(); }
        void fail(const QString &what)
        {
            if (error.isEmpty())
                error = V2Parser::tr("Invalid response: %1: %2").arg(m_where, what);
        }
        void setWhere(QString where) { m_where = std::move(where); }

        QString id(const QJsonObject &o, const char *name, bool required = true)
        {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
            if (v.isDouble() && v.toDouble() == double(v.toInteger()))
                return QString::number(v.toInteger());
            if (required || !v.isUndefined())
                fail(V2Parser::tr("%1 must be a string or a whole number").arg(QLatin1String(name)));
            return {};
        }
        QString string(const QJsonObject &o, const char *name, bool required = false)
        {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isString())
                return v.toString();
            if (v.isNull() || (v.isUndefined() && !required))
                return {};
            fail(V2Parser::tr("%1 must be a string").arg(QLatin1String(name)));
            return {};
        }
        auto date(const QJsonObject &o, const char *name, bool required = false) -> std::int64_t
        {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() && !required)
                return noDate;
            if (!v.isString()) {
                if (!v.isNull())
                    fail(QCoreApplication::translate("ClickScope::V2Parser", "%1 must be a date string")
                             .arg(QLatin1String(name)));
                return noDate;
            }
            if (v.toString().isEmpty())
                return noDate;
            const QByteArray text = v.toString().toUtf8();
            const auto ms = parseIsoUtcMs(std::string_view(text.constData(), std::size_t(text.size())));
            if (!ms)
                fail(QCoreApplication::translate("ClickScope::V2Parser", "%1 \"%2\" is not an ISO-8601 date")
                         .arg(QLatin1String(name), v.toString()));
            return ms.value_or(noDate);
        }
        auto integer(const QJsonObject &o, const char *name) -> std::int64_t
        {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isDouble())
                return v.toInteger();
            if (v.isString()) {
                bool ok = false;
                const qint64 n = v.toString().toLongLong(&ok);
                if (ok)
                    return n;
            }
            if (!v.isUndefined())
                fail(QCoreApplication::translate("ClickScope::V2Parser", "%1 must be a number")
                         .arg(QLatin1String(name)));
            return 0;
        }

    private:
        QString m_where;
    };

    std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *error)
    {
        QJsonParseError pe;
        QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error
                = V2Parser::tr("Invalid response: not valid JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset);
            return std::nullopt;
        }
        return doc;
    }

    // {"meta":{"pagination":{...}},"results":[...]} → results and next_link.
    std::optional<QJsonArray> pageResults(const QJsonDocument &doc, QByteArray *nextLink, QString *error)
    {
        if (!doc.isObject()) {
            *error = V2Parser::tr("Invalid response: expected a JSON object");
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        if (!o.value(QLatin1String("results")).isArray()) {
            *error = V2Parser::tr("Invalid response: no \"results\" array");
            return std::nullopt;
        }
        const QJsonValue meta = o.value(QLatin1String("meta"));
        if (!meta.isObject() || !meta.toObject().value(QLatin1String("pagination")).isObject()) {
            *error = V2Parser::tr("Invalid response: no \"meta.pagination\" object");
            return std::nullopt;
        }
        const QJsonValue next
            = meta.toObject().value(QLatin1String("pagination")).toObject().value(QLatin1String("next_link"));
        if (!next.isUndefined() && !next.isString()) {
            *error = V2Parser::tr("Invalid response: \"next_link\" is not a string");
            return std::nullopt;
        }
        *nextLink = next.toString().toUtf8();
        return o.value(QLatin1String("results")).toArray();
    }

} // namespace

Parsed<CampaignPage> parseCampaignPage(const QByteArray &body)
{
    Parsed<CampaignPage> out;
    const auto doc = parseJson(body, &out.error);
    if (!doc)
        return out;
    CampaignPage page;
    const auto results = pageResults(*doc, &page.nextLink, &out.error);
    if (!results)
        return out;
    JsonReader r(V2Parser::tr("campaign list"));
    for (qsizetype i = 0; i < results->size() && r.ok(); ++i) {
        r.setWhere(QStringLiteral("results[%1]").arg(i));
        if (!results->at(i).isObject()) {
            r.fail(V2Parser::tr("expected an object"));
            break;
        }
        const QJsonObject o = results->at(i).toObject();
        CampaignSummary c;
        c.id = r.id(o, "id");
        c.name = r.string(o, "name", true);
        c.status = r.string(o, "status", true);
        c.modifiedMs = r.date(o, "modified_date");
        page.campaigns.append(c);
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(page);
    return out;
}

Parsed<Campaign> parseCampaign(const QByteArray &body)
{
    Parsed<Campaign> out;
    const auto doc = parseJson(body, &out.error);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.error = V2Parser::tr("Invalid response: expected a campaign object");
        return out;
    }
    const QJsonObject o = doc->object();
    JsonReader r(V2Parser::tr("campaign"));
    Campaign c;
    c.id = r.id(o, "id");
    c.name = r.string(o, "name", true);
    c.subject = r.string(o, "subject");
    c.status = r.string(o, "status", true);
    c.createdMs = r.date(o, "created_date");
    c.modifiedMs = r.date(o, "modified_date");
    c.lastRunMs = r.date(o, "last_run_date");
    c.nextRunMs = r.date(o, "next_run_date");
    const QJsonValue summary = o.value(QLatin1String("tracking_summary"));
    if (summary.isObject()) {
        const QJsonObject s = summary.toObject();
        r.setWhere(QStringLiteral("tracking_summary"));
        c.hasTrackingSummary = true;
        c.tracking.sends = r.integer(s, "sends");
        c.tracking.opens = r.integer(s, "opens");
        c.tracking.clicks = r.integer(s, "clicks");
        c.tracking.forwards = r.integer(s, "forwards");
        c.tracking.unsubscribes = r.integer(s, "unsubscribes");
        c.tracking.bounces = r.integer(s, "bounces");
        c.tracking.spamCount = r.integer(s, "spam_count");
    } else if (!summary.isUndefined() && !summary.isNull()) {
        r.fail(V2Parser::tr("tracking_summary must be an object"));
    }
    const QJsonValue links = o.value(QLatin1String("click_through_details"));
    if (links.isArray()) {
        const QJsonArray a = links.toArray();
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
            r.setWhere(QStringLiteral("click_through_details[%1]").arg(i));
            const QJsonObject l = a.at(i).toObject();
            LinkInfo link;
            link.url = r.string(l, "url", true);
            link.id = r.id(l, "url_uid");
            link.clickCount = r.integer(l, "click_count");
            c.links.append(link);
        }
    } else if (!links.isUndefined() && !links.isNull()) {
        r.fail(V2Parser::tr("click_through_details must be an array"));
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(c);
    return out;
}

Parsed<Contact> parseContact(const QByteArray &body)
{
    Parsed<Contact> out;
    const auto doc = parseJson(body, &out.error);
    if (!doc)
        return out;
    if (!doc->isObject()) {
        out.error = V2Parser::tr("Invalid response: expected a contact object");
        return out;
    }
    const QJsonObject o = doc->object();
    JsonReader r(V2Parser::tr("contact"));
    Contact c;
    c.id = r.id(o, "id");
    c.status = r.string(o, "status");
    c.prefixName = r.string(o, "prefix_name");
    c.firstName = r.string(o, "first_name");
    c.lastName = r.string(o, "last_name");
    c.jobTitle = r.string(o, "job_title");
    c.companyName = r.string(o, "company_name");
    c.homePhone = r.string(o, "home_phone");
    c.workPhone = r.string(o, "work_phone");
    c.cellPhone = r.string(o, "cell_phone");
    c.fax = r.string(o, "fax");
    c.createdMs = r.date(o, "created_date");
    c.modifiedMs = r.date(o, "modified_date");
    const QJsonArray emails = o.value(QLatin1String("email_addresses")).toArray();
    for (qsizetype i = 0; i < emails.size(); ++i) {
        r.setWhere(QStringLiteral("email_addresses[%1]").arg(i));
        const QJsonObject e = emails.at(i).toObject();
        c.emails.append({ r.string(e, "email_address", true), r.string(e, "status"), r.string(e, "confirm_status"),
            r.date(e, "opt_in_date"), r.date(e, "opt_out_date"), {} });
    }
    const QJsonArray addresses = o.value(QLatin1String("addresses")).toArray();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        r.setWhere(QStringLiteral("addresses[%1]").arg(i));
        const QJsonObject a = addresses.at(i).toObject();
        c.addresses.append({ r.string(a, "address_type"), r.string(a, "line1"), r.string(a, "line2"),
            r.string(a, "line3"), r.string(a, "city"), r.string(a, "state"), r.string(a, "state_code"),
            r.string(a, "country_code"), r.string(a, "postal_code") });
    }
    const QJsonArray lists = o.value(QLatin1String("lists")).toArray();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        r.setWhere(QStringLiteral("lists[%1]").arg(i));
        const QJsonObject l = lists.at(i).toObject();
        c.lists.append({ r.id(l, "id"), r.string(l, "status") });
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(c);
    return out;
}

Parsed<ActivityPage> parseActivityPage(const QByteArray &body)
{
    Parsed<ActivityPage> out;
    const auto doc = parseJson(body, &out.error);
    if (!doc)
        return out;
    ActivityPage page;
    const auto results = pageResults(*doc, &page.nextLink, &out.error);
    if (!results)
        return out;
    JsonReader r(V2Parser::tr("activity list"));
    static const char *const dateFields[]
        = { "click_date", "open_date", "send_date", "bounce_date", "forward_date", "unsubscribe_date" };
    for (qsizetype i = 0; i < results->size() && r.ok(); ++i) {
        r.setWhere(QStringLiteral("results[%1]").arg(i));
        const QJsonObject o = results->at(i).toObject();
        Activity a;
        a.type = r.string(o, "activity_type", true);
        a.campaignId = r.id(o, "campaign_id");
        a.contactId = r.id(o, "contact_id");
        a.email = r.string(o, "email_address");
        a.dateMs = noDate;
        for (const char *f : dateFields)
            if (o.contains(QLatin1String(f)))
                a.dateMs = r.date(o, f);
        a.linkId = r.id(o, "link_id", false);
        a.linkUri = r.string(o, "link_uri");
        a.detail = o.contains(QLatin1String("bounce_description")) ? r.string(o, "bounce_description")
                                                                   : r.string(o, "unsubscribe_source");
        page.activities.append(a);
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(page);
    return out;
}

Parsed<QList<ContactList>> parseContactLists(const QByteArray &body)
{
    Parsed<QList<ContactList>> out;
    const auto doc = parseJson(body, &out.error);
    if (!doc)
        return out;
    if (!doc->isArray()) {
        out.error = V2Parser::tr("the contact lists are not a JSON array");
        return out;
    }
    JsonReader r(V2Parser::tr("contact lists"));
    const QJsonArray rows = doc->array();
    QList<ContactList> lists;
    for (qsizetype i = 0; i < rows.size() && r.ok(); ++i) {
        r.setWhere(QStringLiteral("[%1]").arg(i));
        const QJsonObject o = rows.at(i).toObject();
        lists.append({ r.id(o, "id"), r.string(o, "name") });
    }
    if (!r.ok()) {
        out.error = r.error;
        return out;
    }
    out.value = std::move(lists);
    return out;
}

} // namespace ClickScope
