// AzureCliCredential against a fake `az` that the test writes and puts first on PATH: good
// output with expires_on, only expiresOn, not logged in, missing, hanging, failing, garbage;
// the exact arguments; the cache; and the CLI's token at the emulator's STS.

#include "aadtestsupport.h"

#include <mrauth/azureclicredential.h>
#include <mrauth/clientsecretcredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {
const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};
} // namespace

class tst_AadAzureCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void expiresOnFromNewerCli();
    void expiresOnFallbackForOlderCli();
    void argumentsAndTenant();
    void cachedPerScope();
    void notLoggedIn();
    void missingCli();
    void hangingCli();
    void failingCli();
    void garbageOutput();
    void oneScopeOnly();
    void cliTokenAtTheSts();

private:
    std::unique_ptr<TokenReply> run(AzureCliCredential &credential,
                                    const QStringList &scopes = stsScope);

    EmulatorProcess m_emulator;
    std::unique_ptr<FakeAzureCli> m_az;
};

void tst_AadAzureCli::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadAzureCli::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_az = std::make_unique<FakeAzureCli>();
    QVERIFY(m_az->isValid());
}

void tst_AadAzureCli::cleanup()
{
    m_az.reset();
}

std::unique_ptr<TokenReply> tst_AadAzureCli::run(AzureCliCredential &credential,
                                                 const QStringList &scopes)
{
    std::unique_ptr<TokenReply> reply(credential.getToken(scopes));
    waitForFinished(reply.get(), 20000);
    return reply;
}

void tst_AadAzureCli::expiresOnFromNewerCli()
{
    QVERIFY(m_az->writePrinting(
        {{QStringLiteral("accessToken"), QStringLiteral("cli-token-1")},
         {QStringLiteral("expiresOn"), QStringLiteral("2001-01-01 00:00:00.000000")},
         {QStringLiteral("expires_on"), qint64(4102444800)},
         {QStringLiteral("subscription"), QStringLiteral("sub")},
         {QStringLiteral("tenant"), tenantId},
         {QStringLiteral("tokenType"), QStringLiteral("Bearer")}}));
    AzureCliCredential cli;
    auto reply = run(cli);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(reply->accessToken().token(), QStringLiteral("cli-token-1"));
    QCOMPARE(reply->accessToken().expiresOn(),
             QDateTime::fromSecsSinceEpoch(qint64(4102444800), Qt::UTC));
}

void tst_AadAzureCli::expiresOnFallbackForOlderCli()
{
    const QDateTime local = QDateTime::currentDateTime().addSecs(3600);
    const QString expiresOn =
        local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(".123456");
    QVERIFY(m_az->writePrinting({{QStringLiteral("accessToken"), QStringLiteral("cli-token-2")},
                                 {QStringLiteral("expiresOn"), expiresOn}}));
    AzureCliCredential cli;
    auto reply = run(cli);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(reply->accessToken().expiresOn().toSecsSinceEpoch(), local.toSecsSinceEpoch());
}

void tst_AadAzureCli::argumentsAndTenant()
{
    QVERIFY(m_az->writePrinting({{QStringLiteral("accessToken"), QStringLiteral("t")},
                                 {QStringLiteral("expires_on"), qint64(4102444800)}}));
    AzureCliCredential plain;
    auto reply = run(plain);
    QCOMPARE(reply->error(), Error::Code::NoError);
    QCOMPARE(m_az->recordedArguments(),
             (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"),
                          QStringLiteral("--scope"),
                          QStringLiteral("https://sts.mixedreality.azure.com//.default"),
                          QStringLiteral("--output"), QStringLiteral("json")}));

    AzureCliCredentialOptions options;
    options.tenantId = tenantId;
    AzureCliCredential withTenant(options);
    auto second = run(withTenant);
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(m_az->recordedArguments().mid(6), (QStringList{QStringLiteral("--tenant"), tenantId}));

    options.tenantId = QStringLiteral("contoso.com; rm -rf /");
    AzureCliCredential badTenant(options);
    QCOMPARE(badTenant.configurationError().code(), Error::Code::InvalidArgument);
    auto third = run(badTenant);
    QCOMPARE(third->error(), Error::Code::InvalidArgument);
    QCOMPARE(m_az->runs(), 2);
}

void tst_AadAzureCli::cachedPerScope()
{
    QVERIFY(m_az->writePrinting({{QStringLiteral("accessToken"), QStringLiteral("t")},
                                 {QStringLiteral("expires_on"), qint64(4102444800)}}));
    AzureCliCredential cli;
    QCOMPARE(run(cli)->error(), Error::Code::NoError);
    QCOMPARE(run(cli)->error(), Error::Code::NoError);
    QCOMPARE(m_az->runs(), 1);
    QCOMPARE(run(cli, {QStringLiteral("https://management.azure.com//.default")})->error(),
             Error::Code::NoError);
    QCOMPARE(m_az->runs(), 2);
}

void tst_AadAzureCli::notLoggedIn()
{
    QVERIFY(m_az->write("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1"));
    AzureCliCredential cli;
    auto reply = run(cli);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY2(reply->errorString().contains(u"az login"), qPrintable(reply->errorString()));
}

void tst_AadAzureCli::missingCli()
{
    m_az->hideEverything();
    AzureCliCredential cli;
    auto reply = run(cli);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY(reply->errorString().contains(u"not found"));
}

void tst_AadAzureCli::hangingCli()
{
    QVERIFY(m_az->write("exec sleep 30"));
    AzureCliCredentialOptions options;
    options.processTimeout = 500ms;
    AzureCliCredential cli(options);
    QElapsedTimer elapsed;
    elapsed.start();
    auto reply = run(cli);
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY(reply->errorString().contains(u"500 ms"));
    QVERIFY(elapsed.elapsed() >= 450);
    QVERIFY(elapsed.elapsed() < 10000);
}

void tst_AadAzureCli::failingCli()
{
    QVERIFY(m_az->write(
        "echo 'ERROR: AADSTS700082: The refresh token has expired due to inactivity.' >&2\n"
        "exit 1"));
    AzureCliCredential cli;
    auto reply = run(cli);
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"AADSTS700082"));
}

void tst_AadAzureCli::garbageOutput()
{
    QVERIFY(m_az->write("echo 'secret-looking-token-text but not JSON'"));
    AzureCliCredential cli;
    auto reply = run(cli);
    QCOMPARE(reply->error(), Error::Code::InvalidResponse);
    QVERIFY(!reply->errorString().contains(u"secret-looking"));
}

void tst_AadAzureCli::oneScopeOnly()
{
    QVERIFY(m_az->writePrinting({{QStringLiteral("accessToken"), QStringLiteral("t")},
                                 {QStringLiteral("expires_on"), qint64(4102444800)}}));
    AzureCliCredential cli;
    auto reply = run(cli, {QStringLiteral("a/.default"), QStringLiteral("b/.default")});
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QCOMPARE(m_az->runs(), 0);
}

void tst_AadAzureCli::cliTokenAtTheSts()
{
    // The CLI's token is an Azure AD token like any other: have the emulator issue one and let
    // the fake CLI print it.
    ClientSecretCredential issuer(tenantId, ownerClientId, ownerSecret,
                                  emulatorOptions(m_emulator));
    std::unique_ptr<TokenReply> issued(issuer.getToken(stsScope));
    QVERIFY(waitForFinished(issued.get()));
    QCOMPARE(issued->error(), Error::Code::NoError);
    QVERIFY(m_az->writePrinting(
        {{QStringLiteral("accessToken"), issued->accessToken().token()},
         {QStringLiteral("expires_on"), issued->accessToken().expiresOn().toSecsSinceEpoch()}}));

    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain, std::make_shared<AzureCliCredential>(),
                                 options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("aid")), accountId);
}

QTEST_GUILESS_MAIN(tst_AadAzureCli)
#include "tst_aad_azurecli.moc"
