// SPDX-License-Identifier: GPL-3.0-or-later
// The clickers aggregate (issue 15, item 14) on generated clicks in memory (no network: what is measured is the
// aggregate, not the load): a full aggregation over all rows and over a filtered subset, the cost it adds to each
// appended page (unsorted, and sorted by clicks with no throttle, the worst case the 250 ms throttle bounds), sorting
// every column, and the clickers CSV. Each figure is the median of REPEATS runs, with min and max.
//
// Usage: bench_clickers [CLICKS] [CONTACTS] [REPEATS]   (default 1000000 100000 5)
#include "domain/clickbatch.h"
#include "export/clickerscsv.h"
#include "model/clickersmodel.h"
#include "model/clickfilterproxy.h"
#include "model/clicktablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace ClickScope;

namespace {

QTextStream out(stdout);

// Newest first, 20 links, contacts skewed (a few click often, most once or twice), 1 in 200 rows undated.
std::vector<ClickBatch> makePages(int clicks, int contacts)
{
    QRandomGenerator rng(42);
    std::vector<ClickBatch> pages;
    std::int64_t ms = 1733000000000LL;
    ClickBatch page;
    for (int i = 0; i < clicks; ++i) {
        ms -= qint64(rng.bounded(5000));
        const double u = rng.generateDouble();
        const int contact = int(u * u * contacts) % contacts;
        ParsedClick c;
        c.clickMs = rng.bounded(200) == 0 ? INT64_MIN : ms;
        c.campaignId = page.add("1100000000001");
        c.contactId = page.add(QByteArray::number(2000000000 + contact));
        c.email = page.add(QByteArray("reader" + QByteArray::number(contact) + "@example.org"));
        c.linkId = page.add(QByteArray("11000000" + QByteArray::number(10 + int(rng.bounded(20)))));
        page.rows.push_back(c);
        if (page.rows.size() == 500 || i + 1 == clicks) {
            pages.push_back(std::move(page));
            page = ClickBatch();
        }
    }
    return pages;
}

struct Stats {
    double min = 0, median = 0, max = 0;
};

Stats measure(int repeats, const std::function<double()> &run)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i)
        ms.push_back(run());
    std::sort(ms.begin(), ms.end());
    return { ms.front(), ms[ms.size() / 2], ms.back() };
}

void print(const QString &what, const Stats &s, const QString &unit = QStringLiteral("ms"))
{
    out << qSetFieldWidth(58) << Qt::left << what << qSetFieldWidth(0) << QString::number(s.median, 'f', 2) << ' '
        << unit << "  (min " << QString::number(s.min, 'f', 2) << ", max " << QString::number(s.max, 'f', 2) << ")\n";
    out.flush();
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int clicks = args.size() > 1 ? args[1].toInt() : 1000000;
    const int contacts = args.size() > 2 ? args[2].toInt() : 100000;
    const int repeats = args.size() > 3 ? std::max(1, args[3].toInt()) : 5;
    out << "bench_clickers " << clicks << ' ' << contacts << ' ' << repeats << '\n';

    const std::vector<ClickBatch> pages = makePages(clicks, contacts);
    ClickTableModel model;
    ClickFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (const ClickBatch &p : pages)
        model.appendBatch(p);
    out << "clicks " << model.rowCount() << ", contacts " << model.store().contactCount() << ", pages " << pages.size()
        << "\n\n";

    // Full aggregation: the constructor walks every accepted row once.
    int rows = 0;
    print(QStringLiteral("aggregate all rows"), measure(repeats, [&] {
        QElapsedTimer t;
        t.start();
        ClickersModel clickers(&proxy);
        const double ms = elapsedMs(t);
        rows = clickers.rowCount();
        return ms;
    }));
    out << "  -> " << rows << " clickers\n";
    proxy.setTextFilter(QStringLiteral("reader1"));
    const int filtered = proxy.rowCount();
    print(QStringLiteral("aggregate, text filter \"reader1\""), measure(repeats, [&] {
        QElapsedTimer t;
        t.start();
        ClickersModel clickers(&proxy);
        const double ms = elapsedMs(t);
        rows = clickers.rowCount();
        return ms;
    }));
    out << "  -> " << rows << " clickers over " << filtered << " clicks\n";
    proxy.setTextFilter(QString());

    // A filter change end to end: the proxy's refilter alone, then with the clickers following it.
    print(QStringLiteral("filter change, proxy alone"), measure(repeats, [&] {
        QElapsedTimer t;
        t.start();
        proxy.setTextFilter(QStringLiteral("reader2"));
        proxy.setTextFilter(QString());
        return elapsedMs(t) / 2;
    }));
    {
        ClickersModel clickers(&proxy);
        clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);
        print(QStringLiteral("filter change, proxy + clickers (sorted by clicks)"), measure(repeats, [&] {
            QElapsedTimer t;
            t.start();
            proxy.setTextFilter(QStringLiteral("reader2"));
            proxy.setTextFilter(QString());
            return elapsedMs(t) / 2;
        }));

        // Sorting every column over all clickers.
        const char *names[]
            = { "email", "contact id", "clicks", "links", "first click", "last click", "time to first click" };
        clickers.setSendTimeMs(1733000000000LL - qint64(clicks) * 2500 - 3600000);
        for (int c = 0; c < ClickersModel::ColumnCount; ++c)
            print(QStringLiteral("sort by %1 (%2 rows, descending)")
                      .arg(QLatin1String(names[c]))
                      .arg(clickers.rowCount()),
                measure(repeats, [&] {
                    QElapsedTimer t;
                    t.start();
                    clickers.sort(c, Qt::DescendingOrder);
                    return elapsedMs(t);
                }));

        // The clickers CSV, in memory (the file write is the disk's).
        std::size_t bytes = 0;
        print(QStringLiteral("clickers CSV text"), measure(repeats, [&] {
            QElapsedTimer t;
            t.start();
            bytes = ClickersCsv::text(clickers).size();
            return elapsedMs(t);
        }));
        out << "  -> " << bytes << " bytes\n";
    }

    // What following the pages adds to a load: all pages appended to a fresh model, without and with clickers.
    const auto load = [&](int mode) {
        ClickTableModel m;
        ClickFilterProxy p;
        p.setSourceModel(&m);
        std::unique_ptr<ClickersModel> clickers;
        if (mode > 0) {
            clickers = std::make_unique<ClickersModel>(&p);
            clickers->setUpdateInterval(0); // every page at once: no throttle
            if (mode == 2)
                clickers->sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);
        }
        QElapsedTimer t;
        t.start();
        for (const ClickBatch &page : pages)
            m.appendBatch(page);
        return elapsedMs(t);
    };
    out << '\n';
    const Stats bare = measure(repeats, [&] { return load(0); });
    print(QStringLiteral("append all pages, no clickers"), bare);
    const Stats unsorted = measure(repeats, [&] { return load(1); });
    print(QStringLiteral("append all pages, clickers unsorted, every page"), unsorted);
    const double perPage = (unsorted.median - bare.median) * 1000.0 / double(pages.size());
    out << "  -> the clickers add " << QString::number(perPage, 'f', 1) << " us a page\n";
    // Sorted and unthrottled: every page re-sorts all clickers; a few rounds are enough to see the per-page cost.
    const int sortedPages = std::min<int>(int(pages.size()), 200);
    print(QStringLiteral("last %1 pages, clickers sorted by clicks, every page").arg(sortedPages),
        measure(std::min(repeats, 3),
            [&] {
                ClickTableModel m;
                ClickFilterProxy p;
                p.setSourceModel(&m);
                for (std::size_t i = 0; i + std::size_t(sortedPages) < pages.size(); ++i)
                    m.appendBatch(pages[i]);
                ClickersModel clickers(&p);
                clickers.setUpdateInterval(0);
                clickers.sort(ClickersModel::ClicksColumn, Qt::DescendingOrder);
                QElapsedTimer t;
                t.start();
                for (std::size_t i = pages.size() - std::size_t(sortedPages); i < pages.size(); ++i)
                    m.appendBatch(pages[i]);
                return elapsedMs(t) / sortedPages;
            }),
        QStringLiteral("ms a page"));
    return 0;
}
