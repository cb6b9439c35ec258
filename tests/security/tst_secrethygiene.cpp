// Secret hygiene: the app's and the CLI's full flows run with every logging category at debug
// level, against the emulator (account key and Azure AD client secret) with the real keychain;
// then every key, client secret and token used is looked for (raw, percent-encoded, base64, a
// token's signature alone, and any JWT at all) in the captured log messages, the files the
// programs wrote under their HOME (settings, account list and its backup, the exported request
// log), the clipboard after its clear timeout, the emulator's log, and the command lines of the
// running processes. Zero hits.
#include "aadtestsupport.h"
#include "accountdialog.h"
#include "accountstore.h"
#include "appsettings.h"
#include "cliprocess.h"
#include "desktopapp.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "secretscan.h"
#include "secretstore.h"
#include "secureclipboard.h"
#include "tokenboard.h"
#include "xvfbserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

const char *childVariable = "MRAUTH_SECURITY_CLIPBOARD_CHILD";

// Every message of this process (the in-process app), as the app would print it on stderr.
QMutex capturedMutex;
QByteArray captured;
QtMessageHandler testLogHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&capturedMutex);
        captured += QByteArray(context.category ? context.category : "default") + ": " +
                    message.toUtf8() + '\n';
    }
    // Only what a test run needs to see goes on to QtTest's log.
    if (type != QtDebugMsg && type != QtInfoMsg && testLogHandler)
        testLogHandler(type, context, message);
}

QByteArray capturedSoFar()
{
    QMutexLocker locker(&capturedMutex);
    return captured;
}

// The child reads the clipboard of the display it is given, as another program would.
int clipboardChild(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    QByteArray all;
    if (mime) {
        const QStringList formats = mime->formats();
        for (const QString &format : formats)
            all += format.toUtf8() + ": " + mime->data(format) + '\n';
    }
    std::fwrite(all.constData(), 1, size_t(all.size()), stdout);
    return 0;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

void typeInto(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    if (!edit)
        return;
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString emulatorSecondaryKey()
{
    const QJsonArray accounts = AadTest::accounts().value(QStringLiteral("accounts")).toArray();
    return accounts.at(0).toObject().value(QStringLiteral("secondaryKey")).toString();
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theScanFindsWhatItLooksFor();
    void appFlows();
    void appCommandLines();
    void cliFlows();
    void emulatorLogHasNoSecret();

private:
    QUuid addThroughDialog(MainWindow *window, AccountStore *accounts, Account::AuthMode mode,
                           const QString &name);
    QByteArray readXvfbClipboard();
    //! Starts `mrauth` with \a arguments, reads its command line while it waits for standard
    //! input, then writes \a input, and collects the result.
    CliProcess::Result runCli(const CliProcess &cli, const QStringList &arguments,
                              const QByteArray &input = {});
    void expectNoHits(const QStringList &hits);

    EmulatorProcess m_emulator;
    SecretScan m_scan;
    XvfbServer m_xvfb;
    QByteArray m_commandLines;
};

void TestSecretHygiene::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
    testLogHandler = qInstallMessageHandler(captureMessage);
    QString error;
    QVERIFY2(AadTest::startEmulator(m_emulator, &error), qPrintable(error));

    m_scan.addSecret(QStringLiteral("primary key"), AadTest::accountKey);
    m_scan.addSecret(QStringLiteral("secondary key"), emulatorSecondaryKey());
    m_scan.addSecret(QStringLiteral("client secret"), AadTest::ownerSecret);
    QCOMPARE(m_scan.secretCount() > 0, true);

    if (!XvfbServer::isInstalled())
        return; // the CLI's --copy check skips and says why
    QVERIFY2(m_xvfb.start(&error), qPrintable(error));
}

void TestSecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(testLogHandler);
    m_xvfb.stop();
}

void TestSecretHygiene::expectNoHits(const QStringList &hits)
{
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

// A search that cannot find anything would prove nothing.
void TestSecretHygiene::theScanFindsWhatItLooksFor()
{
    const QByteArray key = AadTest::accountKey.toUtf8();
    QCOMPARE(m_scan.scan(QStringLiteral("probe"), "x" + key + "y").size(), 1);
    QVERIFY(!m_scan.scan(QStringLiteral("probe"), "k=" + key.toBase64()).isEmpty());
    QCOMPARE(
        m_scan.scan(QStringLiteral("probe"), QUrl::toPercentEncoding(AadTest::ownerSecret)).size(),
        1);
    const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4eHh4eHh4eCJ9.c2lnbmF0dXJlc2lnbmF0dXJl";
    QCOMPARE(SecretScan::jwtsIn("Bearer " + jwt + " end"), QList<QByteArray>{jwt});
    QCOMPARE(m_scan.scan(QStringLiteral("probe"), "nothing here").size(), 0);
    QVERIFY(!SecretScan::commandLineOf(QCoreApplication::applicationPid()).isEmpty());
}

QUuid TestSecretHygiene::addThroughDialog(MainWindow *window, AccountStore *accounts,
                                          Account::AuthMode mode, const QString &name)
{
    child<QAction>(window, QStringLiteral("actionAddAccount"))->trigger();
    AccountDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window->findChild<AccountDialog *>()) && dialog->isVisible());
    }();
    if (!dialog)
        return {};
    typeInto(dialog, QStringLiteral("nameEdit"), name);
    typeInto(dialog, QStringLiteral("accountIdEdit"), AadTest::accountId);
    typeInto(dialog, QStringLiteral("accountDomainEdit"), AadTest::accountDomain);
    typeInto(dialog, QStringLiteral("stsEndpointEdit"), m_emulator.url().toString());
    typeInto(dialog, QStringLiteral("caCertificateEdit"), m_emulator.caCertificatePath());
    auto *modeCombo = child<QComboBox>(dialog, QStringLiteral("authModeCombo"));
    modeCombo->setCurrentIndex(modeCombo->findData(int(mode)));
    if (mode == Account::AuthMode::AccountKey) {
        typeInto(dialog, QStringLiteral("primaryKeyEdit"), AadTest::accountKey);
        typeInto(dialog, QStringLiteral("secondaryKeyEdit"), emulatorSecondaryKey());
    } else {
        typeInto(dialog, QStringLiteral("tenantIdEdit"), AadTest::tenantId);
        typeInto(dialog, QStringLiteral("clientIdEdit"), AadTest::ownerClientId);
        typeInto(dialog, QStringLiteral("clientSecretEdit"), AadTest::ownerSecret);
        auto *authority = child<QComboBox>(dialog, QStringLiteral("authorityHostCombo"));
        authority->setEditText(m_emulator.url().toString());
    }
    QSignalSpy added(accounts, &AccountStore::accountAdded);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    if (!added.wait(20000)) {
        qWarning("the account was not added");
        return {};
    }
    return added.first().first().toUuid();
}

void TestSecretHygiene::appFlows()
{
    // A short clear timeout, set where the user sets it.
    {
        AppSettings settings;
        settings.setClipboardTimeout(1s);
    }
    const QString home = QDir::homePath();
    int tokens = 0;
    {
        DesktopApp app(DesktopApp::Options{}); // the user's settings, list and keychain
        connect(app.board(), &TokenBoard::tokenReceived, this,
                [this, &tokens](const QUuid &, const AccessToken &token) {
                    m_scan.addSecret(QStringLiteral("app token"), token.token());
                    ++tokens;
                });
        app.start();
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const QUuid keyAccount =
            addThroughDialog(window, app.accounts(), Account::AuthMode::AccountKey,
                             QStringLiteral("Anchors by key"));
        QVERIFY(!keyAccount.isNull());
        const QUuid aadAccount =
            addThroughDialog(window, app.accounts(), Account::AuthMode::ClientSecret,
                             QStringLiteral("Anchors by principal"));
        QVERIFY(!aadAccount.isNull());
        for (const QUuid &account : {keyAccount, aadAccount}) {
            app.board()->refresh(account);
            QTRY_COMPARE_WITH_TIMEOUT(app.board()->stateOf(account), TokenEntry::State::Valid,
                                      20000);
        }
        QVERIFY(tokens >= 2);

        // Every copy format, for both accounts; each lands on the clipboard (so the clear
        // that follows is the one that matters).
        QSignalSpy cleared(app.clipboard(), &SecureClipboard::cleared);
        for (const QUuid &account : {keyAccount, aadAccount}) {
            window->selectAccount(account);
            const QString token = app.board()->entry(account).token.token();
            for (const char *action :
                 {"actionCopyToken", "actionCopyHeader", "actionCopyCurl", "actionCopyExport"}) {
                child<QAction>(window, QString::fromLatin1(action))->trigger();
                QVERIFY2(QGuiApplication::clipboard()->text().contains(token), action);
            }
        }
        QVERIFY(cleared.wait(10000));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QByteArray clipboard;
        if (mime) {
            const QStringList formats = mime->formats();
            for (const QString &format : formats)
                clipboard += format.toUtf8() + ": " + mime->data(format) + '\n';
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        expectNoHits(m_scan.scan(QStringLiteral("the app's clipboard after the clear"), clipboard));

        // The request log, exported as the user would.
        auto *panel = window->findChild<LogPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->exportTo(home + QStringLiteral("/exported-log.json")), QString());
        QCOMPARE(panel->exportTo(home + QStringLiteral("/exported-log.csv")), QString());

        // Edit: the dialog reads the secrets back from the keychain and stores them again.
        window->selectAccount(keyAccount);
        child<QAction>(window, QStringLiteral("actionEditAccount"))->trigger();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<AccountDialog *>()) && dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QLineEdit>(dialog, QStringLiteral("primaryKeyEdit"))->text(), AadTest::accountKey,
            20000);
        typeInto(dialog, QStringLiteral("nameEdit"), QStringLiteral("Anchors renamed"));
        QSignalSpy changed(app.accounts(), &AccountStore::accountChanged);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
        QVERIFY(changed.wait(20000));
        QCOMPARE(app.accounts()->account(keyAccount).displayName(),
                 QStringLiteral("Anchors renamed"));

        // Remove both; their secrets leave the keychain.
        for (const QUuid &account : {keyAccount, aadAccount}) {
            window->selectAccount(account);
            child<QAction>(window, QStringLiteral("actionRemoveAccount"))->trigger();
            // The box of the previous removal may still await its deletion: take the open one.
            const auto openBox = [window]() -> QMessageBox * {
                const QList<QMessageBox *> boxes =
                    window->findChildren<QMessageBox *>(QStringLiteral("removeAccountMessageBox"));
                for (QMessageBox *candidate : boxes) {
                    if (candidate->isVisible())
                        return candidate;
                }
                return nullptr;
            };
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = openBox()) != nullptr);
            QSignalSpy removed(app.accounts(), &AccountStore::accountRemoved);
            child<QPushButton>(box, QStringLiteral("confirmRemoveButton"))->click();
            QVERIFY(removed.count() == 1 || removed.wait(10000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(app.secrets()->pendingJobCount(), 0, 20000);
        QCOMPARE(app.accounts()->count(), 0);
    }

    // What the app wrote: the settings, the account list (and its backup), the exported log.
    const QString settingsFile = QSettings(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("MrAuth"), QStringLiteral("mrauth"))
                                     .fileName();
    QVERIFY2(QFileInfo::exists(settingsFile) && settingsFile.startsWith(home),
             qPrintable(settingsFile));
    QVERIFY(QFileInfo::exists(AccountStore::defaultFilePath()));
    QVERIFY(QFileInfo::exists(AccountStore::defaultFilePath() + QStringLiteral(".bak")));
    QFile exported(home + QStringLiteral("/exported-log.json"));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(exported.readAll()).array().size() >= 2);
    expectNoHits(m_scan.scanDirectory(home));

    // What it said, with every category at debug level.
    const QByteArray log = capturedSoFar();
    QVERIFY2(log.contains("mrauth.app."), "no debug message of the app was captured");
    QVERIFY2(log.contains("mrauth.sts"), "no debug message of the library was captured");
    expectNoHits(m_scan.scan(QStringLiteral("the app's log messages"), log));
}

void TestSecretHygiene::appCommandLines()
{
    // The real program, in demo mode: it starts the emulator itself and gets tokens for the
    // demo accounts; neither command line may hold a key.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("MRAUTH_EMULATOR"), EmulatorProcess::emulatorPath());
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("*.debug=true;mrauth.*=true"));
    QProcess gui;
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(MRAUTH_GUI_PATH), {QStringLiteral("--demo")});
    QVERIFY(gui.waitForStarted());

    // Wait until the demo emulator wrote its accounts (with the keys) and runs.
    QString demoAccounts;
    QList<qint64> children;
    const auto demoIsUp = [&] {
        QDirIterator it(home.path(), {QStringLiteral("demo-accounts.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        demoAccounts = it.hasNext() ? it.next() : QString();
        children = SecretScan::descendantsOf(gui.processId());
        return !demoAccounts.isEmpty() && !children.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(demoIsUp(), 30000);
    QFile file(demoAccounts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SecretScan demoScan;
    const QJsonArray accounts = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("accounts"))
                                    .toArray();
    for (const QJsonValue account : accounts) {
        for (const char *key : {"primaryKey", "secondaryKey"}) {
            demoScan.addSecret(QStringLiteral("demo ") + QString::fromLatin1(key),
                               account.toObject().value(QLatin1String(key)).toString());
        }
    }
    QVERIFY(demoScan.secretCount() >= 4);
    // Until the demo's first tokens arrive the program is mid-flow; the lines are read then.
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += gui.readAllStandardError()).contains("mrauth.sts") ||
                                 gui.state() != QProcess::Running,
                             30000);
    QCOMPARE(gui.state(), QProcess::Running);
    QByteArray lines = "mrauth-gui: " + SecretScan::commandLineOf(gui.processId()) + '\n';
    for (qint64 pid : SecretScan::descendantsOf(gui.processId()))
        lines += "child " + QByteArray::number(pid) + ": " + SecretScan::commandLineOf(pid) + '\n';
    QVERIFY2(lines.contains("--demo") && lines.contains("mrauth-sts-emulator"), lines.constData());
    m_commandLines += lines;
    expectNoHits(demoScan.scan(QStringLiteral("the command lines of mrauth-gui --demo"), lines));
    expectNoHits(m_scan.scan(QStringLiteral("the command lines of mrauth-gui --demo"), lines));

    gui.terminate();
    QVERIFY(gui.waitForFinished(20000));
    err += gui.readAllStandardError();
    QVERIFY2(err.contains("mrauth."), err.left(2000).constData());
    // The demo's own tokens are fine on its screen, never in its log.
    expectNoHits(demoScan.scan(QStringLiteral("mrauth-gui --demo's stderr"), err));
}

CliProcess::Result TestSecretHygiene::runCli(const CliProcess &cli, const QStringList &arguments,
                                             const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(cli.environment());
    process.start(CliProcess::mrauthPath(), arguments);
    CliProcess::Result result;
    if (!process.waitForStarted())
        return result;
    // It blocks on standard input until it is written: the command line is read mid-flow.
    const QByteArray line = SecretScan::commandLineOf(process.processId());
    m_commandLines += "mrauth: " + line + '\n';
    if (line.isEmpty())
        qWarning("could not read the command line of mrauth");
    process.write(input);
    process.closeWriteChannel();
    return CliProcess::finish(&process);
}

void TestSecretHygiene::cliFlows()
{
    CliProcess cli;
    cli.setVariable(QStringLiteral("QT_LOGGING_RULES"),
                    QStringLiteral("*.debug=true;mrauth.*=true"));
    const QStringList endpoint = CliProcess::emulatorOptions(m_emulator);
    const QStringList account{QStringLiteral("--account-id"), AadTest::accountId,
                              QStringLiteral("--account-domain"), AadTest::accountDomain};
    QByteArray stderrs;
    QByteArray stdouts;
    auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
        CliProcess::Result result = runCli(cli, arguments, input);
        stderrs += "$ mrauth " + arguments.join(QLatin1Char(' ')).toUtf8() + '\n' + result.err;
        stdouts += result.out;
        return result;
    };

    CliProcess::Result result =
        run(QStringList{QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("bykey"),
                        QStringLiteral("--key-stdin"), QStringLiteral("--verbose")} +
                account + endpoint,
            AadTest::accountKey.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    result =
        run(QStringList{QStringLiteral("accounts"), QStringLiteral("add"),
                        QStringLiteral("byprincipal"), QStringLiteral("--auth"),
                        QStringLiteral("client-secret"), QStringLiteral("--tenant-id"),
                        AadTest::tenantId, QStringLiteral("--client-id"), AadTest::ownerClientId,
                        QStringLiteral("--client-secret-stdin"), QStringLiteral("--authority-host"),
                        m_emulator.url().toString(), QStringLiteral("--verbose")} +
                account + endpoint,
            AadTest::ownerSecret.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    for (const QString &name : {QStringLiteral("bykey"), QStringLiteral("byprincipal")}) {
        for (const QString &format :
             {QStringLiteral("token"), QStringLiteral("json"), QStringLiteral("header"),
              QStringLiteral("env"), QStringLiteral("curl")}) {
            result = run({QStringLiteral("token"), name, QStringLiteral("--format"), format,
                          QStringLiteral("--verbose")});
            QVERIFY2(result.exitCode == 0, result.describe().constData());
            QVERIFY2(m_scan.addTokensFrom(result.out, QStringLiteral("cli")) >= 0 &&
                         !SecretScan::jwtsIn(result.out).isEmpty(),
                     result.describe().constData());
        }
    }
    // An ad-hoc token with the key on standard input.
    result = run(QStringList{QStringLiteral("token"), QStringLiteral("--key-stdin")} + account +
                     endpoint,
                 AadTest::accountKey.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    m_scan.addTokensFrom(result.out, QStringLiteral("cli ad-hoc"));

    // --copy with a short clear, on a real X clipboard.
    if (m_xvfb.display().isEmpty()) {
        qWarning("Xvfb is not installed (apt-get install xvfb): the CLI's --copy is not checked");
    } else {
        cli.setVariable(QStringLiteral("DISPLAY"), m_xvfb.display());
        for (const QString &name : {QStringLiteral("bykey"), QStringLiteral("byprincipal")}) {
            result = run({QStringLiteral("token"), name, QStringLiteral("--copy"),
                          QStringLiteral("--clear-after"), QStringLiteral("1"),
                          QStringLiteral("--format"), QStringLiteral("header"),
                          QStringLiteral("--verbose")});
            QVERIFY2(result.exitCode == 0, result.describe().constData());
            QVERIFY2(result.err.contains("cleared"), result.describe().constData());
            const QByteArray clipboard = readXvfbClipboard();
            expectNoHits(
                m_scan.scan(QStringLiteral("the X clipboard after mrauth --copy"), clipboard));
        }
        cli.unsetVariable(QStringLiteral("DISPLAY"));
    }

    for (const QString &name : {QStringLiteral("bykey"), QStringLiteral("byprincipal")}) {
        result = run({QStringLiteral("accounts"), QStringLiteral("remove"), name,
                      QStringLiteral("--verbose")});
        QVERIFY2(result.exitCode == 0, result.describe().constData());
    }

    QVERIFY2(stderrs.contains("mrauth."), "no debug message of the CLI was captured");
    expectNoHits(m_scan.scan(QStringLiteral("the CLI's stderr"), stderrs));
    // Standard output carries the tokens asked for, and nothing else secret.
    SecretScan keysOnly;
    keysOnly.addSecret(QStringLiteral("primary key"), AadTest::accountKey);
    keysOnly.addSecret(QStringLiteral("client secret"), AadTest::ownerSecret);
    expectNoHits(keysOnly.scan(QStringLiteral("the CLI's stdout"), stdouts, false));
    QVERIFY(QFileInfo::exists(cli.accountsFilePath()));
    expectNoHits(m_scan.scanDirectory(cli.home()));
    QVERIFY(m_commandLines.contains("--key-stdin"));
    expectNoHits(m_scan.scan(QStringLiteral("the command lines"), m_commandLines));
}

QByteArray TestSecretHygiene::readXvfbClipboard()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DISPLAY"), m_xvfb.display());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(20000))
        return "(the clipboard reader did not finish)";
    return child.readAllStandardOutput();
}

void TestSecretHygiene::emulatorLogHasNoSecret()
{
    const QByteArray log = m_emulator.standardOutput();
    QVERIFY2(log.contains("/oauth2/v2.0/token") || log.contains("/token"),
             "the emulator logged no token request");
    expectNoHits(m_scan.scan(QStringLiteral("the emulator's log"), log));
    expectNoHits(m_scan.scan(QStringLiteral("the emulator's stderr"), m_emulator.standardError()));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childVariable))
        return clipboardChild(argc, argv);
    // A private HOME before Qt reads any path: the app writes its settings and list there.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qputenv("QT_LOGGING_RULES", "*.debug=true;mrauth.*=true");
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MrAuth"));
    QApplication::setApplicationName(QStringLiteral("mrauth-gui"));
    TestSecretHygiene test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrethygiene.moc"
