// With every mrauth.* category at debug level, no log line carries a secret: client secrets,
// access and refresh tokens, authorization codes, PKCE verifiers, device codes, the App
// Service identity header. Every flow runs, successes and failures, against the emulator and
// (for the secrets the emulator keeps to itself) a scriptable TLS server.

#include "aadtestsupport.h"

#include "logcapture.h"
#include "scriptedresponse.h"
#include "teststsserver.h"
#include "testtls.h"

#include <mrauth/azureclicredential.h>
#include <mrauth/clientsecretcredential.h>
#include <mrauth/devicecodecredential.h>
#include <mrauth/interactivebrowsercredential.h>
#include <mrauth/managedidentitycredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {

const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};
const QStringList signInScope = {MixedRealityStsClientOptions::userSignInScope()};

QString decodedField(const QByteArray &formBody, const QString &name)
{
    QByteArray body = formBody;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(body)).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class tst_AadLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noSecretInAnyLogLine();

private:
    void runClientSecretFlows();
    void runDeviceCodeFlow();
    void runBrowserFlow();
    void runManagedIdentityFlows();
    void runAzureCliFlow();
    void runFakeServerFlows();
    void keep(const QString &secret);

    EmulatorProcess m_emulator;
    std::unique_ptr<LogCapture> m_capture;
    QStringList m_secrets;
};

void tst_AadLogging::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadLogging::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QLoggingCategory::setFilterRules(QStringLiteral("mrauth.*.debug=true"));
    m_capture = std::make_unique<LogCapture>();
}

void tst_AadLogging::cleanup()
{
    m_capture.reset();
    QLoggingCategory::setFilterRules(QString());
}

void tst_AadLogging::keep(const QString &secret)
{
    QVERIFY2(secret.size() >= 8,
             qPrintable(QStringLiteral("a short or empty secret: '%1'").arg(secret)));
    m_secrets << secret;
}

void tst_AadLogging::runClientSecretFlows()
{
    keep(ownerSecret);
    keep(QStringLiteral("a-wrong-client-secret"));
    auto aad = std::make_shared<ClientSecretCredential>(tenantId, ownerClientId, ownerSecret,
                                                        emulatorOptions(m_emulator));
    std::unique_ptr<TokenReply> token(aad->getToken(stsScope));
    QVERIFY(waitForFinished(token.get()));
    QCOMPARE(token->error(), Error::Code::NoError);
    keep(token->accessToken().token());

    ClientSecretCredential wrong(tenantId, ownerClientId, QStringLiteral("a-wrong-client-secret"),
                                 emulatorOptions(m_emulator));
    std::unique_ptr<TokenReply> refused(wrong.getToken(stsScope));
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(refused->error(), Error::Code::AuthenticationFailed);

    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    MixedRealityStsClient client(accountId, accountDomain, aad, options);
    std::unique_ptr<TokenReply> mr(client.getToken());
    QVERIFY(waitForFinished(mr.get()));
    QCOMPARE(mr->error(), Error::Code::NoError);
    keep(mr->accessToken().token());
}

void tst_AadLogging::runDeviceCodeFlow()
{
    DeviceCodeCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    QString userCode;
    options.deviceCodeCallback = [&userCode](const DeviceCodeInfo &info) {
        userCode = info.userCode();
    };
    DeviceCodeCredential aad(tenantId, publicClientId, options);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QTRY_VERIFY_WITH_TIMEOUT(!userCode.isEmpty(), 10000);
    QVERIFY(m_emulator.approveDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    keep(reply->accessToken().token());
    keep(aad.refreshToken());
    // Another scope: redeems the refresh token.
    std::unique_ptr<TokenReply> silent(
        aad.getToken({QStringLiteral("https://management.azure.com/user_impersonation")}));
    QVERIFY(waitForFinished(silent.get()));
    QCOMPARE(silent->error(), Error::Code::NoError);
    keep(silent->accessToken().token());
    keep(aad.refreshToken());
}

void tst_AadLogging::runBrowserFlow()
{
    TestBrowser browser(m_emulator);
    InteractiveBrowserCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.openBrowser = [&browser](const QUrl &url) {
        return browser.open(url);
    };
    InteractiveBrowserCredential aad(tenantId, publicClientId, options);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    keep(reply->accessToken().token());
    keep(aad.refreshToken());
    keep(QUrlQuery(browser.redirect()).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    keep(QUrlQuery(browser.redirect()).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
}

void tst_AadLogging::runManagedIdentityFlows()
{
    const QString identityHeader = m_emulator.identityHeader();
    keep(identityHeader);
    ManagedIdentityCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.appServiceEndpoint = m_emulator.url(QStringLiteral("/msi/token"));
    options.identityHeader = identityHeader;
    ManagedIdentityCredential identity(options);
    std::unique_ptr<TokenReply> reply(identity.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    keep(reply->accessToken().token());

    keep(QStringLiteral("wrong-identity-header"));
    options.identityHeader = QStringLiteral("wrong-identity-header");
    ManagedIdentityCredential wrong(options);
    std::unique_ptr<TokenReply> refused(wrong.getToken(stsScope));
    QVERIFY(waitForFinished(refused.get()));
    QCOMPARE(refused->error(), Error::Code::AuthenticationFailed);
}

void tst_AadLogging::runAzureCliFlow()
{
    FakeAzureCli az;
    const QString token = QStringLiteral("token-printed-by-the-azure-cli");
    keep(token);
    QVERIFY(az.writePrinting({{QStringLiteral("accessToken"), token},
                              {QStringLiteral("expires_on"), qint64(4102444800)}}));
    AzureCliCredential cli;
    std::unique_ptr<TokenReply> reply(cli.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
}

void tst_AadLogging::runFakeServerFlows()
{
    // The device code and the PKCE verifier never leave the credential towards the emulator's
    // logs: a scripted server shows them to the test.
    TestStsServer server;
    QVERIFY(server.listen());
    const QString deviceCode = QStringLiteral("device-code-that-must-stay-secret");
    keep(deviceCode);
    server.setHandler([&deviceCode](const RecordedRequest &request) {
        if (request.target.endsWith("/devicecode")) {
            return ScriptedResponse::json(
                QJsonDocument(QJsonObject{{QStringLiteral("device_code"), deviceCode},
                                          {QStringLiteral("user_code"), QStringLiteral("UCODE")},
                                          {QStringLiteral("verification_uri"),
                                           QStringLiteral("https://login.example/device")},
                                          {QStringLiteral("expires_in"), 900},
                                          {QStringLiteral("interval"), 0}})
                    .toJson(QJsonDocument::Compact),
                {});
        }
        return ScriptedResponse::json(
            R"({"token_type":"Bearer","expires_in":3600,"access_token":"fake-server-access-token",)"
            R"("refresh_token":"fake-server-refresh-token"})",
            {});
    });
    keep(QStringLiteral("fake-server-access-token"));
    keep(QStringLiteral("fake-server-refresh-token"));
    AzureCredentialOptions base;
    base.authorityHost = server.url();
    base.sslConfiguration = TestTls::clientConfiguration();

    DeviceCodeCredentialOptions deviceOptions;
    static_cast<AzureCredentialOptions &>(deviceOptions) = base;
    deviceOptions.deviceCodeCallback = [](const DeviceCodeInfo &) {
    };
    DeviceCodeCredential device(tenantId, publicClientId, deviceOptions);
    std::unique_ptr<TokenReply> deviceReply(device.getToken(signInScope));
    QVERIFY(waitForFinished(deviceReply.get()));
    QCOMPARE(deviceReply->error(), Error::Code::NoError);
    QVERIFY(server.requests().last().body.contains(deviceCode.toLatin1()));

    // The browser: straight to the loopback listener with a code of the test's choosing.
    const QString code = QStringLiteral("authorization-code-that-must-stay-secret");
    keep(code);
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> redirect;
    InteractiveBrowserCredentialOptions browserOptions;
    static_cast<AzureCredentialOptions &>(browserOptions) = base;
    browserOptions.openBrowser = [&](const QUrl &url) {
        const QUrlQuery query(url);
        QUrl target(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        target.setQuery(QStringLiteral("code=%1&state=%2")
                            .arg(code, query.queryItemValue(QStringLiteral("state"))));
        redirect.reset(nam.get(QNetworkRequest(target)));
        return true;
    };
    InteractiveBrowserCredential browser(tenantId, publicClientId, browserOptions);
    std::unique_ptr<TokenReply> browserReply(browser.getToken(signInScope));
    QVERIFY(waitForFinished(browserReply.get()));
    QCOMPARE(browserReply->error(), Error::Code::NoError);
    const QByteArray redeemed = server.requests().last().body;
    QCOMPARE(decodedField(redeemed, QStringLiteral("code")), code);
    keep(decodedField(redeemed, QStringLiteral("code_verifier")));
}

void tst_AadLogging::noSecretInAnyLogLine()
{
    runClientSecretFlows();
    runDeviceCodeFlow();
    runBrowserFlow();
    runManagedIdentityFlows();
    runAzureCliFlow();
    runFakeServerFlows();

    const QStringList lines = m_capture->lines();
    // The flows did log, with the redactions in place.
    QVERIFY(m_capture->linesContaining(QStringLiteral("mrauth.aad debug")).size() > 20);
    QVERIFY2(m_capture->linesContaining(QStringLiteral("mrauth.sts debug")).size() >= 2,
             qPrintable(lines.filter(QStringLiteral("mrauth.sts")).join(u'\n')));
    QVERIFY(!m_capture->linesContaining(QStringLiteral("client_secret=<redacted>")).isEmpty());
    QVERIFY(!m_capture->linesContaining(QStringLiteral("code_verifier=<redacted>")).isEmpty());
    QVERIFY(!m_capture->linesContaining(QStringLiteral("device_code=<redacted>")).isEmpty());
    QVERIFY(!m_capture->linesContaining(QStringLiteral("refresh_token=<redacted>")).isEmpty());
    QVERIFY(!m_capture->linesContaining(QStringLiteral("X-IDENTITY-HEADER")).isEmpty());
    for (const QString &line : lines) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(tst_AadLogging)
#include "tst_aad_logging.moc"
