// Azure AD answers the emulator does not give, from a scriptable TLS server: the exact form of
// the token request, malformed and oversized answers, server errors and throttling (retried),
// a server that never answers, and an untrusted certificate.

#include "scriptedresponse.h"
#include "teststsserver.h"
#include "testtls.h"

#include <mrauth/clientsecretcredential.h>
#include <mrauth/devicecodecredential.h>
#include <mrauth/managedidentitycredential.h>
#include <mrauth/mixedrealitystsclientoptions.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

const QString tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString clientId = QStringLiteral("1d3a4c5e-6f70-4812-93a4-b5c6d7e8f901");
const QString secret = QStringLiteral("s3cr3t+with&odd=chars %2B");
const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};

ScriptedResponse tokenResponse(const QString &token = QStringLiteral("access-token-value"))
{
    return ScriptedResponse::json(
        QJsonDocument(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), 3599},
                                  {QStringLiteral("access_token"), token}})
            .toJson(QJsonDocument::Compact),
        {});
}

bool waitForFinished(TokenReply *reply, int timeoutMs = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &TokenReply::finished);
    return finished.wait(timeoutMs);
}

} // namespace

class tst_AadErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tokenRequestIsExact();
    void malformedAnswers_data();
    void malformedAnswers();
    void serverErrorsAreRetried();
    void throttlingHonoursRetryAfter();
    void neverAnswers();
    void untrustedCertificate();
    void malformedDeviceCode();
    void malformedManagedIdentityAnswer();

private:
    AzureCredentialOptions options() const;
    std::unique_ptr<TokenReply> run(TokenCredential &credential);

    std::unique_ptr<TestStsServer> m_server;
};

void tst_AadErrors::initTestCase()
{
    qRegisterMetaType<MrAuth::Error>();
}

void tst_AadErrors::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_server = std::make_unique<TestStsServer>();
    QVERIFY(m_server->listen());
}

AzureCredentialOptions tst_AadErrors::options() const
{
    AzureCredentialOptions options;
    options.authorityHost = m_server->url();
    options.sslConfiguration = TestTls::clientConfiguration();
    options.retryPolicy.maxRetries = 2;
    options.retryPolicy.initialDelay = 10ms;
    options.retryPolicy.jitter = false;
    options.transferTimeout = 5s;
    return options;
}

std::unique_ptr<TokenReply> tst_AadErrors::run(TokenCredential &credential)
{
    std::unique_ptr<TokenReply> reply(credential.getToken(stsScope));
    waitForFinished(reply.get());
    return reply;
}

void tst_AadErrors::tokenRequestIsExact()
{
    m_server->enqueue(tokenResponse());
    ClientSecretCredential credential(tenantId, clientId, secret, options());
    auto reply = run(credential);
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(reply->accessToken().token(), QStringLiteral("access-token-value"));

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QStringLiteral("/%1/oauth2/v2.0/token").arg(tenantId).toLatin1());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("mrauth/"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(request.header("client-request-id"))).isNull());
    QCOMPARE(request.headerCount("Authorization"), 0);

    // Decoded as a form: '+' stays '+', '&' and '=' stay inside the value.
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromLatin1(body));
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QCOMPARE(form.queryItems().size(), 4);
    QCOMPARE(field("grant_type"), QStringLiteral("client_credentials"));
    QCOMPARE(field("client_id"), clientId);
    QCOMPARE(field("client_secret"), secret);
    QCOMPARE(field("scope"), QStringLiteral("https://sts.mixedreality.azure.com//.default"));
    // Nothing secret in the URL.
    QVERIFY(!request.target.contains("secret"));
}

void tst_AadErrors::malformedAnswers_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("200 not JSON") << ScriptedResponse::json("<html>login</html>", {})
                                  << Error::Code::InvalidResponse;
    QTest::newRow("200 empty object")
        << ScriptedResponse::json("{}", {}) << Error::Code::InvalidResponse;
    QTest::newRow("200 truncated JSON")
        << ScriptedResponse::json(R"({"access_token":"ab)", {}) << Error::Code::InvalidResponse;
    QTest::newRow("200 opaque token without expiry")
        << ScriptedResponse::json(R"({"access_token":"opaque-token"})", {})
        << Error::Code::MissingExpiry;
    QTest::newRow("200 proof-of-possession token")
        << ScriptedResponse::json(R"({"token_type":"pop","expires_in":60,"access_token":"x"})", {})
        << Error::Code::InvalidResponse;
    QTest::newRow("400 HTML") << ScriptedResponse::httpStatus(400, {}, "<html>bad</html>")
                              << Error::Code::InvalidRequest;
    QTest::newRow("401 no body") << ScriptedResponse::httpStatus(401, {})
                                 << Error::Code::AuthenticationFailed;
    QTest::newRow("huge") << ScriptedResponse::hugeBody(1024 * 1024, true)
                          << Error::Code::InvalidResponse;
}

void tst_AadErrors::malformedAnswers()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(Error::Code, code);
    m_server->setDefaultResponse(answer);
    ClientSecretCredential credential(tenantId, clientId, secret, options());
    auto reply = run(credential);
    QCOMPARE(reply->error(), code);
    QVERIFY(!reply->errorInfo().toString().contains(u"opaque-token"));
    QCOMPARE(m_server->requestCount(), 1); // none of these is worth another try
}

void tst_AadErrors::serverErrorsAreRetried()
{
    m_server->setDefaultResponse(ScriptedResponse::httpStatus(503, {}, "<html>busy</html>"));
    ClientSecretCredential credential(tenantId, clientId, secret, options());
    std::unique_ptr<TokenReply> reply(credential.getToken(stsScope));
    QSignalSpy retries(reply.get(), &TokenReply::retryScheduled);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::ServerError);
    QCOMPARE(reply->httpStatus(), 503);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(retries.size(), 2);
}

void tst_AadErrors::throttlingHonoursRetryAfter()
{
    m_server->enqueue(ScriptedResponse::httpStatus(429, {}).withHeader("Retry-After", "1"));
    m_server->enqueue(tokenResponse());
    ClientSecretCredential credential(tenantId, clientId, secret, options());
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<TokenReply> reply(credential.getToken(stsScope));
    QSignalSpy retries(reply.get(), &TokenReply::retryScheduled);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 1000);
    QVERIFY(elapsed.elapsed() >= 1000);
}

void tst_AadErrors::neverAnswers()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    AzureCredentialOptions settings = options();
    settings.transferTimeout = 300ms;
    settings.retryPolicy.maxRetries = 1;
    ClientSecretCredential credential(tenantId, clientId, secret, settings);
    QElapsedTimer elapsed;
    elapsed.start();
    auto reply = run(credential);
    QCOMPARE(reply->error(), Error::Code::Timeout);
    QVERIFY(elapsed.elapsed() >= 500); // two tries of 300 ms (coarse timers: ±5 %)
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_AadErrors::untrustedCertificate()
{
    TestStsServer untrusted;
    QVERIFY(untrusted.listen(TestStsServer::Transport::Tls, TestTls::Certificate::Untrusted));
    AzureCredentialOptions settings = options();
    settings.authorityHost = untrusted.url();
    ClientSecretCredential credential(tenantId, clientId, secret, settings);
    auto reply = run(credential);
    QCOMPARE(reply->error(), Error::Code::TlsError);
    QCOMPARE(untrusted.requestCount(), 0);
}

void tst_AadErrors::malformedDeviceCode()
{
    m_server->setDefaultResponse(ScriptedResponse::json(R"({"user_code":"ABC"})", {}));
    DeviceCodeCredentialOptions settings;
    static_cast<AzureCredentialOptions &>(settings) = options();
    int announced = 0;
    settings.deviceCodeCallback = [&announced](const DeviceCodeInfo &) {
        ++announced;
    };
    DeviceCodeCredential credential(tenantId, clientId, settings);
    auto reply = run(credential);
    QCOMPARE(reply->error(), Error::Code::InvalidResponse);
    QCOMPARE(announced, 0);
}

void tst_AadErrors::malformedManagedIdentityAnswer()
{
    m_server->setDefaultResponse(ScriptedResponse::json("not json", {}));
    ManagedIdentityCredentialOptions settings;
    static_cast<AzureCredentialOptions &>(settings) = options();
    settings.imdsEndpoint =
        m_server->url().resolved(QUrl(QStringLiteral("/metadata/identity/oauth2/token")));
    ManagedIdentityCredential credential(settings);
    auto reply = run(credential);
    QCOMPARE(reply->error(), Error::Code::InvalidResponse);
    QCOMPARE(m_server->requests().first().header("Metadata"), QByteArray("true"));
}

QTEST_GUILESS_MAIN(tst_AadErrors)
#include "tst_aad_errors.moc"
