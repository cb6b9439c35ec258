#include "cliapplication.h"

#include "accountscommand.h"
#include "commandtable.h"
#include "completionscript.h"
#include "console.h"
#include "decodeoutput.h"
#include "secretinput.h"
#include "tokencommand.h"
#include "tokeninspection.h"

#include <mrauth/mrauth_version.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

namespace MrAuth {

CliApplication::CliApplication(QObject *parent) : QObject(parent) {}

CliApplication::~CliApplication() = default;

bool CliApplication::needsGuiApplication(const QStringList &arguments)
{
    const CommandLine line = CommandLine::parse(arguments);
    return !line.hasError() && !line.isHelpRequested() && !line.isVersionRequested() &&
           line.isCommand({QStringLiteral("token")}) && line.isSet(QStringLiteral("copy"));
}

QString CliApplication::versionText()
{
    return QStringLiteral("mrauth %1 (libmrauth %2, Qt %3)")
        .arg(QStringLiteral(MRAUTH_VERSION_STRING), QStringLiteral(MRAUTH_VERSION_STRING),
             QString::fromLatin1(qVersion()));
}

void CliApplication::configureLogging(bool verbose)
{
    qSetMessagePattern(QStringLiteral("%{if-category}%{category}: %{endif}%{message}"));
    // The app core's categories log debug by default; a CLI stays quiet unless asked.
    // QT_LOGGING_RULES still wins over both.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("mrauth.*.debug=true\n"
                                                              "mrauth.*.info=true")
                                             : QStringLiteral("mrauth.*.debug=false"));
}

int CliApplication::run()
{
    return run(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
}

int CliApplication::reportUsage(const CommandLine &line)
{
    Console::errLine(CliError::usage(line.error(), line.commandPath()).toLine());
    return toInt(ExitCode::Usage);
}

int CliApplication::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const CommandLine line = CommandLine::parse(arguments);
    configureLogging(line.isVerbose());

    if (line.isVersionRequested() && !line.command()) {
        Console::out(versionText() + u'\n');
        return toInt(ExitCode::Success);
    }
    if (line.isHelpRequested()) {
        Console::out(line.command()
                         ? CommandTable::commandHelp(*line.command())
                         : CommandTable::programHelp(QStringLiteral(MRAUTH_VERSION_STRING)));
        return toInt(ExitCode::Success);
    }
    if (line.hasError()) {
        if (!line.command() && arguments.size() <= 1) {
            // `mrauth` alone: the overview, as a usage error.
            Console::err(CommandTable::programHelp(QStringLiteral(MRAUTH_VERSION_STRING)));
            return toInt(ExitCode::Usage);
        }
        return reportUsage(line);
    }

    const QStringList path = line.commandPath();
    if (path == QStringList{QStringLiteral("help")})
        return runHelp(line);
    if (path == QStringList{QStringLiteral("completion")}) {
        Console::out(CompletionScript::forShell(line.positionalArguments().constFirst()));
        return toInt(ExitCode::Success);
    }
    if (path == QStringList{QStringLiteral("decode")})
        return runDecode(line);

    int exitCode = toInt(ExitCode::Failure);
    QEventLoop loop;
    bool done = false;
    auto onFinished = [&exitCode, &loop, &done](int code) {
        exitCode = code;
        done = true;
        loop.quit();
    };
    if (path == QStringList{QStringLiteral("token")}) {
        CliError error;
        const TokenRequest request = TokenRequest::fromCommandLine(line, environment, &error);
        if (error.isError()) {
            Console::errLine(error.toLine());
            return toInt(error.exitCode());
        }
        TokenCommand command(request, line.isQuiet());
        connect(&command, &TokenCommand::finished, &loop, onFinished);
        command.start();
        if (!done)
            loop.exec();
        return exitCode;
    }
    if (path.value(0) == QLatin1String("accounts")) {
        AccountsCommand command(line);
        connect(&command, &AccountsCommand::finished, &loop, onFinished);
        command.start();
        if (!done)
            loop.exec();
        return exitCode;
    }
    return reportUsage(line);
}

int CliApplication::runHelp(const CommandLine &line)
{
    const QStringList words = line.positionalArguments();
    if (words.isEmpty()) {
        Console::out(CommandTable::programHelp(QStringLiteral(MRAUTH_VERSION_STRING)));
        return toInt(ExitCode::Success);
    }
    if (const CliCommand *command = CommandTable::find(words)) {
        Console::out(CommandTable::commandHelp(*command));
        return toInt(ExitCode::Success);
    }
    Console::errLine(CliError::usage(tr("There is no command '%1'; the commands are: %2.")
                                         .arg(words.join(u' '), CommandTable::topLevelNames().join(
                                                                    QStringLiteral(", "))),
                                     {QStringLiteral("help")})
                         .toLine());
    return toInt(ExitCode::Usage);
}

int CliApplication::runDecode(const CommandLine &line)
{
    const QString argument = line.positionalArguments().value(0, QStringLiteral("-"));
    QString text = argument == QLatin1String("-")
                       ? SecretInput::readAll(tr("Paste the token (it is not shown), then press "
                                                 "Enter: "))
                       : argument;
    // `mrauth token --format json | mrauth decode` hands over the JSON object.
    if (text.trimmed().startsWith(u'{')) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        if (object.contains(QStringLiteral("accessToken")))
            text = object.value(QStringLiteral("accessToken")).toString();
    }
    if (text.trimmed().isEmpty()) {
        Console::errLine(CliError::usage(tr("No token: pass it on standard input (preferred) or "
                                            "as the argument."),
                                         {QStringLiteral("decode")})
                             .toLine());
        return toInt(ExitCode::Usage);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TokenInspection inspection = TokenInspection::inspect(text, now);
    if (const CliError malformed = DecodeOutput::malformedError(inspection); malformed.isError()) {
        Console::errLine(malformed.toLine());
        return toInt(malformed.exitCode());
    }
    const bool json = line.value(QStringLiteral("format")) == QLatin1String("json");
    Console::out(json ? DecodeOutput::json(text, now) : DecodeOutput::text(text, now));
    const bool check = line.isSet(QStringLiteral("check"));
    const ExitCode code = DecodeOutput::exitCode(inspection, check);
    if (check && code != ExitCode::Success)
        Console::errLine(DecodeOutput::checkError(inspection, now).toLine());
    text.fill(u'\0');
    return toInt(code);
}

} // namespace MrAuth
