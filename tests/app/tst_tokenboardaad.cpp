// The token board's Azure AD sign-ins against the emulator: client secret, device code (with
// the refresh token kept in the secret store for a silent next session), interactive browser
// and the Azure CLI, each through the library's credential and MixedRealityTokenCredential.
#include "aadtestsupport.h"
#include "accountstore.h"
#include "apptesthelpers.h"
#include "memorysecretstore.h"
#include "requestlog.h"
#include "tokenboard.h"

#include <mrauth/clientsecretcredential.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitystsclientoptions.h>

#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace MrAuth::AadTest;

class TestTokenBoardAad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientSecret();
    void wrongClientSecret();
    void deviceCodeKeepsTheRefreshToken();
    void interactiveBrowser();
    void azureCli();
    void userSignInsAreNotStartedByTheTimer();

private:
    Account aadAccount(Account::AuthMode mode, const QString &clientId) const;
    void startBoard(const AccountConnection::Options &extra = {});
    QString readSecret(const QUuid &account, SecretKind kind);

    EmulatorProcess m_emulator;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<TokenBoard> m_board;
};

void TestTokenBoardAad::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void TestTokenBoardAad::init()
{
    m_store = std::make_unique<AccountStore>(QString());
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_log = std::make_unique<RequestLog>();
}

void TestTokenBoardAad::cleanup()
{
    m_board.reset();
    m_log.reset();
    m_secrets.reset();
    m_store.reset();
}

void TestTokenBoardAad::startBoard(const AccountConnection::Options &extra)
{
    m_board = std::make_unique<TokenBoard>(m_store.get(), m_secrets.get(), m_log.get());
    m_board->setTicking(false);
    AccountConnection::Options options = extra;
    options.sts.retryPolicy = RetryPolicy::none();
    m_board->setConnectionOptions(options);
}

Account TestTokenBoardAad::aadAccount(Account::AuthMode mode, const QString &clientId) const
{
    Account account = Account::create();
    account.setDisplayName(Account::authModeName(mode));
    account.setAccountId(accountId);
    account.setAccountDomain(accountDomain);
    account.setCustomEndpoint(m_emulator.url());
    account.setCaCertificateFile(m_emulator.caCertificatePath());
    account.setAuthMode(mode);
    account.setTenantId(tenantId);
    account.setClientId(mode == Account::AuthMode::AzureCli ? QString() : clientId);
    account.setAuthorityHost(m_emulator.url());
    account.setAutoRefresh(true);
    return account;
}

QString TestTokenBoardAad::readSecret(const QUuid &account, SecretKind kind)
{
    SecretJob *job = m_secrets->readSecret(account, kind);
    QString secret;
    connect(job, &SecretJob::finished, this,
            [&secret](SecretJob *done) { secret = done->secret(); });
    QSignalSpy finished(job, &SecretJob::finished);
    finished.wait(5000);
    return secret;
}

void TestTokenBoardAad::clientSecret()
{
    const Account account = aadAccount(Account::AuthMode::ClientSecret, ownerClientId);
    QVERIFY(AppTest::finish(
        m_secrets->writeSecret(account.uuid(), SecretKind::ClientSecret, ownerSecret)));
    m_store->add(account);
    startBoard();
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    const QString token = m_board->entry(account.uuid()).token.token();
    QCOMPARE(claimOf(token, QStringLiteral("att")), QStringLiteral("AAD"));
    QCOMPARE(claimOf(token, QStringLiteral("aid")), accountId);
    QCOMPARE(m_log->count(), 1);
    QVERIFY(m_log->at(0).isSuccess());
}

void TestTokenBoardAad::wrongClientSecret()
{
    const Account account = aadAccount(Account::AuthMode::ClientSecret, ownerClientId);
    QVERIFY(AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::ClientSecret,
                                                   QStringLiteral("not-the-secret"))));
    m_store->add(account);
    startBoard();
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account.uuid());
    QVERIFY(failed.wait(20000));
    const Error error = m_board->entry(account.uuid()).error;
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    QVERIFY(!error.message().contains(QStringLiteral("not-the-secret")));
    QVERIFY(!m_log->at(0).errorText.contains(QStringLiteral("not-the-secret")));
}

void TestTokenBoardAad::deviceCodeKeepsTheRefreshToken()
{
    const Account account = aadAccount(Account::AuthMode::DeviceCode, publicClientId);
    m_store->add(account);
    startBoard();
    QSignalSpy codes(m_board.get(), &TokenBoard::deviceCodeReceived);
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(codes.wait(20000));
    QCOMPARE(codes.first().at(0).toUuid(), account.uuid());
    const auto info = codes.first().at(1).value<DeviceCodeInfo>();
    QVERIFY(!info.userCode().isEmpty());
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Fetching);
    QVERIFY(m_emulator.approveDeviceCode(info.userCode()));
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QCOMPARE(claimOf(m_board->entry(account.uuid()).token.token(), QStringLiteral("aid")),
             accountId);

    // The refresh token went to the secret store...
    QTRY_VERIFY(!readSecret(account.uuid(), SecretKind::RefreshToken).isEmpty());
    // ...so the next session signs in silently.
    m_board.reset();
    startBoard();
    QSignalSpy silentCodes(m_board.get(), &TokenBoard::deviceCodeReceived);
    QSignalSpy silent(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(silent.wait(20000));
    QCOMPARE(silentCodes.size(), 0);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
}

void TestTokenBoardAad::interactiveBrowser()
{
    const Account account = aadAccount(Account::AuthMode::InteractiveBrowser, publicClientId);
    m_store->add(account);
    TestBrowser browser(m_emulator);
    AccountConnection::Options options;
    options.openBrowser = [&browser](const QUrl &url) {
        return browser.open(url);
    };
    startBoard(options);
    QSignalSpy started(m_board.get(), &TokenBoard::browserSignInStarted);
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(browser.opened(), 1);
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QTRY_VERIFY(!readSecret(account.uuid(), SecretKind::RefreshToken).isEmpty());
}

void TestTokenBoardAad::azureCli()
{
    // The CLI's token: one the emulator issues, printed by a fake `az`.
    ClientSecretCredential issuer(tenantId, ownerClientId, ownerSecret,
                                  emulatorOptions(m_emulator));
    std::unique_ptr<TokenReply> issued(
        issuer.getToken({MixedRealityStsClientOptions::defaultAadScope()}));
    QVERIFY(waitForFinished(issued.get()));
    QCOMPARE(issued->error(), Error::Code::NoError);
    FakeAzureCli az;
    QVERIFY(az.writePrinting(
        {{QStringLiteral("accessToken"), issued->accessToken().token()},
         {QStringLiteral("expires_on"), issued->accessToken().expiresOn().toSecsSinceEpoch()}}));

    const Account account = aadAccount(Account::AuthMode::AzureCli, {});
    m_store->add(account);
    startBoard();
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    m_board->refresh(account.uuid());
    QVERIFY(received.wait(20000));
    QCOMPARE(m_board->stateOf(account.uuid()), TokenEntry::State::Valid);
    QVERIFY(az.recordedArguments().contains(QStringLiteral("--tenant")));
}

void TestTokenBoardAad::userSignInsAreNotStartedByTheTimer()
{
    // Auto-refresh never opens a browser or asks for a device code on its own.
    const Account deviceCode = aadAccount(Account::AuthMode::DeviceCode, publicClientId);
    const Account browser = aadAccount(Account::AuthMode::InteractiveBrowser, publicClientId);
    m_store->add(deviceCode);
    m_store->add(browser);
    startBoard();
    m_board->tick();
    QVERIFY(!m_board->entry(deviceCode.uuid()).fetching);
    QVERIFY(!m_board->entry(browser.uuid()).fetching);
}

QTEST_GUILESS_MAIN(TestTokenBoardAad)
#include "tst_tokenboardaad.moc"
