// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvformat.h"

#include <QByteArray>
#include <QObject>
#include <QSaveFile>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ClickScope {

class ClickTableModel;

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
