// mrauth: the command-line tool. All logic lives in mrauth_cli; main() only chooses the
// application object, because the clipboard (token --copy) needs a QGuiApplication and
// nothing else should need a display.

#include "cliapplication.h"
#include "clierror.h"
#include "clipboardsession.h"
#include "console.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QProcessEnvironment>

#include <memory>

using namespace MrAuth;

namespace {

QtMessageHandler previousHandler = nullptr;

void quietPlatformStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool platformNoise =
        type != QtFatalMsg && ((context.category && qstrncmp(context.category, "qt.", 3) == 0) ||
                               message.startsWith(QLatin1String("QStandardPaths: ")));
    if (!platformNoise && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));

    std::unique_ptr<QCoreApplication> application;
    if (CliApplication::needsGuiApplication(arguments)) {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString reason = ClipboardSession::unavailableReason(environment);
        if (!reason.isEmpty()) {
            Console::errLine(
                CliError(QStringLiteral("ClipboardUnavailable"), reason, ExitCode::Failure)
                    .toLine());
            return toInt(ExitCode::Failure);
        }
        const QString platforms = ClipboardSession::platformFallbacks(environment);
        if (!platforms.isEmpty())
            qputenv("QT_QPA_PLATFORM", platforms.toLocal8Bit());
        // A display that cannot be reached falls back to offscreen, reported below in one
        // line instead of the platform's own warnings, which say nothing to a CLI user.
        previousHandler = qInstallMessageHandler(quietPlatformStartup);
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
        const QString problem =
            ClipboardSession::startedPlatformProblem(environment, QGuiApplication::platformName());
        if (!problem.isEmpty()) {
            Console::errLine(
                CliError(QStringLiteral("ClipboardUnavailable"), problem, ExitCode::Failure)
                    .toLine());
            return toInt(ExitCode::Failure);
        }
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) picks the language.
    Translations::install(QString());
    QCoreApplication::setApplicationName(QStringLiteral("mrauth"));
    QCoreApplication::setApplicationVersion(CliApplication::versionText());
    CliApplication cli;
    return cli.run();
}
