// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/clickcache.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ClickScope {

namespace {

    // Every blob of values is written with one QDataStream version, so that a cache outlives a Qt upgrade.
    constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;
    constexpr quint32 chunkMagic = 0x43534331; // "CSC1"

    std::int64_t nowMs()
    {
        return QDateTime::currentMSecsSinceEpoch();
    }

    QDataStream &operator<<(QDataStream &s, const CampaignSummary &c)
    {
        return s << c.id << c.name << c.status << qint64(c.modifiedMs);
    }
    QDataStream &operator>>(QDataStream &s, CampaignSummary &c)
    {
        qint64 m = 0;
        s >> c.id >> c.name >> c.status >> m;
        c.modifiedMs = m;
        return s;
    }

    QDataStream &operator<<(QDataStream &s, const Campaign &c)
    {
        s << c.id << c.name << c.subject << c.status << qint64(c.createdMs) << qint64(c.modifiedMs)
          << qint64(c.lastRunMs) << qint64(c.nextRunMs) << c.hasTrackingSummary << c.linkCountsAreClickers;
        const TrackingSummary &t = c.tracking;
        s << qint64(t.sends) << qint64(t.opens) << qint64(t.clicks) << qint64(t.forwards) << qint64(t.unsubscribes)
          << qint64(t.bounces) << qint64(t.spamCount);
        s << qint32(c.links.size());
        for (const LinkInfo &l : c.links)
            s << l.url << l.id << qint64(l.clickCount);
        return s;
    }
    QDataStream &operator>>(QDataStream &s, Campaign &c)
    {
        qint64 a = 0, b = 0, d = 0, e = 0;
        s >> c.id >> c.name >> c.subject >> c.status >> a >> b >> d >> e >> c.hasTrackingSummary
            >> c.linkCountsAreClickers;
        c.createdMs = a, c.modifiedMs = b, c.lastRunMs = d, c.nextRunMs = e;
        qint64 t[7] = {};
        for (qint64 &v : t)
            s >> v;
        c.tracking = { t[0], t[1], t[2], t[3], t[4], t[5], t[6] };
        qint32 n = 0;
        s >> n;
        c.links.clear();
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            LinkInfo l;
            qint64 count = 0;
            s >> l.url >> l.id >> count;
            l.clickCount = count;
            c.links.append(l);
        }
        return s;
    }

    QDataStream &operator<<(QDataStream &s, const Contact &c)
    {
        s << c.id << c.status << c.prefixName << c.firstName << c.lastName << c.jobTitle << c.companyName << c.homePhone
          << c.workPhone << c.cellPhone << c.fax << qint64(c.createdMs) << qint64(c.modifiedMs) << c.apiJson;
        s << qint32(c.emails.size());
        for (const ContactEmail &e : c.emails)
            s << e.address << e.status << e.confirmStatus << qint64(e.optInMs) << qint64(e.optOutMs) << e.optOutSource;
        s << qint32(c.addresses.size());
        for (const ContactAddress &a : c.addresses)
            s << a.type << a.line1 << a.line2 << a.line3 << a.city << a.state << a.stateCode << a.countryCode
              << a.postalCode;
        s << qint32(c.lists.size());
        for (const auto &l : c.lists)
            s << l.first << l.second;
        return s;
    }
    QDataStream &operator>>(QDataStream &s, Contact &c)
    {
        qint64 created = 0, modified = 0;
        s >> c.id >> c.status >> c.prefixName >> c.firstName >> c.lastName >> c.jobTitle >> c.companyName >> c.homePhone
            >> c.workPhone >> c.cellPhone >> c.fax >> created >> modified >> c.apiJson;
        c.createdMs = created, c.modifiedMs = modified;
        qint32 n = 0;
        s >> n;
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            ContactEmail e;
            qint64 in = 0, out = 0;
            s >> e.address >> e.status >> e.confirmStatus >> in >> out >> e.optOutSource;
            e.optInMs = in, e.optOutMs = out;
            c.emails.append(e);
        }
        s >> n;
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            ContactAddress a;
            s >> a.type >> a.line1 >> a.line2 >> a.line3 >> a.city >> a.state >> a.stateCode >> a.countryCode
                >> a.postalCode;
            c.addresses.append(a);
        }
        s >> n;
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            std::pair<QString, QString> l;
            s >> l.first >> l.second;
            c.lists.append(l);
        }
        return s;
    }

    QDataStream &operator<<(QDataStream &s, const Activity &a)
    {
        return s << a.type << a.campaignId << a.campaignName << a.contactId << a.email << qint64(a.dateMs) << a.linkId
                 << a.linkUri << a.detail;
    }
    QDataStream &operator>>(QDataStream &s, Activity &a)
    {
        qint64 d = 0;
        s >> a.type >> a.campaignId >> a.campaignName >> a.contactId >> a.email >> d >> a.linkId >> a.linkUri
            >> a.detail;
        a.dateMs = d;
        return s;
    }

    QDataStream &operator<<(QDataStream &s, const ContactList &l)
    {
        return s << l.id << l.name;
    }
    QDataStream &operator>>(QDataStream &s, ContactList &l)
    {
        return s >> l.id >> l.name;
    }

    template<typename T>
    QByteArray pack(const T &value)
    {
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s.setVersion(streamVersion);
        s << value;
        return out;
    }

    template<typename T>
    std::optional<T> unpack(const QByteArray &blob)
    {
        T value;
        QDataStream s(blob);
        s.setVersion(streamVersion);
        s >> value;
        if (s.status() != QDataStream::Ok)
            return std::nullopt;
        return value;
    }

    template<typename T>
    QByteArray packList(const QList<T> &list)
    {
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s.setVersion(streamVersion);
        s << qint32(list.size());
        for (const T &v : list)
            s << v;
        return out;
    }

    template<typename T>
    std::optional<QList<T>> unpackList(const QByteArray &blob)
    {
        QDataStream s(blob);
        s.setVersion(streamVersion);
        qint32 n = 0;
        s >> n;
        QList<T> list;
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            T v;
            s >> v;
            list.append(v);
        }
        if (s.status() != QDataStream::Ok || n < 0)
            return std::nullopt;
        return list;
    }

    void putU32(std::string &out, std::uint32_t v)
    {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    }

    void putStr(std::string &out, QByteArrayView s)
    {
        putU32(out, std::uint32_t(s.size()));
        out.append(s.data(), std::size_t(s.size()));
    }

    // Qt binds a null QString as SQL NULL: the whole-campaign scope "" must be bound as text.
    QString text(const QString &s)
    {
        return s.isNull() ? QStringLiteral("") : s;
    }

    QByteArray rowKey(std::int64_t ms, QByteArrayView contact, QByteArrayView link, bool resend)
    {
        QByteArray k;
        k.reserve(16 + contact.size() + link.size());
        char b[8];
        qToLittleEndian(qint64(ms), b);
        k.append(b, 8);
        k.append(resend ? '1' : '0');
        k.append(contact.data(), contact.size());
        k.append('\0');
        k.append(link.data(), link.size());
        return k;
    }

} // namespace

// --- ClickChunk: u32 magic, u32 rows, then per row: i64 time, u8 flags, and contact, email, link, device as
// u32 length + bytes. Little-endian on every platform.

QByteArray ClickChunk::encode(const ClickBatch &batch, const std::vector<std::uint32_t> *onlyRows)
{
    std::string out;
    const std::size_t n = onlyRows ? onlyRows->size() : batch.rows.size();
    out.reserve(8 + n * 24 + batch.text.size());
    putU32(out, chunkMagic);
    putU32(out, std::uint32_t(n));
    for (std::size_t i = 0; i < n; ++i) {
        const ParsedClick &c = batch.rows[onlyRows ? (*onlyRows)[i] : i];
        char b[8];
        qToLittleEndian(qint64(c.clickMs), b);
        out.append(b, 8);
        out.push_back(c.resend ? char(1) : char(0));
        putStr(out, batch.view(c.contactId));
        putStr(out, batch.view(c.email));
        putStr(out, batch.view(c.linkId));
        putStr(out, batch.view(c.device));
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool ClickChunk::decode(
    QByteArrayView chunk, QByteArrayView campaignId, ClickBatch &batch, QByteArrayView onlyLink, std::int64_t sinceMs)
{
    const char *p = chunk.data();
    const char *end = p + chunk.size();
    auto u32 = [&](std::uint32_t &v) {
        if (end - p < 4)
            return false;
        v = qFromLittleEndian<std::uint32_t>(p);
        p += 4;
        return true;
    };
    std::uint32_t magic = 0, n = 0;
    if (!u32(magic) || magic != chunkMagic || !u32(n))
        return false;
    const TextRef campaign = batch.add(campaignId);
    // Geometric growth: a batch takes many chunks, and an exact reserve per chunk would copy it every time.
    if (batch.rows.capacity() < batch.rows.size() + n)
        batch.rows.reserve(std::max(batch.rows.capacity() * 2, batch.rows.size() + n));
    if (batch.text.capacity() < batch.text.size() + std::size_t(chunk.size()))
        batch.text.reserve(std::max(batch.text.capacity() * 2, batch.text.size() + std::size_t(chunk.size())));
    for (std::uint32_t i = 0; i < n; ++i) {
        if (end - p < 9)
            return false;
        ParsedClick c;
        c.clickMs = qFromLittleEndian<qint64>(p);
        c.resend = p[8] != 0;
        p += 9;
        QByteArrayView parts[4];
        for (QByteArrayView &part : parts) {
            std::uint32_t len = 0;
            if (!u32(len) || std::uint32_t(end - p) < len)
                return false;
            part = QByteArrayView(p, qsizetype(len));
            p += len;
        }
        if ((!onlyLink.isEmpty() && parts[2] != onlyLink) || (sinceMs != noDate && c.clickMs < sinceMs))
            continue;
        c.campaignId = campaign;
        c.contactId = batch.add(parts[0]);
        c.email = batch.add(parts[1]);
        c.linkId = batch.add(parts[2]);
        c.device = batch.add(parts[3]);
        batch.rows.push_back(c);
    }
    return p == end;
}

// --- ClickCache ---------------------------------------------------------------------------------------------------

ClickCache::ClickCache()
    : m_connection(QStringLiteral("clickscope-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ClickCache::~ClickCache()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ClickCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void ClickCache::remember(const QString &what) const
{
    m_lastError = what;
}

bool ClickCache::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        remember(q.lastError().text());
        return false;
    }
    return true;
}

bool ClickCache::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        remember(why);
        if (error)
            *error = why;
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QCoreApplication::translate("ClickScope::ClickCache",
            "The cache needs Qt's SQLite driver, which is not installed (libqt6sql6-sqlite on Debian)."));
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(QCoreApplication::translate("ClickScope::ClickCache", "The cache %1 could not be opened: %2")
                            .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // WAL: readers never wait for the writer; NORMAL: a killed process loses at most the transaction it was in.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(QCoreApplication::translate("ClickScope::ClickCache", "%1 is not a ClickScope cache: %2")
                        .arg(QDir::toNativeSeparators(path), q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return fail(QCoreApplication::translate("ClickScope::ClickCache",
            "The cache %1 was written by a newer ClickScope (schema %2; this one knows %3). It is left as it is.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(schemaVersion));
    if (version < schemaVersion && !migrate(version))
        return fail(QCoreApplication::translate("ClickScope::ClickCache", "The cache %1 could not be upgraded: %2")
                        .arg(QDir::toNativeSeparators(path), m_lastError));
    return true;
}

bool ClickCache::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        remember(db.lastError().text());
        return false;
    }
    bool ok = true;
    if (from < 1) {
        ok = ok
            && exec(
                QStringLiteral("CREATE TABLE campaign_lists(status TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)"));
        ok = ok && exec(QStringLiteral("CREATE TABLE campaigns(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)"));
        ok = ok && exec(QStringLiteral("CREATE TABLE contacts(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)"));
        ok = ok
            && exec(
                QStringLiteral("CREATE TABLE contact_activity(id TEXT PRIMARY KEY, fetched_ms INTEGER, data BLOB)"));
        ok = ok
            && exec(QStringLiteral(
                "CREATE TABLE contact_lists(id INTEGER PRIMARY KEY CHECK (id = 1), fetched_ms INTEGER, data BLOB)"));
        ok = ok
            && exec(QStringLiteral("CREATE TABLE click_chunks(id INTEGER PRIMARY KEY, campaign_id TEXT NOT NULL, "
                                   "scope TEXT NOT NULL, min_ms INTEGER, max_ms INTEGER, rows INTEGER, data BLOB)"));
        ok = ok && exec(QStringLiteral("CREATE INDEX click_chunks_scope ON click_chunks(campaign_id, scope, max_ms)"));
        ok = ok
            && exec(QStringLiteral("CREATE TABLE walks(campaign_id TEXT NOT NULL, scope TEXT NOT NULL, "
                                   "high_water_ms INTEGER, synced_ms INTEGER, PRIMARY KEY(campaign_id, scope))"));
    }
    if (from < 2) {
        // A walk cut short: where it stood, and the newest row of each part it saw (the mark it completes to).
        // Chunks name the walk that wrote them (NULL: written by a version 1 cache, always complete walks).
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN resume BLOB"));
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN top_primary INTEGER"));
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN top_resend INTEGER"));
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN walk_id INTEGER"));
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN seen BLOB"));
        // A mark per part: v3's resend is paged apart from the primary send (version 1 had one mark for both).
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN high_water_resend INTEGER"));
        // The walk writing the scope now, and when the walk began.
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN owner INTEGER"));
        ok = ok && exec(QStringLiteral("ALTER TABLE walks ADD COLUMN walk_started INTEGER"));
        ok = ok && exec(QStringLiteral("ALTER TABLE click_chunks ADD COLUMN walk INTEGER"));
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        remember(db.lastError().text());
        return false;
    }
    return true;
}

bool ClickCache::putBlob(const QString &sql, const QList<QVariant> &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        remember(q.lastError().text());
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        remember(q.lastError().text());
        return false;
    }
    return true;
}

namespace {
    std::optional<QByteArray> selectBlob(
        const QString &connection, const QString &sql, const QVariant &key, std::int64_t *fetchedMs = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return std::nullopt;
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return std::nullopt;
        if (fetchedMs)
            *fetchedMs = q.value(1).toLongLong();
        return q.value(0).toByteArray();
    }
} // namespace

bool ClickCache::putCampaigns(const QString &status, const QList<CampaignSummary> &list)
{
    return putBlob(QStringLiteral("INSERT OR REPLACE INTO campaign_lists(status, fetched_ms, data) VALUES (?, ?, ?)"),
        { status, qint64(nowMs()), packList(list) });
}

std::optional<QList<CampaignSummary>> ClickCache::campaigns(const QString &status, std::int64_t *fetchedMs) const
{
    const auto blob = selectBlob(m_connection,
        QStringLiteral("SELECT data, fetched_ms FROM campaign_lists WHERE status = ?"), status, fetchedMs);
    return blob ? unpackList<CampaignSummary>(*blob) : std::nullopt;
}

bool ClickCache::putCampaign(const Campaign &campaign)
{
    return putBlob(QStringLiteral("INSERT OR REPLACE INTO campaigns(id, fetched_ms, data) VALUES (?, ?, ?)"),
        { campaign.id, qint64(nowMs()), pack(campaign) });
}

std::optional<Campaign> ClickCache::campaign(const QString &id, std::int64_t *fetchedMs) const
{
    const auto blob = selectBlob(
        m_connection, QStringLiteral("SELECT data, fetched_ms FROM campaigns WHERE id = ?"), id, fetchedMs);
    return blob ? unpack<Campaign>(*blob) : std::nullopt;
}

bool ClickCache::putContact(const Contact &contact)
{
    return putBlob(QStringLiteral("INSERT OR REPLACE INTO contacts(id, fetched_ms, data) VALUES (?, ?, ?)"),
        { contact.id, qint64(nowMs()), pack(contact) });
}

std::optional<Contact> ClickCache::contact(const QString &id) const
{
    const auto blob
        = selectBlob(m_connection, QStringLiteral("SELECT data, fetched_ms FROM contacts WHERE id = ?"), id);
    return blob ? unpack<Contact>(*blob) : std::nullopt;
}

bool ClickCache::putContactActivity(const QString &id, const QList<Activity> &activity)
{
    return putBlob(QStringLiteral("INSERT OR REPLACE INTO contact_activity(id, fetched_ms, data) VALUES (?, ?, ?)"),
        { id, qint64(nowMs()), packList(activity) });
}

std::optional<QList<Activity>> ClickCache::contactActivity(const QString &id) const
{
    const auto blob
        = selectBlob(m_connection, QStringLiteral("SELECT data, fetched_ms FROM contact_activity WHERE id = ?"), id);
    return blob ? unpackList<Activity>(*blob) : std::nullopt;
}

bool ClickCache::putContactLists(const QList<ContactList> &lists)
{
    return putBlob(QStringLiteral("INSERT OR REPLACE INTO contact_lists(id, fetched_ms, data) VALUES (1, ?, ?)"),
        { qint64(nowMs()), packList(lists) });
}

std::optional<QList<ContactList>> ClickCache::contactLists() const
{
    const auto blob
        = selectBlob(m_connection, QStringLiteral("SELECT data, fetched_ms FROM contact_lists WHERE id = ?"), 1);
    return blob ? unpackList<ContactList>(*blob) : std::nullopt;
}

ClickCache::WalkState ClickCache::walkState(const QString &campaignId, const QString &scope) const
{
    WalkState state;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT high_water_ms, synced_ms, high_water_resend FROM walks WHERE campaign_id = ? AND scope = ?"));
    q.addBindValue(text(campaignId));
    q.addBindValue(text(scope));
    if (q.exec() && q.next()) {
        state.known = true;
        state.highWaterMs = q.value(0).isNull() ? noDate : q.value(0).toLongLong();
        state.syncedMs = q.value(1).isNull() ? noDate : q.value(1).toLongLong();
        state.resendHighWaterMs = q.value(2).isNull() ? noDate : q.value(2).toLongLong();
    }
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(rows), 0) FROM click_chunks WHERE campaign_id = ? AND scope = ?"));
    r.addBindValue(text(campaignId));
    r.addBindValue(text(scope));
    if (r.exec() && r.next()) {
        state.known = state.known || r.value(0).toLongLong() > 0;
        state.rows = r.value(1).toLongLong();
    }
    return state;
}

QString ClickCache::scopeFor(const QString &campaignId, const QString &linkId) const
{
    if (linkId.isEmpty())
        return {};
    return walkState(campaignId, QString()).syncedMs != noDate ? QString() : linkId;
}

qint64 ClickCache::readClicks(const QString &campaignId, const QString &scope, const QString &linkId,
    std::int64_t sinceMs, const std::function<void(ClickBatch &&)> &sink, std::size_t batchRows) const
{
    Reader reader(this, campaignId, scope, linkId, sinceMs);
    qint64 total = 0;
    for (;;) {
        ClickBatch batch;
        if (!reader.next(batch, batchRows))
            break;
        total += qint64(batch.rows.size());
        if (!batch.rows.empty())
            sink(std::move(batch));
    }
    return total;
}

ClickCache::Reader::Reader(const ClickCache *cache, const QString &campaignId, const QString &scope,
    const QString &linkId, std::int64_t sinceMs)
    : m_cache(cache)
    , m_query(std::make_unique<QSqlQuery>(QSqlDatabase::database(cache->m_connection, false)))
    , m_campaign(campaignId.toUtf8())
    , m_link(scope == linkId ? QByteArray() : linkId.toUtf8())
    , m_sinceMs(sinceMs)
{
    m_query->setForwardOnly(true);
    m_query->prepare(QStringLiteral("SELECT data FROM click_chunks WHERE campaign_id = ? AND scope = ? AND max_ms >= ? "
                                    "ORDER BY max_ms DESC, id DESC"));
    m_query->addBindValue(text(campaignId));
    m_query->addBindValue(text(scope));
    m_query->addBindValue(qint64(sinceMs == noDate ? std::numeric_limits<qint64>::min() : sinceMs));
    if (!m_query->exec()) {
        cache->remember(m_query->lastError().text());
        m_done = true;
    }
}

ClickCache::Reader::~Reader() = default;

bool ClickCache::Reader::next(ClickBatch &batch, std::size_t maxRows)
{
    if (m_done)
        return false;
    const std::size_t before = batch.rows.size();
    while (batch.rows.size() - before < maxRows) {
        if (!m_query->next()) {
            m_done = true;
            m_query->finish();
            break;
        }
        if (!ClickChunk::decode(m_query->value(0).toByteArray(), m_campaign, batch, m_link, m_sinceMs))
            m_cache->remember(QStringLiteral("a damaged chunk of clicks was skipped"));
    }
    return batch.rows.size() > before || !m_done;
}

// --- Walk ---------------------------------------------------------------------------------------------------------

ClickCache::Walk::Walk(ClickCache *cache, QString campaignId, QString scope, bool resume)
    : m_cache(cache)
    , m_campaignId(std::move(campaignId))
    , m_scope(std::move(scope))
    , m_startedMs(nowMs())
{
    const WalkState state = cache->walkState(m_campaignId, m_scope);
    m_mark[0] = state.highWaterMs;
    m_mark[1] = state.resendHighWaterMs;
    for (std::int64_t mark : m_mark)
        if (mark != noDate)
            m_floorMs = m_floorMs == noDate ? mark : std::min(m_floorMs, mark);
    m_walkId = qint64(QRandomGenerator::global()->generate64() >> 2);
    m_owner = qint64(QRandomGenerator::global()->generate64() >> 2);
    QSqlQuery w(QSqlDatabase::database(cache->m_connection, false));
    w.prepare(QStringLiteral("SELECT resume, top_primary, top_resend, walk_id, seen, owner, walk_started FROM walks "
                             "WHERE campaign_id = ? AND scope = ?"));
    w.addBindValue(text(m_campaignId));
    w.addBindValue(text(m_scope));
    const bool found = w.exec() && w.next();
    if (found) {
        m_expectRow = true;
        m_expectOwner = w.value(5);
    }
    if (resume && found && !w.value(0).toByteArray().isEmpty() && !w.value(3).isNull()) {
        // A walk cut short: go on as that walk, from where it stood, with what it had seen.
        m_resumed = true;
        if (!w.value(6).isNull())
            m_startedMs = w.value(6).toLongLong();
        m_resume = w.value(0).toByteArray();
        m_walkId = w.value(3).toLongLong();
        for (int part = 0; part < 2; ++part)
            if (!w.value(1 + part).isNull())
                m_top[part] = w.value(1 + part).toLongLong();
        QDataStream s(w.value(4).toByteArray());
        s.setVersion(streamVersion);
        qint32 n = 0;
        s >> n;
        for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
            QByteArray key;
            qint32 stored = 0, seen = 0;
            s >> key >> stored >> seen;
            m_counts.insert(key, { stored, seen });
        }
    }
    QSqlQuery q(QSqlDatabase::database(cache->m_connection, false));
    q.prepare(QStringLiteral("SELECT MAX(max_ms) FROM click_chunks WHERE campaign_id = ? AND scope = ? "
                             "AND (walk IS NULL OR walk <> ?)"));
    q.addBindValue(text(m_campaignId));
    q.addBindValue(text(m_scope));
    q.addBindValue(m_walkId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        m_storedMaxMs = q.value(0).toLongLong();
}

bool ClickCache::Walk::merge(const ClickBatch &page, ClickBatch *fresh, const QByteArray &resumeToken)
{
    if (page.rows.empty())
        return true;
    const std::int64_t topsBefore[2] = { m_top[0], m_top[1] };
    std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = std::numeric_limits<std::int64_t>::min();
    for (const ParsedClick &c : page.rows) {
        lo = std::min(lo, c.clickMs);
        hi = std::max(hi, c.clickMs);
        std::int64_t &top = m_top[c.resend ? 1 : 0];
        if (top == noDate || c.clickMs > top)
            top = c.clickMs;
    }

    // The stored rows this page may repeat: only those at or before the newest row held when the walk began (rows
    // newer than that cannot be held, except those this walk wrote itself, which m_counts already knows).
    QSqlDatabase db = QSqlDatabase::database(m_cache->m_connection, false);
    const bool overlaps = m_storedMaxMs != noDate && lo <= m_storedMaxMs;
    if (overlaps) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT data FROM click_chunks WHERE campaign_id = ? AND scope = ? AND max_ms >= ? "
                                 "AND min_ms <= ? AND (walk IS NULL OR walk <> ?)"));
        q.addBindValue(text(m_campaignId));
        q.addBindValue(text(m_scope));
        q.addBindValue(qint64(lo));
        q.addBindValue(qint64(std::min(hi, m_storedMaxMs)));
        q.addBindValue(m_walkId);
        if (!q.exec()) {
            m_cache->remember(q.lastError().text());
            m_top[0] = topsBefore[0], m_top[1] = topsBefore[1];
            return false;
        }
        QHash<QByteArray, int> stored;
        while (q.next()) {
            ClickBatch held;
            ClickChunk::decode(q.value(0).toByteArray(), {}, held);
            for (const ParsedClick &c : held.rows)
                if (c.clickMs >= lo && c.clickMs <= hi)
                    ++stored[rowKey(c.clickMs, held.view(c.contactId), held.view(c.linkId), c.resend)];
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!m_counts.contains(it.key()))
                m_counts.insert(it.key(), { it.value(), 0 });
    }

    std::vector<std::uint32_t> keep;
    keep.reserve(page.rows.size());
    for (std::uint32_t i = 0; i < page.rows.size(); ++i) {
        const ParsedClick &c = page.rows[i];
        if (!overlaps || c.clickMs > m_storedMaxMs) {
            keep.push_back(i);
            continue;
        }
        auto &count = m_counts[rowKey(c.clickMs, page.view(c.contactId), page.view(c.linkId), c.resend)];
        if (++count.second > count.first)
            keep.push_back(i);
    }

    // The page's new rows, where the walk stands after it and the newest rows it saw: all or nothing (a failure
    // below undoes the counting and the tops).
    bool ok = beginOwned(db);
    if (ok && !keep.empty()) {
        std::int64_t kLo = std::numeric_limits<std::int64_t>::max(), kHi = std::numeric_limits<std::int64_t>::min();
        for (std::uint32_t i : keep) {
            kLo = std::min(kLo, page.rows[i].clickMs);
            kHi = std::max(kHi, page.rows[i].clickMs);
        }
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO click_chunks(campaign_id, scope, min_ms, max_ms, rows, data, walk) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(text(m_campaignId));
        ins.addBindValue(text(m_scope));
        ins.addBindValue(qint64(kLo));
        ins.addBindValue(qint64(kHi));
        ins.addBindValue(qint64(keep.size()));
        ins.addBindValue(ClickChunk::encode(page, keep.size() == page.rows.size() ? nullptr : &keep));
        ins.addBindValue(m_walkId);
        ok = ins.exec();
        if (!ok)
            m_cache->remember(ins.lastError().text());
    }
    if (ok) {
        // The walk row exists from the first page on (the high-water mark unchanged until the walk completes).
        QSqlQuery w(db);
        w.prepare(QStringLiteral("INSERT OR IGNORE INTO walks(campaign_id, scope, high_water_ms, synced_ms) "
                                 "VALUES (?, ?, NULL, NULL)"));
        w.addBindValue(text(m_campaignId));
        w.addBindValue(text(m_scope));
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE walks SET resume = ?, top_primary = ?, top_resend = ?, walk_id = ?, seen = ?, "
                                 "owner = ?, walk_started = ? WHERE campaign_id = ? AND scope = ?"));
        // What the walk has seen at keys other walks hold goes with the token; when that is too much to write per
        // page (a walk over many rows another cut walk left), the walk is not resumable: the next one starts over.
        const bool resumable = !resumeToken.isEmpty() && m_counts.size() <= 20000;
        QByteArray seen;
        if (resumable) {
            QDataStream s(&seen, QIODevice::WriteOnly);
            s.setVersion(streamVersion);
            s << qint32(m_counts.size());
            for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
                s << it.key() << qint32(it.value().first) << qint32(it.value().second);
        }
        u.addBindValue(resumable ? QVariant(resumeToken) : QVariant(QMetaType(QMetaType::QByteArray)));
        for (std::int64_t top : m_top)
            u.addBindValue(top == noDate ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(top)));
        u.addBindValue(m_walkId);
        u.addBindValue(resumable ? QVariant(seen) : QVariant(QMetaType(QMetaType::QByteArray)));
        u.addBindValue(m_owner);
        u.addBindValue(qint64(m_startedMs));
        u.addBindValue(text(m_campaignId));
        u.addBindValue(text(m_scope));
        ok = w.exec() && u.exec();
        if (!ok)
            m_cache->remember(w.lastError().isValid() ? w.lastError().text() : u.lastError().text());
    }
    if (!ok || !db.commit()) {
        if (ok)
            m_cache->remember(db.lastError().text());
        db.rollback();
        // Undo the counting of this page, every row counted (kept or not): nothing of it was stored.
        if (overlaps)
            for (const ParsedClick &c : page.rows)
                if (c.clickMs <= m_storedMaxMs)
                    --m_counts[rowKey(c.clickMs, page.view(c.contactId), page.view(c.linkId), c.resend)].second;
        m_top[0] = topsBefore[0], m_top[1] = topsBefore[1];
        return false;
    }
    m_resume = resumeToken;
    m_expectRow = true;
    m_expectOwner = m_owner;
    m_added += qint64(keep.size());
    if (fresh) {
        fresh->text = page.text;
        fresh->rows.clear();
        fresh->rows.reserve(keep.size());
        for (std::uint32_t i : keep)
            fresh->rows.push_back(page.rows[i]);
    }
    return true;
}

bool ClickCache::Walk::ownsRow(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT owner FROM walks WHERE campaign_id = ? AND scope = ?"));
    q.addBindValue(text(m_campaignId));
    q.addBindValue(text(m_scope));
    if (!q.exec()) {
        m_cache->remember(q.lastError().text());
        return false;
    }
    const bool exists = q.next();
    const QVariant owner = exists ? q.value(0) : QVariant();
    const bool same = exists == m_expectRow && (!exists || owner.isNull() == m_expectOwner.isNull())
        && (!exists || owner.isNull() || owner.toLongLong() == m_expectOwner.toLongLong());
    if (!same)
        m_cache->remember(QStringLiteral("the cache of this campaign changed while the clicks loaded (another "
                                         "ClickScope is updating it, or it was cleared); load it again"));
    return same;
}

bool ClickCache::Walk::beginOwned(QSqlDatabase &db)
{
    if (!db.transaction()) {
        m_cache->remember(db.lastError().text());
        return false;
    }
    if (!ownsRow(db)) {
        db.rollback();
        return false;
    }
    return true;
}

bool ClickCache::Walk::forgetResume()
{
    QSqlDatabase db = QSqlDatabase::database(m_cache->m_connection, false);
    if (!beginOwned(db))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE walks SET resume = NULL, seen = NULL WHERE campaign_id = ? AND scope = ?"));
    q.addBindValue(text(m_campaignId));
    q.addBindValue(text(m_scope));
    if (!q.exec() || !db.commit()) {
        m_cache->remember(q.lastError().isValid() ? q.lastError().text() : db.lastError().text());
        db.rollback();
        return false;
    }
    m_resume.clear();
    return true;
}

bool ClickCache::Walk::complete()
{
    // Each part's mark: its newest row in this walk, or the old mark when the part had none.
    std::int64_t mark[2];
    for (int part = 0; part < 2; ++part)
        mark[part] = m_top[part] != noDate ? m_top[part] : m_mark[part];
    QSqlDatabase db = QSqlDatabase::database(m_cache->m_connection, false);
    if (!beginOwned(db))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO walks(campaign_id, scope, high_water_ms, synced_ms, resume, "
                             "top_primary, top_resend, walk_id, seen, high_water_resend) "
                             "VALUES (?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, ?)"));
    q.addBindValue(text(m_campaignId));
    q.addBindValue(text(m_scope));
    // A part with no click yet keeps no mark (NULL); synced_ms says the scope was walked to the end.
    q.addBindValue(mark[0] == noDate ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(mark[0])));
    // "As of" when the walk began: every click before that is held (later ones may have come while it ran).
    q.addBindValue(qint64(m_startedMs));
    q.addBindValue(mark[1] == noDate ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(mark[1])));
    bool ok = q.exec();
    if (ok && m_scope.isEmpty()) {
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM click_chunks WHERE campaign_id = ? AND scope <> ''"));
        drop.addBindValue(text(m_campaignId));
        QSqlQuery dropWalks(db);
        dropWalks.prepare(QStringLiteral("DELETE FROM walks WHERE campaign_id = ? AND scope <> ''"));
        dropWalks.addBindValue(text(m_campaignId));
        ok = drop.exec() && dropWalks.exec();
    }
    if (!ok) {
        m_cache->remember(q.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_cache->remember(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ClickCache::forgetClicks(const QString &campaignId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery a(db), b(db);
    a.prepare(QStringLiteral("DELETE FROM click_chunks WHERE campaign_id = ?"));
    a.addBindValue(text(campaignId));
    b.prepare(QStringLiteral("DELETE FROM walks WHERE campaign_id = ?"));
    b.addBindValue(text(campaignId));
    if (!a.exec() || !b.exec()) {
        remember(a.lastError().isValid() ? a.lastError().text() : b.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        remember(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

qint64 ClickCache::sizeOnDisk() const
{
    qint64 total = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") })
        total += QFileInfo(m_path + suffix).size();
    return total;
}

bool ClickCache::clear()
{
    bool ok = true;
    for (const char *table :
        { "campaign_lists", "campaigns", "contacts", "contact_activity", "contact_lists", "click_chunks", "walks" })
        ok = exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)) && ok;
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(QStringLiteral("VACUUM"));
    return ok;
}

} // namespace ClickScope
