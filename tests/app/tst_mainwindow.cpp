// The real main window, driven through QTest input and found by object name: adding an
// account through the dialog, fetching tokens from the emulator, countdowns that follow the
// injected clock, copying through the secure clipboard, errors with both correlation vectors,
// the request log, banners, and accessibility of every control.
#include "accountdialog.h"
#include "accountlistformat.h"
#include "accountstore.h"
#include "appsettings.h"
#include "apptesthelpers.h"
#include "decodetokendialog.h"
#include "emulatorprocess.h"
#include "jwtview.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "requestlog.h"
#include "secureclipboard.h"
#include "tokenboard.h"
#include "tokenboardmodel.h"
#include "tokendetailsdialog.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Stands in for a locked keychain (the real unreachable keychain is tested in
// tst_keychainsecretstore): every job fails with Unavailable until unlocked.
class LockableSecretStore : public SecretStore
{
public:
    bool locked = true;
    bool isPersistent() const override { return true; }
    QString location() const override { return QStringLiteral("the test keychain"); }

protected:
    void run(SecretJob *job) override
    {
        if (locked) {
            complete(job, SecretError(SecretError::Code::Unavailable,
                                      QStringLiteral("The keyring is locked.")));
            return;
        }
        if (job->operation() == SecretJob::Operation::Probe)
            complete(job, {});
        else
            complete(job,
                     SecretError(SecretError::Code::NotFound, QStringLiteral("No such secret.")));
    }
};

// Every input control must say what it is to assistive technology.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->objectName().startsWith(QLatin1String("qt_")) || !widget->isVisibleTo(root))
            continue;
        // Parts of composite widgets (a combo box's line edit, a spin box's) speak through
        // their owner.
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QLineEdit *>(parent) || qobject_cast<QAbstractItemView *>(parent) ||
            (parent && qobject_cast<QAbstractItemView *>(parent->parentWidget())))
            continue;
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!control)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (widget->objectName().isEmpty() || name.trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 '%2' (%3)")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), name);
        }
    }
    return unnamed;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addAnAccountThroughTheDialog();
    void countdownFollowsTheInjectedClock();
    void copyPutsTokenAndHintOnTheClipboardAndClearRemovesIt();
    void copyWithoutATokenFetchesOneFirst();
    void errorsShowBothCorrelationVectors();
    void refreshAllAndCancel();
    void revealOnDemand();
    void tokenDetailsAndDecode();
    void editAndDuplicate();
    void removeAnAccount();
    void deviceCodeSignInBanner();
    void keychainProblemBannerWithRetry();
    void damagedAccountListBanner();
    void settingsAreApplied();
    void worksWithoutATray();
    void everyControlHasANameAndAnAccessibleName();

private:
    QUuid addAccount(int demoIndex, const QString &key, const QString &name = {});
    void waitForState(const QUuid &account, TokenEntry::State state);
    QString cellText(const QUuid &account, int column);

    EmulatorProcess m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TokenBoard> m_board;
    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(),
                              {QStringLiteral("--device-code-interval"), QStringLiteral("1")},
                              &error),
             qPrintable(error));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.json")));
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("mrauth-test-gui"));
    m_log = std::make_unique<RequestLog>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_board = std::make_unique<TokenBoard>(m_store.get(), m_secrets.get(), m_log.get());
    m_board->setTicking(false);
    m_board->setClock(m_clock.get());
    AccountConnection::Options options;
    options.sts.retryPolicy = RetryPolicy::none();
    m_board->setConnectionOptions(options);
    m_clipboard = std::make_unique<SecureClipboard>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("mrauth.conf")));
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_clipboard.reset();
    m_board.reset();
    m_log.reset();
    m_secrets.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QUuid TestMainWindow::addAccount(int demoIndex, const QString &key, const QString &name)
{
    const Account account = AppTest::emulatorAccount(m_emulator, demoIndex, name);
    [&] {
        QVERIFY(
            AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey, key)));
    }();
    m_store->add(account);
    return account.uuid();
}

void TestMainWindow::waitForState(const QUuid &account, TokenEntry::State state)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_board->stateOf(account), state, 20000);
}

QString TestMainWindow::cellText(const QUuid &account, int column)
{
    return m_window->model()->indexOf(account, column).data().toString();
}

// Shortcuts go to the active window: make the main window active again after a dialog.
static void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
}

static std::unique_ptr<MainWindow> openWindow(const MainWindow::Services &services)
{
    auto window = std::make_unique<MainWindow>(services);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

#define OPEN_WINDOW()                                                                              \
    do {                                                                                           \
        m_store->load();                                                                           \
        MainWindow::Services services;                                                             \
        services.accounts = m_store.get();                                                         \
        services.secrets = m_secrets.get();                                                        \
        services.board = m_board.get();                                                            \
        services.log = m_log.get();                                                                \
        services.clipboard = m_clipboard.get();                                                    \
        services.settings = m_settings.get();                                                      \
        m_window = openWindow(services);                                                           \
        QVERIFY(QApplication::activeWindow() == m_window.get());                                   \
    } while (false)

void TestMainWindow::addAnAccountThroughTheDialog()
{
    OPEN_WINDOW();
    auto *stack = child<QStackedWidget>(m_window.get(), QStringLiteral("boardStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), AccountDialog::Mode::Add);

    auto *name = child<QLineEdit>(dialog, QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("Anchors (emulator)"));

    // The account ID is checked as it is typed.
    auto *accountId = child<QLineEdit>(dialog, QStringLiteral("accountIdEdit"));
    auto *idHint = child<QLabel>(dialog, QStringLiteral("accountIdHintLabel"));
    const QString id = AppTest::emulatorAccount(m_emulator).accountId();
    QTest::keyClicks(accountId, id.left(20));
    QVERIFY2(idHint->text().contains(QStringLiteral("GUID")), qPrintable(idHint->text()));
    QVERIFY(!accountId->accessibleDescription().isEmpty());
    QTest::keyClicks(accountId, id.mid(20));
    QVERIFY2(idHint->text().contains(QStringLiteral("valid account ID")),
             qPrintable(idHint->text()));

    // The domain: a bare region gets a hint; the pick-list follows what is typed.
    auto *domain = child<QLineEdit>(dialog, QStringLiteral("accountDomainEdit"));
    auto *domainHint = child<QLabel>(dialog, QStringLiteral("accountDomainHintLabel"));
    auto *region = child<QComboBox>(dialog, QStringLiteral("regionCombo"));
    domain->clear();
    QTest::keyClicks(domain, QStringLiteral("westeurope"));
    QVERIFY2(domainHint->text().contains(QStringLiteral("westeurope.mixedreality.azure.com")),
             qPrintable(domainHint->text()));
    QTest::keyClicks(domain, QStringLiteral(".mixedreality.azure.com"));
    QCOMPARE(region->currentData().toString(), QStringLiteral("westeurope"));
    domain->selectAll();
    QTest::keyClicks(domain, QStringLiteral("eastus.mixedreality.azure.com"));
    QCOMPARE(region->currentData().toString(), QStringLiteral("eastus"));

    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("stsEndpointEdit")),
                     m_emulator.url().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("caCertificateEdit")),
                     m_emulator.caCertificatePath());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("primaryKeyEdit")),
                     AppTest::emulatorKey(0));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("secondaryKeyEdit")),
                     AppTest::emulatorKey(0, true));

    // Test connection: a token, and both correlation vectors.
    QSignalSpy tested(dialog, &AccountDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.first().first().value<Error>().isError());
    const QString result = child<QLabel>(dialog, QStringLiteral("testResultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("issued a token")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("X-MRC-CV: ")) &&
            result.contains(QStringLiteral("MS-CV: ")));
    QCOMPARE(m_log->count(), 1);
    QCOMPARE(m_log->at(0).operation, QStringLiteral("test connection"));

    QSignalSpy added(m_store.get(), &AccountStore::accountAdded);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(added.wait(10000));
    const QUuid account = added.first().first().toUuid();
    QCOMPARE(m_store->account(account).displayName(), QStringLiteral("Anchors (emulator)"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tokenBoardView"));
    QCOMPARE(m_window->currentAccount(), account);
    // The new account gets its first token from the emulator.
    waitForState(account, TokenEntry::State::Valid);
    QCOMPARE(cellText(account, TokenBoardModel::StatusColumn), QStringLiteral("Valid"));

    // The keys went to the keychain, and only there.
    QSignalSpy read(m_secrets->readSecret(account, SecretKind::SecondaryKey), &SecretJob::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().first().value<SecretJob *>()->secret(), AppTest::emulatorKey(0, true));
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(AppTest::emulatorKey(0).toUtf8()));
    for (SecretKind kind : {SecretKind::PrimaryKey, SecretKind::SecondaryKey})
        QVERIFY(AppTest::finish(m_secrets->deleteSecret(account, kind)));
}

void TestMainWindow::countdownFollowsTheInjectedClock()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    waitForState(account, TokenEntry::State::Valid);
    const QDateTime expiry = m_board->entry(account).token.expiresOn();

    m_clock->setCurrentDateTimeUtc(expiry.addSecs(-(2 * 3600 + 5)));
    m_board->tick();
    QCOMPARE(cellText(account, TokenBoardModel::ExpiresColumn), QStringLiteral("02:00:05"));
    m_clock->advance(1s);
    m_board->tick();
    QCOMPARE(cellText(account, TokenBoardModel::ExpiresColumn), QStringLiteral("02:00:04"));
    // The view repaints what the model says.
    auto *view = child<QTableView>(m_window.get(), QStringLiteral("tokenBoardView"));
    QCOMPARE(view->model()->index(0, TokenBoardModel::ExpiresColumn).data().toString(),
             QStringLiteral("02:00:04"));

    m_clock->setCurrentDateTimeUtc(expiry.addSecs(-600));
    m_board->tick();
    QCOMPARE(cellText(account, TokenBoardModel::StatusColumn), QStringLiteral("Expiring soon"));
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("selectionDetailsLabel"))
                ->text()
                .contains(QStringLiteral("Expiring soon")));
    m_clock->setCurrentDateTimeUtc(expiry.addSecs(1));
    m_board->tick();
    QCOMPARE(cellText(account, TokenBoardModel::StatusColumn), QStringLiteral("Expired"));
}

void TestMainWindow::copyPutsTokenAndHintOnTheClipboardAndClearRemovesIt()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    m_settings->setClipboardTimeout(2s);
    OPEN_WINDOW();
    m_window->selectAccount(account);
    m_board->refresh(account);
    waitForState(account, TokenEntry::State::Valid);
    const QString token = m_board->entry(account).token.token();

    auto *view = child<QTableView>(m_window.get(), QStringLiteral("tokenBoardView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), token);
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    auto *countdown = child<QLabel>(m_window.get(), QStringLiteral("clipboardCountdownLabel"));
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->text(), QStringLiteral("Clipboard clears in 2 s"));

    // The other formats.
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Authorization: Bearer ") + token);
    child<QAction>(m_window.get(), QStringLiteral("actionCopyExport"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("export MIXEDREALITY_ACCESS_TOKEN='") + token + u'\'');
    child<QAction>(m_window.get(), QStringLiteral("actionCopyCurl"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("https://manage.sa.eastus.mixedreality.azure.com/")));

    // The clear removes it, and the countdown goes.
    QSignalSpy cleared(m_clipboard.get(), &SecureClipboard::cleared);
    QVERIFY(cleared.wait(10000));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!countdown->isVisible());
}

void TestMainWindow::copyWithoutATokenFetchesOneFirst()
{
    const QUuid account = addAccount(1, AppTest::emulatorKey(1));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    QCOMPARE(m_board->stateOf(account), TokenEntry::State::NotFetched);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 20000);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_board->entry(account).token.token());
    m_clipboard->clear();
}

void TestMainWindow::errorsShowBothCorrelationVectors()
{
    const QUuid account =
        addAccount(0, QStringLiteral("d3Jvbmcta2V5"), QStringLiteral("Wrong key"));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    waitForState(account, TokenEntry::State::Error);
    const Error error = m_board->entry(account).error;
    QVERIFY(!error.requestCorrelationVector().isEmpty());
    QVERIFY(!error.responseCorrelationVector().isEmpty());

    QCOMPARE(cellText(account, TokenBoardModel::StatusColumn),
             QStringLiteral("Error: 401 AuthenticationFailed"));
    auto *details = child<QLabel>(m_window.get(), QStringLiteral("selectionDetailsLabel"));
    QVERIFY2(details->text().contains(error.requestCorrelationVector()),
             qPrintable(details->text()));
    QVERIFY2(details->text().contains(error.responseCorrelationVector()),
             qPrintable(details->text()));
    QVERIFY(details->text().contains(QStringLiteral("HTTP status: 401")));
    QVERIFY(!details->text().contains(QStringLiteral("d3Jvbmcta2V5")));

    // Copying the details for support: both vectors, no secret.
    auto *copyDetails =
        child<QPushButton>(m_window.get(), QStringLiteral("copyErrorDetailsButton"));
    QVERIFY(copyDetails->isVisible());
    QTest::mouseClick(copyDetails, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(error.responseCorrelationVector()));

    // The request log shows the same request.
    auto *log = child<QTableView>(m_window.get(), QStringLiteral("requestLogView"));
    QCOMPARE(log->model()->rowCount(), 1);
    QCOMPARE(log->model()->index(0, 3).data().toString(),
             QStringLiteral("401 AuthenticationFailed"));
    QCOMPARE(log->model()->index(0, 5).data().toString(), error.requestCorrelationVector());
    QCOMPARE(log->model()->index(0, 6).data().toString(), error.responseCorrelationVector());
    // Ctrl+C in the log copies its rows, not a token.
    log->setFocus();
    log->selectRow(0);
    QTest::keyClick(log, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(error.requestCorrelationVector()));
}

void TestMainWindow::refreshAllAndCancel()
{
    const QUuid first = addAccount(0, AppTest::emulatorKey(0));
    const QUuid second = addAccount(1, AppTest::emulatorKey(1));
    OPEN_WINDOW();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    waitForState(first, TokenEntry::State::Valid);
    waitForState(second, TokenEntry::State::Valid);

    QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("hang")},
                                 {QStringLiteral("count"), 1}}) >= 0);
    m_window->selectAccount(first);
    auto *cancel = child<QAction>(m_window.get(), QStringLiteral("actionCancelFetch"));
    QVERIFY(!cancel->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_board->stateOf(first), TokenEntry::State::Fetching);
    QVERIFY(cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_board->entry(first).fetching && !m_emulator.requests().isEmpty(),
                             10000);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_board->stateOf(first), TokenEntry::State::Valid); // the old token stays
    QVERIFY(!cancel->isEnabled());
    m_emulator.clearFaults();
}

void TestMainWindow::revealOnDemand()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    m_board->refresh(account);
    waitForState(account, TokenEntry::State::Valid);
    QCOMPARE(cellText(account, TokenBoardModel::TokenColumn), TokenBoardModel::maskedToken());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(cellText(account, TokenBoardModel::TokenColumn),
             m_board->entry(account).token.token());
    QVERIFY(child<QAction>(m_window.get(), QStringLiteral("actionRevealToken"))->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(cellText(account, TokenBoardModel::TokenColumn), TokenBoardModel::maskedToken());
}

void TestMainWindow::tokenDetailsAndDecode()
{
    const QUuid account = addAccount(2, AppTest::emulatorKey(2));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    m_board->refresh(account);
    waitForState(account, TokenEntry::State::Valid);
    const QString token = m_board->entry(account).token.token();
    // A minute after the token was issued, whatever the emulator's second.
    m_clock->setCurrentDateTimeUtc(m_board->entry(account).token.expiresOn().addSecs(-86400 + 60));

    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    TokenDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = m_window->findChild<TokenDetailsDialog *>()) && details->isVisible());
    auto *validity = child<QLabel>(details, QStringLiteral("validityLabel"));
    QVERIFY2(validity->text().startsWith(QStringLiteral("Valid for another 23 h")),
             qPrintable(validity->text()));
    auto *claims = child<QTreeWidget>(details, QStringLiteral("claimsView"));
    const QList<QTreeWidgetItem *> aid = claims->findItems(QStringLiteral("aid"), Qt::MatchExactly);
    QCOMPARE(aid.size(), 1);
    QCOMPARE(aid.first()->text(1), m_store->account(account).accountId());
    QVERIFY(!aid.first()->text(2).isEmpty());
    const QList<QTreeWidgetItem *> exp = claims->findItems(QStringLiteral("exp"), Qt::MatchExactly);
    QCOMPARE(exp.first()->childCount(), 3); // local, UTC, relative
    QVERIFY(exp.first()->child(1)->text(1).endsWith(QStringLiteral(" UTC")));
    QCOMPARE(exp.first()->child(2)->text(1), QStringLiteral("in 23 h 59 min"));
    auto *raw = child<QPlainTextEdit>(details, QStringLiteral("rawTokenEdit"));
    QCOMPARE(raw->toPlainText(), TokenBoardModel::maskedToken());
    QTest::mouseClick(child<QPushButton>(details, QStringLiteral("showRawTokenButton")),
                      Qt::LeftButton);
    QCOMPARE(raw->toPlainText(), token);
    QTest::keyClick(details, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<TokenDetailsDialog *>());
    activate(m_window.get());

    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    DecodeTokenDialog *decode = nullptr;
    QTRY_VERIFY((decode = m_window->findChild<DecodeTokenDialog *>()) && decode->isVisible());
    auto *input = child<QPlainTextEdit>(decode, QStringLiteral("tokenInputEdit"));
    auto *decodeValidity = child<QLabel>(decode, QStringLiteral("validityLabel"));
    QTest::keyClicks(input, QStringLiteral("garbage"));
    QVERIFY(decodeValidity->text().startsWith(QStringLiteral("Not a JSON Web Token")));
    input->setPlainText(QStringLiteral("Authorization: Bearer ") + token);
    QVERIFY2(decodeValidity->text().startsWith(QStringLiteral("Valid for another")),
             qPrintable(decodeValidity->text()));
    decode->close();
}

void TestMainWindow::editAndDuplicate()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0), QStringLiteral("Original"));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), AccountDialog::Mode::Duplicate);
    QSignalSpy loaded(dialog, &AccountDialog::secretsLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("primaryKeyEdit"))->text(),
             AppTest::emulatorKey(0));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Original (copy)"));
    QSignalSpy added(m_store.get(), &AccountStore::accountAdded);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(added.wait(10000));
    const QUuid copy = added.first().first().toUuid();
    QVERIFY(copy != account);
    waitForState(copy, TokenEntry::State::Valid);

    // Edit: switch to the secondary key.
    QTRY_VERIFY(!m_window->findChild<AccountDialog *>());
    activate(m_window.get());
    m_window->selectAccount(account);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible() &&
                dialog->mode() == AccountDialog::Mode::Edit);
    QSignalSpy editLoaded(dialog, &AccountDialog::secretsLoaded);
    QVERIFY(editLoaded.wait(10000));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("secondaryKeyEdit")),
                     AppTest::emulatorKey(0, true));
    child<QAbstractButton>(dialog, QStringLiteral("useSecondaryKeyRadio"))->click();
    QSignalSpy changed(m_store.get(), &AccountStore::accountChanged);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_store->account(account).keySlot(), Account::KeySlot::Secondary);
    waitForState(account, TokenEntry::State::Valid);
    for (const QUuid &uuid : {account, copy}) {
        for (SecretKind kind : {SecretKind::PrimaryKey, SecretKind::SecondaryKey})
            m_secrets->deleteSecret(uuid, kind);
    }
}

void TestMainWindow::removeAnAccount()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0), QStringLiteral("To remove"));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    child<QTableView>(m_window.get(), QStringLiteral("tokenBoardView"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("removeAccountMessageBox"))) &&
        box->isVisible());
    QSignalSpy removed(m_store.get(), &AccountStore::accountRemoved);
    QTest::mouseClick(child<QPushButton>(box, QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QVERIFY(removed.count() == 1 || removed.wait(5000));
    QCOMPARE(m_store->count(), 0);
    // Its key is gone from the keychain too.
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->pendingJobCount() == 0, 10000);
    SecretJob *read = m_secrets->readSecret(account, SecretKind::PrimaryKey);
    SecretError error;
    connect(read, &SecretJob::finished, this, [&error](SecretJob *job) { error = job->error(); });
    QSignalSpy done(read, &SecretJob::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(error.code(), SecretError::Code::NotFound);
    QCOMPARE(child<QStackedWidget>(m_window.get(), QStringLiteral("boardStack"))
                 ->currentWidget()
                 ->objectName(),
             QStringLiteral("emptyStatePage"));
}

void TestMainWindow::deviceCodeSignInBanner()
{
    const QJsonObject tenant = EmulatorProcess::demoAccounts()
                                   .value(QStringLiteral("tenants"))
                                   .toArray()
                                   .first()
                                   .toObject();
    Account account = AppTest::emulatorAccount(m_emulator, 0, QStringLiteral("Signed in"));
    account.setAuthMode(Account::AuthMode::DeviceCode);
    account.setTenantId(tenant.value(QStringLiteral("tenantId")).toString());
    account.setClientId(tenant.value(QStringLiteral("publicClients"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("clientId"))
                            .toString());
    account.setAuthorityHost(m_emulator.url());
    m_store->load();
    m_store->add(account);
    OPEN_WINDOW();
    m_window->selectAccount(account.uuid());
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("signInBanner"));
    QVERIFY(!banner->isVisible());

    // Cancelled sign-in: the banner goes.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("signInCancelButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::NotFetched);

    // Signed in: the code is shown, copied, approved; the token arrives, the banner goes.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    // The banner shows the code the emulator is waiting for (the cancelled one stays pending
    // at the server, as at Azure AD, until it expires).
    const QString text = child<QLabel>(banner, QStringLiteral("signInBannerLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("/devicelogin")), qPrintable(text));
    QString userCode;
    const QJsonArray pending = m_emulator.pendingDeviceCodes();
    for (const QJsonValue code : pending) {
        const QString candidate = code.toObject().value(QStringLiteral("userCode")).toString();
        if (text.contains(candidate))
            userCode = candidate;
    }
    QVERIFY2(!userCode.isEmpty(), qPrintable(text));
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("signInCopyCodeButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), userCode);
    QVERIFY(m_emulator.approveDeviceCode(userCode));
    waitForState(account.uuid(), TokenEntry::State::Valid);
    QVERIFY(!banner->isVisible());
    // The refresh token is kept in the keychain for the next session.
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->pendingJobCount() == 0, 10000);
    QSignalSpy read(m_secrets->readSecret(account.uuid(), SecretKind::RefreshToken),
                    &SecretJob::finished);
    QVERIFY(read.wait(10000));
    QVERIFY(!read.first().first().value<SecretJob *>()->secret().isEmpty());
    QVERIFY(AppTest::finish(m_secrets->deleteSecret(account.uuid(), SecretKind::RefreshToken)));
}

void TestMainWindow::keychainProblemBannerWithRetry()
{
    LockableSecretStore locked;
    const Account account = AppTest::emulatorAccount(m_emulator);
    m_store->load();
    m_store->add(account);
    MainWindow::Services services;
    services.accounts = m_store.get();
    services.secrets = &locked;
    services.board = m_board.get();
    services.log = m_log.get();
    services.clipboard = m_clipboard.get();
    services.settings = m_settings.get();
    m_window = openWindow(services);
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("keychainBanner"));
    QVERIFY(!banner->isVisible());
    m_board->refresh(account.uuid());
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(banner, QStringLiteral("keychainBannerLabel"))
                ->text()
                .contains(QStringLiteral("locked")));
    QCOMPARE(m_board->entry(account.uuid()).error.code(), Error::Code::CredentialUnavailable);

    // Retry while still locked: still there. Unlocked: gone, and the account tries again.
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("keychainRetryButton")),
                      Qt::LeftButton);
    QTest::qWait(50);
    QTRY_VERIFY(banner->isVisible());
    locked.locked = false;
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("keychainRetryButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    // The retry found no key this time: a typed error that says so, not a locked keychain.
    QTRY_VERIFY(
        m_board->entry(account.uuid()).error.message().contains(QStringLiteral("primary key")));
    m_window.reset();
}

void TestMainWindow::damagedAccountListBanner()
{
    const Account good = AppTest::emulatorAccount(m_emulator);
    const QByteArray intact =
        AccountListFormat::serialize({good, AppTest::emulatorAccount(m_emulator, 1)});
    QFile file(m_dir->filePath(QStringLiteral("accounts.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(intact.left(intact.indexOf("demo-remote-rendering")));
    file.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged account list")));
    OPEN_WINDOW();
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("accountStoreBanner"));
    QVERIFY(banner->isVisible());
    const QString text = child<QLabel>(banner, QStringLiteral("accountStoreBannerLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("damaged")) && text.contains(QStringLiteral(".corrupt-")),
             qPrintable(text));
    QCOMPARE(m_board->count(), 1);
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("accountStoreDismissButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::settingsAreApplied()
{
    OPEN_WINDOW();
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) &&
                dialog->isVisible());
    const QString locations =
        child<QLabel>(dialog, QStringLiteral("storageLocationsLabel"))->text();
    QVERIFY2(locations.contains(m_store->filePath()) && locations.contains(m_secrets->location()),
             qPrintable(locations));
    child<QSpinBox>(dialog, QStringLiteral("clipboardTimeoutSpin"))->setValue(5);
    child<QSpinBox>(dialog, QStringLiteral("expiryWarningSpin"))->setValue(10);
    child<QSpinBox>(dialog, QStringLiteral("autoRefreshMarginSpin"))->setValue(2);
    child<QCheckBox>(dialog, QStringLiteral("autoRefreshDefaultCheck"))->setChecked(false);
    child<QAbstractButton>(dialog, QStringLiteral("proxyManualRadio"))->click();
    auto *host = child<QLineEdit>(dialog, QStringLiteral("proxyHostEdit"));
    QVERIFY(host->isEnabled());
    host->setText(QStringLiteral("proxy.example.com"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
    QCOMPARE(m_settings->clipboardTimeout(), 5s);
    QCOMPARE(m_settings->expiryWarningThreshold(), 600s);
    QCOMPARE(m_settings->proxyMode(), AppSettings::ProxyMode::Manual);
    QCOMPARE(m_settings->proxyHost(), QStringLiteral("proxy.example.com"));
    QVERIFY(!m_settings->autoRefreshDefault());
    // Applied at once.
    QCOMPARE(m_clipboard->clearTimeout(), 5s);
    QCOMPARE(m_board->expiringSoonThreshold(), 600s);
    QCOMPARE(m_board->autoRefreshMargin(), 120s);
    m_settings->setProxyMode(AppSettings::ProxyMode::System);
    m_window->applySettings();
}

void TestMainWindow::worksWithoutATray()
{
    OPEN_WINDOW();
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QVERIFY(!m_window->trayIcon());
    else
        QVERIFY(m_window->trayIcon());
}

void TestMainWindow::everyControlHasANameAndAnAccessibleName()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    OPEN_WINDOW();
    m_window->selectAccount(account);
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->isSeparator() && !action->text().isEmpty() && !action->menu())
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
    }
    QStringList unnamed = unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    m_window->addAccount();
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible());
    unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    // Full keyboard use: every field is in the tab chain.
    QSet<QWidget *> chain;
    QWidget *widget = dialog;
    do {
        chain.insert(widget);
        widget = widget->nextInFocusChain();
    } while (widget != dialog);
    for (const QString &name :
         {QStringLiteral("nameEdit"), QStringLiteral("serviceCombo"),
          QStringLiteral("accountIdEdit"), QStringLiteral("regionCombo"),
          QStringLiteral("accountDomainEdit"), QStringLiteral("authModeCombo"),
          QStringLiteral("primaryKeyEdit"), QStringLiteral("stsEndpointEdit"),
          QStringLiteral("testConnectionButton"), QStringLiteral("okButton")}) {
        QWidget *field = dialog->findChild<QWidget *>(name);
        QVERIFY2(field && chain.contains(field) && field->focusPolicy() & Qt::TabFocus,
                 qPrintable(name));
    }
    dialog->reject();

    m_window->showSettings();
    QDialog *settings = nullptr;
    QTRY_VERIFY((settings = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) &&
                settings->isVisible());
    unnamed = unnamedControls(settings);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    settings->reject();

    m_window->decodeToken();
    QDialog *decode = nullptr;
    QTRY_VERIFY((decode = m_window->findChild<QDialog *>(QStringLiteral("decodeTokenDialog"))) &&
                decode->isVisible());
    unnamed = unnamedControls(decode);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    decode->reject();
    QVERIFY(AppTest::finish(m_secrets->deleteSecret(account, SecretKind::PrimaryKey)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
