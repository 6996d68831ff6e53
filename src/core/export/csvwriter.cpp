// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "domain/isotime.h"
#include "model/clicktablemodel.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ClickScope {

CsvExporter::CsvExporter(
    const ClickTableModel *model, std::vector<std::uint32_t> sourceRows, QString fileName, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_rows(std::move(sourceRows))
    , m_fileName(std::move(fileName))
{ }

CsvExporter::~CsvExporter()
{
    if (m_file && !m_done)
        m_file->cancelWriting();
}

void CsvExporter::start()
{
    m_file = std::make_unique<QSaveFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(QCoreApplication::translate("ClickScope::CsvExporter", "%1 cannot be written: %2")
                 .arg(m_fileName, m_file->errorString()));
        return;
    }
    std::string head;
    if (m_spreadsheet) {
        head = "\xEF\xBB\xBF"; // UTF-8 byte order mark
        const auto tr
            = [](const char *text) { return QCoreApplication::translate("ClickScope::CsvExporter", text).toUtf8(); };
        const QByteArray names[]
            = { //: A column of the spreadsheet export; %1 is the time zone ("UTC" or "Europe/Berlin")
                  QCoreApplication::translate("ClickScope::CsvExporter", "Click time (%1)")
                      .arg(ClickTableModel::displayZoneName())
                      .toUtf8(),
                  tr("Email"), tr("Campaign"), tr("Link URL"), tr("Contact ID"), tr("Campaign ID"), tr("Link ID")
              };
        const QByteArrayView cells[] = { names[0], names[1], names[2], names[3], names[4], names[5], names[6] };
        Csv::appendRow(head, cells);
    } else {
        head = Csv::header;
    }
    const qint64 n = qint64(head.size());
    if (m_file->write(head.data(), n) != n) {
        fail(QCoreApplication::translate("ClickScope::CsvExporter", "Writing %1 failed: %2")
                 .arg(m_fileName, m_file->errorString()));
        return;
    }
    QTimer::singleShot(0, this, &CsvExporter::writeSlice);
}

void CsvExporter::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    Q_EMIT finished(false, QString());
}

void CsvExporter::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting(); // no half file: the temporary file is removed, the target untouched
    Q_EMIT finished(false, error);
}

void CsvExporter::writeSlice()
{
    if (m_done)
        return;
    const ClickStore &store = m_model->store();
    constexpr std::size_t sliceRows = 50000;
    const std::size_t end = std::min(m_rows.size(), m_next + sliceRows);
    std::string out;
    out.reserve((end - m_next) * 160);
    std::vector<QByteArray> urls(std::size_t(store.linkIdCount()));
    for (int l = 0; l < store.linkIdCount(); ++l)
        urls[std::size_t(l)] = m_model->linkUrl(std::uint16_t(l)).toUtf8();
    for (; m_next < end; ++m_next) {
        const ClickRecord &r = store.at(m_rows[m_next]);
        const QByteArrayView campaign = store.campaignId(r.campaign), link = store.linkId(r.link),
                             contact = store.contactId(r.contact);
        if (!m_keepIdentical && !m_dedup.firstTime(campaign, link, contact, r.clickMs)) {
            ++m_duplicates;
            continue;
        }
        if (m_spreadsheet) {
            const QByteArray time
                = r.clickMs == noDate ? QByteArray() : ClickTableModel::displayTime(r.clickMs).toUtf8();
            const QByteArrayView cells[]
                = { time, store.email(r.contact), m_campaignName, urls[r.link], contact, campaign, link };
            Csv::appendRow(out, cells);
        } else {
            Csv::appendClickRow(out, campaign, link, urls[r.link], contact, store.email(r.contact), r.clickMs);
        }
        ++m_written;
    }
    if (m_file->write(out.data(), qint64(out.size())) != qint64(out.size())) {
        fail(QCoreApplication::translate("ClickScope::CsvExporter", "Writing %1 failed: %2")
                 .arg(m_fileName, m_file->errorString()));
        return;
    }
    Q_EMIT progress(qint64(m_next), qint64(m_rows.size()));
    if (m_next < m_rows.size()) {
        QTimer::singleShot(0, this, &CsvExporter::writeSlice);
        return;
    }
    if (!m_file->commit()) {
        fail(QCoreApplication::translate("ClickScope::CsvExporter", "Writing %1 failed: %2")
                 .arg(m_fileName, m_file->errorString()));
        return;
    }
    m_done = true;
    Q_EMIT finished(true, QString());
}

} // namespace ClickScope
