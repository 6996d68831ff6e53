// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxthread.h"

namespace ClickScope::Sandbox {

SandboxThread::SandboxThread(const SandboxConfig &config)
    : m_config(config)
{
    m_thread.setObjectName(QStringLiteral("ClickScope sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [s = m_sandbox] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SandboxThread::start(QString *error)
{
    if (m_sandbox)
        return true;
    m_thread.start();
    bool ok = false;
    QString why;
    // Built and listening on the sandbox thread, so that its sockets belong to that thread. (The QThread object
    // itself lives in this thread: the call needs a context object that lives over there.)
    QObject context;
    context.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &context,
        [this, &ok, &why] {
            auto *sandbox = new Sandbox(m_config);
            ok = sandbox->listen(QHostAddress(QHostAddress::LocalHost), 0, &why);
            if (ok) {
                m_sandbox = sandbox;
                m_url = sandbox->baseUrl();
            } else {
                delete sandbox;
            }
        },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &context, [&context, main = QThread::currentThread()] { context.moveToThread(main); },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace ClickScope::Sandbox
