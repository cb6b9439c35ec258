#include "peerprocess.h"

#include "processstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace MrAuth::Bench {

QByteArray PeerRun::lastOutputLine() const
{
    const QByteArray text = standardOutput.trimmed();
    return text.mid(text.lastIndexOf('\n') + 1);
}

QString PeerRun::failureText() const
{
    const QByteArray error = standardError.trimmed();
    return QStringLiteral("exit %1: %2")
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(error.mid(error.lastIndexOf('\n') + 1).left(300)));
}

PeerRun runPeer(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment, const QByteArray &input, int timeoutMs)
{
    PeerRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        run.standardError = process.errorString().toLocal8Bit();
        return run;
    }
    run.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.cpuMs = (childrenCpuSeconds() - cpuBefore) * 1000.0;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

bool writePrivateFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.write(contents) == contents.size() && file.flush();
}

QByteArray curlConfigLine(const char *option, const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return QByteArray(option) + " = \"" + escaped + "\"\n";
}

QString curlProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("curl"));
}

QString pythonProgram()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(system) ? system
                                     : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString pythonSdkProblem()
{
    if (pythonProgram().isEmpty())
        return QStringLiteral("python3 is not installed");
    const PeerRun run =
        runPeer(pythonProgram(),
                {QStringLiteral("-c"), QStringLiteral("import azure.mixedreality.authentication")},
                QProcessEnvironment::systemEnvironment(), {}, 60000);
    if (run.isSuccess())
        return {};
    return QStringLiteral("azure.mixedreality.authentication does not import (install "
                          "python3-azure): ") +
           run.failureText();
}

QString pythonPeerScript()
{
    return QStringLiteral(MRAUTH_BENCH_PEERS_DIR "/python_sdk_peer.py");
}

} // namespace MrAuth::Bench
