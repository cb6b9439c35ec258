// ChainedTokenCredential with real credentials against the emulator: order, unavailable links
// passed over, a failing link ending the chain, the combined error listing every link, the
// remembered link, abort, and the STS through a chain.

#include "aadtestsupport.h"

#include <mrauth/azureclicredential.h>
#include <mrauth/chainedtokencredential.h>
#include <mrauth/clientsecretcredential.h>
#include <mrauth/environmentcredential.h>
#include <mrauth/managedidentitycredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;

namespace {

const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};

//! Counts the requests a real credential gets.
class CountingCredential : public TokenCredential
{
public:
    explicit CountingCredential(std::shared_ptr<TokenCredential> inner) : m_inner(std::move(inner))
    {}
    TokenReply *getToken(const QStringList &scopes) override
    {
        ++m_calls;
        return m_inner->getToken(scopes);
    }
    int calls() const { return m_calls; }

private:
    std::shared_ptr<TokenCredential> m_inner;
    int m_calls = 0;
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

class tst_AadChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstAvailableLinkWins();
    void unavailableLinksArePassedOver();
    void failingLinkEndsTheChain();
    void everyLinkUnavailable();
    void remembersTheSuccessfulLink();
    void emptyChain();
    void abort();
    void chainAtTheSts();

private:
    std::shared_ptr<TokenCredential> clientSecret(const QString &clientId, const QString &secret);
    std::shared_ptr<TokenCredential> unreachableManagedIdentity();
    std::unique_ptr<TokenReply> run(TokenCredential &credential);

    EmulatorProcess m_emulator;
};

void tst_AadChain::initTestCase()
{
    for (const char *name : {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"})
        qunsetenv(name);
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadChain::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
}

std::shared_ptr<TokenCredential> tst_AadChain::clientSecret(const QString &clientId,
                                                            const QString &secret)
{
    return std::make_shared<ClientSecretCredential>(tenantId, clientId, secret,
                                                    emulatorOptions(m_emulator));
}

std::shared_ptr<TokenCredential> tst_AadChain::unreachableManagedIdentity()
{
    ManagedIdentityCredentialOptions options;
    options.imdsEndpoint = QUrl(
        QStringLiteral("http://127.0.0.1:%1/metadata/identity/oauth2/token").arg(closedPort()));
    return std::make_shared<ManagedIdentityCredential>(options);
}

std::unique_ptr<TokenReply> tst_AadChain::run(TokenCredential &credential)
{
    std::unique_ptr<TokenReply> reply(credential.getToken(stsScope));
    waitForFinished(reply.get());
    return reply;
}

void tst_AadChain::firstAvailableLinkWins()
{
    auto third = std::make_shared<CountingCredential>(clientSecret(noRoleClientId, noRoleSecret));
    ChainedTokenCredential chain({std::make_shared<EnvironmentCredential>(),
                                  clientSecret(ownerClientId, ownerSecret), third});
    auto reply = run(chain);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("appid")), ownerClientId);
    QCOMPARE(third->calls(), 0);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/oauth2/v2.0/token")), 1);
    QCOMPARE(chain.successfulCredential(), nullptr); // not remembered unless asked
}

void tst_AadChain::unavailableLinksArePassedOver()
{
    ChainedTokenCredential chain({std::make_shared<EnvironmentCredential>(),
                                  unreachableManagedIdentity(),
                                  clientSecret(ownerClientId, ownerSecret)});
    auto reply = run(chain);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
}

void tst_AadChain::failingLinkEndsTheChain()
{
    auto second = std::make_shared<CountingCredential>(clientSecret(ownerClientId, ownerSecret));
    ChainedTokenCredential chain({std::make_shared<EnvironmentCredential>(),
                                  clientSecret(ownerClientId, QStringLiteral("wrong-secret-1")),
                                  second});
    auto reply = run(chain);
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QCOMPARE(reply->httpStatus(), 401);
    QCOMPARE(second->calls(), 0);
    const QStringList lines = reply->errorString().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"ClientSecretCredential failed"));
    QVERIFY(lines.at(1).startsWith(u"- EnvironmentCredential: "));
    QVERIFY(lines.at(1).contains(u"AZURE_TENANT_ID"));
    QVERIFY(lines.at(2).startsWith(u"- ClientSecretCredential: "));
    QVERIFY(lines.at(2).contains(u"AADSTS7000215"));
}

void tst_AadChain::everyLinkUnavailable()
{
    FakeAzureCli az;
    az.hideEverything();
    ChainedTokenCredential chain({std::make_shared<EnvironmentCredential>(),
                                  unreachableManagedIdentity(),
                                  std::make_shared<AzureCliCredential>()});
    auto reply = run(chain);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    const QStringList lines = reply->errorString().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"No credential in the chain"));
    QVERIFY(lines.at(1).startsWith(u"- EnvironmentCredential: "));
    QVERIFY(lines.at(2).startsWith(u"- ManagedIdentityCredential: "));
    QVERIFY(lines.at(3).startsWith(u"- AzureCliCredential: "));
    QVERIFY(lines.at(3).contains(u"not found on PATH"));
}

void tst_AadChain::remembersTheSuccessfulLink()
{
    auto first = std::make_shared<CountingCredential>(std::make_shared<EnvironmentCredential>());
    auto second = clientSecret(ownerClientId, ownerSecret);
    ChainedTokenCredential chain({first, second});
    chain.setRemembersSuccessfulCredential(true);
    QVERIFY(chain.remembersSuccessfulCredential());
    QCOMPARE(run(chain)->error(), Error::Code::NoError);
    QCOMPARE(chain.successfulCredential(), second.get());
    QCOMPARE(first->calls(), 1);
    std::unique_ptr<TokenReply> other(
        chain.getToken({QStringLiteral("https://management.azure.com//.default")}));
    QVERIFY(waitForFinished(other.get()));
    QCOMPARE(other->error(), Error::Code::NoError);
    QCOMPARE(first->calls(), 1);
}

void tst_AadChain::emptyChain()
{
    ChainedTokenCredential chain({});
    std::unique_ptr<TokenReply> reply(chain.getToken(stsScope));
    QVERIFY(!reply->isFinished());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
}

void tst_AadChain::abort()
{
    ChainedTokenCredential chain({clientSecret(ownerClientId, ownerSecret)});
    std::unique_ptr<TokenReply> reply(chain.getToken(stsScope));
    reply->abort();
    QCOMPARE(reply->error(), Error::Code::Canceled);
}

void tst_AadChain::chainAtTheSts()
{
    auto chain = std::make_shared<ChainedTokenCredential>(QList<std::shared_ptr<TokenCredential>>{
        std::make_shared<EnvironmentCredential>(), clientSecret(ownerClientId, ownerSecret)});
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain, chain, options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("aid")), accountId);
}

QTEST_GUILESS_MAIN(tst_AadChain)
#include "tst_aad_chain.moc"
