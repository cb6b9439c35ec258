// DefaultAzureCredential against the emulator: environment, then managed identity, then the
// Azure CLI (a fake az first on PATH), and the browser only when asked; the error that lists
// every link; the remembered link; exclusions; and the seed README's example at the STS.

#include "aadtestsupport.h"

#include <mrauth/clientsecretcredential.h>
#include <mrauth/defaultazurecredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {

const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};
const QList<const char *> environmentVariables = {"AZURE_TENANT_ID", "AZURE_CLIENT_ID",
                                                  "AZURE_CLIENT_SECRET", "AZURE_AUTHORITY_HOST"};

QStringList linkNames(const ChainedTokenCredential &chain)
{
    QStringList names;
    const auto links = chain.credentials();
    for (const auto &link : links)
        names << ChainedTokenCredential::credentialName(link.get());
    return names;
}

} // namespace

class tst_AadDefaultAzureCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void links();
    void environmentFirst();
    void managedIdentitySecond();
    void azureCliThird();
    void everyLinkFails();
    void browserOnlyWhenAsked();
    void remembersTheLinkThatWorked();
    void readmeExampleAtTheSts();
    void injectedNetworkAccessManager();

private:
    DefaultAzureCredentialOptions options(bool managedIdentityReachable) const;
    void setEnvironment();
    //! Lets the fake CLI print a real Azure AD token issued by the emulator.
    void cliPrintsAnEmulatorToken();
    std::unique_ptr<TokenReply> run(TokenCredential &credential);

    EmulatorProcess m_emulator;
    std::unique_ptr<FakeAzureCli> m_az;
    quint16 m_closedPort = 0;
};

void tst_AadDefaultAzureCredential::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_closedPort = probe.serverPort();
}

void tst_AadDefaultAzureCredential::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
    cleanup();
    m_az = std::make_unique<FakeAzureCli>();
    QVERIFY(m_az->write("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1"));
}

void tst_AadDefaultAzureCredential::cleanup()
{
    m_az.reset();
    for (const char *name : environmentVariables)
        qunsetenv(name);
    qunsetenv("IDENTITY_ENDPOINT");
    qunsetenv("IDENTITY_HEADER");
}

DefaultAzureCredentialOptions
tst_AadDefaultAzureCredential::options(bool managedIdentityReachable) const
{
    DefaultAzureCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.managedIdentityEndpoint =
        managedIdentityReachable
            ? m_emulator.url(QStringLiteral("/metadata/identity/oauth2/token"))
            : QUrl(QStringLiteral("http://127.0.0.1:%1/metadata/identity/oauth2/token")
                       .arg(m_closedPort));
    options.imdsProbeTimeout = 5s;
    return options;
}

void tst_AadDefaultAzureCredential::setEnvironment()
{
    qputenv("AZURE_TENANT_ID", tenantId.toUtf8());
    qputenv("AZURE_CLIENT_ID", ownerClientId.toUtf8());
    qputenv("AZURE_CLIENT_SECRET", ownerSecret.toUtf8());
    qputenv("AZURE_AUTHORITY_HOST", m_emulator.url().toEncoded());
}

void tst_AadDefaultAzureCredential::cliPrintsAnEmulatorToken()
{
    ClientSecretCredential issuer(tenantId, noRoleClientId, noRoleSecret,
                                  emulatorOptions(m_emulator));
    std::unique_ptr<TokenReply> issued(issuer.getToken(stsScope));
    QVERIFY(waitForFinished(issued.get()));
    QCOMPARE(issued->error(), Error::Code::NoError);
    QVERIFY(m_az->writePrinting(
        {{QStringLiteral("accessToken"), issued->accessToken().token()},
         {QStringLiteral("expires_on"), issued->accessToken().expiresOn().toSecsSinceEpoch()}}));
    QVERIFY(m_emulator.clearRequests());
}

std::unique_ptr<TokenReply> tst_AadDefaultAzureCredential::run(TokenCredential &credential)
{
    std::unique_ptr<TokenReply> reply(credential.getToken(stsScope));
    waitForFinished(reply.get());
    return reply;
}

void tst_AadDefaultAzureCredential::links()
{
    DefaultAzureCredential standard;
    QCOMPARE(linkNames(standard), (QStringList{QStringLiteral("EnvironmentCredential"),
                                               QStringLiteral("ManagedIdentityCredential"),
                                               QStringLiteral("AzureCliCredential")}));
    QVERIFY(standard.remembersSuccessfulCredential());

    DefaultAzureCredentialOptions options;
    options.includeInteractiveBrowserCredential = true;
    options.excludeManagedIdentityCredential = true;
    DefaultAzureCredential custom(options);
    QCOMPARE(linkNames(custom), (QStringList{QStringLiteral("EnvironmentCredential"),
                                             QStringLiteral("AzureCliCredential"),
                                             QStringLiteral("InteractiveBrowserCredential")}));
}

void tst_AadDefaultAzureCredential::environmentFirst()
{
    setEnvironment();
    cliPrintsAnEmulatorToken();
    DefaultAzureCredential credential(options(true));
    auto reply = run(credential);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("appid")), ownerClientId);
    QCOMPARE(ChainedTokenCredential::credentialName(credential.successfulCredential()),
             QStringLiteral("EnvironmentCredential"));
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/metadata/identity")), 0);
    QCOMPARE(m_az->runs(), 0);
}

void tst_AadDefaultAzureCredential::managedIdentitySecond()
{
    cliPrintsAnEmulatorToken();
    DefaultAzureCredential credential(options(true));
    auto reply = run(credential);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("oid")), systemIdentityObjectId);
    QCOMPARE(ChainedTokenCredential::credentialName(credential.successfulCredential()),
             QStringLiteral("ManagedIdentityCredential"));
    QCOMPARE(m_az->runs(), 0);
}

void tst_AadDefaultAzureCredential::azureCliThird()
{
    cliPrintsAnEmulatorToken();
    DefaultAzureCredential credential(options(false));
    auto reply = run(credential);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("appid")), noRoleClientId);
    QCOMPARE(ChainedTokenCredential::credentialName(credential.successfulCredential()),
             QStringLiteral("AzureCliCredential"));
    QCOMPARE(m_az->runs(), 1);
}

void tst_AadDefaultAzureCredential::everyLinkFails()
{
    // The fake CLI is not logged in.
    DefaultAzureCredential credential(options(false));
    auto reply = run(credential);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    const QStringList lines = reply->errorString().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(u"- EnvironmentCredential: "));
    QVERIFY(lines.at(2).startsWith(u"- ManagedIdentityCredential: "));
    QVERIFY(lines.at(3).startsWith(u"- AzureCliCredential: "));
    QVERIFY(lines.at(3).contains(u"az login"));
    QCOMPARE(credential.successfulCredential(), nullptr);
}

void tst_AadDefaultAzureCredential::browserOnlyWhenAsked()
{
    TestBrowser browser(m_emulator);
    DefaultAzureCredentialOptions withBrowser = options(false);
    withBrowser.includeInteractiveBrowserCredential = true;
    withBrowser.tenantId = tenantId;
    withBrowser.openBrowser = [&browser](const QUrl &url) {
        return browser.open(url);
    };
    // The interactive link is last: the CLI is asked first (with the same tenant).
    DefaultAzureCredential credential(withBrowser);
    auto reply = run(credential);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(browser.opened(), 1);
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("upn")), userName);
    QCOMPARE(ChainedTokenCredential::credentialName(credential.successfulCredential()),
             QStringLiteral("InteractiveBrowserCredential"));
    QCOMPARE(m_az->runs(), 1);
    QVERIFY(m_az->recordedArguments().contains(tenantId));

    // Without asking, no browser.
    TestBrowser unused(m_emulator);
    DefaultAzureCredentialOptions without = options(false);
    without.openBrowser = [&unused](const QUrl &url) {
        return unused.open(url);
    };
    DefaultAzureCredential quiet(without);
    QCOMPARE(run(quiet)->error(), Error::Code::CredentialUnavailable);
    QCOMPARE(unused.opened(), 0);
}

void tst_AadDefaultAzureCredential::remembersTheLinkThatWorked()
{
    DefaultAzureCredential credential(options(true));
    QCOMPARE(run(credential)->error(), Error::Code::NoError);
    // The environment is set now, but the credential stays with the managed identity.
    setEnvironment();
    std::unique_ptr<TokenReply> second(
        credential.getToken({QStringLiteral("https://management.azure.com//.default")}));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(claimOf(second->accessToken().token(), QStringLiteral("oid")), systemIdentityObjectId);
}

void tst_AadDefaultAzureCredential::readmeExampleAtTheSts()
{
    setEnvironment();
    DefaultAzureCredentialOptions credentialOptions;
    credentialOptions.sslConfiguration = m_emulator.sslConfiguration();
    auto credential = std::make_shared<DefaultAzureCredential>(credentialOptions);

    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain, credential, options);
    Error error;
    const AccessToken token = client.getTokenBlocking(&error);
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(claimOf(token.token(), QStringLiteral("aid")), accountId);
}

void tst_AadDefaultAzureCredential::injectedNetworkAccessManager()
{
    QNetworkAccessManager nam;
    QSignalSpy finished(&nam, &QNetworkAccessManager::finished);
    DefaultAzureCredentialOptions settings = options(true);
    settings.networkAccessManager = &nam;
    DefaultAzureCredential credential(settings);
    QCOMPARE(run(credential)->error(), Error::Code::NoError);
    QCOMPARE(finished.size(), 1); // the managed identity's one request went through it
}

QTEST_GUILESS_MAIN(tst_AadDefaultAzureCredential)
#include "tst_aad_defaultazurecredential.moc"
