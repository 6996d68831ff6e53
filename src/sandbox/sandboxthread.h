// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandbox.h"

#include <QThread>

namespace ClickScope::Sandbox {

// The sandbox on a thread of its own, for the demo mode: the window's thread never generates pages.
class SandboxThread
{
public:
    explicit SandboxThread(const SandboxConfig &config);
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Listens on 127.0.0.1, any free port.
    bool start(QString *error = nullptr);
    QUrl baseUrl() const { return m_url; }
    const SandboxConfig &config() const { return m_config; }
    // Lives on the sandbox thread: call it there (QMetaObject::invokeMethod).
    Sandbox *sandbox() const { return m_sandbox; }

private:
    SandboxConfig m_config;
    QThread m_thread;
    Sandbox *m_sandbox = nullptr;
    QUrl m_url;
};

} // namespace ClickScope::Sandbox
