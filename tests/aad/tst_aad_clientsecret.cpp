// ClientSecretCredential end to end against the emulator over TLS: the token, the cache,
// Azure AD's refusals, argument checks, and the STS exchange with the AAD token (success, and
// 403 for a principal without a role).

#include "aadtestsupport.h"

#include "manualclock.h"

#include <mrauth/clientsecretcredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {

const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};

//! Passes requests on to a real credential and records the scopes it was asked for.
class RecordingCredential : public TokenCredential
{
public:
    explicit RecordingCredential(std::shared_ptr<TokenCredential> inner) : m_inner(std::move(inner))
    {}
    TokenReply *getToken(const QStringList &scopes) override
    {
        m_scopes << scopes;
        return m_inner->getToken(scopes);
    }
    QList<QStringList> scopes() const { return m_scopes; }

private:
    std::shared_ptr<TokenCredential> m_inner;
    QList<QStringList> m_scopes;
};

} // namespace

class tst_AadClientSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tokenForTheMixedRealityScope();
    void cachedPerScopeAndRefreshedBeforeExpiry();
    void wrongSecret();
    void wrongTenant();
    void unknownClient();
    void invalidArguments_data();
    void invalidArguments();
    void authorityHostWithoutScheme();
    void abortedRequest();

    void stsClientEndToEnd();
    void stsClientAsksForTheDoubleSlashScope();
    void principalWithoutRoleIsForbidden();
    void stsReportsTheCredentialsFailure();

private:
    std::unique_ptr<ClientSecretCredential>
    credential(const QString &clientId, const QString &secret, const QString &tenant = tenantId);
    MixedRealityStsClientOptions stsOptions() const;

    EmulatorProcess m_emulator;
};

void tst_AadClientSecret::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadClientSecret::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
}

std::unique_ptr<ClientSecretCredential> tst_AadClientSecret::credential(const QString &clientId,
                                                                        const QString &secret,
                                                                        const QString &tenant)
{
    return std::make_unique<ClientSecretCredential>(tenant, clientId, secret,
                                                    emulatorOptions(m_emulator));
}

MixedRealityStsClientOptions tst_AadClientSecret::stsOptions() const
{
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    options.retryPolicy = RetryPolicy::none();
    return options;
}

void tst_AadClientSecret::tokenForTheMixedRealityScope()
{
    auto aad = credential(ownerClientId, ownerSecret);
    QVERIFY(!aad->configurationError());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    std::unique_ptr<TokenReply> reply(aad->getToken(stsScope));
    QVERIFY(!reply->isFinished());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    const QString token = reply->accessToken().token();
    QCOMPARE(audienceOf(token), QStringLiteral("https://sts.mixedreality.azure.com"));
    QCOMPARE(claimOf(token, QStringLiteral("appid")), ownerClientId);
    QCOMPARE(claimOf(token, QStringLiteral("tid")), tenantId);
    QVERIFY(reply->accessToken().expiresOn() > before.addSecs(60));
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/%1/oauth2/v2.0/token").arg(tenantId)), 1);
}

void tst_AadClientSecret::cachedPerScopeAndRefreshedBeforeExpiry()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AzureCredentialOptions options = emulatorOptions(m_emulator);
    options.clock = &clock;
    ClientSecretCredential aad(tenantId, ownerClientId, ownerSecret, options);
    const QString tokenPath = QStringLiteral("/oauth2/v2.0/token");

    std::unique_ptr<TokenReply> first(aad.getToken(stsScope));
    QVERIFY(waitForFinished(first.get()));
    QCOMPARE(first->error(), Error::Code::NoError);
    std::unique_ptr<TokenReply> second(aad.getToken(stsScope));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(second->accessToken(), first->accessToken());
    QCOMPARE(requestCount(m_emulator, tokenPath), 1);

    const QStringList otherScope = {QStringLiteral("https://management.azure.com//.default")};
    std::unique_ptr<TokenReply> other(aad.getToken(otherScope));
    QVERIFY(waitForFinished(other.get()));
    QCOMPARE(other->error(), Error::Code::NoError);
    QCOMPARE(audienceOf(other->accessToken().token()),
             QStringLiteral("https://management.azure.com"));
    QCOMPARE(requestCount(m_emulator, tokenPath), 2);

    // Five minutes before expiry the next request fetches a new token.
    const qint64 lifetime = clock.currentDateTimeUtc().secsTo(first->accessToken().expiresOn());
    QVERIFY(lifetime > 600);
    clock.advance(std::chrono::seconds(lifetime - 301));
    std::unique_ptr<TokenReply> stillCached(aad.getToken(stsScope));
    QVERIFY(waitForFinished(stillCached.get()));
    QCOMPARE(requestCount(m_emulator, tokenPath), 2);
    clock.advance(2s);
    std::unique_ptr<TokenReply> refreshed(aad.getToken(stsScope));
    QVERIFY(waitForFinished(refreshed.get()));
    QCOMPARE(refreshed->error(), Error::Code::NoError);
    QCOMPARE(requestCount(m_emulator, tokenPath), 3);
}

void tst_AadClientSecret::wrongSecret()
{
    const QString wrong = QStringLiteral("Not-The-Secret-1234567");
    auto aad = credential(ownerClientId, wrong);
    std::unique_ptr<TokenReply> reply(aad->getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QCOMPARE(reply->httpStatus(), 401);
    QCOMPARE(reply->attempts(), 0); // the cache's reply: attempts belong to the fetch
    QVERIFY2(reply->errorString().contains(u"invalid_client"), qPrintable(reply->errorString()));
    QVERIFY(reply->errorString().contains(u"AADSTS7000215"));
    QVERIFY(!reply->errorInfo().toString().contains(wrong));
    // 401 is never retried.
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/oauth2/v2.0/token")), 1);
}

void tst_AadClientSecret::wrongTenant()
{
    auto aad = credential(ownerClientId, ownerSecret,
                          QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    std::unique_ptr<TokenReply> reply(aad->getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::InvalidRequest);
    QCOMPARE(reply->httpStatus(), 400);
    QVERIFY(reply->errorString().contains(u"AADSTS90002"));
}

void tst_AadClientSecret::unknownClient()
{
    auto aad = credential(QStringLiteral("3f5c6e70-8192-4a34-b5c6-d7e8f90a1b23"), ownerSecret);
    std::unique_ptr<TokenReply> reply(aad->getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"unauthorized_client"));
}

void tst_AadClientSecret::invalidArguments_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QUrl>("authorityHost");
    QTest::addColumn<QString>("fragment");
    const QUrl good = m_emulator.url();
    QTest::newRow("empty tenant") << QString() << ownerClientId << ownerSecret << good
                                  << QStringLiteral("tenant");
    QTest::newRow("multi-tenant") << QStringLiteral("organizations") << ownerClientId << ownerSecret
                                  << good << QStringLiteral("organizations");
    QTest::newRow("tenant with a slash") << QStringLiteral("a/b") << ownerClientId << ownerSecret
                                         << good << QStringLiteral("tenant");
    QTest::newRow("client not a GUID")
        << tenantId << QStringLiteral("app") << ownerSecret << good << QStringLiteral("client ID");
    QTest::newRow("empty secret") << tenantId << ownerClientId << QString() << good
                                  << QStringLiteral("secret");
    QTest::newRow("http authority")
        << tenantId << ownerClientId << ownerSecret
        << QUrl(QStringLiteral("http://login.microsoftonline.com")) << QStringLiteral("plain http");
}

void tst_AadClientSecret::invalidArguments()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QUrl, authorityHost);
    QFETCH(QString, fragment);
    AzureCredentialOptions options = emulatorOptions(m_emulator);
    options.authorityHost = authorityHost;
    ClientSecretCredential aad(tenant, clientId, secret, options);
    QCOMPARE(aad.configurationError().code(), Error::Code::InvalidArgument);
    std::unique_ptr<TokenReply> reply(aad.getToken(stsScope));
    QVERIFY(!reply->isFinished());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QVERIFY2(reply->errorString().contains(fragment), qPrintable(reply->errorString()));
    QCOMPARE(m_emulator.requests().size(), 0);
}

void tst_AadClientSecret::authorityHostWithoutScheme()
{
    AzureCredentialOptions options = emulatorOptions(m_emulator);
    // As AZURE_AUTHORITY_HOST is often written: a host and port, https implied.
    options.authorityHost = QUrl(QStringLiteral("localhost:%1").arg(m_emulator.url().port()));
    ClientSecretCredential aad(tenantId, ownerClientId, ownerSecret, options);
    QVERIFY(!aad.configurationError());
    std::unique_ptr<TokenReply> reply(aad.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
}

void tst_AadClientSecret::abortedRequest()
{
    auto aad = credential(ownerClientId, ownerSecret);
    std::unique_ptr<TokenReply> reply(aad->getToken(stsScope));
    reply->abort();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), Error::Code::Canceled);
    // The credential is still usable.
    std::unique_ptr<TokenReply> again(aad->getToken(stsScope));
    QVERIFY(waitForFinished(again.get()));
    QCOMPARE(again->error(), Error::Code::NoError);
}

void tst_AadClientSecret::stsClientEndToEnd()
{
    auto aad = std::make_shared<ClientSecretCredential>(tenantId, ownerClientId, ownerSecret,
                                                        emulatorOptions(m_emulator));
    MixedRealityStsClient client(accountId, accountDomain, aad, stsOptions());
    QVERIFY(client.isValid());
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    const QString mrToken = reply->accessToken().token();
    QCOMPARE(claimOf(mrToken, QStringLiteral("aid")), accountId);
    QCOMPARE(claimOf(mrToken, QStringLiteral("tid")), tenantId);
    QCOMPARE(reply->httpStatus(), 200);
    QVERIFY(!reply->responseCorrelationVector().isEmpty());
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/oauth2/v2.0/token")), 1);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/Accounts/%1/token").arg(accountId)), 1);

    // The AAD token is cached by the credential: a second exchange asks Azure AD nothing.
    std::unique_ptr<TokenReply> second(client.getToken());
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/oauth2/v2.0/token")), 1);
}

void tst_AadClientSecret::stsClientAsksForTheDoubleSlashScope()
{
    auto aad = std::make_shared<ClientSecretCredential>(tenantId, ownerClientId, ownerSecret,
                                                        emulatorOptions(m_emulator));
    auto recording = std::make_shared<RecordingCredential>(aad);
    MixedRealityStsClient client(accountId, accountDomain, recording, stsOptions());
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    QCOMPARE(recording->scopes(),
             QList<QStringList>{{QStringLiteral("https://sts.mixedreality.azure.com//.default")}});

    // Overridden, e.g. the regional form: used as given (the emulator accepts both audiences).
    MixedRealityStsClientOptions options = stsOptions();
    options.aadScopes = {QStringLiteral("https://sts.%1/.default").arg(accountDomain)};
    MixedRealityStsClient regional(accountId, accountDomain, recording, options);
    std::unique_ptr<TokenReply> regionalReply(regional.getToken());
    QVERIFY(waitForFinished(regionalReply.get()));
    QVERIFY2(regionalReply->error() == Error::Code::NoError,
             qPrintable(regionalReply->errorInfo().toString()));
    QCOMPARE(recording->scopes().last(), options.aadScopes);
}

void tst_AadClientSecret::principalWithoutRoleIsForbidden()
{
    auto aad = std::make_shared<ClientSecretCredential>(tenantId, noRoleClientId, noRoleSecret,
                                                        emulatorOptions(m_emulator));
    MixedRealityStsClient client(accountId, accountDomain, aad, stsOptions());
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::Forbidden);
    QCOMPARE(reply->httpStatus(), 403);
    QVERIFY(!reply->requestCorrelationVector().isEmpty());
    QVERIFY(!reply->responseCorrelationVector().isEmpty());
    QVERIFY(reply->errorString().contains(u"no role"));
}

void tst_AadClientSecret::stsReportsTheCredentialsFailure()
{
    auto aad = std::make_shared<ClientSecretCredential>(
        tenantId, ownerClientId, QStringLiteral("wrong-secret-value"), emulatorOptions(m_emulator));
    MixedRealityStsClient client(accountId, accountDomain, aad, stsOptions());
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"AADSTS7000215"));
    // The STS itself was never asked.
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/Accounts/")), 0);
}

QTEST_GUILESS_MAIN(tst_AadClientSecret)
#include "tst_aad_clientsecret.moc"
