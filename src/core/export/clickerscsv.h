// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

namespace ClickScope {

class ClickersModel;

// The clickers CSV: one row per contact of a ClickersModel, in the model's order (the view's sort), over the clicks
// that pass the window's filter. Same rules as the clicks CSV of DESIGN.md: UTF-8 without BOM, RFC 4180 quoting,
// CRLF line ends, a header row, cells a spreadsheet would run as a formula prefixed with "'", written through
// QSaveFile so that a failed export leaves no file.
//
// Header `email_address,contact_id,clicks,links_clicked,first_click,last_click,seconds_to_first_click`:
//   email_address, contact_id  as the API sent them
//   clicks                     the contact's clicks that pass the filter (a decimal integer)
//   links_clicked              how many different link ids among them
//   first_click, last_click    UTC `YYYY-MM-DDThh:mm:ss.zzzZ`; empty when none of the clicks has a date
//   seconds_to_first_click     whole seconds from the campaign's send to first_click; empty when the send time is
//                              unknown or after first_click
namespace ClickersCsv {
    inline constexpr char header[]
        = "email_address,contact_id,clicks,links_clicked,first_click,last_click,seconds_to_first_click\r\n";
    // The whole file's text (header included).
    std::string text(const ClickersModel &model);
    // Writes text(model) to fileName; false with a plain-words error when nothing was written.
    bool write(const ClickersModel &model, const QString &fileName, QString *error = nullptr);
} // namespace ClickersCsv

} // namespace ClickScope
