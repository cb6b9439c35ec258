#include "cliprocess.h"

#include "childprocess.h"

#include <QDir>
#include <QJsonDocument>

namespace MrAuth {

QJsonObject CliProcess::Result::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray CliProcess::Result::jsonArray() const
{
    return QJsonDocument::fromJson(out).array();
}

QByteArray CliProcess::Result::describe() const
{
    // stderr first: QtTest cuts long messages, and a token on stdout would hide the error.
    return "exit " + QByteArray::number(exitCode) + "\nstderr: " + err.left(4000) +
           "\nstdout: " + out.left(2000);
}

CliProcess::CliProcess() : m_environment(QProcessEnvironment::systemEnvironment())
{
    const QStringList variables = m_environment.keys();
    for (const QString &name : variables) {
        if (name.startsWith(QLatin1String("MIXEDREALITY_")) ||
            name.startsWith(QLatin1String("AZURE_")) || name.startsWith(QLatin1String("QT_")) ||
            name == QLatin1String("DISPLAY") || name == QLatin1String("WAYLAND_DISPLAY")) {
            m_environment.remove(name);
        }
    }
    const QString home = m_home.path();
    for (const QString &directory :
         {QStringLiteral("/data"), QStringLiteral("/config"), QStringLiteral("/cache")})
        QDir().mkpath(home + directory);
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
}

QString CliProcess::mrauthPath()
{
    const QString fromEnvironment = qEnvironmentVariable("MRAUTH_CLI");
    return fromEnvironment.isEmpty() ? QStringLiteral(MRAUTH_CLI_PATH) : fromEnvironment;
}

QString CliProcess::accountsFilePath() const
{
    return m_home.path() + QStringLiteral("/data/mrauth/accounts.json");
}

void CliProcess::setVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void CliProcess::unsetVariable(const QString &name)
{
    m_environment.remove(name);
}

std::unique_ptr<QProcess> CliProcess::start(const QStringList &arguments,
                                            const QByteArray &input) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->setWorkingDirectory(m_home.path());
    ChildProcess::endWithTest(*process);
    process->start(mrauthPath(), arguments);
    if (!process->waitForStarted(30000))
        return process;
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

CliProcess::Result CliProcess::finish(QProcess *process, int timeoutMs)
{
    Result result;
    // waitForFinished() is false for a process that has finished already.
    const bool finished =
        process->state() == QProcess::NotRunning || process->waitForFinished(timeoutMs);
    if (!finished) {
        process->kill();
        process->waitForFinished();
    } else if (process->exitStatus() == QProcess::NormalExit &&
               process->error() != QProcess::FailedToStart) {
        result.exitCode = process->exitCode();
    }
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    ChildProcess::failOnSanitizerReport(result.err, QStringLiteral("mrauth"));
    return result;
}

CliProcess::Result CliProcess::run(const QStringList &arguments, const QByteArray &input,
                                   int timeoutMs) const
{
    const std::unique_ptr<QProcess> process = start(arguments, input);
    return finish(process.get(), timeoutMs);
}

QStringList CliProcess::emulatorOptions(const EmulatorProcess &emulator)
{
    return {QStringLiteral("--endpoint"), emulator.url().toString(), QStringLiteral("--ca-file"),
            emulator.caCertificatePath()};
}

namespace {

QJsonObject demoAccount(int index)
{
    return EmulatorProcess::demoAccounts()
        .value(QStringLiteral("accounts"))
        .toArray()
        .at(index)
        .toObject();
}

} // namespace

QString CliProcess::demoAccountId(int index)
{
    return demoAccount(index).value(QStringLiteral("accountId")).toString();
}

QString CliProcess::demoAccountDomain(int index)
{
    return demoAccount(index).value(QStringLiteral("accountDomain")).toString();
}

QString CliProcess::demoKey(int index, bool secondary)
{
    return demoAccount(index)
        .value(secondary ? QStringLiteral("secondaryKey") : QStringLiteral("primaryKey"))
        .toString();
}

QStringList CliProcess::adHocOptions(int index)
{
    return {QStringLiteral("--account-id"), demoAccountId(index),
            QStringLiteral("--account-domain"), demoAccountDomain(index)};
}

CliProcess::Result CliProcess::addDemoAccount(const QString &name, const EmulatorProcess &emulator,
                                              int index, const QStringList &extraArguments) const
{
    QStringList arguments{QStringLiteral("accounts"), QStringLiteral("add"), name,
                          QStringLiteral("--key-stdin")};
    arguments += adHocOptions(index);
    arguments += emulatorOptions(emulator);
    arguments += extraArguments;
    return run(arguments, demoKey(index).toUtf8() + '\n');
}

} // namespace MrAuth
