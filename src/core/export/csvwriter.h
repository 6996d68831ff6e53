// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QSaveFile>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace ClickScope {

class ClickTableModel;

// The CSV format of DESIGN.md: header, RFC 4180 quoting, UTF-8, CRLF, click_date as UTC with milliseconds, cells a
// spreadsheet would run as a formula prefixed with "'".
namespace Csv {
    inline constexpr char header[]
        = "activity_type,campaign_id,link_id,link_url,contact_id,email_address,click_date\r\n";
    // Appends one cell (no separator): quoted when it holds a comma, a quote, CR or LF; "'" first when it starts
    // with =, +, -, @, tab or CR.
    void appendCell(std::string &out, QByteArrayView value);
    // Appends the cells separated by commas and a CRLF.
    void appendRow(std::string &out, std::span<const QByteArrayView> cells);
    // Appends a whole click row, CRLF included. clickMs may be noDate (an empty cell).
    void appendClickRow(std::string &out, QByteArrayView campaignId, QByteArrayView linkId, QByteArrayView linkUrl,
        QByteArrayView contactId, QByteArrayView email, std::int64_t clickMs);
} // namespace Csv

// Drops clicks already written: key = campaign, link, contact, click_date (a retry or an overlapping load can
// repeat a row; an export has each click once). The one rule for the window's export and the CLI's.
class ClickDeduplicator
{
public:
    enum class Order {
        Any, // rows in any order (the table's sort): every key is kept
        ByTime, // rows sorted by click time (a stream, newest first): only the keys of the current time are kept, so
                // memory stays flat however many rows pass
    };
    explicit ClickDeduplicator(Order order = Order::Any)
        : m_order(order)
    { }
    bool firstTime(QByteArrayView campaign, QByteArrayView link, QByteArrayView contact, std::int64_t clickMs);

private:
    Order m_order;
    std::int64_t m_currentMs = 0;
    bool m_any = false;
    std::unordered_set<std::string> m_seen;
};

// Writes rows of a ClickTableModel to a file through QSaveFile, in slices from the event loop so the window stays
// responsive, with progress and cancel. A failure (disk full, no permission) or a cancel leaves no file behind.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    CsvExporter(const ClickTableModel *model, std::vector<std::uint32_t> sourceRows, QString fileName,
        QObject *parent = nullptr);
    ~CsvExporter() override;

    // v3: identical rows are real repeat clicks (no click id, whole-minute times) and are all written.
    void setKeepIdenticalRows(bool keep) { m_keepIdentical = keep; }
    // For a spreadsheet instead of the contract format: a UTF-8 byte order mark (so Excel reads "straße" right),
    // headers in the user's language, the time as the window shows it (local or UTC, "yyyy-MM-dd HH:mm:ss", which
    // spreadsheets read as a date), the campaign's name and the link's URL before the ids.
    void setSpreadsheet(const QString &campaignName)
    {
        m_spreadsheet = true;
        m_campaignName = campaignName.toUtf8();
    }
    void start();
    void cancel();
    QString fileName() const { return m_fileName; }
    qint64 rowsWritten() const { return m_written; }
    qint64 duplicatesDropped() const { return m_duplicates; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok false: nothing was written (error says why in plain words; empty after a cancel).
    void finished(bool ok, const QString &error);

private:
    void writeSlice();
    void fail(const QString &error);

    const ClickTableModel *m_model;
    std::vector<std::uint32_t> m_rows;
    QString m_fileName;
    std::unique_ptr<QSaveFile> m_file;
    ClickDeduplicator m_dedup;
    bool m_keepIdentical = false;
    bool m_spreadsheet = false;
    QByteArray m_campaignName;
    std::size_t m_next = 0;
    qint64 m_written = 0;
    qint64 m_duplicates = 0;
    bool m_done = false;
};

} // namespace ClickScope
