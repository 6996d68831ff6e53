// SPDX-License-Identifier: GPL-3.0-or-later
// clickscope-cli: the ClickScope core for scripts and sync jobs (DESIGN.md, "CLI contract").
#include "appinfo.h"
#include "backend/backendfactory.h"
#include "domain/isotime.h"
#include "export/csvwriter.h"
#include "i18n.h"
#include "sandbox/demo.h"
#include "sandbox/sandboxthread.h"
#include "secrets/credentialstore.h"
#include "session/credentialresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#define CLICKSCOPE_ISATTY _isatty
#define CLICKSCOPE_FILENO _fileno
#else
#include <unistd.h>
#define CLICKSCOPE_ISATTY isatty
#define CLICKSCOPE_FILENO fileno
#endif

using namespace ClickScope;

// The CLI's translation context: its help and messages follow the system language (LANGUAGE, LC_MESSAGES, LANG).
// Command names, options, CSV headers and JSON fields are the contract and stay as they are.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace {

enum Exit {
    Ok = 0,
    Usage = 2,
    Authentication = 3,
    NotFound = 4,
    QuotaExhausted = 5,
    NetworkFailure = 6,
    InvalidResponse = 7
};

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

// Text for the terminal in UTF-8 (Qt 6 uses UTF-8 as the local 8-bit encoding on Unix; main() switches a Windows
// console to UTF-8), so "für" and "clics chargés" arrive whole.
void writeText(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// One line on stderr, no secrets (ApiError messages never carry them).
int fail(int code, const QString &message)
{
    writeText(stderr, QStringLiteral("clickscope-cli: ") + message.simplified() + QLatin1Char('\n'));
    return code;
}

QString programHelp()
{
    //: The CLI's help. Translate the prose; keep commands, options, placeholders, CSV headers and variable names.
    return Cli::tr(
        "Usage: clickscope-cli [--api-base URL] [--demo] COMMAND ...\n"
        "\n"
        "Reads Constant Contact v2 click tracking for scripts and sync jobs.\n"
        "\n"
        "Commands:\n"
        "  campaigns [--status SENT|ALL|DRAFT|SCHEDULED|RUNNING]   CSV: id,name,status,modified_date\n"
        "  links CAMPAIGN_ID                                       CSV: link_id,url,click_count\n"
        "  clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] [--output FILE]\n"
        "  contact CONTACT_ID [--activity]                         JSON\n"
        "\n"
        "Options:\n"
        "  --api-base URL   API base URL (default https://api.constantcontact.com; plain http only to loopback)\n"
        "  --demo           use the built-in sandbox with generated data (no account needed)\n"
        "  -h, --help       this help; \"clickscope-cli COMMAND --help\" for a command\n"
        "  -v, --version    the version\n"
        "\n"
        "Credentials come from CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN when both are set, else from the system\n"
        "keychain (saved by ClickScope: Account > Credentials...). They are never taken from the command line.\n"
        "CLICKSCOPE_MAX_RPS sets the request rate (default 4, the v2 limit; 0 = no limit, for local sandboxes only).\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 not found, 5 daily quota exhausted,\n"
        "            6 network or server failure after retries, 7 invalid response.\n");
}

// The help of one command; empty for an unknown command.
QString commandHelp(const QString &command)
{
    if (command == QLatin1String("campaigns"))
        return Cli::tr(
            "Usage: clickscope-cli campaigns [--status SENT|ALL|DRAFT|SCHEDULED|RUNNING]\n\n"
            "Lists campaigns as CSV with the header id,name,status,modified_date. --status defaults to ALL.\n");
    if (command == QLatin1String("links"))
        return Cli::tr("Usage: clickscope-cli links CAMPAIGN_ID\n\n"
                       "Lists the campaign's tracked links (click_through_details) as CSV: link_id,url,click_count.\n");
    if (command == QLatin1String("clicks"))
        return Cli::tr(
            "Usage: clickscope-cli clicks CAMPAIGN_ID [--link LINK_ID] [--since ISO8601] [--format csv|jsonl] "
            "[--output FILE]\n\n"
            "Writes every click of the campaign (or of one link), newest first, as pages arrive.\n"
            "  --link LINK_ID     only this link (its url_uid); default: all links\n"
            "  --since ISO8601    only clicks on or after this time (created_since), e.g. 2026-05-01 or "
            "2026-05-01T12:00:00Z\n"
            "  --format csv|jsonl CSV with the header "
            "activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\n"
            "                     (default), or one JSON object per line with the same fields\n"
            "  --output FILE      write to FILE, atomically: on any error no file is left; default: standard "
            "output\n"
            "Progress goes to standard error when it is a terminal.\n");
    if (command == QLatin1String("contact"))
        return Cli::tr("Usage: clickscope-cli contact CONTACT_ID [--activity]\n\n"
                       "Prints the contact as JSON; with --activity also its whole tracking activity, newest first.\n");
    return QString();
}

// Appends value as a JSON string.
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

// Where the output goes: standard output, or a QSaveFile committed only when everything went well.
class Output
{
public:
    bool open(const QString &fileName, QString *error)
    {
        if (fileName.isEmpty()) {
            m_stdout = std::make_unique<QFile>();
            return m_stdout->open(stdout, QIODevice::WriteOnly);
        }
        m_file = std::make_unique<QSaveFile>(fileName);
        if (!m_file->open(QIODevice::WriteOnly)) {
            *error = Cli::tr("%1 cannot be written: %2").arg(fileName, m_file->errorString());
            return false;
        }
        return true;
    }
    bool write(const std::string &data)
    {
        QIODevice *d = m_file ? static_cast<QIODevice *>(m_file.get()) : m_stdout.get();
        return d->write(data.data(), qint64(data.size())) == qint64(data.size()) && (m_file || m_stdout->flush());
    }
    bool commit(QString *error)
    {
        if (m_file && !m_file->commit()) {
            *error = Cli::tr("%1 could not be written: %2").arg(m_file->fileName(), m_file->errorString());
            return false;
        }
        return true;
    }
    void discard()
    {
        if (m_file)
            m_file->cancelWriting();
    }
    QString errorString() const { return m_file ? m_file->errorString() : m_stdout->errorString(); }

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

// Runs one command on the event loop and quits it with the exit code.
class Command : public QObject
{
public:
    Command(QStringList args, const QCommandLineParser &options)
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
        if (!out.open(QString(), &error) || !out.write(data))
            return done(fail(NetworkFailure, Cli::tr("writing the output failed")));
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
            QJsonObject o = contactJson(c);
            if (!m_activity)
                return writeAndFinish(QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString());
            m_backend->contactActivity(id, this, [this, o](const QList<Activity> &list, const ApiError &err) mutable {
                if (err.isError())
                    return apiFailed(err);
                QJsonArray a;
                for (const Activity &act : list) {
                    QJsonObject j { { QStringLiteral("activity_type"), act.type },
                        { QStringLiteral("campaign_id"), act.campaignId },
                        { QStringLiteral("contact_id"), act.contactId }, { QStringLiteral("email_address"), act.email },
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
                return done(fail(NetworkFailure, Cli::tr("writing the output failed: %1").arg(m_out.errorString())));
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
            // Each click once (a retried page never repeats rows; this guards against a server that does).
            if (!m_dedup.firstTime(campaign, link, contact, c.clickMs))
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
            out.append("}\n");
        }
        if (!m_out.write(out)) {
            m_stream->cancel();
            m_out.discard();
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
};

// From Qt 6.5, a locale that is not UTF-8 (LANG=C, or unset, as cron runs jobs) makes QCoreApplication print a
// four-line notice on stderr before it switches LC_CTYPE to UTF-8 itself. The CLI writes UTF-8 whatever the locale
// and promises one line per error on stderr, so that notice alone is dropped; every other message goes to Qt.
QtMessageHandler qtMessageHandler = nullptr;

void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Only the notice that Qt switched to UTF-8 by itself; "has failed to switch" is a real problem and is shown.
    if (type == QtWarningMsg && message.startsWith(u"Detected locale \"") && message.contains(u"and has switched to"))
        return;
    qtMessageHandler(type, context, message); // never null: Qt returns its default handler
}

} // namespace

int main(int argc, char *argv[])
{
    qtMessageHandler = qInstallMessageHandler(cliMessageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clickscope-cli"));
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationVersion(versionString());
    I18n::install(&app, QString()); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif

    // The descriptions below are never shown: --help prints programHelp().
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Version."));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"), QStringLiteral("API base URL."), QStringLiteral("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Use the built-in sandbox."));
    const QCommandLineOption status(
        QStringLiteral("status"), QStringLiteral("Campaign status."), QStringLiteral("STATUS"));
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Link id."), QStringLiteral("LINK_ID"));
    const QCommandLineOption since(
        QStringLiteral("since"), QStringLiteral("ISO-8601 time."), QStringLiteral("ISO8601"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("csv or jsonl."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption activity(QStringLiteral("activity"), QStringLiteral("Include the activity."));
    parser.addOptions({ help, version, apiBase, demo, status, link, since, format, output, activity });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(Usage, parser.errorText() + Cli::tr(" (see clickscope-cli --help)"));

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (parser.isSet(version)) {
        std::printf("clickscope-cli %s\n", qPrintable(versionString()));
        return Ok;
    }
    if (parser.isSet(help)) {
        const QString text = commandHelp(command);
        writeText(stdout, text.isEmpty() ? programHelp() : text);
        return Ok;
    }
    if (command.isEmpty())
        return fail(Usage, Cli::tr("no command given (see clickscope-cli --help)"));
    if (commandHelp(command).isEmpty())
        return fail(Usage, Cli::tr("unknown command \"%1\" (see clickscope-cli --help)").arg(command));

    // Arguments and options each command takes.
    const int wantArgs = command == QLatin1String("campaigns") ? 1 : 2;
    if (args.size() != wantArgs)
        return fail(Usage,
            args.size() < wantArgs ? Cli::tr("%1 needs an id (see clickscope-cli %1 --help)").arg(command)
                                   : Cli::tr("unexpected argument \"%1\"").arg(args.value(wantArgs)));
    const auto onlyFor = [&](const QCommandLineOption &option, const char *cmd) {
        return !parser.isSet(option) || command == QLatin1String(cmd);
    };
    if (!onlyFor(status, "campaigns") || !onlyFor(link, "clicks") || !onlyFor(since, "clicks")
        || !onlyFor(format, "clicks") || !onlyFor(output, "clicks") || !onlyFor(activity, "contact"))
        return fail(Usage, Cli::tr("an option does not apply to %1 (see clickscope-cli %1 --help)").arg(command));
    static const QStringList statuses { QStringLiteral("SENT"), QStringLiteral("ALL"), QStringLiteral("DRAFT"),
        QStringLiteral("SCHEDULED"), QStringLiteral("RUNNING") };
    if (parser.isSet(status) && !statuses.contains(parser.value(status).toUpper()))
        return fail(Usage, Cli::tr("--status must be one of SENT, ALL, DRAFT, SCHEDULED, RUNNING"));
    if (parser.value(format) != QLatin1String("csv") && parser.value(format) != QLatin1String("jsonl"))
        return fail(Usage, Cli::tr("--format must be csv or jsonl"));
    if (parser.isSet(since) && !parseIsoUtcMs(parser.value(since).toStdString()))
        return fail(Usage, Cli::tr("--since \"%1\" is not an ISO-8601 date or time").arg(parser.value(since)));
    if (parser.isSet(demo) && parser.isSet(apiBase))
        return fail(Usage, Cli::tr("--demo and --api-base exclude each other"));

    ConnectionOptions connection;
    bool rateOk = true;
    connection.requestsPerSecond = qEnvironmentVariableIsSet("CLICKSCOPE_MAX_RPS")
        ? qEnvironmentVariable("CLICKSCOPE_MAX_RPS").toDouble(&rateOk)
        : 4.0;
    if (!rateOk || connection.requestsPerSecond < 0)
        return fail(Usage, Cli::tr("CLICKSCOPE_MAX_RPS must be a number, 0 or more"));
    if (qEnvironmentVariableIsSet("CLICKSCOPE_RETRY_BASE_MS")) {
        connection.retry.baseDelayMs = qEnvironmentVariableIntValue("CLICKSCOPE_RETRY_BASE_MS");
        connection.retry.overQpsDelayMs = std::max(connection.retry.baseDelayMs, 50);
    }

    Account account;
    account.baseUrl = BackendFactory::defaultBaseUrl(account.api);
    std::unique_ptr<Sandbox::SandboxThread> sandbox;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<Sandbox::SandboxThread>(Sandbox::demoConfig());
        QString error;
        if (!sandbox->start(&error))
            return fail(NetworkFailure, Cli::tr("the built-in sandbox did not start: %1").arg(error));
        const Sandbox::DemoAccount demoAccount;
        account.baseUrl = sandbox->baseUrl();
        account.credentials = { demoAccount.apiKey, demoAccount.accessToken };
    } else if (parser.isSet(apiBase)) {
        QString error;
        account.baseUrl = QUrl(parser.value(apiBase));
        if (!BackendFactory::isAllowedBaseUrl(account.baseUrl, &error))
            return fail(Usage, Cli::tr("--api-base: %1").arg(error));
    }

    QNetworkAccessManager network;
    Command run(args, parser);
    const auto start = [&] {
        QString error;
        auto backend = BackendFactory::create(account, &network, connection, &error);
        if (!backend)
            return QCoreApplication::exit(fail(Usage, Cli::tr("--api-base: %1").arg(error)));
        run.run(std::move(backend));
    };
    KeychainCredentialStore keychain;
    CredentialResolver resolver(&keychain);
    if (account.credentials.isComplete()) {
        QTimer::singleShot(0, &run, start);
    } else {
        // The environment (automation), else the keychain's entry for the API host.
        QObject::connect(&resolver, &CredentialResolver::resolved, &run,
            [&](const QString &, const Credentials &c, CredentialResolver::Source, CredentialStore::Status s,
                const QString &message) {
                if (s == CredentialStore::Status::Ok) {
                    account.credentials = c;
                    start();
                    return;
                }
                const QString why = s == CredentialStore::Status::NotFound
                    ? Cli::tr("none are saved for %1").arg(account.baseUrl.host())
                    : Cli::tr("the keychain could not be read (%1)").arg(message);
                QCoreApplication::exit(fail(Authentication,
                    Cli::tr("no credentials: set CLICKSCOPE_API_KEY and CLICKSCOPE_ACCESS_TOKEN, or save them in "
                            "ClickScope (Account > Credentials...); %1")
                        .arg(why)));
            });
        resolver.resolve(account.baseUrl.host());
    }
    return QCoreApplication::exec();
}
