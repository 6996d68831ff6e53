// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/output.h"
#include "domain/isotime.h"
#include "export/csvwriter.h"
#include "i18n.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#ifdef Q_OS_WIN
#include <io.h>
#define CLICKSCOPE_ISATTY _isatty
#define CLICKSCOPE_FILENO _fileno
#else
#include <unistd.h>
#define CLICKSCOPE_ISATTY isatty
#define CLICKSCOPE_FILENO fileno
#endif

namespace ClickScope::Console {

// Runs one command on the event loop and quits it with the exit code.
class CommandRunner : public QObject
{
public:
    CommandRunner(QStringList args, const QCommandLineParser &options)
        : m_args(std::move(args))
        , m_status(options.value(QStringLiteral("status")))
        , m_link(options.value(QStringLiteral("link")))
        , m_since(options.value(QStringLiteral("since")))
        , m_format(options.value(QStringLiteral("format")))
        , m_output(options.value(QStringLiteral("output")))
        , m_activity(options.isSet(QStringLiteral("activity")))
        , m_progress(CLICKSCOPE_ISATTY(CLICKSCOPE_FILENO(stderr)) != 0)
    { }

    void run(std::unique_ptr<TrackingBackend> backend)
    {
        m_backend = std::move(backend);
        const QString command = m_args.value(0);
        if (command == QLatin1String("campaigns"))
            campaigns();
        else if (command == QLatin1String("links"))
            links();
        else if (command == QLatin1String("clicks"))
            clicks();
        else if (command == QLatin1String("contact"))
            contact();
    }

private:
    void done(int code) { QCoreApplication::exit(code); }
    void apiFailed(const ApiError &e) { done(fail(exitCodeFor(e), e.userMessage())); }

    void writeAndFinish(const std::string &data)
    {
        Output out;
        QString error;
        if (!out.open(QString(), &error))
            return done(fail(NetworkFailure, Cli::tr("writing the output failed")));
        if (!out.write(data))
            return done(out.pipeClosed() ? int(Ok) : fail(NetworkFailure, Cli::tr("writing the output failed")));
        done(Ok);
    }

    void campaigns()
    {
        m_backend->campaigns(m_status.isEmpty() ? QStringLiteral("ALL") : m_status.toUpper(), this,
            [this](const QList<CampaignSummary> &list, const ApiError &e) {
                if (e.isError())
                    return apiFailed(e);
                std::string out = "id,name,status,modified_date\r\n";
                for (const CampaignSummary &c : list) {
                    Csv::appendCell(out, c.id.toUtf8());
                    out.push_back(',');
                    Csv::appendCell(out, c.name.toUtf8());
                    out.push_back(',');
                    Csv::appendCell(out, c.status.toUtf8());
                    out.push_back(',');
                    if (c.modifiedMs != noDate)
                        out.append(formatIsoUtcMs(c.modifiedMs).toStdString());
                    out.append("\r\n");
                }
                writeAndFinish(out);
            });
    }

    void links()
    {
        m_backend->campaign(m_args.value(1), this, [this](const Campaign &c, const ApiError &e) {
            if (e.isError())
                return apiFailed(e);
            std::string out = "link_id,url,click_count\r\n";
            for (const LinkInfo &l : c.links) {
                Csv::appendCell(out, l.id.toUtf8());
                out.push_back(',');
                Csv::appendCell(out, l.url.toUtf8());
                out.push_back(',');
                out.append(std::to_string(l.clickCount));
                out.append("\r\n");
            }
            writeAndFinish(out);
        });
    }

    void contact()
    {
        const QString id = m_args.value(1);
        m_backend->contact(id, this, [this, id](const Contact &c, const ApiError &e) {
            if (e.isError())
                return apiFailed(e);
            const bool v3 = m_backend->account().api == ApiVersion::V3;
            // v3: the API's contact as it came (DESIGN, "CLI contract"); v2: the contract's own shape.
            QJsonObject o = v3 ? QJsonDocument::fromJson(c.apiJson).object() : contactJson(c);
            if (!m_activity)
                return writeAndFinish(QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString());
            m_backend->contactActivity(
                id, this, [this, o, v3](const QList<Activity> &list, const ApiError &err) mutable {
                    if (err.isError())
                        return apiFailed(err);
                    QJsonArray a;
                    for (const Activity &act : list) {
                        if (v3) {
                            QJsonObject j { { QStringLiteral("activity_type"), act.type },
                                { QStringLiteral("campaign_activity_id"), act.campaignId },
                                { QStringLiteral("date"),
                                    act.dateMs == noDate ? QString()
                                                         : QString::fromLatin1(formatIsoUtcMs(act.dateMs)) } };
                            if (!act.linkUri.isEmpty())
                                j.insert(QStringLiteral("link_url"), act.linkUri);
                            a.append(j);
                            continue;
                        }
                        QJsonObject j { { QStringLiteral("activity_type"), act.type },
                            { QStringLiteral("campaign_id"), act.campaignId },
                            { QStringLiteral("contact_id"), act.contactId },
                            { QStringLiteral("email_address"), act.email },
                            { QStringLiteral("date"),
                                act.dateMs == noDate ? QString() : QString::fromLatin1(formatIsoUtcMs(act.dateMs)) } };
                        if (!act.linkId.isEmpty())
                            j.insert(QStringLiteral("link_id"), act.linkId);
                        if (!act.linkUri.isEmpty())
                            j.insert(QStringLiteral("link_uri"), act.linkUri);
                        if (!act.detail.isEmpty())
                            j.insert(QStringLiteral("detail"), act.detail);
                        a.append(j);
                    }
                    o.insert(QStringLiteral("activity"), a);
                    writeAndFinish(QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString());
                });
        });
    }

    static QJsonObject contactJson(const Contact &c)
    {
        const auto date
            = [](std::int64_t ms) { return ms == noDate ? QString() : QString::fromLatin1(formatIsoUtcMs(ms)); };
        QJsonArray emails;
        for (const ContactEmail &e : c.emails)
            emails.append(QJsonObject { { QStringLiteral("email_address"), e.address },
                { QStringLiteral("status"), e.status }, { QStringLiteral("confirm_status"), e.confirmStatus },
                { QStringLiteral("opt_in_date"), date(e.optInMs) },
                { QStringLiteral("opt_out_date"), date(e.optOutMs) } });
        QJsonArray addresses;
        for (const ContactAddress &a : c.addresses)
            addresses.append(QJsonObject { { QStringLiteral("address_type"), a.type },
                { QStringLiteral("line1"), a.line1 }, { QStringLiteral("line2"), a.line2 },
                { QStringLiteral("line3"), a.line3 }, { QStringLiteral("city"), a.city },
                { QStringLiteral("state"), a.state }, { QStringLiteral("state_code"), a.stateCode },
                { QStringLiteral("country_code"), a.countryCode }, { QStringLiteral("postal_code"), a.postalCode } });
        QJsonArray lists;
        for (const auto &l : c.lists)
            lists.append(QJsonObject { { QStringLiteral("id"), l.first }, { QStringLiteral("status"), l.second } });
        return QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("status"), c.status },
            { QStringLiteral("prefix_name"), c.prefixName }, { QStringLiteral("first_name"), c.firstName },
            { QStringLiteral("last_name"), c.lastName }, { QStringLiteral("job_title"), c.jobTitle },
            { QStringLiteral("company_name"), c.companyName }, { QStringLiteral("home_phone"), c.homePhone },
            { QStringLiteral("work_phone"), c.workPhone }, { QStringLiteral("cell_phone"), c.cellPhone },
            { QStringLiteral("email_addresses"), emails }, { QStringLiteral("addresses"), addresses },
            { QStringLiteral("lists"), lists }, { QStringLiteral("created_date"), date(c.createdMs) },
            { QStringLiteral("modified_date"), date(c.modifiedMs) } };
    }

    void clicks()
    {
        const QString campaignId = m_args.value(1);
        // The campaign first: link_url comes from its click_through_details.
        m_backend->campaign(campaignId, this, [this, campaignId](const Campaign &c, const ApiError &e) {
            if (e.isError())
                return apiFailed(e);
            for (const LinkInfo &l : c.links)
                m_urls.insert(l.id.toUtf8(), l.url.toUtf8());
            QString error;
            if (!m_out.open(m_output, &error))
                return done(fail(NetworkFailure, error));
            if (m_format != QLatin1String("jsonl") && !m_out.write(Csv::header))
                return done(m_out.pipeClosed()
                        ? int(Ok)
                        : fail(NetworkFailure, Cli::tr("writing the output failed: %1").arg(m_out.errorString())));
            m_keepIdentical = m_backend->capabilities().identicalRowsAreDistinct;
            std::int64_t since = noDate;
            if (!m_since.isEmpty())
                since = *parseIsoUtcMs(m_since.toStdString());
            m_stream = m_backend->clicks(campaignId, m_link, since, this);
            connect(m_stream, &ClickStream::batchReady, this, [this](const ClickBatch &b) { writeBatch(b); });
            connect(m_stream, &ClickStream::progress, this, [this](const StreamProgress &p) {
                if (m_progress)
                    writeText(stderr,
                        QLatin1Char('\r')
                            + Cli::tr("%Ln clicks, %1 pages, %2 requests/s", nullptr, I18n::pluralCount(p.rows))
                                  .arg(QLocale().toString(p.pages), QLocale().toString(p.requestsPerSecond, 'f', 1))
                            + QLatin1String("   "));
            });
            connect(m_stream, &ClickStream::finished, this, [this](const StreamSummary &) {
                if (m_progress)
                    std::fputc('\n', stderr);
                QString err;
                if (!m_out.commit(&err))
                    return done(fail(NetworkFailure, err));
                done(Ok);
            });
            connect(m_stream, &ClickStream::failed, this, [this](const ApiError &err, const StreamSummary &) {
                if (m_progress)
                    std::fputc('\n', stderr);
                m_out.discard(); // no half file
                apiFailed(err);
            });
            m_stream->start();
        });
    }

    void writeBatch(const ClickBatch &b)
    {
        std::string out;
        out.reserve(b.rows.size() * 200);
        const bool jsonl = m_format == QLatin1String("jsonl");
        for (const ParsedClick &c : b.rows) {
            const QByteArrayView campaign = b.view(c.campaignId), link = b.view(c.linkId),
                                 contact = b.view(c.contactId), email = b.view(c.email);
            // Each click once (a retried page never repeats rows; this guards against a server that does). Not for v3:
            // with no click id and whole-minute times, identical rows are real repeat clicks.
            if (!m_keepIdentical && !m_dedup.firstTime(campaign, link, contact, c.clickMs))
                continue;
            const QByteArray url = m_urls.value(link.toByteArray());
            if (!jsonl) {
                Csv::appendClickRow(out, campaign, link, url, contact, email, c.clickMs);
                continue;
            }
            out.append("{\"activity_type\":\"EMAIL_CLICK\",\"campaign_id\":");
            appendJsonString(out, campaign);
            out.append(",\"link_id\":");
            appendJsonString(out, link);
            out.append(",\"link_url\":");
            appendJsonString(out, url);
            out.append(",\"contact_id\":");
            appendJsonString(out, contact);
            out.append(",\"email_address\":");
            appendJsonString(out, email);
            out.append(",\"click_date\":");
            appendJsonString(out, c.clickMs == noDate ? QByteArray() : formatIsoUtcMs(c.clickMs));
            if (c.device.length > 0) {
                out.append(",\"device_type\":");
                appendJsonString(out, b.view(c.device));
            }
            out.append("}\n");
        }
        if (!m_out.write(out)) {
            m_stream->cancel();
            m_out.discard();
            if (m_out.pipeClosed()) {
                if (m_progress)
                    std::fputc('\n', stderr);
                return done(Ok); // `| head` read what it wanted: a normal end, no message
            }
            done(fail(NetworkFailure, Cli::tr("writing the output failed: %1").arg(m_out.errorString())));
        }
    }

    std::unique_ptr<TrackingBackend> m_backend;
    QStringList m_args;
    QString m_status, m_link, m_since, m_format, m_output;
    bool m_activity;
    bool m_progress;
    Output m_out;
    QHash<QByteArray, QByteArray> m_urls;
    ClickStream *m_stream = nullptr;
    ClickDeduplicator m_dedup { ClickDeduplicator::Order::ByTime };
    bool m_keepIdentical = false;
};

Command::Command(QStringList args, const QCommandLineParser &options, QObject *parent)
    : QObject(parent)
    , m_runner(std::make_unique<CommandRunner>(std::move(args), options))
{ }

Command::~Command() = default;

void Command::run(std::unique_ptr<TrackingBackend> backend)
{
    m_runner->run(std::move(backend));
}

} // namespace ClickScope::Console
