#include "mainwindow.h"

#include "accountdialog.h"
#include "accountstore.h"
#include "appicons.h"
#include "appsettings.h"
#include "decodetokendialog.h"
#include "demomode.h"
#include "logpanel.h"
#include "requestlog.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "settingsdialog.h"
#include "statestyle.h"
#include "tokenboard.h"
#include "tokenboarddelegate.h"
#include "tokenboardmodel.h"
#include "tokendetailsdialog.h"

#include <mrauth/devicecodeinfo.h>
#include <mrauth/mrauth_version.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace MrAuth {

namespace {
QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    return action;
}
} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(services.demo ? tr("MrAuth — Demo") : tr("MrAuth"));
    setAccessibleName(windowTitle());
    setWindowIcon(AppIcons::application());

    m_model = new TokenBoardModel(services.board, this);
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    createLogDock();
    createTray();
    updateIcons();

    connect(services.board, &TokenBoard::tokenReceived, this,
            [this](const QUuid &account) { onTokenReceived(account); });
    connect(services.board, &TokenBoard::fetchFailed, this, &MainWindow::onFetchFailed);
    connect(services.board, &TokenBoard::secretStoreUnavailable, this,
            &MainWindow::showKeychainProblem);
    connect(services.board, &TokenBoard::entryChanged, this, [this] {
        updateActions();
        updateSelectionDetails();
        updateSignInBanner();
    });
    connect(services.board, &TokenBoard::deviceCodeReceived, this, &MainWindow::showDeviceCode);
    connect(services.board, &TokenBoard::browserSignInStarted, this,
            &MainWindow::showBrowserSignIn);
    connect(services.board, &TokenBoard::ticked, this, [this] {
        updateActions();
        updateSelectionDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(services.accounts, &AccountStore::problemFound, this, &MainWindow::showStoreReport);
    connect(services.clipboard, &SecureClipboard::countdownChanged, this, [this](int seconds) {
        m_clipboardLabel->setVisible(seconds > 0);
        m_clipboardLabel->setText(tr("Clipboard clears in %1 s").arg(seconds));
    });
    connect(services.clipboard, &SecureClipboard::cleared, this,
            [this] { statusBar()->showMessage(tr("The clipboard was cleared."), 5000); });
    if (services.demo) {
        connect(services.demo, &DemoMode::ready, this, &MainWindow::showDemoStatus);
        connect(services.demo, &DemoMode::failed, this, &MainWindow::showDemoStatus);
        connect(services.demo, &DemoMode::secretStoreChosen, this, &MainWindow::setSecretStore);
        showDemoStatus();
    }
    setSecretStore(services.secrets);
    showStoreReport(services.accounts->loadReport());
    applySettings();

    if (!services.settings->windowGeometry().isEmpty())
        restoreGeometry(services.settings->windowGeometry());
    else
        resize(980, 560);
    if (!services.settings->windowState().isEmpty())
        restoreState(services.settings->windowState());
    updateEmptyState();
    updateActions();
    updateSelectionDetails();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_addAction = makeAction(this, QStringLiteral("actionAddAccount"), tr("&Add Account…"),
                             QKeySequence::New);
    m_editAction = makeAction(this, QStringLiteral("actionEditAccount"), tr("&Edit Account…"),
                              QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicateAction =
        makeAction(this, QStringLiteral("actionDuplicateAccount"), tr("D&uplicate Account…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_removeAction = makeAction(this, QStringLiteral("actionRemoveAccount"), tr("&Remove Account…"),
                                QKeySequence::Delete);
    m_copyAction = makeAction(this, QStringLiteral("actionCopyToken"),
                              CopyFormats::label(CopyFormats::Format::Token), QKeySequence::Copy);
    m_copyHeaderAction = makeAction(this, QStringLiteral("actionCopyHeader"),
                                    CopyFormats::label(CopyFormats::Format::AuthorizationHeader),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction = makeAction(this, QStringLiteral("actionCopyCurl"),
                                  CopyFormats::label(CopyFormats::Format::CurlCommand));
    m_copyExportAction = makeAction(this, QStringLiteral("actionCopyExport"),
                                    CopyFormats::label(CopyFormats::Format::ShellExport));
    m_revealAction = makeAction(this, QStringLiteral("actionRevealToken"), tr("Re&veal Token"),
                                QKeySequence(Qt::CTRL | Qt::Key_H));
    m_revealAction->setCheckable(true);
    m_hideAllAction =
        makeAction(this, QStringLiteral("actionHideAllTokens"), tr("&Hide All Tokens"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_detailsAction = makeAction(this, QStringLiteral("actionTokenDetails"), tr("Token &Details…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_D));
    m_refreshAction = makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh Token"),
                                 QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAllAction = makeAction(this, QStringLiteral("actionRefreshAll"),
                                    tr("Refresh &All Tokens"), QKeySequence(Qt::Key_F5));
    m_cancelAction = makeAction(this, QStringLiteral("actionCancelFetch"), tr("&Cancel Fetch"),
                                QKeySequence(Qt::Key_Escape));
    m_decodeAction = makeAction(this, QStringLiteral("actionDecodeToken"), tr("&Decode a Token…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_importAction = makeAction(this, QStringLiteral("actionImportAccounts"),
                                tr("&Import Accounts…"), QKeySequence::Open);
    m_exportAction = makeAction(this, QStringLiteral("actionExportAccounts"),
                                tr("&Export Accounts…"), QKeySequence::SaveAs);
    m_settingsAction = makeAction(this, QStringLiteral("actionSettings"), tr("&Settings…"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About MrAuth"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_showHideAction = makeAction(this, QStringLiteral("actionShowHide"), tr("&Hide MrAuth"));

    // Del removes an account only while the board has the focus (not in the log, say): the
    // action is added to the board view in createCentralWidget().
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action :
         {m_addAction, m_editAction, m_duplicateAction, m_copyAction, m_copyHeaderAction,
          m_copyCurlAction, m_copyExportAction, m_revealAction, m_hideAllAction, m_detailsAction,
          m_refreshAction, m_refreshAllAction, m_cancelAction, m_decodeAction, m_importAction,
          m_exportAction, m_settingsAction, m_quitAction})
        addAction(action); // shortcuts work while the menu bar is hidden too

    m_refreshAction->setToolTip(tr("Get a new token for the selected account (Ctrl+R)"));
    m_refreshAllAction->setToolTip(tr("Get new tokens for every account (F5)"));
    m_copyAction->setToolTip(tr("Copy the selected account's token (Ctrl+C); the clipboard is "
                                "cleared after a while"));

    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editAccount);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateAccount);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeAccount);
    connect(m_copyAction, &QAction::triggered, this,
            [this] { copyToken(CopyFormats::Format::Token); });
    connect(m_copyHeaderAction, &QAction::triggered, this,
            [this] { copyToken(CopyFormats::Format::AuthorizationHeader); });
    connect(m_copyCurlAction, &QAction::triggered, this,
            [this] { copyToken(CopyFormats::Format::CurlCommand); });
    connect(m_copyExportAction, &QAction::triggered, this,
            [this] { copyToken(CopyFormats::Format::ShellExport); });
    connect(m_revealAction, &QAction::triggered, this, [this](bool on) {
        const QUuid account = currentAccount();
        if (!account.isNull())
            m_model->setRevealed(account, on);
    });
    connect(m_hideAllAction, &QAction::triggered, this, [this] {
        m_model->hideAll();
        updateActions();
    });
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::showTokenDetails);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);
    connect(m_refreshAllAction, &QAction::triggered, m_services.board, &TokenBoard::refreshAll);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSelected);
    connect(m_decodeAction, &QAction::triggered, this, &MainWindow::decodeToken);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importAccounts);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportAccounts);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, qApp, &QCoreApplication::quit);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About MrAuth"),
            tr("<h3>MrAuth %1</h3><p>Mixed Reality access tokens for developers: "
               "accounts in the system keychain, live tokens, safe copying.</p>"
               "<p>Built with Qt %2.</p>")
                .arg(QStringLiteral(MRAUTH_VERSION_STRING), QString::fromLatin1(qVersion())));
    });
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_showHideAction, &QAction::triggered, this, &MainWindow::toggleVisible);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_decodeAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->addAction(m_addAction);
    account->addAction(m_editAction);
    account->addAction(m_duplicateAction);
    account->addSeparator();
    account->addAction(m_removeAction);

    QMenu *token = menuBar()->addMenu(tr("&Token"));
    token->setObjectName(QStringLiteral("tokenMenu"));
    token->addAction(m_copyAction);
    token->addAction(m_copyHeaderAction);
    token->addAction(m_copyCurlAction);
    token->addAction(m_copyExportAction);
    token->addSeparator();
    token->addAction(m_revealAction);
    token->addAction(m_hideAllAction);
    token->addAction(m_detailsAction);
    token->addSeparator();
    token->addAction(m_refreshAction);
    token->addAction(m_refreshAllAction);
    token->addAction(m_cancelAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_copyMenu = new QMenu(tr("&Copy"), this);
    m_copyMenu->setObjectName(QStringLiteral("copyMenu"));
    m_copyMenu->addActions(
        {m_copyAction, m_copyHeaderAction, m_copyCurlAction, m_copyExportAction});
    // The log dock's toggle is added in createLogDock().
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setMovable(false);
    bar->toggleViewAction()->setObjectName(QStringLiteral("actionShowToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_addAction);
    bar->addAction(m_editAction);
    bar->addAction(m_removeAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_refreshAllAction);
    bar->addSeparator();
    bar->addAction(m_copyAction);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_copyAction))) {
        button->setMenu(m_copyMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
        button->setObjectName(QStringLiteral("copyToolButton"));
    }
    bar->addAction(m_revealAction);
    bar->addAction(m_detailsAction);
    for (QAction *action : bar->actions()) {
        if (QWidget *widget = bar->widgetForAction(action)) {
            if (widget->objectName().isEmpty())
                widget->setObjectName(action->objectName() + QStringLiteral("Button"));
            widget->setAccessibleName(action->text().remove(u'&').remove(QStringLiteral("…")));
        }
    }
}

QFrame *MainWindow::createBanner(const QString &objectName, QLabel **label)
{
    auto *banner = new QFrame(this);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 6, 8, 6);
    *label = new QLabel(banner);
    (*label)->setObjectName(objectName + QStringLiteral("Label"));
    (*label)->setWordWrap(true);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(*label, 1);
    banner->hide();
    return banner;
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_keychainBanner = createBanner(QStringLiteral("keychainBanner"), &m_keychainBannerLabel);
    m_keychainBanner->setAccessibleName(tr("Keychain problem"));
    auto *retry = new QPushButton(tr("&Retry"), m_keychainBanner);
    retry->setObjectName(QStringLiteral("keychainRetryButton"));
    retry->setAccessibleName(tr("Retry the keychain"));
    m_keychainBanner->layout()->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, &MainWindow::retryKeychain);
    layout->addWidget(m_keychainBanner);

    m_storeBanner = createBanner(QStringLiteral("accountStoreBanner"), &m_storeBannerLabel);
    m_storeBanner->setAccessibleName(tr("Account list problem"));
    auto *openFolder = new QPushButton(tr("&Open Folder"), m_storeBanner);
    openFolder->setObjectName(QStringLiteral("accountStoreOpenFolderButton"));
    openFolder->setAccessibleName(tr("Open the folder of the account list"));
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_storeBanner);
    dismiss->setObjectName(QStringLiteral("accountStoreDismissButton"));
    dismiss->setAccessibleName(tr("Dismiss the account list message"));
    m_storeBanner->layout()->addWidget(openFolder);
    m_storeBanner->layout()->addWidget(dismiss);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_services.accounts->filePath()).absolutePath()));
    });
    connect(dismiss, &QPushButton::clicked, m_storeBanner, &QWidget::hide);
    layout->addWidget(m_storeBanner);

    m_signInBanner = createBanner(QStringLiteral("signInBanner"), &m_signInBannerLabel);
    m_signInBanner->setAccessibleName(tr("Azure AD sign-in"));
    auto *openSignIn = new QPushButton(tr("Open Sign-in &Page"), m_signInBanner);
    openSignIn->setObjectName(QStringLiteral("signInOpenButton"));
    openSignIn->setAccessibleName(tr("Open the sign-in page in the browser"));
    m_signInCopyCode = new QPushButton(tr("Copy &Code"), m_signInBanner);
    m_signInCopyCode->setObjectName(QStringLiteral("signInCopyCodeButton"));
    m_signInCopyCode->setAccessibleName(tr("Copy the sign-in code"));
    auto *cancelSignIn = new QPushButton(tr("Ca&ncel Sign-in"), m_signInBanner);
    cancelSignIn->setObjectName(QStringLiteral("signInCancelButton"));
    cancelSignIn->setAccessibleName(tr("Cancel the sign-in"));
    m_signInBanner->layout()->addWidget(openSignIn);
    m_signInBanner->layout()->addWidget(m_signInCopyCode);
    m_signInBanner->layout()->addWidget(cancelSignIn);
    connect(openSignIn, &QPushButton::clicked, this, [this] {
        if (m_signInUrl.isValid())
            QDesktopServices::openUrl(m_signInUrl);
    });
    connect(m_signInCopyCode, &QPushButton::clicked, this, [this] {
        // The user code is not a secret: it only works together with the user's sign-in.
        QGuiApplication::clipboard()->setText(m_signInCode);
        statusBar()->showMessage(tr("Copied the sign-in code %1.").arg(m_signInCode), 5000);
    });
    connect(cancelSignIn, &QPushButton::clicked, this, [this] {
        if (!m_signInAccount.isNull())
            m_services.board->cancel(m_signInAccount);
    });
    layout->addWidget(m_signInBanner);

    m_demoBanner = createBanner(QStringLiteral("demoBanner"), &m_demoBannerLabel);
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    layout->addWidget(m_demoBanner);

    m_boardStack = new QStackedWidget(central);
    m_boardStack->setObjectName(QStringLiteral("boardStack"));

    auto *empty = new QWidget(m_boardStack);
    empty->setObjectName(QStringLiteral("emptyStatePage"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *emptyLabel =
        new QLabel(tr("<h3>No accounts yet</h3><p>Add a Mixed Reality account to get "
                      "tokens. Its keys are kept in your system keychain.</p>"
                      "<p>Or try MrAuth with the local STS emulator: "
                      "<code>mrauth-gui --demo</code></p>"),
                   empty);
    emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLayout->addWidget(emptyLabel);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    auto *emptyAdd = new QPushButton(tr("&Add Account…"), empty);
    emptyAdd->setObjectName(QStringLiteral("emptyStateAddButton"));
    emptyAdd->setAccessibleName(tr("Add an account"));
    connect(emptyAdd, &QPushButton::clicked, this, &MainWindow::addAccount);
    emptyButtons->addWidget(emptyAdd);
    if (!m_services.demo) {
        auto *demo = new QPushButton(tr("Start the &Demo"), empty);
        demo->setObjectName(QStringLiteral("emptyStateDemoButton"));
        demo->setAccessibleName(tr("Start MrAuth in demo mode"));
        connect(demo, &QPushButton::clicked, this, [this] {
            if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                         {QStringLiteral("--demo")}))
                statusBar()->showMessage(tr("The demo could not be started."), 8000);
        });
        emptyButtons->addWidget(demo);
    }
    emptyButtons->addStretch();
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_boardStack->addWidget(empty);

    m_view = new QTableView(m_boardStack);
    m_view->setObjectName(QStringLiteral("tokenBoardView"));
    m_view->setAccessibleName(tr("Token board"));
    m_view->setAccessibleDescription(tr("One row per account: name, service, status, token, "
                                        "time until expiry and last refresh"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TokenBoardDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->addAction(m_removeAction);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TokenBoardModel::TokenColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(TokenBoardModel::NameColumn, 240);
    m_view->setColumnWidth(TokenBoardModel::ServiceColumn, 140);
    m_view->setColumnWidth(TokenBoardModel::StatusColumn, 200);
    m_view->setColumnWidth(TokenBoardModel::ExpiresColumn, 110);
    m_view->setColumnWidth(TokenBoardModel::LastRefreshColumn, 100);
    m_boardStack->addWidget(m_view);
    layout->addWidget(m_boardStack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateSelectionDetails();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const TokenEntry entry = m_services.board->entryAt(index.row());
        if (entry.token.isNull())
            editAccount();
        else
            showTokenDetails();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("boardContextMenu"));
        menu.addActions({m_copyAction, m_copyHeaderAction, m_copyCurlAction, m_copyExportAction});
        menu.addSeparator();
        menu.addActions({m_revealAction, m_detailsAction, m_refreshAction, m_cancelAction});
        menu.addSeparator();
        menu.addActions({m_editAction, m_duplicateAction, m_removeAction});
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    auto *details = new QFrame(central);
    details->setObjectName(QStringLiteral("selectionDetailsPane"));
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(2, 4, 2, 0);
    m_selectionDetails = new QLabel(details);
    m_selectionDetails->setObjectName(QStringLiteral("selectionDetailsLabel"));
    m_selectionDetails->setAccessibleName(tr("Selected account"));
    m_selectionDetails->setWordWrap(true);
    m_selectionDetails->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    detailsLayout->addWidget(m_selectionDetails, 1);
    m_copyErrorButton = new QPushButton(tr("Copy &Error Details"), details);
    m_copyErrorButton->setObjectName(QStringLiteral("copyErrorDetailsButton"));
    m_copyErrorButton->setAccessibleName(
        tr("Copy the error details with both correlation vectors"));
    connect(m_copyErrorButton, &QPushButton::clicked, this, [this] {
        // Error details hold no secret: the ordinary clipboard, for a support ticket.
        QGuiApplication::clipboard()->setText(m_selectionDetails->text());
        statusBar()->showMessage(tr("Copied the error details."), 5000);
    });
    detailsLayout->addWidget(m_copyErrorButton, 0, Qt::AlignTop);
    layout->addWidget(details);

    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_secretStoreLabel = new QLabel(this);
    m_secretStoreLabel->setObjectName(QStringLiteral("secretStoreLabel"));
    m_secretStoreLabel->setAccessibleName(tr("Where keys are kept"));
    m_clipboardLabel = new QLabel(this);
    m_clipboardLabel->setObjectName(QStringLiteral("clipboardCountdownLabel"));
    m_clipboardLabel->setAccessibleName(tr("Clipboard countdown"));
    m_clipboardLabel->hide();
    statusBar()->addPermanentWidget(m_clipboardLabel);
    statusBar()->addPermanentWidget(m_secretStoreLabel);
}

void MainWindow::createLogDock()
{
    m_logDock = new QDockWidget(tr("Request Log"), this);
    m_logDock->setObjectName(QStringLiteral("requestLogDock"));
    m_logDock->setAccessibleName(tr("Request log"));
    m_logPanel = new LogPanel(m_services.log, m_logDock);
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    QAction *toggle = m_logDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowLog"));
    toggle->setText(tr("Request &Log"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addAction(toggle);
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addAction(toggle);
        view->addSeparator();
        view->addAction(m_hideAllAction);
    }
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(AppIcons::application(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(windowTitle());
    m_trayMenu = new QMenu(this);
    m_trayMenu->setObjectName(QStringLiteral("trayMenu"));
    connect(m_trayMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildTrayMenu);
    rebuildTrayMenu();
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleVisible();
            });
    m_tray->show();
}

void MainWindow::rebuildTrayMenu()
{
    if (!m_trayMenu)
        return;
    m_trayMenu->clear();
    QMenu *copy = m_trayMenu->addMenu(tr("Copy &Token"));
    copy->setObjectName(QStringLiteral("trayCopyMenu"));
    const QDateTime now = m_services.board->now();
    for (int row = 0; row < m_services.board->count(); ++row) {
        const TokenEntry entry = m_services.board->entryAt(row);
        const QUuid account = entry.account.uuid();
        const TokenEntry::State state =
            entry.stateAt(now, m_services.board->expiringSoonThreshold());
        QAction *action =
            copy->addAction(StateStyle::icon(state, palette()), entry.account.displayName());
        action->setToolTip(TokenBoardModel::statusText(entry, state));
        connect(action, &QAction::triggered, this, [this, account] {
            m_pendingCopyAccount = QUuid();
            if (m_services.board->entry(account).hasUsableTokenAt(m_services.board->now())) {
                copyNow(account, CopyFormats::Format::Token);
            } else {
                m_pendingCopyAccount = account;
                m_pendingCopyFormat = CopyFormats::Format::Token;
                m_services.board->fetch(account);
            }
        });
    }
    copy->setEnabled(!copy->isEmpty());
    m_trayMenu->addSeparator();
    m_showHideAction->setText(isVisible() ? tr("&Hide MrAuth") : tr("&Show MrAuth"));
    m_trayMenu->addAction(m_showHideAction);
    m_trayMenu->addAction(m_refreshAllAction);
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_quitAction);
}

void MainWindow::updateIcons()
{
    const QPalette colours = palette();
    m_addAction->setIcon(
        AppIcons::action(QStringLiteral("add"), QStringLiteral("list-add"), colours));
    m_editAction->setIcon(
        AppIcons::action(QStringLiteral("edit"), QStringLiteral("document-edit"), colours));
    m_duplicateAction->setIcon(
        AppIcons::action(QStringLiteral("duplicate"), QStringLiteral("edit-copy"), colours));
    m_removeAction->setIcon(
        AppIcons::action(QStringLiteral("remove"), QStringLiteral("edit-delete"), colours));
    m_copyAction->setIcon(
        AppIcons::action(QStringLiteral("copy"), QStringLiteral("edit-copy"), colours));
    m_revealAction->setIcon(
        AppIcons::action(QStringLiteral("reveal"), QStringLiteral("view-visible"), colours));
    m_detailsAction->setIcon(
        AppIcons::action(QStringLiteral("details"), QStringLiteral("documentinfo"), colours));
    m_refreshAction->setIcon(
        AppIcons::action(QStringLiteral("refresh"), QStringLiteral("view-refresh"), colours));
    m_refreshAllAction->setIcon(AppIcons::action(QStringLiteral("refresh-all"), {}, colours));
    m_cancelAction->setIcon(
        AppIcons::action(QStringLiteral("cancel"), QStringLiteral("process-stop"), colours));
    m_decodeAction->setIcon(AppIcons::action(QStringLiteral("decode"), {}, colours));
    m_importAction->setIcon(
        AppIcons::action(QStringLiteral("import"), QStringLiteral("document-import"), colours));
    m_exportAction->setIcon(
        AppIcons::action(QStringLiteral("export"), QStringLiteral("document-export"), colours));
    m_settingsAction->setIcon(
        AppIcons::action(QStringLiteral("settings"), QStringLiteral("configure"), colours));
    m_quitAction->setIcon(
        AppIcons::action(QStringLiteral("quit"), QStringLiteral("application-exit"), colours));
    if (m_logDock)
        m_logDock->toggleViewAction()->setIcon(
            AppIcons::action(QStringLiteral("log"), {}, colours));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        // A light/dark switch: re-tint the icons and the state colours.
        updateIcons();
        updateSelectionDetails();
    }
}

QUuid MainWindow::currentAccount() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->accountAt(index) : QUuid();
}

void MainWindow::selectAccount(const QUuid &account)
{
    const QModelIndex index = m_model->indexOf(account);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    if (m_services.secrets)
        m_services.secrets->disconnect(this);
    m_services.secrets = secrets;
    m_services.board->setSecretStore(secrets);
    if (!secrets) {
        m_secretStoreLabel->setText(tr("Keys: waiting for the keychain…"));
        return;
    }
    m_secretStoreLabel->setText(secrets->isPersistent() ? tr("Keys: system keychain")
                                                        : tr("Keys: in memory only"));
    m_secretStoreLabel->setToolTip(tr("Keys and secrets are kept in %1.").arg(secrets->location()));
    connect(secrets, &SecretStore::unavailable, this, &MainWindow::showKeychainProblem);
    connect(secrets, &SecretStore::availableAgain, m_keychainBanner, &QWidget::hide);
}

void MainWindow::applySettings()
{
    AppSettings *settings = m_services.settings;
    m_services.board->setExpiringSoonThreshold(settings->expiryWarningThreshold());
    m_services.board->setAutoRefreshMargin(settings->autoRefreshMargin());
    m_services.clipboard->setClearTimeout(settings->clipboardTimeout());
    settings->applyProxy(m_services.board->connectionOptions().sts.networkAccessManager);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_boardStack->setCurrentIndex(empty ? 0 : 1);
    if (!empty && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
    updateSelectionDetails();
}

void MainWindow::updateActions()
{
    const QUuid account = currentAccount();
    const bool selected = !account.isNull();
    const TokenEntry entry = m_services.board->entry(account);
    m_editAction->setEnabled(selected);
    m_duplicateAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    // Copy also works without a token: it fetches one first.
    for (QAction *action : {m_copyAction, m_copyHeaderAction, m_copyCurlAction, m_copyExportAction})
        action->setEnabled(selected);
    m_revealAction->setEnabled(selected && !entry.token.isNull());
    m_revealAction->setChecked(selected && m_model->isRevealed(account));
    m_detailsAction->setEnabled(selected && !entry.token.isNull());
    m_refreshAction->setEnabled(selected && !entry.fetching);
    m_cancelAction->setEnabled(selected && entry.fetching);
    m_refreshAllAction->setEnabled(m_model->rowCount() > 0);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void MainWindow::updateSelectionDetails()
{
    const QUuid account = currentAccount();
    if (account.isNull()) {
        m_selectionDetails->setText(m_model->rowCount() == 0 ? QString()
                                                             : tr("Select an account."));
        m_copyErrorButton->hide();
        return;
    }
    const TokenEntry entry = m_services.board->entry(account);
    const TokenEntry::State state =
        entry.stateAt(m_services.board->now(), m_services.board->expiringSoonThreshold());
    QString text = tr("%1 — %2 — %3")
                       .arg(entry.account.displayName(), entry.account.serviceDisplayName(),
                            TokenEntry::stateName(state));
    if (state == TokenEntry::State::Error)
        text = entry.account.displayName() + QStringLiteral(": ") +
               TokenBoardModel::statusDetails(entry, state);
    if (m_selectionDetails->text() != text)
        m_selectionDetails->setText(text);
    if (state == TokenEntry::State::Error) {
        QPalette colours = palette();
        colours.setColor(QPalette::WindowText, StateStyle::color(state, palette()));
        m_selectionDetails->setPalette(colours);
    } else {
        m_selectionDetails->setPalette(QPalette()); // follow the window's, light or dark
    }
    m_copyErrorButton->setVisible(state == TokenEntry::State::Error);
}

void MainWindow::addAccount()
{
    openAccountDialog(DialogKind::Add);
}

void MainWindow::editAccount()
{
    if (!currentAccount().isNull())
        openAccountDialog(DialogKind::Edit);
}

void MainWindow::duplicateAccount()
{
    if (!currentAccount().isNull())
        openAccountDialog(DialogKind::Duplicate);
}

void MainWindow::openAccountDialog(DialogKind kind)
{
    AccountDialog::Context context;
    context.secrets = m_services.secrets;
    context.connectionOptions = m_services.board->connectionOptions();
    context.log = m_services.log;
    context.autoRefreshDefault = m_services.settings->autoRefreshDefault();
    const Account current = m_services.accounts->account(currentAccount());
    AccountDialog::Mode mode = AccountDialog::Mode::Add;
    if (kind == DialogKind::Edit)
        mode = AccountDialog::Mode::Edit;
    else if (kind == DialogKind::Duplicate)
        mode = AccountDialog::Mode::Duplicate;
    auto *dialog =
        new AccountDialog(mode, kind == DialogKind::Add ? Account() : current, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->account();
        const bool ok = dialog->mode() == AccountDialog::Mode::Edit
                            ? m_services.accounts->update(account)
                            : m_services.accounts->add(account);
        if (!ok) {
            // The dialog stored the secrets first; with no account to refer to them (the list
            // was locked, or another program removed the account) they are taken back out.
            if (m_services.secrets && !m_services.accounts->contains(account.uuid())) {
                for (SecretKind secret : allSecretKinds())
                    m_services.secrets->deleteSecret(account.uuid(), secret);
            }
            QMessageBox::warning(this, windowTitle(), m_services.accounts->errorString());
            return;
        }
        selectAccount(account.uuid());
        statusBar()->showMessage(tr("Saved \"%1\".").arg(account.displayName()), 5000);
        // A changed key or secret needs a new token; a new account gets its first one.
        m_services.board->refresh(account.uuid());
    });
    dialog->open();
}

void MainWindow::removeAccount()
{
    const QUuid uuid = currentAccount();
    const Account account = m_services.accounts->account(uuid);
    if (account.isNull())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove \"%1\"? Its keys and secrets are deleted from %2.")
                                    .arg(account.displayName(), m_services.secrets
                                                                    ? m_services.secrets->location()
                                                                    : tr("the keychain")),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountMessageBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, uuid, account](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (!m_services.accounts->remove(uuid)) {
            QMessageBox::warning(this, windowTitle(), m_services.accounts->errorString());
            return;
        }
        if (m_services.secrets) {
            for (SecretKind kind : allSecretKinds()) {
                SecretJob *job = m_services.secrets->deleteSecret(uuid, kind);
                connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
                    if (finished->error().isError()) {
                        statusBar()->showMessage(tr("A secret of the removed account could not be "
                                                    "deleted: %1")
                                                     .arg(finished->error().message()),
                                                 10000);
                    }
                });
            }
        }
        statusBar()->showMessage(tr("Removed \"%1\".").arg(account.displayName()), 5000);
    });
    box->open();
}

void MainWindow::copyToken(CopyFormats::Format format)
{
    const QUuid account = currentAccount();
    if (account.isNull())
        return;
    const TokenEntry entry = m_services.board->entry(account);
    if (entry.hasUsableTokenAt(m_services.board->now())) {
        copyNow(account, format);
        return;
    }
    // No usable token yet: get one and copy it when it arrives.
    m_pendingCopyAccount = account;
    m_pendingCopyFormat = format;
    statusBar()->showMessage(
        tr("Getting a token for \"%1\" to copy…").arg(entry.account.displayName()));
    m_services.board->fetch(account);
}

void MainWindow::copyNow(const QUuid &account, CopyFormats::Format format)
{
    const TokenEntry entry = m_services.board->entry(account);
    m_services.clipboard->copySecret(
        CopyFormats::format(format, entry.token.token(), entry.account.serviceUrl()));
    const int seconds = m_services.clipboard->secondsLeft();
    const QString what = CopyFormats::label(format).remove(u'&').remove(QStringLiteral("Copy "));
    statusBar()->showMessage(
        seconds > 0 ? tr("Copied (%1) for \"%2\"; the clipboard clears in %3 s.")
                          .arg(what, entry.account.displayName())
                          .arg(seconds)
                    : tr("Copied (%1) for \"%2\".").arg(what, entry.account.displayName()),
        5000);
}

void MainWindow::onTokenReceived(const QUuid &account)
{
    if (m_pendingCopyAccount == account) {
        m_pendingCopyAccount = QUuid();
        copyNow(account, m_pendingCopyFormat);
    }
}

void MainWindow::onFetchFailed(const QUuid &account, const Error &error)
{
    const TokenEntry entry = m_services.board->entry(account);
    if (m_pendingCopyAccount == account) {
        m_pendingCopyAccount = QUuid();
        statusBar()->showMessage(
            tr("Nothing was copied: \"%1\" has no token (%2).")
                .arg(entry.account.displayName(), Error::codeName(error.code())),
            10000);
    }
    if (m_tray && !isVisible()) {
        m_tray->showMessage(tr("Token refresh failed"),
                            tr("%1: %2").arg(entry.account.displayName(), error.message()),
                            QSystemTrayIcon::Warning, 10000);
    }
}

void MainWindow::refreshSelected()
{
    const QUuid account = currentAccount();
    if (!account.isNull())
        m_services.board->refresh(account);
}

void MainWindow::cancelSelected()
{
    const QUuid account = currentAccount();
    if (!account.isNull())
        m_services.board->cancel(account);
    if (m_pendingCopyAccount == account)
        m_pendingCopyAccount = QUuid();
}

void MainWindow::showTokenDetails()
{
    const QUuid account = currentAccount();
    const TokenEntry entry = m_services.board->entry(account);
    if (entry.token.isNull())
        return;
    auto *dialog = new TokenDetailsDialog(entry.account, entry.token, m_services.board->now(),
                                          m_services.clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::decodeToken()
{
    auto *dialog = new DecodeTokenDialog(m_services.board->clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog =
        new SettingsDialog(m_services.settings, m_services.accounts->filePath(),
                           m_services.secrets ? m_services.secrets->location() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::importAccounts()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Accounts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("MrAuth account lists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const AccountStore::ImportResult result = m_services.accounts->importFrom(path);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Import Accounts"), result.problems.join(u'\n'));
        return;
    }
    // One plural sentence each, so every count agrees with its noun in every language.
    QStringList sentences{tr("%n account(s) imported.", nullptr, int(result.added.size()))};
    if (result.skipped > 0)
        sentences << tr("%n account(s) already present.", nullptr, result.skipped);
    if (result.invalid > 0)
        sentences << tr("%n entry(s) could not be read.", nullptr, result.invalid);
    QString text = sentences.join(u' ');
    if (!result.added.isEmpty()) {
        text += u'\n' + tr("The list holds no secrets: edit each imported account to enter its "
                           "keys or client secret.");
        selectAccount(result.added.first());
    }
    QMessageBox::information(this, tr("Import Accounts"), text);
}

void MainWindow::exportAccounts()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Accounts"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("mrauth-accounts.json")),
        tr("MrAuth account lists (*.json)"));
    if (path.isEmpty())
        return;
    if (!m_services.accounts->exportTo(path)) {
        QMessageBox::warning(this, tr("Export Accounts"), m_services.accounts->errorString());
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n account(s) to %1 (no secrets).", nullptr, int(m_services.accounts->count()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void MainWindow::showKeychainProblem(const SecretError &error)
{
    m_keychainBannerLabel->setText(
        tr("<b>The keychain is unreachable or locked.</b> %1<br>MrAuth never keeps keys anywhere "
           "else. Unlock your keyring, then retry.")
            .arg(error.message().toHtmlEscaped()));
    m_keychainBanner->show();
}

void MainWindow::retryKeychain()
{
    if (!m_services.secrets)
        return;
    m_keychainBannerLabel->setText(tr("Checking the keychain…"));
    SecretJob *probe = m_services.secrets->probe();
    connect(probe, &SecretJob::finished, this, [this](SecretJob *job) {
        // A probe that finds no entry has reached the keychain.
        if (job->error().isError() && job->error().code() != SecretError::Code::NotFound) {
            showKeychainProblem(job->error());
            return;
        }
        m_keychainBanner->hide();
        statusBar()->showMessage(tr("The keychain is available again."), 5000);
        // Accounts that failed for want of their secrets get another try.
        for (int row = 0; row < m_services.board->count(); ++row) {
            const TokenEntry entry = m_services.board->entryAt(row);
            if (entry.error.code() == Error::Code::CredentialUnavailable)
                m_services.board->refresh(entry.account.uuid());
        }
    });
}

void MainWindow::showStoreReport(const AccountStoreReport &report)
{
    if (!report.isProblem())
        return;
    m_storeBannerLabel->setText(report.summary());
    m_storeBanner->show();
}

void MainWindow::showDemoStatus()
{
    DemoMode *demo = m_services.demo;
    if (!demo)
        return;
    QString text;
    switch (demo->status()) {
    case DemoMode::Status::Idle:
    case DemoMode::Status::Starting:
        text = tr("<b>Demo mode.</b> Starting the local STS emulator…");
        break;
    case DemoMode::Status::Running:
        text = tr("<b>Demo mode.</b> The demo accounts get their tokens from the local STS "
                  "emulator at %1.")
                   .arg(demo->endpoint().toString().toHtmlEscaped());
        if (!demo->usesKeychain()) {
            text += u' ' + tr("No keychain is reachable (%1), so the demo keys are kept in memory "
                              "only.")
                               .arg(demo->keychainProblem().message().toHtmlEscaped());
        } else {
            text += u' ' + tr("The demo keys are in the keychain under \"mrauth-demo\", apart from "
                              "your own.");
        }
        break;
    case DemoMode::Status::Failed:
        text = tr("<b>Demo mode could not start:</b> %1").arg(demo->errorString().toHtmlEscaped());
        break;
    }
    m_demoBannerLabel->setText(text);
    m_demoBanner->show();
}

void MainWindow::showDeviceCode(const QUuid &account, const DeviceCodeInfo &info)
{
    const TokenEntry entry = m_services.board->entry(account);
    m_signInAccount = account;
    m_signInUrl = info.verificationUri();
    m_signInCode = info.userCode();
    m_signInBannerLabel->setText(
        tr("<b>Sign in for \"%1\":</b> open <a href=\"%2\">%2</a> and enter the code "
           "<b><tt>%3</tt></b> (valid until %4).")
            .arg(entry.account.displayName().toHtmlEscaped(),
                 info.verificationUri().toString().toHtmlEscaped(), info.userCode().toHtmlEscaped(),
                 info.expiresOn().toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_signInBannerLabel->setOpenExternalLinks(true);
    m_signInCopyCode->show();
    m_signInBanner->show();
    if (m_tray && !isVisible()) {
        m_tray->showMessage(tr("Azure AD sign-in"),
                            tr("%1: enter the code %2 at %3")
                                .arg(entry.account.displayName(), info.userCode(),
                                     info.verificationUri().toString()),
                            QSystemTrayIcon::Information, 30000);
    }
}

void MainWindow::showBrowserSignIn(const QUuid &account, const QUrl &url)
{
    const TokenEntry entry = m_services.board->entry(account);
    m_signInAccount = account;
    m_signInUrl = url;
    m_signInCode.clear();
    m_signInBannerLabel->setText(
        tr("<b>Sign in for \"%1\"</b> in your browser; MrAuth waits for "
           "it (%2).")
            .arg(entry.account.displayName().toHtmlEscaped(), url.host().toHtmlEscaped()));
    m_signInCopyCode->hide();
    m_signInBanner->show();
}

void MainWindow::updateSignInBanner()
{
    if (m_signInAccount.isNull() || m_services.board->entry(m_signInAccount).fetching)
        return;
    // The sign-in ended (token, error or cancel).
    m_signInAccount = QUuid();
    m_signInUrl.clear();
    m_signInCode.clear();
    m_signInBanner->hide();
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized()) {
        hide();
    } else {
        showNormal();
        raise();
        activateWindow();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(saveState());
    m_services.settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace MrAuth
