#include "desktopapp.h"

#include "accountlistformat.h"
#include "accountstore.h"
#include "appsettings.h"
#include "demomode.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "requestlog.h"
#include "secureclipboard.h"
#include "tokenboard.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSystemTrayIcon>

namespace MrAuth {

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_settings = options.settingsFile.isEmpty()
                     ? std::make_unique<AppSettings>()
                     : std::make_unique<AppSettings>(options.settingsFile);
    m_network = std::make_unique<QNetworkAccessManager>();
    QString accountsFile = options.accountsFile;
    if (accountsFile.isEmpty())
        accountsFile =
            options.demo ? DemoMode::defaultAccountFilePath() : AccountStore::defaultFilePath();
    m_accounts = std::make_unique<AccountStore>(accountsFile);
    m_log = std::make_unique<RequestLog>();

    if (!options.demo) {
        if (options.keychain)
            m_keychain = std::make_unique<KeychainSecretStore>();
        else
            m_keychain = std::make_unique<MemorySecretStore>();
    }
    m_board = std::make_unique<TokenBoard>(m_accounts.get(), m_keychain.get(), m_log.get());
    AccountConnection::Options connection;
    connection.sts.networkAccessManager = m_network.get();
    connection.sts.userAgentSuffix = QStringLiteral("mrauth-gui");
    connection.openBrowser = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    m_board->setConnectionOptions(connection);
    m_clipboard = std::make_unique<SecureClipboard>();

    if (options.demo) {
        m_demo = std::make_unique<DemoMode>();
        if (!options.emulatorProgram.isEmpty())
            m_demo->setEmulatorProgram(options.emulatorProgram);
        if (!options.emulatorDataDirectory.isEmpty())
            m_demo->setDataDirectory(options.emulatorDataDirectory);
        m_demo->setKeychainAllowed(options.keychain);
        // Live tokens as soon as the emulator is up.
        connect(m_demo.get(), &DemoMode::ready, m_board.get(), &TokenBoard::refreshAll);
    }
}

DesktopApp::~DesktopApp()
{
    // The window refers to everything else.
    m_window.reset();
}

SecretStore *DesktopApp::secrets() const
{
    return m_demo ? m_demo->secretStore() : m_keychain.get();
}

bool DesktopApp::userHasNoAccounts()
{
    QFile file(AccountStore::defaultFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return AccountListFormat::parse(file.readAll()).accounts.isEmpty();
}

void DesktopApp::start()
{
    m_accounts->load();
    MainWindow::Services services;
    services.accounts = m_accounts.get();
    services.secrets = secrets();
    services.board = m_board.get();
    services.log = m_log.get();
    services.clipboard = m_clipboard.get();
    services.settings = m_settings.get();
    services.demo = m_demo.get();
    m_window = std::make_unique<MainWindow>(services);

    if (m_settings->startMinimized()) {
        if (!m_window->trayIcon())
            m_window->showMinimized();
        // With a tray icon the window starts hidden; the tray shows it.
    } else {
        m_window->show();
    }
    if (m_demo) {
        m_demo->start(m_accounts.get());
    } else if (m_keychain) {
        // Say at once when the keychain is locked, not at the first fetch.
        m_keychain->probe();
    }
}

} // namespace MrAuth
