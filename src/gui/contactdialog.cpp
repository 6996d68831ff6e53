// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "backend/trackingbackend.h"
#include "domain/isotime.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ClickScope {

namespace {

    QString localTime(std::int64_t ms)
    {
        return ms == noDate ? QStringLiteral("—") : ClickTableModel::displayTime(ms);
    }

    // A time with its zone's abbreviation for that date ("2026-03-10 23:41:12 CET"), for the details pane; in the
    // zone the window shows (View → Show Times in UTC).
    QString zonedTime(std::int64_t ms)
    {
        if (ms == noDate)
            return QStringLiteral("—");
        return ClickTableModel::displayTime(ms) + QLatin1Char(' ')
            + QDateTime::fromMSecsSinceEpoch(ms, ClickTableModel::displayZone()).timeZoneAbbreviation();
    }

    QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
    {
        auto *t = new QTableWidget(0, int(headers.size()), parent);
        t->setHorizontalHeaderLabels(headers);
        t->verticalHeader()->setVisible(false);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setAlternatingRowColors(true);
        t->horizontalHeader()->setStretchLastSection(true);
        return t;
    }

} // namespace

ContactDialog::ContactDialog(TrackingBackend *backend, ContactCache *cache, const QString &contactId,
    const QList<ClickRow> &loadedClicks, const QHash<QString, QString> &campaignNames, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_cache(cache)
    , m_contactId(contactId)
    , m_campaignNames(campaignNames)
    , m_title(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_clicks(makeTable({ tr("Click time (%1)").arg(ClickTableModel::displayZoneName()), tr("Link") }, this))
    , m_activitySummary(new QLabel(this))
    , m_activity(makeTable(
          { tr("When (%1)").arg(ClickTableModel::displayZoneName()), tr("What"), tr("Campaign"), tr("Detail") }, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Contact %1").arg(contactId));
    resize(900, 640);
    m_title->setText(tr("<h2>Contact %1</h2>").arg(contactId.toHtmlEscaped()));
    m_details->setObjectName(QStringLiteral("contactDetails"));
    m_details->setPlaceholderText(tr("Loading the contact…"));
    m_details->setOpenLinks(false);
    m_clicks->setObjectName(QStringLiteral("contactClicks"));
    m_activity->setObjectName(QStringLiteral("contactActivity"));
    m_details->setAccessibleName(tr("Contact details"));
    m_clicks->setAccessibleName(tr("This contact's clicks in the loaded data"));
    m_activity->setAccessibleName(tr("All activity of this contact, newest first"));
    m_activitySummary->setObjectName(QStringLiteral("activitySummary"));
    m_activitySummary->setText(tr("Loading the activity…"));

    // This contact's clicks among the rows already loaded: no request needed.
    m_clicks->setRowCount(int(loadedClicks.size()));
    for (int i = 0; i < loadedClicks.size(); ++i) {
        m_clicks->setItem(i, 0, new QTableWidgetItem(localTime(loadedClicks[i].clickMs)));
        m_clicks->setItem(i, 1,
            new QTableWidgetItem(loadedClicks[i].linkUrl.isEmpty() ? loadedClicks[i].linkId : loadedClicks[i].linkUrl));
    }
    m_clicks->resizeColumnToContents(0);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Details</b>"), left));
    leftLayout->addWidget(m_details, 3);
    leftLayout->addWidget(
        new QLabel(tr("<b>Clicks in the loaded data</b> (%1)").arg(QLocale().toString(loadedClicks.size())), left));
    leftLayout->addWidget(m_clicks, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>All activity</b>, newest first"), right));
    rightLayout->addWidget(m_activitySummary);
    rightLayout->addWidget(m_activity, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    if (m_cache->contacts.contains(contactId)) {
        showContact(m_cache->contacts.value(contactId));
    } else if (m_backend) {
        m_backend->contact(contactId, this, [this](const Contact &c, const ApiError &e) {
            if (e.isError()) {
                showError(e, true);
                return;
            }
            m_cache->contacts.insert(m_contactId, c);
            showContact(c);
        });
    }
    if (m_cache->listNamesLoaded || !m_backend) {
        m_listsDone = true;
    } else {
        m_backend->contactLists(this, [this](const QList<ContactList> &lists, const ApiError &e) {
            // Without names the ids are shown; the next dialog asks again.
            if (!e.isError()) {
                for (const ContactList &l : lists)
                    m_cache->listNames.insert(l.id, l.name);
                m_cache->listNamesLoaded = true;
            }
            m_listsDone = true;
            if (m_haveContact)
                showDetails();
            checkComplete();
        });
    }
    if (m_cache->activity.contains(contactId)) {
        showActivity(m_cache->activity.value(contactId));
    } else if (m_backend) {
        m_backend->contactActivity(contactId, this, [this](const QList<Activity> &a, const ApiError &e) {
            if (e.isError()) {
                showActivity(a);
                showError(e, false);
                return;
            }
            m_cache->activity.insert(m_contactId, a);
            showActivity(a);
        });
    }
}

void ContactDialog::showContact(const Contact &c)
{
    m_contact = c;
    m_haveContact = true;
    showDetails();
    m_detailsDone = true;
    checkComplete();
}

void ContactDialog::showDetails()
{
    const Contact &c = m_contact;
    const QString name = QStringList({ c.prefixName, c.firstName, c.lastName }).join(QLatin1Char(' ')).simplified();
    m_title->setText(tr("<h2>%1</h2>").arg((name.isEmpty() ? tr("Contact %1").arg(c.id) : name).toHtmlEscaped()));
    QString html = QStringLiteral("<table cellspacing='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Contact ID"), c.id);
    row(tr("Status"), statusText(c.status));
    for (const ContactEmail &e : c.emails) {
        row(tr("Email"), e.address);
        // The address's own status only where it says more than the contact's.
        if (!e.status.isEmpty() && statusText(e.status) != statusText(c.status))
            row(tr("Email status"), statusText(e.status));
        if (e.optOutMs != noDate && e.optOutMs > 0) {
            const QString source = sourceText(e.optOutSource);
            row(tr("Unsubscribed"),
                source.isEmpty() ? zonedTime(e.optOutMs) : tr("%1, %2").arg(zonedTime(e.optOutMs), source));
        }
    }
    row(tr("Company"), c.companyName);
    row(tr("Job title"), c.jobTitle);
    row(tr("Work phone"), c.workPhone);
    row(tr("Home phone"), c.homePhone);
    row(tr("Mobile phone"), c.cellPhone);
    row(tr("Fax"), c.fax);
    for (const ContactAddress &a : c.addresses)
        row(tr("Address"),
            QStringList({ a.line1, a.line2, a.line3, a.postalCode + QLatin1Char(' ') + a.city, a.state,
                            a.countryCode.toUpper() })
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(", ")));
    QStringList lists;
    for (const auto &l : c.lists) {
        const QString listName = m_cache->listNames.value(l.first);
        const QString shown = listName.isEmpty() ? tr("List %1").arg(l.first) : listName;
        lists << (l.second.compare(QLatin1String("HIDDEN"), Qt::CaseInsensitive) == 0 ? tr("%1 (hidden)").arg(shown)
                                                                                      : shown);
    }
    row(lists.size() == 1 ? tr("List") : tr("Lists"), lists.join(QStringLiteral("; ")));
    row(tr("Created"), zonedTime(c.createdMs));
    row(tr("Modified"), zonedTime(c.modifiedMs));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

QString ContactDialog::statusText(const QString &status)
{
    const QString s = status.toUpper();
    if (s.isEmpty())
        return {};
    if (s == QLatin1String("ACTIVE"))
        return tr("Subscribed");
    if (s == QLatin1String("UNCONFIRMED"))
        return tr("Subscribed, not confirmed yet");
    if (s == QLatin1String("OPTOUT") || s == QLatin1String("UNSUBSCRIBED"))
        return tr("Unsubscribed");
    if (s == QLatin1String("REMOVED"))
        return tr("Removed from the account");
    if (s == QLatin1String("DELETED"))
        return tr("Deleted");
    if (s == QLatin1String("NON_SUBSCRIBER"))
        return tr("Not a subscriber");
    if (s == QLatin1String("VISITOR"))
        return tr("Visitor, not subscribed");
    if (s == QLatin1String("EXPLICIT"))
        return tr("Subscribed (gave permission)");
    if (s == QLatin1String("IMPLICIT"))
        return tr("Subscribed (implied permission)");
    if (s == QLatin1String("PENDING_CONFIRMATION"))
        return tr("Waiting for confirmation");
    if (s == QLatin1String("TEMP_HOLD"))
        return tr("On hold");
    if (s == QLatin1String("NOT_SET"))
        return tr("No permission given");
    return tr("Other (%1)").arg(status); // a code this version does not know: shown as it came
}

QString ContactDialog::activityText(const QString &type)
{
    if (type == QLatin1String("EMAIL_SEND"))
        return tr("Was sent the email");
    if (type == QLatin1String("EMAIL_OPEN"))
        return tr("Opened the email");
    if (type == QLatin1String("EMAIL_CLICK"))
        return tr("Clicked a link");
    if (type == QLatin1String("EMAIL_BOUNCE"))
        return tr("Email bounced");
    if (type == QLatin1String("EMAIL_FORWARD"))
        return tr("Forwarded the email");
    if (type == QLatin1String("EMAIL_UNSUBSCRIBE"))
        return tr("Unsubscribed");
    return tr("Other (%1)").arg(type);
}

QString ContactDialog::sourceText(const QString &source)
{
    // v2 unsubscribe_source and opt_in_source (ctct-v2-api.md §3.5, §3.6); v3 opt_out_source (Contact, Account).
    const QString s = source.toUpper();
    if (s.isEmpty())
        return {};
    if (s == QLatin1String("ACTION_BY_CONTACT") || s == QLatin1String("ACTION_BY_VISITOR")
        || s == QLatin1String("CONTACT"))
        return tr("by the contact");
    if (s == QLatin1String("ACTION_BY_OWNER") || s == QLatin1String("ACTION_BY_CUSTOMER")
        || s == QLatin1String("ACCOUNT"))
        return tr("by the account owner");
    return tr("by %1").arg(source);
}

void ContactDialog::showActivity(const QList<Activity> &activity)
{
    m_activity->setRowCount(int(activity.size()));
    QMap<QString, int> perType;
    for (int i = 0; i < activity.size(); ++i) {
        const Activity &a = activity[i];
        const QString what = activityText(a.type);
        ++perType[what];
        m_activity->setItem(i, 0, new QTableWidgetItem(localTime(a.dateMs)));
        m_activity->setItem(i, 1, new QTableWidgetItem(what));
        // The whole name, also as a tooltip: names differ only at their end ("Summer Clearance — July 2025").
        const QString campaign
            = a.campaignName.isEmpty() ? m_campaignNames.value(a.campaignId, a.campaignId) : a.campaignName;
        auto *campaignItem = new QTableWidgetItem(campaign);
        campaignItem->setToolTip(campaign);
        m_activity->setItem(i, 2, campaignItem);
        QString detail = a.linkUri;
        if (detail.isEmpty())
            detail = a.type == QLatin1String("EMAIL_UNSUBSCRIBE") ? sourceText(a.detail) : a.detail;
        auto *detailItem = new QTableWidgetItem(detail);
        detailItem->setToolTip(detail);
        m_activity->setItem(i, 3, detailItem);
    }
    m_activity->resizeColumnToContents(0);
    m_activity->resizeColumnToContents(1);
    m_activity->resizeColumnToContents(2);
    QStringList parts;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        parts << tr("%1: %2").arg(it.key(), QLocale().toString(it.value()));
    m_activitySummary->setText(activity.isEmpty() ? tr("No activity.") : parts.join(QStringLiteral(" · ")));
    m_activityDone = true;
    checkComplete();
}

void ContactDialog::showError(const ApiError &error, bool forDetails)
{
    const QString text = error.kind == ApiError::Kind::NotFound ? tr("This contact no longer exists in the account.")
                                                                : error.userMessage();
    if (forDetails) {
        m_details->setPlainText(text);
        m_detailsDone = true;
    } else {
        m_activitySummary->setText(tr("The activity could not be loaded completely: %1").arg(text));
        m_activityDone = true;
    }
    checkComplete();
}

void ContactDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Take the keyboard when shown: without a window manager (or with one that does not focus new windows) the
    // main window kept it, and Esc went to its Cancel button instead of closing this dialog.
    activateWindow();
    raise();
}

QString ContactDialog::detailsText() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->toPlainText();
}

int ContactDialog::activityRows() const
{
    return m_activity->rowCount();
}

void ContactDialog::checkComplete()
{
    if (isComplete())
        Q_EMIT completed();
}

} // namespace ClickScope
