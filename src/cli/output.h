// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CLI's output side: exit codes, messages on stderr, the output file or stdout, JSON strings.

#include "domain/apierror.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>

// The CLI's translation context: its help and messages follow the system language (LANGUAGE, LC_MESSAGES, LANG).
// Command names, options, CSV headers and JSON fields are the contract and stay as they are.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace ClickScope::Console {

enum Exit {
    Ok = 0,
    Usage = 2,
    Authentication = 3,
    NotFound = 4,
    QuotaExhausted = 5,
    NetworkFailure = 6,
    InvalidResponse = 7
};

int exitCodeFor(const ApiError &e);

// Text for the terminal in UTF-8 (Qt 6 uses UTF-8 as the local 8-bit encoding on Unix; main() switches a Windows
// console to UTF-8), so "für" and "clics chargés" arrive whole.
void writeText(FILE *stream, const QString &text);
// One line on stderr, no secrets (ApiError messages never carry them); returns code.
int fail(int code, const QString &message);
// Appends value as a JSON string.
void appendJsonString(std::string &out, QByteArrayView value);

// Where the output goes: standard output, or a QSaveFile committed only when everything went well.
class Output
{
public:
    bool open(const QString &fileName, QString *error)
    {
        if (fileName.isEmpty()) {
            m_stdout = std::make_unique<QFile>();
            return m_stdout->open(stdout, QIODevice::WriteOnly);
        }
        m_file = std::make_unique<QSaveFile>(fileName);
        if (!m_file->open(QIODevice::WriteOnly)) {
            *error = Cli::tr("%1 cannot be written: %2").arg(fileName, m_file->errorString());
            return false;
        }
        return true;
    }
    bool write(const std::string &data)
    {
        QIODevice *d = m_file ? static_cast<QIODevice *>(m_file.get()) : m_stdout.get();
        errno = 0;
        const bool ok
            = d->write(data.data(), qint64(data.size())) == qint64(data.size()) && (m_file || m_stdout->flush());
        // The reader went away (`| head`): a normal end for a command-line tool, not an error (DESIGN, CLI).
        m_pipeClosed = !ok && !m_file && errno == EPIPE;
        return ok;
    }
    bool pipeClosed() const { return m_pipeClosed; }
    bool commit(QString *error)
    {
        if (m_file && !m_file->commit()) {
            *error = Cli::tr("%1 could not be written: %2").arg(m_file->fileName(), m_file->errorString());
            return false;
        }
        return true;
    }
    void discard()
    {
        if (m_file)
            m_file->cancelWriting();
    }
    QString errorString() const { return m_file ? m_file->errorString() : m_stdout->errorString(); }

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
    bool m_pipeClosed = false;
};

} // namespace ClickScope::Console
