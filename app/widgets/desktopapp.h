#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTranslator;

namespace MrAuth {

class AccountStore;
class AppSettings;
class DemoMode;
class MainWindow;
class RequestLog;
class SecretStore;
class SecureClipboard;
class TokenBoard;

//! Puts the desktop app together: settings, the account list, the secret store, the token
//! board with one network access manager, the secure clipboard, the request log, demo mode and
//! the main window. main.cpp, the screenshot tool and the start-up benchmark use it.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        //! Run the emulator and show its demo accounts (a separate list and keychain namespace).
        bool demo = false;
        //! The account list; empty: AccountStore::defaultFilePath() (or the demo's).
        QString accountsFile;
        //! The settings file; empty: the user's settings.
        QString settingsFile;
        //! The emulator for demo mode; empty: DemoMode::findEmulator().
        QString emulatorProgram;
        //! The emulator's data directory for demo mode; empty: its default.
        QString emulatorDataDirectory;
        //! Use the system keychain (off: secrets in memory, for benchmarks).
        bool keychain = true;
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    //! True when the user's account list has no accounts (for --demo-when-empty).
    static bool userHasNoAccounts();

    //! Loads the accounts, shows the window (or keeps it in the tray / minimised when the
    //! settings say so), and starts the demo.
    void start();

    MainWindow *window() const { return m_window.get(); }
    AccountStore *accounts() const { return m_accounts.get(); }
    TokenBoard *board() const { return m_board.get(); }
    SecretStore *secrets() const;
    RequestLog *log() const { return m_log.get(); }
    SecureClipboard *clipboard() const { return m_clipboard.get(); }
    AppSettings *settings() const { return m_settings.get(); }
    DemoMode *demo() const { return m_demo.get(); }

private:
    Options m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<TokenBoard> m_board;
    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<DemoMode> m_demo;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace MrAuth
