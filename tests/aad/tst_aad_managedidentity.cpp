// ManagedIdentityCredential against the emulator's IMDS and App Service endpoints (configured
// by option and by environment), an unreachable and a silent endpoint, refusals, endpoint
// checks, and the STS with the identity's token.

#include "aadtestsupport.h"

#include <mrauth/managedidentitycredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {
const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};
} // namespace

class tst_AadManagedIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void imdsSystemAssigned();
    void imdsUserAssigned();
    void imdsUnknownIdentity();
    void imdsUnreachable();
    void imdsSilent();
    void appServiceByOptions();
    void appServiceByEnvironment();
    void appServiceWrongSecret();
    void endpointChecks_data();
    void endpointChecks();
    void oneScopeOnly();
    void identityTokenAtTheSts();
    void identityWithoutRoleIsForbidden();

private:
    ManagedIdentityCredentialOptions imdsOptions() const;
    ManagedIdentityCredentialOptions appServiceOptions();
    std::unique_ptr<TokenReply> run(ManagedIdentityCredential &credential,
                                    const QStringList &scopes = stsScope);

    EmulatorProcess m_emulator;
};

void tst_AadManagedIdentity::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadManagedIdentity::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
}

void tst_AadManagedIdentity::cleanup()
{
    qunsetenv("IDENTITY_ENDPOINT");
    qunsetenv("IDENTITY_HEADER");
}

ManagedIdentityCredentialOptions tst_AadManagedIdentity::imdsOptions() const
{
    ManagedIdentityCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.imdsEndpoint = m_emulator.url(QStringLiteral("/metadata/identity/oauth2/token"));
    options.imdsProbeTimeout = 5s;
    return options;
}

ManagedIdentityCredentialOptions tst_AadManagedIdentity::appServiceOptions()
{
    ManagedIdentityCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.appServiceEndpoint = m_emulator.url(QStringLiteral("/msi/token"));
    options.identityHeader = m_emulator.identityHeader();
    return options;
}

std::unique_ptr<TokenReply> tst_AadManagedIdentity::run(ManagedIdentityCredential &credential,
                                                        const QStringList &scopes)
{
    std::unique_ptr<TokenReply> reply(credential.getToken(scopes));
    waitForFinished(reply.get());
    return reply;
}

void tst_AadManagedIdentity::imdsSystemAssigned()
{
    ManagedIdentityCredential identity(imdsOptions());
    QCOMPARE(identity.source(), ManagedIdentityCredential::Source::Imds);
    QVERIFY(!identity.configurationError());
    auto reply = run(identity);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    const QString token = reply->accessToken().token();
    QCOMPARE(audienceOf(token), QStringLiteral("https://sts.mixedreality.azure.com"));
    QCOMPARE(claimOf(token, QStringLiteral("oid")), systemIdentityObjectId);
    QVERIFY(reply->accessToken().expiresOn() > QDateTime::currentDateTimeUtc());
    // The resource is the scope without /.default, percent-encoded in the query.
    QCOMPARE(requestCount(m_emulator, QStringLiteral("api-version=2018-02-01")), 1);
    QCOMPARE(requestCount(m_emulator,
                          QStringLiteral("resource=https%3A%2F%2Fsts.mixedreality.azure.com%2F")),
             1);
    // Cached.
    auto again = run(identity);
    QCOMPARE(again->accessToken(), reply->accessToken());
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/metadata/identity/oauth2/token")), 1);
}

void tst_AadManagedIdentity::imdsUserAssigned()
{
    ManagedIdentityCredentialOptions options = imdsOptions();
    options.clientId = userIdentityClientId;
    ManagedIdentityCredential identity(options);
    auto reply = run(identity);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("oid")), userIdentityObjectId);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("client_id=") + userIdentityClientId), 1);
}

void tst_AadManagedIdentity::imdsUnknownIdentity()
{
    ManagedIdentityCredentialOptions options = imdsOptions();
    options.clientId = QStringLiteral("0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f");
    ManagedIdentityCredential identity(options);
    auto reply = run(identity);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QCOMPARE(reply->httpStatus(), 400);
    QVERIFY2(reply->errorString().contains(u"Identity not found"),
             qPrintable(reply->errorString()));
}

void tst_AadManagedIdentity::imdsUnreachable()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ManagedIdentityCredentialOptions options = imdsOptions();
    options.imdsEndpoint =
        QUrl(QStringLiteral("http://127.0.0.1:%1/metadata/identity/oauth2/token").arg(closedPort));
    ManagedIdentityCredential identity(options);
    auto reply = run(identity);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY(reply->errorString().contains(u"No managed identity endpoint answered"));

    // Remembered: later requests fail at once, without another try.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, closedPort));
    auto again = run(identity);
    QCOMPARE(again->error(), Error::Code::CredentialUnavailable);
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(!listener.waitForNewConnection(0));
}

void tst_AadManagedIdentity::imdsSilent()
{
    // Accepts connections, never answers: off Azure some networks swallow the IMDS address.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ManagedIdentityCredentialOptions options = imdsOptions();
    options.imdsEndpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/metadata/identity/oauth2/token")
                                    .arg(silent.serverPort()));
    options.imdsProbeTimeout = 300ms;
    ManagedIdentityCredential identity(options);
    QElapsedTimer elapsed;
    elapsed.start();
    auto reply = run(identity);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY(elapsed.elapsed() < 5000); // one try, no retries
}

void tst_AadManagedIdentity::appServiceByOptions()
{
    ManagedIdentityCredential identity(appServiceOptions());
    QCOMPARE(identity.source(), ManagedIdentityCredential::Source::AppService);
    QCOMPARE(identity.endpoint(), m_emulator.url(QStringLiteral("/msi/token")));
    auto reply = run(identity);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("oid")), systemIdentityObjectId);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("api-version=2019-08-01")), 1);
}

void tst_AadManagedIdentity::appServiceByEnvironment()
{
    qputenv("IDENTITY_ENDPOINT", m_emulator.url(QStringLiteral("/msi/token")).toEncoded());
    qputenv("IDENTITY_HEADER", m_emulator.identityHeader().toUtf8());
    ManagedIdentityCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    ManagedIdentityCredential identity(options);
    QCOMPARE(identity.source(), ManagedIdentityCredential::Source::AppService);
    auto reply = run(identity);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
}

void tst_AadManagedIdentity::appServiceWrongSecret()
{
    ManagedIdentityCredentialOptions options = appServiceOptions();
    options.identityHeader = QStringLiteral("not-the-identity-header-123");
    ManagedIdentityCredential identity(options);
    auto reply = run(identity);
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QCOMPARE(reply->httpStatus(), 401);
    QVERIFY(!reply->errorInfo().toString().contains(options.identityHeader));
}

void tst_AadManagedIdentity::endpointChecks_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("IMDS default") << ManagedIdentityCredentialOptions::defaultImdsEndpoint()
                                  << true;
    QTest::newRow("loopback http")
        << QUrl(QStringLiteral("http://127.0.0.1:4141/msi/token")) << true;
    QTest::newRow("https") << QUrl(QStringLiteral("https://identity.example/token")) << true;
    QTest::newRow("remote http") << QUrl(QStringLiteral("http://identity.example/token")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/token")) << false;
}

void tst_AadManagedIdentity::endpointChecks()
{
    QFETCH(QUrl, endpoint);
    QFETCH(bool, valid);
    ManagedIdentityCredentialOptions options;
    options.imdsEndpoint = endpoint;
    ManagedIdentityCredential identity(options);
    QCOMPARE(!identity.configurationError().isError(), valid);
    if (!valid) {
        auto reply = run(identity);
        QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    }
}

void tst_AadManagedIdentity::oneScopeOnly()
{
    ManagedIdentityCredential identity(imdsOptions());
    auto reply = run(identity, {QStringLiteral("a/.default"), QStringLiteral("b/.default")});
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QCOMPARE(m_emulator.requests().size(), 0);
}

void tst_AadManagedIdentity::identityTokenAtTheSts()
{
    auto identity = std::make_shared<ManagedIdentityCredential>(imdsOptions());
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain, identity, options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("aid")), accountId);
}

void tst_AadManagedIdentity::identityWithoutRoleIsForbidden()
{
    ManagedIdentityCredentialOptions identityOptions = imdsOptions();
    identityOptions.clientId = userIdentityClientId;
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain,
                                 std::make_shared<ManagedIdentityCredential>(identityOptions),
                                 options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::Forbidden);
}

QTEST_GUILESS_MAIN(tst_AadManagedIdentity)
#include "tst_aad_managedidentity.moc"
