// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/trackingbackend.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace ClickScope::Console {

class CommandRunner;

// One command of the CLI contract (campaigns, links, clicks, contact) over a backend: it runs on the event loop
// and ends it with the exit code (QCoreApplication::exit).
class Command : public QObject
{
public:
    Command(QStringList args, const QCommandLineParser &options, QObject *parent = nullptr);
    ~Command() override;
    void run(std::unique_ptr<TrackingBackend> backend);

private:
    std::unique_ptr<CommandRunner> m_runner;
};

} // namespace ClickScope::Console
