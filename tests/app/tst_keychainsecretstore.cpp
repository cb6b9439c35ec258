// KeychainSecretStore against the real Secret Service (gnome-keyring in a private session
// bus, as scripts/dev.sh test runs it), and without a session bus: a typed error, and nothing
// stored anywhere else.
#include "keychainsecretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;

namespace {

struct Result
{
    SecretError error;
    QString secret;
};

Result run(SecretJob *job)
{
    Result result;
    QObject::connect(job, &SecretJob::finished, job, [&result](SecretJob *finished) {
        result.error = finished->error();
        result.secret = finished->secret();
    });
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(20000))
        result.error = SecretError(SecretError::Code::Failed, QStringLiteral("test: no answer"));
    return result;
}

const char *childVariable = "MRAUTH_KEYCHAIN_TEST_CHILD";

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void entriesAreSeparatePerAccountKindAndService();
    void entryKeys();
    void errorMapping_data();
    void errorMapping();
    void withoutSessionBus();
    void childWithoutSessionBus();

private:
    bool m_isChild = false;
};

void TestKeychainSecretStore::initTestCase()
{
    m_isChild = qEnvironmentVariableIsSet(childVariable);
    if (!m_isChild && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
}

void TestKeychainSecretStore::roundTrip()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainSecretStore store(QStringLiteral("mrauth-test"));
    QVERIFY(store.isPersistent());
    QCOMPARE(run(store.probe()).error.code(), SecretError::Code::NoError);
    const QUuid account = QUuid::createUuid();
    const QString key = QStringLiteral("ZGVtby1zcGF0aWFsLWFuY2hvcnMtcHJpbWFyeS1rZXk=");

    Result read = run(store.readSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(read.error.code(), SecretError::Code::NotFound);

    QCOMPARE(run(store.writeSecret(account, SecretKind::PrimaryKey, key)).error.code(),
             SecretError::Code::NoError);
    read = run(store.readSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(read.error.code(), SecretError::Code::NoError);
    QCOMPARE(read.secret, key);

    // Overwrite (key rotation), then delete.
    QCOMPARE(run(store.writeSecret(account, SecretKind::PrimaryKey, QStringLiteral("rotated")))
                 .error.code(),
             SecretError::Code::NoError);
    QCOMPARE(run(store.readSecret(account, SecretKind::PrimaryKey)).secret,
             QStringLiteral("rotated"));
    QCOMPARE(run(store.deleteSecret(account, SecretKind::PrimaryKey)).error.code(),
             SecretError::Code::NoError);
    QCOMPARE(run(store.readSecret(account, SecretKind::PrimaryKey)).error.code(),
             SecretError::Code::NotFound);
    // Deleting what is not there succeeds.
    QCOMPARE(run(store.deleteSecret(account, SecretKind::PrimaryKey)).error.code(),
             SecretError::Code::NoError);
}

void TestKeychainSecretStore::entriesAreSeparatePerAccountKindAndService()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainSecretStore real(QStringLiteral("mrauth-test"));
    KeychainSecretStore demo(QStringLiteral("mrauth-test-demo"));
    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    // Queued back to back: the store runs them one at a time, in order.
    SecretJob *w1 =
        real.writeSecret(first, SecretKind::PrimaryKey, QStringLiteral("first-primary"));
    SecretJob *w2 =
        real.writeSecret(first, SecretKind::SecondaryKey, QStringLiteral("first-secondary"));
    SecretJob *w3 =
        real.writeSecret(second, SecretKind::ClientSecret, QStringLiteral("second-secret"));
    QCOMPARE(real.pendingJobCount(), 3);
    QCOMPARE(run(w1).error.code(), SecretError::Code::NoError);
    QCOMPARE(run(w2).error.code(), SecretError::Code::NoError);
    QCOMPARE(run(w3).error.code(), SecretError::Code::NoError);
    QCOMPARE(run(demo.writeSecret(first, SecretKind::PrimaryKey, QStringLiteral("demo-primary")))
                 .error.code(),
             SecretError::Code::NoError);

    QCOMPARE(run(real.readSecret(first, SecretKind::PrimaryKey)).secret,
             QStringLiteral("first-primary"));
    QCOMPARE(run(real.readSecret(first, SecretKind::SecondaryKey)).secret,
             QStringLiteral("first-secondary"));
    QCOMPARE(run(real.readSecret(second, SecretKind::ClientSecret)).secret,
             QStringLiteral("second-secret"));
    QCOMPARE(run(real.readSecret(second, SecretKind::PrimaryKey)).error.code(),
             SecretError::Code::NotFound);
    QCOMPARE(run(demo.readSecret(first, SecretKind::PrimaryKey)).secret,
             QStringLiteral("demo-primary"));

    for (SecretKind kind : {SecretKind::PrimaryKey, SecretKind::SecondaryKey})
        run(real.deleteSecret(first, kind));
    run(real.deleteSecret(second, SecretKind::ClientSecret));
    run(demo.deleteSecret(first, SecretKind::PrimaryKey));
}

void TestKeychainSecretStore::entryKeys()
{
    const QUuid account = QUuid::fromString(u"1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    QCOMPARE(KeychainSecretStore::entryKey(account, SecretKind::PrimaryKey),
             QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427/primary-key"));
    QCOMPARE(KeychainSecretStore::entryKey(account, SecretKind::SecondaryKey),
             QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427/secondary-key"));
    QCOMPARE(KeychainSecretStore::entryKey(account, SecretKind::ClientSecret),
             QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427/client-secret"));
    QCOMPARE(KeychainSecretStore::entryKey(account, SecretKind::RefreshToken),
             QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427/refresh-token"));
}

void TestKeychainSecretStore::errorMapping_data()
{
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<SecretError::Code>("expected");
    // The numeric values of QKeychain::Error.
    QTest::newRow("NoError") << 0 << SecretError::Code::NoError;
    QTest::newRow("EntryNotFound") << 1 << SecretError::Code::NotFound;
    QTest::newRow("CouldNotDeleteEntry") << 2 << SecretError::Code::Failed;
    QTest::newRow("AccessDeniedByUser") << 3 << SecretError::Code::AccessDenied;
    QTest::newRow("AccessDenied") << 4 << SecretError::Code::AccessDenied;
    QTest::newRow("NoBackendAvailable") << 5 << SecretError::Code::Unavailable;
    QTest::newRow("NotImplemented") << 6 << SecretError::Code::Failed;
    QTest::newRow("OtherError (no bus, locked)") << 7 << SecretError::Code::Unavailable;
}

void TestKeychainSecretStore::errorMapping()
{
    QFETCH(int, keychainError);
    QFETCH(SecretError::Code, expected);
    const SecretError error = KeychainSecretStore::mapKeychainError(
        keychainError, QStringLiteral("details"), SecretJob::Operation::Read);
    QCOMPARE(error.code(), expected);
    QCOMPARE(error.isRetryable(), expected == SecretError::Code::Unavailable);
    if (expected != SecretError::Code::NoError && expected != SecretError::Code::NotFound)
        QVERIFY(error.message().contains(QStringLiteral("details")));
}

void TestKeychainSecretStore::withoutSessionBus()
{
    if (m_isChild)
        QSKIP("child process");
    // A child process with no session bus and a fresh, empty home.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("childWithoutSessionBus")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychainSecretStore::childWithoutSessionBus()"),
             output.constData());

    // Nothing was written anywhere in the child's home: no plaintext fallback.
    QStringList files;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
}

void TestKeychainSecretStore::childWithoutSessionBus()
{
    if (!m_isChild)
        QSKIP("runs in the child process of withoutSessionBus()");
    KeychainSecretStore store(QStringLiteral("mrauth-test"));
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    const QUuid account = QUuid::createUuid();

    const Result write =
        run(store.writeSecret(account, SecretKind::PrimaryKey, QStringLiteral("never-stored")));
    QCOMPARE(write.error.code(), SecretError::Code::Unavailable);
    QVERIFY(write.error.isRetryable());
    QVERIFY(!write.error.message().isEmpty());
    QVERIFY(!write.error.message().contains(QStringLiteral("never-stored")));
    QVERIFY(store.isUnavailable());
    QCOMPARE(unavailable.size(), 1);

    const Result read = run(store.readSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(read.error.code(), SecretError::Code::Unavailable);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(run(store.probe()).error.code(), SecretError::Code::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
