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

#include <algorithm>

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
        , m_cached(options.isSet(QStringLiteral("cached")))
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
        else if (command == QLatin1String("sync"))
            sync();
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
                return contactFailed(id, e);
            const bool v3 = m_backend->account().api == ApiVersion::V3;
            // v3: the API's contact as it came (DESIGN, "CLI contract"); v2: the contract's own shape.
            QJsonObject o = v3 ? QJsonDocument::fromJson(c.apiJson).object() : contactJson(c);
            if (!m_activity)
                return writeAndFinish(QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString());
            m_backend->contactActivity(
                id, this, [this, id, o, v3](const QList<Activity> &list, const ApiError &err) mutable {
                    if (err.isError())
                        return contactFailed(id, err);
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

    // Contacts get into the cache through the contact command (sync does not fetch them): say so.
    void contactFailed(const QString &id, const ApiError &e)
    {
        if (m_cached && e.kind == ApiError::Kind::NotFound)
            return done(fail(NotFound,
                (m_activity
                        ? Cli::tr("contact %1 and its activity are not in the cache yet: run clickscope-cli contact "
                                  "%1 --activity (without --cached) once to store them")
                        : Cli::tr("contact %1 is not in the cache yet: run clickscope-cli contact %1 (without "
                                  "--cached) once to store it"))
                    .arg(id)));
        apiFailed(e);
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
            m_jsonl = m_format == QLatin1String("jsonl");
            if (!m_jsonl && !m_out.write(Csv::header))
                return done(m_out.pipeClosed()
                        ? int(Ok)
                        : fail(NetworkFailure, Cli::tr("writing the output failed: %1").arg(m_out.errorString())));
            m_keepIdentical = m_backend->capabilities().identicalRowsAreDistinct;
            // From the cache: only clicks whose walk went all the way down once (a sync that was cut short, and
            // never completed, holds only a part of them).
            if (m_cached && m_backend->clicksSyncedMs(campaignId, m_link) == noDate) {
                m_out.discard();
                return done(fail(NotFound,
                    Cli::tr("the clicks of campaign %1 are not in the cache yet (or their sync never finished): run "
                            "clickscope-cli sync %1")
                        .arg(campaignId)));
            }
            std::int64_t since = noDate;
            if (!m_since.isEmpty())
                since = *parseIsoUtcMs(m_since.toStdString());
            m_stream = m_backend->clicks(campaignId, m_link, since, this);
            connect(m_stream, &ClickStream::batchReady, this, [this](const ClickBatch &b) {
                if (m_cached)
                    m_held.push_back(b); // written at the end, sorted
                else
                    writeBatch(b);
            });
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
                if (m_cached && !writeHeld())
                    return;
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
        for (const ParsedClick &c : b.rows)
            appendRow(out, b, c);
        writeRows(out);
    }

    // The cached clicks, newest first: the cache keeps them in chunks that are only roughly in order (each sync adds
    // its pages). Stable, so rows of one time keep the cache's order.
    bool writeHeld()
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> order; // batch, row
        for (std::size_t b = 0; b < m_held.size(); ++b)
            for (std::size_t r = 0; r < m_held[b].rows.size(); ++r)
                order.emplace_back(std::uint32_t(b), std::uint32_t(r));
        std::stable_sort(order.begin(), order.end(), [this](const auto &x, const auto &y) {
            return m_held[x.first].rows[x.second].clickMs > m_held[y.first].rows[y.second].clickMs;
        });
        constexpr std::size_t slice = 8192;
        for (std::size_t from = 0; from < order.size(); from += slice) {
            std::string out;
            out.reserve(slice * 200);
            for (std::size_t i = from; i < std::min(order.size(), from + slice); ++i)
                appendRow(out, m_held[order[i].first], m_held[order[i].first].rows[order[i].second]);
            if (!writeRows(out))
                return false;
        }
        m_held.clear();
        return true;
    }

    void appendRow(std::string &out, const ClickBatch &b, const ParsedClick &c)
    {
        const QByteArrayView campaign = b.view(c.campaignId), link = b.view(c.linkId), contact = b.view(c.contactId),
                             email = b.view(c.email);
        // Each click once (a retried page never repeats rows; this guards against a server that does). Not for v3:
        // with no click id and whole-minute times, identical rows are real repeat clicks.
        if (!m_keepIdentical && !m_dedup.firstTime(campaign, link, contact, c.clickMs))
            return;
        const QByteArray url = m_urls.value(link.toByteArray());
        if (!m_jsonl) {
            Csv::appendClickRow(out, campaign, link, url, contact, email, c.clickMs);
            return;
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

    // False when the output failed: the command has ended (the stream is cancelled, no file is left).
    bool writeRows(const std::string &out)
    {
        if (m_out.write(out))
            return true;
        m_stream->cancel();
        m_out.discard();
        if (m_out.pipeClosed()) {
            if (m_progress)
                std::fputc('\n', stderr);
            done(Ok); // `| head` read what it wanted: a normal end, no message
            return false;
        }
        done(fail(NetworkFailure, Cli::tr("writing the output failed: %1").arg(m_out.errorString())));
        return false;
    }

    // --- sync: the campaign lists, then each campaign's detail and clicks through the cache -------------------------

    void sync()
    {
        // The list of every campaign (what campaigns --cached shows), then the SENT ones to sync unless ids are given.
        m_backend->campaigns(QStringLiteral("ALL"), this, [this](const QList<CampaignSummary> &, const ApiError &e) {
            if (e.isError())
                return syncFailed(QString(), e);
            if (m_args.size() > 1) {
                m_queue = m_args.mid(1);
                m_queue.removeDuplicates();
                return startSync();
            }
            m_backend->campaigns(
                QStringLiteral("SENT"), this, [this](const QList<CampaignSummary> &sent, const ApiError &err) {
                    if (err.isError())
                        return syncFailed(QString(), err);
                    for (const CampaignSummary &c : sent)
                        m_queue << c.id;
                    startSync();
                });
        });
    }

    void startSync()
    {
        QString error;
        if (!m_out.open(QString(), &error))
            return done(fail(NetworkFailure, Cli::tr("writing the output failed")));
        if (!m_out.write("campaign_id,name,new_clicks,clicks,synced_date\r\n"))
            return done(m_out.pipeClosed() ? int(Ok) : fail(NetworkFailure, Cli::tr("writing the output failed")));
        syncNext();
    }

    void syncNext()
    {
        if (m_synced >= m_queue.size())
            return done(Ok);
        const QString id = m_queue.at(m_synced);
        m_backend->campaign(id, this, [this, id](const Campaign &c, const ApiError &e) {
            if (e.isError())
                return syncFailed(id, e);
            const QString name = c.name;
            ClickStream *stream = m_backend->clicks(id, QString(), noDate, this);
            m_stream = stream;
            connect(stream, &ClickStream::progress, this, [this, id](const StreamProgress &p) {
                if (!m_progress)
                    return;
                m_progressShown = true;
                writeText(stderr,
                    QLatin1Char('\r')
                        + Cli::tr("campaign %1 (%2 of %3): %Ln clicks, %4 pages, %5 requests/s", nullptr,
                            I18n::pluralCount(p.rows))
                              .arg(id, QLocale().toString(m_synced + 1), QLocale().toString(m_queue.size()),
                                  QLocale().toString(p.pages), QLocale().toString(p.requestsPerSecond, 'f', 1))
                        + QLatin1String("   "));
            });
            connect(stream, &ClickStream::finished, this, [this, id, name, stream](const StreamSummary &s) {
                stream->deleteLater();
                m_stream = nullptr;
                endProgressLine();
                std::string row;
                Csv::appendCell(row, id.toUtf8());
                row.push_back(',');
                Csv::appendCell(row, name.toUtf8());
                row.append(',' + std::to_string(s.rows - s.rowsFromCache) + ',' + std::to_string(s.rows) + ',');
                const std::int64_t syncedMs = m_backend->clicksSyncedMs(id, QString());
                if (syncedMs != noDate)
                    row.append(formatIsoUtcMs(syncedMs).toStdString());
                row.append("\r\n");
                if (!m_out.write(row))
                    return done(
                        m_out.pipeClosed() ? int(Ok) : fail(NetworkFailure, Cli::tr("writing the output failed")));
                ++m_synced;
                syncNext();
            });
            connect(stream, &ClickStream::failed, this, [this, id, stream](const ApiError &err, const StreamSummary &) {
                stream->deleteLater();
                m_stream = nullptr;
                syncFailed(id, err);
            });
            stream->start();
        });
    }

    // One line: what stopped the sync, and that what it stored stays (the next sync goes on from there).
    void syncFailed(const QString &campaignId, const ApiError &e)
    {
        endProgressLine();
        QString why = e.userMessage().trimmed();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        if (campaignId.isEmpty())
            return done(fail(exitCodeFor(e), Cli::tr("sync stopped: %1.").arg(why)));
        done(fail(exitCodeFor(e),
            Cli::tr("sync stopped at campaign %1 (%2 of %3 done): %4. What was fetched is kept in the cache; run "
                    "clickscope-cli sync again to go on from there.")
                .arg(campaignId, QLocale().toString(m_synced), QLocale().toString(m_queue.size()), why)));
    }

    void endProgressLine()
    {
        if (m_progressShown)
            std::fputc('\n', stderr);
        m_progressShown = false;
    }

    std::unique_ptr<TrackingBackend> m_backend;
    QStringList m_args;
    QString m_status, m_link, m_since, m_format, m_output;
    bool m_activity;
    bool m_cached;
    bool m_progress;
    bool m_jsonl = false;
    bool m_progressShown = false;
    std::vector<ClickBatch> m_held; // clicks --cached: every row, sorted at the end
    QStringList m_queue; // sync: the campaigns to sync, in order
    qsizetype m_synced = 0; // sync: how many of them are done
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
