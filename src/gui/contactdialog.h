// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"
#include "domain/apierror.h"
#include "domain/types.h"
#include "model/clicktablemodel.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace ClickScope {

// Contacts and their activity fetched in this session: each fetch costs one of the day's 10,000 calls.
// The account's list names too: a contact carries only list ids.
struct ContactCache {
    QHash<QString, Contact> contacts;
    QHash<QString, QList<Activity>> activity;
    QHash<QString, QString> listNames; // list id -> name
    bool listNamesLoaded = false;
};

// One contact: details from GET /v2/contacts/{id}, this contact's clicks among the loaded rows, and the whole
// activity timeline from GET /v2/contacts/{id}/tracking with a count per type. Non-modal; never blocks the window.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(TrackingBackend *backend, ContactCache *cache, const QString &contactId,
        const QList<ClickRow> &loadedClicks, const QHash<QString, QString> &campaignNames, QWidget *parent = nullptr);

    QString contactId() const { return m_contactId; }
    QString detailsText() const; // plain text of the details pane

    // Words for the API's codes (tr()): a contact or email status (v2 ACTIVE, OPTOUT, ...; v3 permission_to_send),
    // an activity type (EMAIL_CLICK, ...) and an unsubscribe or opt-out source (ACTION_BY_OWNER, Contact, ...).
    static QString statusText(const QString &status);
    static QString activityText(const QString &type);
    static QString sourceText(const QString &source);
    int activityRows() const;
    bool isComplete() const { return m_detailsDone && m_activityDone && m_listsDone; }

Q_SIGNALS:
    void completed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showContact(const Contact &contact);
    void showDetails();
    void showActivity(const QList<Activity> &activity);
    void showError(const ApiError &error, bool forDetails);
    void checkComplete();

    QPointer<TrackingBackend> m_backend;
    ContactCache *m_cache;
    QString m_contactId;
    QHash<QString, QString> m_campaignNames;
    Contact m_contact;
    bool m_haveContact = false;
    bool m_listsDone = false;
    QLabel *m_title;
    QTextBrowser *m_details;
    QTableWidget *m_clicks;
    QLabel *m_activitySummary;
    QTableWidget *m_activity;
    bool m_detailsDone = false;
    bool m_activityDone = false;
};

} // namespace ClickScope
