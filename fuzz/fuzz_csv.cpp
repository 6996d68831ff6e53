// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer (src/core/export/csvformat.h) and the export's duplicate rule. The first byte holds flags (bit 0:
// click rows as the export writes them, else plain rows as the CLI's lists; bit 1: ClickDeduplicator by time), the
// rest is rows separated by 0x1E whose cells are separated by 0x1F (a click row: campaign, link, URL, contact, email,
// click date as ISO-8601 text, which is parsed first and left empty when it does not parse).
// The file is read back with a strict RFC 4180 reader. Properties: it is valid RFC 4180 with CRLF line ends; it has
// the header and one record per row, of the row's cells; every cell reads back as written, with "'" before a cell
// that starts with = + - @ tab or CR, and no cell read back starts with one of those; the deduplicator drops exactly
// the rows whose (campaign, link, contact, time) it has kept before.
#include "domain/isotime.h"
#include "export/csvformat.h"
#include "fuzzing.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace ClickScope;
using namespace ClickScope::Fuzz;

namespace {

using Record = std::vector<std::string>;

// RFC 4180, strictly: CRLF after every record (the last too), quotes only around a whole field, "" for a quote
// inside, no bare CR or LF outside quotes. nullopt for anything else.
std::optional<std::vector<Record>> readCsv(std::string_view text)
{
    std::vector<Record> records;
    std::size_t p = 0;
    while (p < text.size()) {
        Record record;
        for (;;) {
            std::string field;
            if (p < text.size() && text[p] == '"') {
                ++p;
                for (;;) {
                    if (p >= text.size())
                        return std::nullopt; // unclosed quote
                    if (text[p] == '"') {
                        if (p + 1 < text.size() && text[p + 1] == '"') {
                            field.push_back('"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    field.push_back(text[p++]);
                }
            } else {
                while (p < text.size() && text[p] != ',' && text[p] != '\r' && text[p] != '\n') {
                    if (text[p] == '"')
                        return std::nullopt; // a quote inside an unquoted field
                    field.push_back(text[p++]);
                }
            }
            record.push_back(std::move(field));
            if (p < text.size() && text[p] == ',') {
                ++p;
                continue;
            }
            if (p + 1 < text.size() && text[p] == '\r' && text[p + 1] == '\n') {
                p += 2;
                break;
            }
            return std::nullopt; // end of input without CRLF, a bare CR or LF, or text after a closing quote
        }
        records.push_back(std::move(record));
    }
    return records;
}

bool startsLikeFormula(std::string_view cell)
{
    return !cell.empty()
        && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r');
}

std::string guarded(QByteArrayView cell)
{
    const std::string_view s(cell.data(), std::size_t(cell.size()));
    return startsLikeFormula(s) ? "'" + std::string(s) : std::string(s);
}

std::vector<QByteArrayView> split(QByteArrayView text, char separator)
{
    std::vector<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.sliced(start, i - start));
            start = i + 1;
        }
    return parts;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Input in(data, size);
    const std::uint8_t flags = in.byte();
    const bool clickRows = flags & 1;
    const bool byTime = flags & 2;
    ClickDeduplicator dedup(byTime ? ClickDeduplicator::Order::ByTime : ClickDeduplicator::Order::Any);
    std::set<std::tuple<std::string, std::string, std::string, std::int64_t>> kept; // the reference rule
    std::int64_t keptMs = 0;

    std::string out = clickRows ? std::string(Csv::header) : std::string();
    std::vector<Record> expected;
    if (clickRows)
        expected.push_back(
            { "activity_type", "campaign_id", "link_id", "link_url", "contact_id", "email_address", "click_date" });
    const QByteArrayView rows = in.rest();
    if (!rows.isEmpty()) {
        for (const QByteArrayView row : split(rows, '\x1e')) {
            std::vector<QByteArrayView> cells = split(row, '\x1f');
            if (!clickRows) {
                Csv::appendRow(out, cells);
                Record record;
                for (const QByteArrayView cell : cells)
                    record.push_back(guarded(cell));
                expected.push_back(std::move(record));
                continue;
            }
            cells.resize(6);
            const auto ms = parseIsoUtcMs(std::string_view(cells[5].data(), std::size_t(cells[5].size())));
            const std::int64_t clickMs = ms.value_or(noDate);
            const auto text = [](QByteArrayView v) { return std::string(v.data(), std::size_t(v.size())); };

            const bool first = dedup.firstTime(cells[0], cells[1], cells[3], clickMs);
            if (byTime && (kept.empty() || clickMs != keptMs)) {
                kept.clear();
                keptMs = clickMs;
            }
            FUZZ_CHECK(first == kept.emplace(text(cells[0]), text(cells[1]), text(cells[3]), clickMs).second);

            Csv::appendClickRow(out, cells[0], cells[1], cells[2], cells[3], cells[4], clickMs);
            const QByteArray date = clickMs == noDate ? QByteArray() : formatIsoUtcMs(clickMs);
            expected.push_back({ "EMAIL_CLICK", guarded(cells[0]), guarded(cells[1]), guarded(cells[2]),
                guarded(cells[3]), guarded(cells[4]), date.toStdString() });
        }
    }

    const std::optional<std::vector<Record>> read = readCsv(out);
    FUZZ_CHECK(read.has_value());
    FUZZ_CHECK(*read == expected);
    for (const Record &record : *read)
        for (const std::string &cell : record)
            FUZZ_CHECK(!startsLikeFormula(cell));
    return 0;
}
