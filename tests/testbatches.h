// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clickbatch.h"

#include <QList>

#include <tuple>

namespace ClickScope::Tests {

// A batch from literal rows (UTC ms, contact id, email, link id), all in campaign 1100000000001.
inline ClickBatch makeBatch(const QList<std::tuple<qint64, QByteArray, QByteArray, QByteArray>> &rows)
{
    ClickBatch b;
    for (const auto &[ms, contact, email, link] : rows) {
        ParsedClick c;
        c.clickMs = ms;
        c.campaignId = b.add("1100000000001");
        c.contactId = b.add(contact);
        c.email = b.add(email);
        c.linkId = b.add(link);
        b.rows.push_back(c);
    }
    return b;
}

} // namespace ClickScope::Tests
