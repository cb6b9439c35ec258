// DemoMode: starts the real emulator, adds its demo accounts with their keys in the demo
// keychain namespace (or in memory when no keychain is reachable), and the board gets live
// tokens for them.
#include "accountstore.h"
#include "demomode.h"
#include "emulatorprocess.h"
#include "keychainsecretstore.h"
#include "tokenboard.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;

namespace {
const char *childVariable = "MRAUTH_DEMO_TEST_CHILD";
}

class TestDemoMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void accountsFromFile();
    void demoInMemoryGivesLiveTokens();
    void demoKeysGoToTheDemoKeychain();
    void restartUpdatesTheSameAccounts();
    void missingEmulator();
    void withoutKeychain();
    void childWithoutKeychain();

private:
    bool startDemo(DemoMode &demo, AccountStore &store);
    bool m_isChild = false;
};

void TestDemoMode::initTestCase()
{
    m_isChild = qEnvironmentVariableIsSet(childVariable);
}

void TestDemoMode::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

bool TestDemoMode::startDemo(DemoMode &demo, AccountStore &store)
{
    QSignalSpy ready(&demo, &DemoMode::ready);
    QSignalSpy failed(&demo, &DemoMode::failed);
    demo.start(&store);
    QDeadlineTimer deadline(30000);
    while (ready.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return !ready.isEmpty();
}

void TestDemoMode::accountsFromFile()
{
    const QByteArray file = QJsonDocument(EmulatorProcess::demoAccounts()).toJson();
    const QUrl endpoint(QStringLiteral("https://127.0.0.1:41233"));
    QString error;
    const QList<DemoMode::DemoAccount> accounts =
        DemoMode::accountsFromFile(file, endpoint, QStringLiteral("/tmp/ca.pem"), &error);
    QCOMPARE(accounts.size(), 4);
    QCOMPARE(accounts.at(0).account.service(), Account::Service::SpatialAnchors);
    QCOMPARE(accounts.at(1).account.service(), Account::Service::RemoteRendering);
    QCOMPARE(accounts.at(2).account.service(), Account::Service::ObjectAnchors);
    for (const DemoMode::DemoAccount &demo : accounts) {
        QVERIFY(demo.account.problems().isEmpty());
        QCOMPARE(demo.account.customEndpoint(), endpoint);
        QCOMPARE(demo.account.caCertificateFile(), QStringLiteral("/tmp/ca.pem"));
        QVERIFY(demo.account.isAutoRefresh());
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(accounts.at(i).account.authMode(), Account::AuthMode::AccountKey);
        QVERIFY(!accounts.at(i).primaryKey.isEmpty());
        QVERIFY(!accounts.at(i).secondaryKey.isEmpty());
    }
    // The Azure AD demo: the tenant's service principal, the emulator as authority.
    const Account aad = accounts.at(3).account;
    QCOMPARE(aad.authMode(), Account::AuthMode::ClientSecret);
    QCOMPARE(aad.accountId(), accounts.at(0).account.accountId());
    QCOMPARE(aad.authorityHost(), endpoint);
    QVERIFY(!aad.tenantId().isEmpty() && !aad.clientId().isEmpty());
    QVERIFY(!accounts.at(3).clientSecret.isEmpty());
    QVERIFY(accounts.at(3).primaryKey.isEmpty());
    QVERIFY(aad.uuid() != accounts.at(0).account.uuid());
    // The same file gives the same uuids, so that a restart updates the same accounts.
    QCOMPARE(DemoMode::accountsFromFile(file, endpoint, {}, nullptr).first().account.uuid(),
             accounts.first().account.uuid());
    QVERIFY(DemoMode::accountsFromFile("{}", endpoint, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestDemoMode::demoInMemoryGivesLiveTokens()
{
    if (m_isChild)
        QSKIP("child process");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    store.load();
    DemoMode demo;
    demo.setEmulatorProgram(EmulatorProcess::emulatorPath());
    demo.setDataDirectory(dir.filePath(QStringLiteral("emulator")));
    demo.setKeychainAllowed(false);
    QSignalSpy chosen(&demo, &DemoMode::secretStoreChosen);
    QVERIFY(startDemo(demo, store));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(demo.status(), DemoMode::Status::Running);
    QVERIFY(!demo.usesKeychain());
    QVERIFY(!demo.secretStore()->isPersistent());
    QCOMPARE(demo.endpoint().scheme(), QStringLiteral("https"));
    QVERIFY(QFile::exists(demo.caCertificateFile()));
    QCOMPARE(store.count(), 4);
    QCOMPARE(demo.accounts().size(), 4);

    TokenBoard board(&store, demo.secretStore());
    board.setTicking(false);
    QSignalSpy received(&board, &TokenBoard::tokenReceived);
    board.tick(); // auto-refresh accounts get their first token
    QSignalSpy failed(&board, &TokenBoard::fetchFailed);
    QTRY_COMPARE_WITH_TIMEOUT(received.size() + failed.size(), 4, 20000);
    for (const auto &signal : std::as_const(failed))
        qWarning() << signal.at(1).value<Error>().toString();
    for (const QUuid &account : demo.accounts())
        QCOMPARE(board.stateOf(account), TokenEntry::State::Valid);

    demo.stop();
    QCOMPARE(demo.status(), DemoMode::Status::Idle);
}

void TestDemoMode::demoKeysGoToTheDemoKeychain()
{
    if (m_isChild)
        QSKIP("child process");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    store.load();
    DemoMode demo;
    demo.setEmulatorProgram(EmulatorProcess::emulatorPath());
    demo.setDataDirectory(dir.filePath(QStringLiteral("emulator")));
    QVERIFY(startDemo(demo, store));
    QVERIFY2(demo.usesKeychain(), qPrintable(demo.keychainProblem().message()));
    QVERIFY(demo.secretStore()->isPersistent());

    // The key is in the demo namespace, not in the user's.
    const QUuid account = demo.accounts().first();
    KeychainSecretStore demoKeychain(KeychainSecretStore::demoServiceName());
    KeychainSecretStore userKeychain;
    SecretJob *demoRead = demoKeychain.readSecret(account, SecretKind::PrimaryKey);
    QSignalSpy demoDone(demoRead, &SecretJob::finished);
    QString demoKey;
    connect(demoRead, &SecretJob::finished, this,
            [&demoKey](SecretJob *job) { demoKey = job->secret(); });
    QVERIFY(demoDone.wait(10000));
    QVERIFY(!demoKey.isEmpty());
    SecretJob *userRead = userKeychain.readSecret(account, SecretKind::PrimaryKey);
    QSignalSpy userDone(userRead, &SecretJob::finished);
    SecretError userError;
    connect(userRead, &SecretJob::finished, this,
            [&userError](SecretJob *job) { userError = job->error(); });
    QVERIFY(userDone.wait(10000));
    QCOMPARE(userError.code(), SecretError::Code::NotFound);
}

void TestDemoMode::restartUpdatesTheSameAccounts()
{
    if (m_isChild)
        QSKIP("child process");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    store.load();
    QUrl firstEndpoint;
    {
        DemoMode demo;
        demo.setEmulatorProgram(EmulatorProcess::emulatorPath());
        demo.setDataDirectory(dir.filePath(QStringLiteral("emulator")));
        demo.setKeychainAllowed(false);
        QVERIFY(startDemo(demo, store));
        firstEndpoint = demo.endpoint();
    }
    DemoMode again;
    again.setEmulatorProgram(EmulatorProcess::emulatorPath());
    again.setDataDirectory(dir.filePath(QStringLiteral("emulator")));
    again.setKeychainAllowed(false);
    QVERIFY(startDemo(again, store));
    QCOMPARE(store.count(), 4);
    for (const Account &account : store.accounts())
        QCOMPARE(account.customEndpoint(), again.endpoint());
}

void TestDemoMode::missingEmulator()
{
    if (m_isChild)
        QSKIP("child process");
    QTemporaryDir dir;
    AccountStore store(QString{});
    store.load();
    DemoMode demo;
    demo.setEmulatorProgram(dir.filePath(QStringLiteral("no-such-emulator")));
    demo.setDataDirectory(dir.path());
    demo.setKeychainAllowed(false);
    QSignalSpy failed(&demo, &DemoMode::failed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be started")));
    demo.start(&store);
    QVERIFY(failed.wait(10000));
    QCOMPARE(demo.status(), DemoMode::Status::Failed);
    QVERIFY(demo.errorString().contains(QStringLiteral("could not be started")));
    QCOMPARE(store.count(), 0);
}

void TestDemoMode::withoutKeychain()
{
    if (m_isChild)
        QSKIP("child process");
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWithoutKeychain")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestDemoMode::childWithoutKeychain()"), output.constData());
}

void TestDemoMode::childWithoutKeychain()
{
    if (!m_isChild)
        QSKIP("runs in the child process of withoutKeychain()");
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    store.load();
    DemoMode demo;
    demo.setEmulatorProgram(EmulatorProcess::emulatorPath());
    demo.setDataDirectory(dir.filePath(QStringLiteral("emulator")));
    QVERIFY(startDemo(demo, store));
    QVERIFY(!demo.usesKeychain());
    QCOMPARE(demo.keychainProblem().code(), SecretError::Code::Unavailable);
    QVERIFY(!demo.secretStore()->isPersistent());
    QCOMPARE(store.count(), 4);
}

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
