// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickerscsv.h"

#include "domain/isotime.h"
#include "export/csvwriter.h"
#include "model/clickersmodel.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ClickScope::ClickersCsv {

namespace {
    void appendTime(std::string &out, std::int64_t ms)
    {
        if (ms == noDate)
            return;
        const QByteArray date = formatIsoUtcMs(ms);
        out.append(date.constData(), std::size_t(date.size()));
    }
} // namespace

std::string text(const ClickersModel &model)
{
    std::string out(header);
    const ClickStore *store = model.store();
    if (!store)
        return out;
    const int rows = model.rowCount();
    out.reserve(out.size() + std::size_t(rows) * 120);
    for (int row = 0; row < rows; ++row) {
        const ClickersModel::Clicker c = model.clicker(row);
        Csv::appendCell(out, store->email(c.contact));
        out.push_back(',');
        Csv::appendCell(out, store->contactId(c.contact));
        out.push_back(',');
        out.append(std::to_string(c.clicks));
        out.push_back(',');
        out.append(std::to_string(c.links));
        out.push_back(',');
        appendTime(out, c.firstMs);
        out.push_back(',');
        appendTime(out, c.lastMs);
        out.push_back(',');
        if (c.sendToFirstMs != noDate)
            out.append(std::to_string(c.sendToFirstMs / 1000));
        out.append("\r\n");
    }
    return out;
}

bool write(const ClickersModel &model, const QString &fileName, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ClickScope::CsvExporter", "%1 cannot be written: %2")
                        .arg(fileName, file.errorString()));
    const std::string data = text(model);
    if (file.write(data.data(), qint64(data.size())) != qint64(data.size()) || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting(); // no half file: the temporary file goes, the target stays as it was
        return fail(
            QCoreApplication::translate("ClickScope::CsvExporter", "Writing %1 failed: %2").arg(fileName, reason));
    }
    return true;
}

} // namespace ClickScope::ClickersCsv
