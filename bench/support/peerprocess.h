#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace MrAuth::Bench {

//! One run of an external program (curl, the Python SDK, the mrauth CLI).
struct PeerRun
{
    bool started = false;
    int exitCode = -1;
    //! From start() to the process's exit, in milliseconds.
    double wallMs = 0;
    //! The process's own CPU time (user + system), in milliseconds.
    double cpuMs = 0;
    QByteArray standardOutput;
    QByteArray standardError;

    bool isSuccess() const { return started && exitCode == 0; }
    //! The last non-empty line of standard output (where the peers print their JSON).
    QByteArray lastOutputLine() const;
    //! "exit N: <the end of stderr>", for tables.
    QString failureText() const;
};

//! Runs \a program with \a arguments and \a environment, writes \a input to its stdin and waits
//! at most \a timeoutMs. Secrets go in \a environment, \a input or a private file, never in
//! \a arguments.
PeerRun runPeer(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment, const QByteArray &input = {},
                int timeoutMs = 120000);

//! Writes \a contents to \a path, readable by its owner only (mode 0600) before any byte is
//! written. False on failure.
bool writePrivateFile(const QString &path, const QByteArray &contents);

//! One line of a curl config file, `option = "value"`, with `\` and `"` escaped.
QByteArray curlConfigLine(const char *option, const QString &value);

//! The curl binary, or empty when it is not installed.
QString curlProgram();
//! The interpreter that has Debian's python3-azure: /usr/bin/python3 (a pyenv python3 on PATH
//! would not see dist-packages).
QString pythonProgram();
//! Empty when `azure.mixedreality.authentication` imports; otherwise why not.
QString pythonSdkProblem();
//! The Python peer script (bench/peers/python_sdk_peer.py).
QString pythonPeerScript();

} // namespace MrAuth::Bench
