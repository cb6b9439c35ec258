// TokenBoard against the real emulator over TLS, with a manual clock: fetching, states and
// countdowns, auto-refresh through MixedRealityTokenCredential, typed errors with both
// correlation vectors, cancel, and following the account list.
#include "accountstore.h"
#include "apptesthelpers.h"
#include "emulatorprocess.h"
#include "manualclock.h"
#include "memorysecretstore.h"
#include "requestlog.h"
#include "tokenboard.h"

#include <mrauth/correlationvector.h>
#include <mrauth/jwt.h>

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

// A secret store whose keychain is locked: every job fails with Unavailable. Stands in for a
// locked keychain, which a test cannot lock on demand (the real unreachable keychain is
// tested in tst_keychainsecretstore).
class LockedSecretStore : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    QString location() const override { return QStringLiteral("locked"); }

protected:
    void run(SecretJob *job) override
    {
        complete(job, SecretError(SecretError::Code::Unavailable,
                                  QStringLiteral("The keyring is locked.")));
    }
};

} // namespace

class TestTokenBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fetchesATokenFromTheEmulator();
    void statesFollowTheClock();
    void autoRefreshBeforeExpiry();
    void firstTokenForAutoRefreshAccounts();
    void wrongKeyIsATypedErrorWithBothCorrelationVectors();
    void serverErrorKeepsTheOldToken();
    void missingSecret();
    void lockedKeychain();
    void badCaFile();
    void cancelAFetch();
    void followsTheAccountList();
    void refreshAll();
    void keyRotation();

private:
    Account addAccount(int demoIndex = 0, bool withKey = true);
    bool waitForFetch(const QUuid &account);

    EmulatorProcess m_emulator;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TokenBoard> m_board;
};

void TestTokenBoard::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestTokenBoard::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_emulator.clearFaults();
    m_store = std::make_unique<AccountStore>(QString());
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_log = std::make_unique<RequestLog>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_board = std::make_unique<TokenBoard>(m_store.get(), m_secrets.get(), m_log.get());
    m_board->setTicking(false);
    m_board->setClock(m_clock.get());
    AccountConnection::Options options;
    options.sts.retryPolicy = RetryPolicy::none();
    options.sts.transferTimeout = 10s;
    m_board->setConnectionOptions(options);
}

void TestTokenBoard::cleanup()
{
    m_board.reset();
    m_log.reset();
    m_secrets.reset();
    m_store.reset();
}

Account TestTokenBoard::addAccount(int demoIndex, bool withKey)
{
    Account account = AppTest::emulatorAccount(m_emulator, demoIndex);
    if (withKey) {
        [&] {
            QVERIFY(AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey,
                                                           AppTest::emulatorKey(demoIndex))));
            QVERIFY(AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::SecondaryKey,
                                                           AppTest::emulatorKey(demoIndex, true))));
        }();
    }
    m_store->add(account);
    return account;
}

bool TestTokenBoard::waitForFetch(const QUuid &account)
{
    QSignalSpy done(m_board.get(), &TokenBoard::entryChanged);
    QDeadlineTimer deadline(20000);
    while (m_board->entry(account).fetching && !deadline.hasExpired())
        done.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return !m_board->entry(account).fetching;
}

void TestTokenBoard::fetchesATokenFromTheEmulator()
{
    const Account account = addAccount();
    QCOMPARE(m_board->count(), 1);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::NotFetched);

    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Fetching);
    QVERIFY(received.wait(20000));
    QCOMPARE(received.first().first().toUuid(), account.uuid());

    const TokenEntry entry = m_board->entry(account.uuid());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QVERIFY(!entry.token.isNull());
    const Jwt jwt = Jwt::decode(entry.token.token());
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.claims().value(QStringLiteral("aid")).toString(), account.accountId());
    QCOMPARE(entry.lastRefresh, m_clock->currentDateTimeUtc());
    QVERIFY(qAbs(entry.secondsLeftAt(m_clock->currentDateTimeUtc()) - 86400) < 120);

    QCOMPARE(m_log->count(), 1);
    const RequestLogEntry logged = m_log->at(0);
    QVERIFY(logged.isSuccess());
    QCOMPARE(logged.httpStatus, 200);
    QCOMPARE(logged.account, account.uuid());
    QVERIFY(CorrelationVector::isValid(logged.requestCorrelationVector));
    QVERIFY(logged.responseCorrelationVector.endsWith(QStringLiteral(".0")));
    QVERIFY(!RequestLog::toJson(m_log->entries()).contains(entry.token.token().toUtf8()));
    QVERIFY(!RequestLog::toJson(m_log->entries()).contains(AppTest::emulatorKey().toUtf8()));

    // A fetch while the token is good answers from the cache: no request.
    m_board->fetch(account.uuid());
    QVERIFY(waitForFetch(account.uuid()));
    QCOMPARE(m_board->entry(account.uuid()).token, entry.token);
    QCOMPARE(m_log->count(), 1);
}

void TestTokenBoard::statesFollowTheClock()
{
    const Account account = addAccount();
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    const QDateTime expiry = m_board->entry(account.uuid()).token.expiresOn();
    QSignalSpy ticked(m_board.get(), &TokenBoard::ticked);

    m_clock->setCurrentDateTimeUtc(expiry.addSecs(-3601));
    m_board->tick();
    QCOMPARE(ticked.size(), 1);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QCOMPARE(m_board->entry(account.uuid()).secondsLeftAt(m_board->now()), 3601);

    m_clock->advance(1s);
    m_board->tick();
    QCOMPARE(m_board->entry(account.uuid()).secondsLeftAt(m_board->now()), 3600);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::ExpiringSoon);

    m_board->setExpiringSoonThreshold(10min);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);

    m_clock->setCurrentDateTimeUtc(expiry);
    m_board->tick();
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Expired);
    QVERIFY(!m_board->entry(account.uuid()).hasUsableTokenAt(m_board->now()));
    QCOMPARE(m_log->count(), 1); // auto-refresh is off for this account
}

void TestTokenBoard::autoRefreshBeforeExpiry()
{
    // Tokens that live 10 minutes, refreshed 5 minutes before they expire.
    EmulatorProcess shortLived;
    QString error;
    QVERIFY2(shortLived.start(EmulatorProcess::demoAccounts(),
                              {QStringLiteral("--token-lifetime"), QStringLiteral("600")}, &error),
             qPrintable(error));
    Account account = AppTest::emulatorAccount(shortLived);
    account.setAutoRefresh(true);
    QVERIFY(AppTest::finish(
        m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey, AppTest::emulatorKey())));
    m_store->add(account);
    m_board->setAutoRefreshMargin(5min);

    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    const AccessToken first = m_board->entry(account.uuid()).token;
    const QDateTime start = m_clock->currentDateTimeUtc();

    // Not yet due: a tick fetches nothing.
    m_clock->setCurrentDateTimeUtc(start.addSecs(60));
    m_board->tick();
    QVERIFY(!m_board->entry(account.uuid()).fetching);

    // Within the margin: the tick refreshes through the credential.
    m_clock->setCurrentDateTimeUtc(first.expiresOn().addSecs(-299));
    m_board->tick();
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Fetching);
    QVERIFY(received.wait(20000));
    // (The emulator hands out the same token within one second, so compare the refresh.)
    const TokenEntry refreshed = m_board->entry(account.uuid());
    QVERIFY(!refreshed.token.isNull());
    QCOMPARE(refreshed.lastRefresh, m_clock->currentDateTimeUtc());
    QCOMPARE(m_log->count(), 2);
    QCOMPARE(m_log->at(1).operation, QStringLiteral("auto-refresh"));

    // Globally switched off: nothing happens even when due.
    m_board->setAutoRefreshEnabled(false);
    m_clock->setCurrentDateTimeUtc(refreshed.token.expiresOn());
    m_board->tick();
    QVERIFY(!m_board->entry(account.uuid()).fetching);
}

void TestTokenBoard::firstTokenForAutoRefreshAccounts()
{
    Account account = AppTest::emulatorAccount(m_emulator, 1);
    account.setAutoRefresh(true);
    QVERIFY(AppTest::finish(
        m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey, AppTest::emulatorKey(1))));
    m_store->add(account);
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->tick();
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Fetching);
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
}

void TestTokenBoard::wrongKeyIsATypedErrorWithBothCorrelationVectors()
{
    const Account account = addAccount(0, false);
    QVERIFY(AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey,
                                                   QStringLiteral("d3Jvbmcta2V5"))));
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Error);
    const Error error = m_board->entry(account.uuid()).error;
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY(error.wwwAuthenticate().startsWith(QStringLiteral("Invalid token")));
    QVERIFY(CorrelationVector::isValid(error.requestCorrelationVector()));
    QVERIFY(!error.responseCorrelationVector().isEmpty());
    QVERIFY(!error.message().contains(QStringLiteral("d3Jvbmcta2V5")));

    QCOMPARE(m_log->count(), 1);
    const RequestLogEntry logged = m_log->at(0);
    QCOMPARE(logged.errorCode, Error::Code::AuthenticationFailed);
    QCOMPARE(logged.statusText(), QStringLiteral("401 AuthenticationFailed"));
    QCOMPARE(logged.requestCorrelationVector, error.requestCorrelationVector());
    QCOMPARE(logged.responseCorrelationVector, error.responseCorrelationVector());
    QVERIFY(logged.errorText.contains(QStringLiteral("Invalid token")));
    QVERIFY(!logged.errorText.contains(QStringLiteral("d3Jvbmcta2V5")));
}

void TestTokenBoard::serverErrorKeepsTheOldToken()
{
    const Account account = addAccount();
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    const AccessToken token = m_board->entry(account.uuid()).token;

    QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("server-error")},
                                 {QStringLiteral("count"), 1}}) >= 0);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(20000));
    const TokenEntry entry = m_board->entry(account.uuid());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Error);
    QCOMPARE(entry.error.code(), Error::Code::ServerError);
    QCOMPARE(entry.error.httpStatus(), 500);
    QVERIFY(!entry.error.responseCorrelationVector().isEmpty());
    QCOMPARE(entry.token, token);
    QVERIFY(entry.hasUsableTokenAt(m_board->now()));

    // The next success clears the error.
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
}

void TestTokenBoard::missingSecret()
{
    const Account account = addAccount(0, false);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(5000));
    const Error error = m_board->entry(account.uuid()).error;
    QCOMPARE(error.code(), Error::Code::CredentialUnavailable);
    QVERIFY2(error.message().contains(QStringLiteral("primary key")), qPrintable(error.message()));
    QCOMPARE(m_log->count(), 0); // no request was sent
}

void TestTokenBoard::lockedKeychain()
{
    LockedSecretStore locked;
    m_board->setSecretStore(&locked);
    const Account account = addAccount(0, false);
    QSignalSpy unavailable(m_board.get(), &TokenBoard::secretStoreUnavailable);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(5000));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.first().first().value<SecretError>().code(),
             SecretError::Code::Unavailable);
    QCOMPARE(m_board->entry(account.uuid()).error.code(), Error::Code::CredentialUnavailable);
    m_board->setSecretStore(m_secrets.get());
}

void TestTokenBoard::badCaFile()
{
    Account account = addAccount();
    account.setCaCertificateFile(QStringLiteral(MRAUTH_TEST_DATA_DIR "/make-test-certs.sh"));
    m_store->update(account);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_board->entry(account.uuid()).error.code(), Error::Code::InvalidArgument);

    // Without the emulator's CA the server is not trusted: a TLS error, never ignored.
    account.setCaCertificateFile(QString());
    m_store->update(account);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_board->entry(account.uuid()).error.code(), Error::Code::TlsError);
}

void TestTokenBoard::cancelAFetch()
{
    const Account account = addAccount();
    QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("hang")},
                                 {QStringLiteral("count"), 1}}) >= 0);
    m_board->refresh(account.uuid());
    // Wait until the request is on the wire.
    QTRY_VERIFY_WITH_TIMEOUT(m_log->count() == 0 && !m_emulator.requests().isEmpty(), 10000);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Fetching);
    m_board->cancel(account.uuid());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::NotFetched);
    QCOMPARE(m_log->count(), 1);
    QCOMPARE(m_log->at(0).errorCode, Error::Code::Canceled);
}

void TestTokenBoard::followsTheAccountList()
{
    QSignalSpy inserted(m_board.get(), &TokenBoard::entryInserted);
    QSignalSpy removed(m_board.get(), &TokenBoard::entryRemoved);
    const Account first = addAccount(0);
    const Account second = addAccount(1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_board->accountAt(0), first.uuid());
    QCOMPARE(m_board->accountAt(1), second.uuid());

    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(first.uuid());
    QVERIFY(received.wait(20000));

    // Renaming keeps the token; another key slot drops it.
    Account renamed = first;
    renamed.setDisplayName(QStringLiteral("renamed"));
    m_store->update(renamed);
    QCOMPARE(m_board->entry(first.uuid()).account.displayName(), QStringLiteral("renamed"));
    QVERIFY(!m_board->entry(first.uuid()).token.isNull());
    renamed.setKeySlot(Account::KeySlot::Secondary);
    m_store->update(renamed);
    QVERIFY(m_board->entry(first.uuid()).token.isNull());
    QCOMPARE(m_board->stateOf(first.uuid()), TokenEntry::State::NotFetched);

    m_store->remove(first.uuid());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_board->count(), 1);
    QCOMPARE(m_board->accountAt(0), second.uuid());
    QCOMPARE(m_board->rowOf(first.uuid()), -1);
}

void TestTokenBoard::refreshAll()
{
    const Account first = addAccount(0);
    const Account second = addAccount(1);
    const Account third = addAccount(2);
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refreshAll();
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 20000);
    for (const Account &account : {first, second, third})
        QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QCOMPARE(m_log->count(), 3);
}

void TestTokenBoard::keyRotation()
{
    Account account = addAccount();
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    // The primary key in the keychain changes (for example edited in the dialog): the next
    // refresh uses the new key, here a wrong one.
    QVERIFY(AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey,
                                                   QStringLiteral("cm90YXRlZA=="))));
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_board->entry(account.uuid()).error.code(), Error::Code::AuthenticationFailed);
    // Switching to the secondary key works.
    account.setKeySlot(Account::KeySlot::Secondary);
    m_store->update(account);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
}

QTEST_GUILESS_MAIN(TestTokenBoard)
#include "tst_tokenboard.moc"
