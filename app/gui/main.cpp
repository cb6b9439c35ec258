// mrauth-gui: the MrAuth desktop app. Everything lives in mrauth_widgets and mrauth_appcore;
// this file only reads the command line.
#include "appicons.h"
#include "appsettings.h"
#include "desktopapp.h"
#include "quitonsignals.h"
#include "translations.h"

#include <mrauth/mrauth_version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MrAuth"));
    QApplication::setOrganizationDomain(QStringLiteral("mrauth.github.io"));
    QApplication::setApplicationName(QStringLiteral("mrauth-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("MrAuth"));
    QApplication::setApplicationVersion(QStringLiteral(MRAUTH_VERSION_STRING));
    // Matches resources/<id>.desktop, so Wayland and the task bar find the icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral(MRAUTH_APP_ID));
    QApplication::setWindowIcon(MrAuth::AppIcons::application());

    {
        const MrAuth::AppSettings settings;
        MrAuth::Translations::install(settings.language());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Mixed Reality access tokens: accounts in the system keychain, live tokens, "
                "safe copying."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the local STS emulator and show its demo "
                                            "accounts (kept apart from your own)."));
    const QCommandLineOption demoWhenEmpty(
        QStringLiteral("demo-when-empty"),
        QCoreApplication::translate("main", "Start in demo mode when you have no accounts yet."));
    parser.addOptions({demo, demoWhenEmpty});
    parser.process(app);

    MrAuth::DesktopApp::Options options;
    options.demo = parser.isSet(demo) ||
                   (parser.isSet(demoWhenEmpty) && MrAuth::DesktopApp::userHasNoAccounts());
    // Ctrl+C or the end of the session: quit properly, so the clipboard is cleared.
    MrAuth::QuitOnSignals quitOnSignals;
    QObject::connect(&quitOnSignals, &MrAuth::QuitOnSignals::signalReceived, &app,
                     &QCoreApplication::quit);
    MrAuth::DesktopApp desktop(options);
    desktop.start();
    return QApplication::exec();
}
