// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox_p.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <memory>

namespace ClickScope::Sandbox {

// ---------------------------------------------------------------------------------------------------------------
// HTTP front end: Qt HttpServer on our QTcpServer; applies auth order, rate limits and the fault plan.

class HttpFrontEnd : public QAbstractHttpServer
{
public:
    HttpFrontEnd(Sandbox *owner, SandboxPrivate *d)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
        , m_d(d)
    { }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        // From 6.5 the connection's socket is a child of its protocol handler, which is a child of this server
        // (not of the QTcpServer): found by the client's address and port, it lets the drop fault cut the body.
        QTcpSocket *socket = nullptr;
        for (QTcpSocket *s : findChildren<QTcpSocket *>()) {
            if (s->peerPort() == request.remotePort() && s->peerAddress().isEqual(request.remoteAddress())) {
                socket = s;
                break;
            }
        }
        serve(request, std::make_shared<QHttpServerResponder>(std::move(responder)), socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &) override
    { }
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        serve(request, std::make_shared<QHttpServerResponder>(makeResponder(request, socket)), socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override
    { }
#endif

private:
    void serve(const QHttpServerRequest &request, std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket);
    void send(const std::shared_ptr<QHttpServerResponder> &responder, QTcpSocket *socket, const ApiResponse &response,
        bool drop);

    Sandbox *m_owner;
    SandboxPrivate *m_d;
};

} // namespace ClickScope::Sandbox
