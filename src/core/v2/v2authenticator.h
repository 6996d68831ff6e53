// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "net/httpclient.h"

#include <QCoreApplication>

#include <memory>

namespace ClickScope {

// v2 signs every request with the API key as the api_key query parameter and the access token as a Bearer token
// (ctct-v2-api.md §2).
class V2KeyAuthenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(ClickScope::V2KeyAuthenticator)

public:
    explicit V2KeyAuthenticator(Credentials credentials)
        : m_credentials(std::move(credentials))
    { }
    static std::shared_ptr<const Authenticator> make(const Credentials &credentials)
    {
        return std::make_shared<const V2KeyAuthenticator>(credentials);
    }

    bool isComplete() const override { return m_credentials.isComplete(); }
    QString missingText() const override;
    void sign(QUrl &url, QNetworkRequest &request) const override;

private:
    Credentials m_credentials;
};

} // namespace ClickScope
