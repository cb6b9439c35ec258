#pragma once

#include "accountstorereport.h"
#include "copyformats.h"
#include "secreterror.h"

#include <mrauth/error.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace MrAuth {

class AccountStore;
class AppSettings;
class DeviceCodeInfo;
class DemoMode;
class LogPanel;
class RequestLog;
class SecretStore;
class SecureClipboard;
class TokenBoard;
class TokenBoardModel;

//! The desktop app's window: the token board (state by colour, icon and text; masked tokens
//! revealed on demand; live countdowns), account management, copying through the secure
//! clipboard, token details, the request log, settings, and a tray icon when the platform has
//! one.
//!
//! Every control has an object name and an accessible name; everything works from the
//! keyboard. Dialogs open window-modal without blocking (open()), so they can be driven in
//! tests.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    //! What the window works with; none is owned.
    struct Services
    {
        AccountStore *accounts = nullptr;
        SecretStore *secrets = nullptr;
        TokenBoard *board = nullptr;
        RequestLog *log = nullptr;
        SecureClipboard *clipboard = nullptr;
        AppSettings *settings = nullptr;
        //! Set in demo mode.
        DemoMode *demo = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenBoardModel *model() const { return m_model; }
    QTableView *boardView() const { return m_view; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    //! The account of the current row, or a null uuid.
    QUuid currentAccount() const;
    void selectAccount(const QUuid &account);

    //! Uses \a secrets from now on (demo mode chooses its store after start).
    void setSecretStore(SecretStore *secrets);
    //! Applies the settings to the board, the clipboard and the network.
    void applySettings();

public Q_SLOTS:
    void addAccount();
    void editAccount();
    void duplicateAccount();
    void removeAccount();
    void copyToken(MrAuth::CopyFormats::Format format = MrAuth::CopyFormats::Format::Token);
    void refreshSelected();
    void cancelSelected();
    void showTokenDetails();
    void decodeToken();
    void showSettings();
    void importAccounts();
    void exportAccounts();
    void toggleVisible();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class DialogKind { Add, Edit, Duplicate };
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createLogDock();
    void createTray();
    void updateIcons();
    void updateActions();
    void updateSelectionDetails();
    void updateEmptyState();
    void openAccountDialog(DialogKind kind);
    void copyNow(const QUuid &account, CopyFormats::Format format);
    void onTokenReceived(const QUuid &account);
    void onFetchFailed(const QUuid &account, const Error &error);
    void showKeychainProblem(const SecretError &error);
    void retryKeychain();
    void showStoreReport(const AccountStoreReport &report);
    void showDemoStatus();
    void showDeviceCode(const QUuid &account, const DeviceCodeInfo &info);
    void showBrowserSignIn(const QUuid &account, const QUrl &url);
    void updateSignInBanner();
    void rebuildTrayMenu();
    QFrame *createBanner(const QString &objectName, QLabel **label);

    Services m_services;
    TokenBoardModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_boardStack = nullptr;
    QLabel *m_selectionDetails = nullptr;
    QPushButton *m_copyErrorButton = nullptr;
    QFrame *m_keychainBanner = nullptr;
    QLabel *m_keychainBannerLabel = nullptr;
    QFrame *m_storeBanner = nullptr;
    QLabel *m_storeBannerLabel = nullptr;
    QFrame *m_signInBanner = nullptr;
    QLabel *m_signInBannerLabel = nullptr;
    QPushButton *m_signInCopyCode = nullptr;
    QUuid m_signInAccount;
    QUrl m_signInUrl;
    QString m_signInCode;
    QFrame *m_demoBanner = nullptr;
    QLabel *m_demoBannerLabel = nullptr;
    QLabel *m_secretStoreLabel = nullptr;
    QLabel *m_clipboardLabel = nullptr;
    QDockWidget *m_logDock = nullptr;
    LogPanel *m_logPanel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QMenu *m_copyMenu = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyHeaderAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_copyExportAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_hideAllAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_decodeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showHideAction = nullptr;

    //! A copy waiting for the token it asked for.
    QUuid m_pendingCopyAccount;
    CopyFormats::Format m_pendingCopyFormat = CopyFormats::Format::Token;
};

} // namespace MrAuth
