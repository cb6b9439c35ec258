// The pure logic of the Azure AD credentials: tenant and client ids, authority hosts and
// endpoint URLs, scopes, token / error / device-code responses, log redaction, the cache's
// refresh decision, the chain's error text, PKCE, the authorize URL and the loopback redirect,
// the browser command, and the Azure CLI's output.

#include "aadazurecli_p.h"
#include "aadbrowserflow_p.h"
#include "aadprotocol_p.h"

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/chainedtokencredential.h>
#include <mrauth/mixedrealitystsclientoptions.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <chrono>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! An unsigned JWT with \a claims (header {"alg":"none"}).
QString jwt(const QJsonObject &claims)
{
    const auto encode = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(encode(R"({"alg":"none","typ":"JWT"})") + '.' +
                               encode(json(claims)) + '.');
}

} // namespace

class tst_AadProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void validateTenantId_data();
    void validateTenantId();
    void validateClientId_data();
    void validateClientId();
    void normalizedAuthorityHost_data();
    void normalizedAuthorityHost();
    void sovereignClouds();
    void endpointUrl();
    void scopesKey();
    void scopeParameter();
    void resourceForScopes_data();
    void resourceForScopes();
    void defaultScopeKeepsItsDoubleSlash();

    void parseTokenResponse_data();
    void parseTokenResponse();
    void parseTokenResponseErrors_data();
    void parseTokenResponseErrors();
    void aadHttpError_data();
    void aadHttpError();
    void aadErrorWithoutBody();

    void formUrlEncoded();
    void formForLog();
    void urlForLog();
    void scrubSecrets();

    void parseDeviceCode();
    void parseDeviceCodeDefaults();
    void parseDeviceCodeOutOfRangeLifetime();
    void parseDeviceCodeErrors_data();
    void parseDeviceCodeErrors();

    void tokenNeedsRefresh_data();
    void tokenNeedsRefresh();

    void chainErrorAllUnavailable();
    void chainErrorStopped();
    void chainErrorEmpty();
    void credentialName();

    void pkceRfc7636Vector();
    void pkceVerifierShape();
    void stateIsRandom();
    void authorizationUrl();
    void parseLoopbackRequest_data();
    void parseLoopbackRequest();
    void authorizationCode_data();
    void authorizationCode();
    void browserCommand_data();
    void browserCommand();
    void loopbackResponse();

    void azureCliArguments();
    void azureCliOutput_data();
    void azureCliOutput();
    void azureCliOutputErrors_data();
    void azureCliOutputErrors();
    void azureCliFailure_data();
    void azureCliFailure();
};

void tst_AadProtocol::validateTenantId_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("userSignIn");
    QTest::addColumn<bool>("valid");

    const QString guid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    QTest::newRow("guid") << guid << false << true;
    QTest::newRow("guid upper") << guid.toUpper() << false << true;
    QTest::newRow("domain") << QStringLiteral("contoso.onmicrosoft.com") << false << true;
    QTest::newRow("organizations user") << QStringLiteral("organizations") << true << true;
    QTest::newRow("common user") << QStringLiteral("common") << true << true;
    QTest::newRow("organizations app") << QStringLiteral("organizations") << false << false;
    QTest::newRow("common app") << QStringLiteral("Common") << false << false;
    QTest::newRow("consumers") << QStringLiteral("consumers") << true << false;
    QTest::newRow("empty") << QString() << true << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << false << false;
    QTest::newRow("all zeros") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true
                               << false;
    QTest::newRow("path injection") << QStringLiteral("contoso/../other") << false << false;
    QTest::newRow("query injection") << QStringLiteral("contoso?x=1") << false << false;
    QTest::newRow("braces") << QStringLiteral("{72f988bf-86f1-41af-91ab-2d7cd011db47}") << false
                            << false;
    QTest::newRow("unicode") << QStringLiteral("cöntoso.com") << false << false;
    QTest::newRow("too long") << QString(300, u'a') << false << false;
}

void tst_AadProtocol::validateTenantId()
{
    QFETCH(QString, tenant);
    QFETCH(bool, userSignIn);
    QFETCH(bool, valid);
    const Error error = MrAuth::validateTenantId(tenant, userSignIn ? TenantUse::UserSignIn
                                                                    : TenantUse::SingleTenant);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.code(), Error::Code::InvalidArgument);
        QVERIFY(error.message().contains(u"tenant", Qt::CaseInsensitive));
    }
}

void tst_AadProtocol::validateClientId_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("guid") << QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46") << true;
    QTest::newRow("padded") << QStringLiteral(" 04b07795-8ddb-461a-bbee-02f9e1bf7b46 ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("name") << QStringLiteral("my-app") << false;
    QTest::newRow("braces") << QStringLiteral("{04b07795-8ddb-461a-bbee-02f9e1bf7b46}") << false;
    QTest::newRow("all zeros") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
}

void tst_AadProtocol::validateClientId()
{
    QFETCH(QString, clientId);
    QFETCH(bool, valid);
    QCOMPARE(!MrAuth::validateClientId(clientId).isError(), valid);
}

void tst_AadProtocol::normalizedAuthorityHost_data()
{
    QTest::addColumn<QUrl>("input");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("public") << QUrl(QStringLiteral("https://login.microsoftonline.com"))
                            << QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QTest::newRow("trailing slash") << QUrl(QStringLiteral("https://login.microsoftonline.us/"))
                                    << QUrl(QStringLiteral("https://login.microsoftonline.us"));
    QTest::newRow("no scheme") << QUrl(QStringLiteral("login.chinacloudapi.cn"))
                               << QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    QTest::newRow("no scheme with port")
        << QUrl(QStringLiteral("localhost:8443")) << QUrl(QStringLiteral("https://localhost:8443"));
    QTest::newRow("emulator") << QUrl(QStringLiteral("https://127.0.0.1:41233/"))
                              << QUrl(QStringLiteral("https://127.0.0.1:41233"));
    QTest::newRow("http loopback") << QUrl(QStringLiteral("http://127.0.0.1:8080"))
                                   << QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("adfs path") << QUrl(QStringLiteral("https://adfs.contoso.com/adfs/"))
                               << QUrl(QStringLiteral("https://adfs.contoso.com/adfs"));
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://login.microsoftonline.com"))
                                 << QUrl();
    QTest::newRow("query") << QUrl(QStringLiteral("https://login.microsoftonline.com/?x=1"))
                           << QUrl();
    QTest::newRow("user info") << QUrl(QStringLiteral("https://u:p@login.example")) << QUrl();
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://login.example")) << QUrl();
    QTest::newRow("empty") << QUrl() << QUrl();
}

void tst_AadProtocol::normalizedAuthorityHost()
{
    QFETCH(QUrl, input);
    QFETCH(QUrl, expected);
    Error error;
    const QUrl result = MrAuth::normalizedAuthorityHost(input, &error);
    QCOMPARE(result, expected);
    QCOMPARE(error.isError(), expected.isEmpty());
    if (error)
        QCOMPARE(error.code(), Error::Code::InvalidArgument);
}

void tst_AadProtocol::sovereignClouds()
{
    QCOMPARE(AzureCredentialOptions().authorityHost,
             QUrl(QStringLiteral("https://login.microsoftonline.com")));
    QCOMPARE(AzureCredentialOptions::usGovernmentAuthorityHost(),
             QUrl(QStringLiteral("https://login.microsoftonline.us")));
    QCOMPARE(AzureCredentialOptions::chinaAuthorityHost(),
             QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
}

void tst_AadProtocol::endpointUrl()
{
    QCOMPARE(
        aadEndpointUrl(QUrl(QStringLiteral("https://login.microsoftonline.com")),
                       QStringLiteral("contoso.com"), QStringLiteral("oauth2/v2.0/token")),
        QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token")));
    QCOMPARE(aadEndpointUrl(QUrl(QStringLiteral("https://adfs.contoso.com/adfs")),
                            QStringLiteral("t"), QStringLiteral("oauth2/v2.0/devicecode")),
             QUrl(QStringLiteral("https://adfs.contoso.com/adfs/t/oauth2/v2.0/devicecode")));
}

void tst_AadProtocol::scopesKey()
{
    QCOMPARE(MrAuth::scopesKey({QStringLiteral("b"), QStringLiteral(" a "), QStringLiteral("b")}),
             QStringLiteral("a b"));
    QCOMPARE(MrAuth::scopesKey({QStringLiteral("a"), QStringLiteral("b")}),
             MrAuth::scopesKey({QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(MrAuth::scopesKey({QStringLiteral("a")}) != MrAuth::scopesKey({QStringLiteral("b")}));
}

void tst_AadProtocol::scopeParameter()
{
    QCOMPARE(MrAuth::scopeParameter({MixedRealityStsClientOptions::defaultAadScope()}),
             QStringLiteral("https://sts.mixedreality.azure.com//.default"));
    QCOMPARE(MrAuth::scopeParameter({QStringLiteral("a"), QStringLiteral("offline_access")},
                                    {QStringLiteral("offline_access")}),
             QStringLiteral("a offline_access"));
    QCOMPARE(MrAuth::scopeParameter({QStringLiteral("a")}, {QStringLiteral("offline_access")}),
             QStringLiteral("a offline_access"));
}

void tst_AadProtocol::resourceForScopes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("resource");
    QTest::newRow("mixed reality default")
        << QStringList{QStringLiteral("https://sts.mixedreality.azure.com//.default")}
        << QStringLiteral("https://sts.mixedreality.azure.com/");
    QTest::newRow("regional") << QStringList{QStringLiteral("https://sts.eastus.example/.default")}
                              << QStringLiteral("https://sts.eastus.example");
    QTest::newRow("plain resource") << QStringList{QStringLiteral("https://management.azure.com/")}
                                    << QStringLiteral("https://management.azure.com/");
    QTest::newRow("two scopes") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                << QString();
    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("injection") << QStringList{QStringLiteral("https://x/.default --tenant evil")}
                               << QString();
    QTest::newRow("ampersand") << QStringList{QStringLiteral("https://x/&y=1")} << QString();
}

void tst_AadProtocol::resourceForScopes()
{
    QFETCH(QStringList, scopes);
    QFETCH(QString, resource);
    Error error;
    QCOMPARE(MrAuth::resourceForScopes(scopes, &error), resource);
    QCOMPARE(error.isError(), resource.isEmpty());
    QCOMPARE(validateSingleScope(scopes).isError(), resource.isEmpty());
}

void tst_AadProtocol::defaultScopeKeepsItsDoubleSlash()
{
    // R7: the global host with its double slash, whatever the account domain.
    QCOMPARE(MixedRealityStsClientOptions::defaultAadScope(),
             QStringLiteral("https://sts.mixedreality.azure.com//.default"));
    QVERIFY(!validateSingleScope({MixedRealityStsClientOptions::defaultAadScope()}).isError());
}

void tst_AadProtocol::parseTokenResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QDateTime>("expiresOn");
    QTest::addColumn<QString>("refreshToken");

    QTest::newRow("client credentials")
        << json({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                 {QStringLiteral("expires_in"), 3599},
                 {QStringLiteral("ext_expires_in"), 3599},
                 {QStringLiteral("access_token"), QStringLiteral("tok")}})
        << now.addSecs(3599) << QString();
    QTest::newRow("expires_in as string")
        << json({{QStringLiteral("expires_in"), QStringLiteral("3600")},
                 {QStringLiteral("access_token"), QStringLiteral("tok")}})
        << now.addSecs(3600) << QString();
    QTest::newRow("user flow with refresh token")
        << json({{QStringLiteral("token_type"), QStringLiteral("bearer")},
                 {QStringLiteral("expires_in"), 60},
                 {QStringLiteral("access_token"), QStringLiteral("tok")},
                 {QStringLiteral("refresh_token"), QStringLiteral("rt")}})
        << now.addSecs(60) << QStringLiteral("rt");
    QTest::newRow("managed identity: expires_on wins")
        << json(
               {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                {QStringLiteral("expires_in"), QStringLiteral("86399")},
                {QStringLiteral("expires_on"), QStringLiteral("1772370000")},
                {QStringLiteral("resource"), QStringLiteral("https://sts.mixedreality.azure.com/")},
                {QStringLiteral("access_token"), QStringLiteral("tok")}})
        << QDateTime::fromSecsSinceEpoch(1772370000, Qt::UTC) << QString();
    QTest::newRow("expires_on as number")
        << json({{QStringLiteral("expires_on"), 1772370000},
                 {QStringLiteral("access_token"), QStringLiteral("tok")}})
        << QDateTime::fromSecsSinceEpoch(1772370000, Qt::UTC) << QString();
    const QString token = jwt({{QStringLiteral("exp"), 1772371234}});
    QTest::newRow("only the JWT's exp")
        << json({{QStringLiteral("access_token"), token}})
        << QDateTime::fromSecsSinceEpoch(1772371234, Qt::UTC) << QString();
}

void tst_AadProtocol::parseTokenResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(QDateTime, expiresOn);
    QFETCH(QString, refreshToken);
    Error error;
    const AadTokenResponse response = parseAadTokenResponse(body, now, &error);
    QVERIFY2(!error, qPrintable(error.toString()));
    QVERIFY(!response.accessToken.isNull());
    QCOMPARE(response.accessToken.expiresOn(), expiresOn);
    QCOMPARE(response.refreshToken, refreshToken);
}

void tst_AadProtocol::parseTokenResponseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("empty") << QByteArray() << Error::Code::InvalidResponse;
    QTest::newRow("html") << QByteArray("<html>oops</html>") << Error::Code::InvalidResponse;
    QTest::newRow("array") << QByteArray("[]") << Error::Code::InvalidResponse;
    QTest::newRow("truncated") << QByteArray(R"({"access_token":"abc)")
                               << Error::Code::InvalidResponse;
    QTest::newRow("no token") << json({{QStringLiteral("expires_in"), 3599}})
                              << Error::Code::InvalidResponse;
    QTest::newRow("token not a string")
        << QByteArray(R"({"access_token":42,"expires_in":1})") << Error::Code::InvalidResponse;
    QTest::newRow("pop token") << json({{QStringLiteral("token_type"), QStringLiteral("pop")},
                                        {QStringLiteral("expires_in"), 3599},
                                        {QStringLiteral("access_token"), QStringLiteral("t")}})
                               << Error::Code::InvalidResponse;
    QTest::newRow("no expiry, opaque token")
        << json({{QStringLiteral("access_token"), QStringLiteral("opaque")}})
        << Error::Code::MissingExpiry;
    QTest::newRow("non-numeric expiry")
        << json({{QStringLiteral("access_token"), QStringLiteral("opaque")},
                 {QStringLiteral("expires_in"), QStringLiteral("soon")}})
        << Error::Code::MissingExpiry;
    // A number no qint64 holds: its cast was undefined behaviour (fuzz_aadresponse regression).
    QTest::newRow("expires_in out of range")
        << QByteArray(R"({"access_token":"opaque","expires_in":1e300})")
        << Error::Code::MissingExpiry;
    QTest::newRow("expires_on out of range")
        << QByteArray(R"({"access_token":"opaque","expires_on":-1e300})")
        << Error::Code::MissingExpiry;
    QTest::newRow("expires_in out of range, as a string")
        << QByteArray(R"({"access_token":"opaque","expires_in":"6148914691236517204"})")
        << Error::Code::MissingExpiry;
}

void tst_AadProtocol::parseTokenResponseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(Error::Code, code);
    Error error;
    const AadTokenResponse response = parseAadTokenResponse(body, now, &error);
    QCOMPARE(error.code(), code);
    QVERIFY(response.accessToken.isNull());
    QVERIFY(!error.message().contains(u"opaque"));
    QVERIFY(!error.message().contains(u"abc"));
}

void tst_AadProtocol::aadHttpError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("oauthError");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("wrong secret") << 401 << QStringLiteral("invalid_client")
                                  << Error::Code::AuthenticationFailed;
    QTest::newRow("invalid_client 400")
        << 400 << QStringLiteral("invalid_client") << Error::Code::AuthenticationFailed;
    QTest::newRow("unknown tenant")
        << 400 << QStringLiteral("invalid_request") << Error::Code::InvalidRequest;
    QTest::newRow("bad scope") << 400 << QStringLiteral("invalid_scope")
                               << Error::Code::InvalidRequest;
    QTest::newRow("bad grant") << 400 << QStringLiteral("invalid_grant")
                               << Error::Code::AuthenticationFailed;
    QTest::newRow("declined") << 400 << QStringLiteral("authorization_declined")
                              << Error::Code::AuthenticationFailed;
    QTest::newRow("expired") << 400 << QStringLiteral("expired_token") << Error::Code::Timeout;
    QTest::newRow("unavailable") << 503 << QStringLiteral("temporarily_unavailable")
                                 << Error::Code::ServerError;
    QTest::newRow("401 invalid_request")
        << 401 << QStringLiteral("invalid_request") << Error::Code::AuthenticationFailed;
    QTest::newRow("throttled") << 429 << QString() << Error::Code::Throttled;
    QTest::newRow("forbidden") << 403 << QString() << Error::Code::Forbidden;
    QTest::newRow("not found") << 404 << QString() << Error::Code::InvalidRequest;
    QTest::newRow("server") << 500 << QString() << Error::Code::ServerError;
}

void tst_AadProtocol::aadHttpError()
{
    QFETCH(int, status);
    QFETCH(QString, oauthError);
    QFETCH(Error::Code, code);
    QJsonObject object;
    if (!oauthError.isEmpty()) {
        object.insert(QStringLiteral("error"), oauthError);
        object.insert(QStringLiteral("error_description"),
                      QStringLiteral("AADSTS7000215: Invalid client secret provided."));
        object.insert(QStringLiteral("trace_id"), QStringLiteral("trace-1"));
        object.insert(QStringLiteral("correlation_id"), QStringLiteral("corr-2"));
    }
    const AadErrorBody body = parseAadErrorBody(json(object));
    QCOMPARE(body.error, oauthError);
    const Error error = MrAuth::aadHttpError(status, body, QStringLiteral("Azure AD"));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.message().startsWith(u"Azure AD"));
    QVERIFY(error.message().contains(QString::number(status)));
    if (!oauthError.isEmpty()) {
        QVERIFY(error.message().contains(oauthError));
        QVERIFY(error.message().contains(u"AADSTS7000215"));
        QVERIFY(error.message().contains(u"trace-1"));
        QVERIFY(error.message().contains(u"corr-2"));
    }
}

void tst_AadProtocol::aadErrorWithoutBody()
{
    const AadErrorBody body = parseAadErrorBody("<html>Bad Gateway</html>");
    QVERIFY(body.error.isEmpty());
    const Error error =
        MrAuth::aadHttpError(502, body, QStringLiteral("the managed identity endpoint"));
    QCOMPARE(error.code(), Error::Code::ServerError);
    QVERIFY(error.message().startsWith(u"The managed identity endpoint answered with HTTP 502"));
}

void tst_AadProtocol::formUrlEncoded()
{
    const FormFields fields = {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("client_secret"), QStringLiteral("a+b&c=d %e~")},
                               {QStringLiteral("scope"), QStringLiteral("https://x//.default y")}};
    QCOMPARE(MrAuth::formUrlEncoded(fields),
             QByteArray("grant_type=client_credentials&client_secret=a%2Bb%26c%3Dd%20%25e~&"
                        "scope=https%3A%2F%2Fx%2F%2F.default%20y"));
    // What a server's form decoding gives back.
    const QUrlQuery decoded(QString::fromLatin1(MrAuth::formUrlEncoded(fields)));
    QCOMPARE(decoded.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
             QStringLiteral("a+b&c=d %e~"));
}

void tst_AadProtocol::formForLog()
{
    const FormFields fields = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), QStringLiteral("cid")},
        {QStringLiteral("client_secret"), QStringLiteral("s3cr3t")},
        {QStringLiteral("code"), QStringLiteral("c0de")},
        {QStringLiteral("code_verifier"), QStringLiteral("v3rifier")},
        {QStringLiteral("refresh_token"), QStringLiteral("r3fresh")},
        {QStringLiteral("device_code"), QStringLiteral("d3vice")},
        {QStringLiteral("something_new"), QStringLiteral("n3w")},
        {QStringLiteral("scope"), QStringLiteral("https://sts.mixedreality.azure.com//.default")},
    };
    const QString text = MrAuth::formForLog(fields);
    for (const QString &secret :
         {QStringLiteral("s3cr3t"), QStringLiteral("c0de"), QStringLiteral("v3rifier"),
          QStringLiteral("r3fresh"), QStringLiteral("d3vice"), QStringLiteral("n3w")})
        QVERIFY2(!text.contains(secret), qPrintable(text));
    QVERIFY(text.contains(u"client_secret=<redacted>"));
    QVERIFY(text.contains(u"grant_type=authorization_code"));
    QVERIFY(text.contains(u"client_id=cid"));
    QVERIFY(text.contains(u"scope=https://sts.mixedreality.azure.com//.default"));
}

void tst_AadProtocol::urlForLog()
{
    const QUrl url(QStringLiteral("https://login.example/t/oauth2/v2.0/authorize?client_id=c&"
                                  "state=st4te&code_challenge=ch4llenge&login_hint=a%40b"));
    const QString text = MrAuth::urlForLog(url);
    QVERIFY(text.startsWith(u"https://login.example/t/oauth2/v2.0/authorize ["));
    QVERIFY(text.contains(u"client_id=c"));
    QVERIFY(!text.contains(u"st4te"));
    QVERIFY(!text.contains(u"ch4llenge"));
    QVERIFY(!text.contains(u"a@b"));
    QCOMPARE(MrAuth::urlForLog(QUrl(QStringLiteral("https://h/p"))), QStringLiteral("https://h/p"));
}

void tst_AadProtocol::scrubSecrets()
{
    QCOMPARE(MrAuth::scrubSecrets(QStringLiteral("bad secret s3cr3t-value here"),
                                  {QStringLiteral("s3cr3t-value")}),
             QStringLiteral("bad secret <redacted> here"));
    // Too short to be a real secret: replacing it would garble the text.
    QCOMPARE(MrAuth::scrubSecrets(QStringLiteral("a b"), {QStringLiteral("a")}),
             QStringLiteral("a b"));
}

void tst_AadProtocol::parseDeviceCode()
{
    const QByteArray body = json(
        {{QStringLiteral("device_code"), QStringLiteral("DAQABAAEAAAD--secret")},
         {QStringLiteral("user_code"), QStringLiteral("FGH7KQ2RT")},
         {QStringLiteral("verification_uri"), QStringLiteral("https://microsoft.com/devicelogin")},
         {QStringLiteral("expires_in"), 900},
         {QStringLiteral("interval"), QStringLiteral("2")},
         {QStringLiteral("message"), QStringLiteral("To sign in, use a web browser …")}});
    Error error;
    const DeviceCodeGrant grant = parseDeviceCodeResponse(body, now, &error);
    QVERIFY(!error);
    QCOMPARE(grant.deviceCode, QStringLiteral("DAQABAAEAAAD--secret"));
    QCOMPARE(grant.interval, 2s);
    QCOMPARE(grant.info.userCode(), QStringLiteral("FGH7KQ2RT"));
    QCOMPARE(grant.info.verificationUri(),
             QUrl(QStringLiteral("https://microsoft.com/devicelogin")));
    QCOMPARE(grant.info.expiresOn(), now.addSecs(900));
    QCOMPARE(grant.info.message(), QStringLiteral("To sign in, use a web browser …"));
    QVERIFY(!grant.info.isNull());
}

void tst_AadProtocol::parseDeviceCodeDefaults()
{
    // Azure AD v1 said verification_url; without interval and message, defaults apply.
    const QByteArray body = json(
        {{QStringLiteral("device_code"), QStringLiteral("dc")},
         {QStringLiteral("user_code"), QStringLiteral("ABC")},
         {QStringLiteral("verification_url"), QStringLiteral("https://login.example/device")}});
    Error error;
    const DeviceCodeGrant grant = parseDeviceCodeResponse(body, now, &error);
    QVERIFY(!error);
    QCOMPARE(grant.interval, 5s);
    QCOMPARE(grant.info.expiresOn(), now.addSecs(900));
    QVERIFY(grant.info.message().contains(u"ABC"));
    QVERIFY(grant.info.message().contains(u"https://login.example/device"));
}

// A lifetime no date can hold, as a string, was taken as it was: the expiry became an invalid
// date (fuzz_aadresponse regression). Like a missing one, it means the 15-minute default.
void tst_AadProtocol::parseDeviceCodeOutOfRangeLifetime()
{
    const QByteArray body =
        json({{QStringLiteral("device_code"), QStringLiteral("dc")},
              {QStringLiteral("user_code"), QStringLiteral("ABC")},
              {QStringLiteral("verification_uri"), QStringLiteral("https://login.example/device")},
              {QStringLiteral("expires_in"), QStringLiteral("6148914691236517204")},
              {QStringLiteral("interval"), QStringLiteral("-6148914691236517204")}});
    Error error;
    const DeviceCodeGrant grant = parseDeviceCodeResponse(body, now, &error);
    QVERIFY(!error);
    QCOMPARE(grant.info.expiresOn(), now.addSecs(900));
    QCOMPARE(grant.interval, 5s);
}

void tst_AadProtocol::parseDeviceCodeErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("nope");
    QTest::newRow("no device code")
        << json({{QStringLiteral("user_code"), QStringLiteral("A")},
                 {QStringLiteral("verification_uri"), QStringLiteral("https://x")}});
    QTest::newRow("no user code") << json(
        {{QStringLiteral("device_code"), QStringLiteral("d")},
         {QStringLiteral("verification_uri"), QStringLiteral("https://x")}});
    QTest::newRow("bad uri") << json({{QStringLiteral("device_code"), QStringLiteral("d")},
                                      {QStringLiteral("user_code"), QStringLiteral("A")},
                                      {QStringLiteral("verification_uri"), QStringLiteral("::")}});
}

void tst_AadProtocol::parseDeviceCodeErrors()
{
    QFETCH(QByteArray, body);
    Error error;
    parseDeviceCodeResponse(body, now, &error);
    QCOMPARE(error.code(), Error::Code::InvalidResponse);
}

void tst_AadProtocol::tokenNeedsRefresh_data()
{
    QTest::addColumn<int>("lifetimeSeconds");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("refresh");
    // An hour-long token with the 5-minute margin.
    QTest::newRow("fresh") << 3600 << 0 << false;
    QTest::newRow("before the margin") << 3600 << 3299 << false;
    QTest::newRow("at the margin") << 3600 << 3300 << true;
    QTest::newRow("inside the margin") << 3600 << 3500 << true;
    QTest::newRow("expired") << 3600 << 3600 << true;
    QTest::newRow("long expired") << 3600 << 90000 << true;
    // Shorter than twice the margin: refreshed at half its lifetime.
    QTest::newRow("short, young") << 120 << 59 << false;
    QTest::newRow("short, half") << 120 << 60 << true;
}

void tst_AadProtocol::tokenNeedsRefresh()
{
    QFETCH(int, lifetimeSeconds);
    QFETCH(int, ageSeconds);
    QFETCH(bool, refresh);
    const QDateTime obtained = now;
    const AccessToken token(QStringLiteral("t"), obtained.addSecs(lifetimeSeconds));
    QCOMPARE(MrAuth::tokenNeedsRefresh(token, obtained, obtained.addSecs(ageSeconds), 300s),
             refresh);
}

void tst_AadProtocol::chainErrorAllUnavailable()
{
    const QList<ChainFailure> failures = {
        {QStringLiteral("EnvironmentCredential"),
         Error(Error::Code::CredentialUnavailable, QStringLiteral("AZURE_TENANT_ID not set."))},
        {QStringLiteral("ManagedIdentityCredential"),
         Error(Error::Code::CredentialUnavailable, QStringLiteral("no endpoint answered."))},
        {QStringLiteral("AzureCliCredential"),
         Error(Error::Code::CredentialUnavailable, QStringLiteral("run 'az login'."))},
    };
    const Error error = chainError(failures);
    QCOMPARE(error.code(), Error::Code::CredentialUnavailable);
    const QStringList lines = error.message().split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), QStringLiteral("- EnvironmentCredential: AZURE_TENANT_ID not set."));
    QCOMPARE(lines.at(2), QStringLiteral("- ManagedIdentityCredential: no endpoint answered."));
    QCOMPARE(lines.at(3), QStringLiteral("- AzureCliCredential: run 'az login'."));
}

void tst_AadProtocol::chainErrorStopped()
{
    Error rejected(Error::Code::AuthenticationFailed, QStringLiteral("invalid_client"));
    rejected.setHttpStatus(401);
    const Error error =
        chainError({{QStringLiteral("EnvironmentCredential"),
                     Error(Error::Code::CredentialUnavailable, QStringLiteral("not set"))},
                    {QStringLiteral("ClientSecretCredential"), rejected}});
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    QCOMPARE(error.httpStatus(), 401);
    QVERIFY(error.message().startsWith(u"ClientSecretCredential failed"));
    QVERIFY(error.message().contains(u"\n- EnvironmentCredential: not set"));
    QVERIFY(error.message().endsWith(u"\n- ClientSecretCredential: invalid_client"));
}

void tst_AadProtocol::chainErrorEmpty()
{
    QCOMPARE(chainError({}).code(), Error::Code::CredentialUnavailable);
}

void tst_AadProtocol::credentialName()
{
    ChainedTokenCredential chain({});
    QCOMPARE(ChainedTokenCredential::credentialName(&chain),
             QStringLiteral("ChainedTokenCredential"));
    QCOMPARE(ChainedTokenCredential::credentialName(nullptr), QString());
}

void tst_AadProtocol::pkceRfc7636Vector()
{
    // RFC 7636, appendix B.
    QCOMPARE(pkceChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_AadProtocol::pkceVerifierShape()
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    const QByteArray a = generatePkceVerifier();
    const QByteArray b = generatePkceVerifier();
    QVERIFY(unreserved.match(QString::fromLatin1(a)).hasMatch());
    QVERIFY(a != b);
    QCOMPARE(pkceChallengeS256(a).size(), 43);
}

void tst_AadProtocol::stateIsRandom()
{
    QVERIFY(generateOAuthState() != generateOAuthState());
    QCOMPARE(generateOAuthState().size(), 22);
}

void tst_AadProtocol::authorizationUrl()
{
    AuthorizationRequest request;
    request.authorityHost = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    request.tenantId = QStringLiteral("organizations");
    request.clientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    request.redirectUri = QUrl(QStringLiteral("http://localhost:51234"));
    request.scope = QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin "
                                   "offline_access");
    request.state = QStringLiteral("st");
    request.codeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    request.loginHint = QStringLiteral("alice+test@contoso.com");
    const QUrl url = MrAuth::authorizationUrl(request);
    QCOMPARE(url.adjusted(QUrl::RemoveQuery),
             QUrl(QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/"
                                 "authorize")));
    const QUrlQuery query(url);
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QCOMPARE(value("client_id"), request.clientId);
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("redirect_uri"), QStringLiteral("http://localhost:51234"));
    QCOMPARE(value("scope"), request.scope);
    QCOMPARE(value("state"), QStringLiteral("st"));
    QCOMPARE(value("code_challenge"),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(value("response_mode"), QStringLiteral("query"));
    QCOMPARE(value("login_hint"), QStringLiteral("alice+test@contoso.com"));
    // The '+' travels encoded, so that no form decoder turns it into a space.
    QVERIFY(url.toEncoded().contains("alice%2Btest%40contoso.com"));
}

void tst_AadProtocol::parseLoopbackRequest_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    using S = LoopbackRequest::Status;
    QTest::newRow("redirect") << QByteArray("GET /?code=abc%2Bd&state=s HTTP/1.1\r\nHost: "
                                            "localhost\r\n\r\n")
                              << int(S::Complete) << QStringLiteral("/") << QStringLiteral("abc+d");
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << int(S::Complete)
                             << QStringLiteral("/favicon.ico") << QString();
    QTest::newRow("partial") << QByteArray("GET /?code=abc HTTP/1.1\r\nHost: x\r\n")
                             << int(S::Incomplete) << QString() << QString();
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << int(S::Malformed)
                             << QString() << QString();
    QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n")
                                     << int(S::Malformed) << QString() << QString();
    QTest::newRow("too long") << QByteArray(20000, 'a') << int(S::Malformed) << QString()
                              << QString();
}

void tst_AadProtocol::parseLoopbackRequest()
{
    QFETCH(QByteArray, received);
    QFETCH(int, status);
    QFETCH(QString, path);
    QFETCH(QString, code);
    const LoopbackRequest request = MrAuth::parseLoopbackRequest(received);
    QCOMPARE(int(request.status), status);
    if (request.status != LoopbackRequest::Status::Complete)
        return;
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, path);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), code);
    QCOMPARE(isAuthorizationRedirect(request.query), !code.isEmpty());
}

void tst_AadProtocol::authorizationCode_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Error::Code>("error");
    QTest::newRow("code") << QStringLiteral("code=c0de&state=expected") << QStringLiteral("c0de")
                          << Error::Code::NoError;
    QTest::newRow("wrong state") << QStringLiteral("code=c0de&state=other") << QString()
                                 << Error::Code::AuthenticationFailed;
    QTest::newRow("no state") << QStringLiteral("code=c0de") << QString()
                              << Error::Code::AuthenticationFailed;
    QTest::newRow("denied") << QStringLiteral("error=access_denied&error_description=User%20said%20"
                                              "no&state=expected")
                            << QString() << Error::Code::AuthenticationFailed;
    QTest::newRow("empty code") << QStringLiteral("code=&state=expected") << QString()
                                << Error::Code::InvalidResponse;
}

void tst_AadProtocol::authorizationCode()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(Error::Code, error);
    Error problem;
    QCOMPARE(authorizationCodeFrom(QUrlQuery(query), QStringLiteral("expected"), &problem), code);
    QCOMPARE(problem.code(), error);
    if (query.startsWith(u"error"))
        QVERIFY(problem.message().contains(u"User said no"));
}

void tst_AadProtocol::browserCommand_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    const QString url = QStringLiteral("https://login.example/t/authorize?a=1&b=2");
    QTest::newRow("linux") << int(DesktopPlatform::Linux) << QStringLiteral("xdg-open")
                           << QStringList{url};
    QTest::newRow("macos") << int(DesktopPlatform::MacOS) << QStringLiteral("open")
                           << QStringList{url};
    QTest::newRow("windows") << int(DesktopPlatform::Windows) << QStringLiteral("cmd")
                             << QStringList{QStringLiteral("/c"), QStringLiteral("start"),
                                            QStringLiteral("\"\""),
                                            QStringLiteral("https://login.example/t/"
                                                           "authorize?a=1^&b=2")};
}

void tst_AadProtocol::browserCommand()
{
    QFETCH(int, platform);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const ProcessCommand command =
        MrAuth::browserCommand(QUrl(QStringLiteral("https://login.example/t/authorize?a=1&b=2")),
                               DesktopPlatform(platform));
    QCOMPARE(command.program, program);
    QCOMPARE(command.arguments, arguments);
}

void tst_AadProtocol::loopbackResponse()
{
    const QByteArray response =
        loopbackHttpResponse(200, QStringLiteral("Signed <in>"), QStringLiteral("Close & go"));
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(response.contains("Connection: close\r\n"));
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    const QByteArray body = response.mid(headEnd + 4);
    const QByteArray contentLength = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    QVERIFY(response.contains(contentLength));
    QVERIFY(body.contains("Signed &lt;in&gt;"));
    QVERIFY(body.contains("Close &amp; go"));
    QVERIFY(loopbackHttpResponse(404, {}, {}).startsWith("HTTP/1.1 404 Not Found\r\n"));
}

void tst_AadProtocol::azureCliArguments()
{
    QCOMPARE(MrAuth::azureCliArguments(
                 QStringLiteral("https://sts.mixedreality.azure.com//.default"), {}),
             (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"),
                          QStringLiteral("--scope"),
                          QStringLiteral("https://sts.mixedreality.azure.com//.default"),
                          QStringLiteral("--output"), QStringLiteral("json")}));
    const QStringList withTenant =
        MrAuth::azureCliArguments(QStringLiteral("s"), QStringLiteral("contoso.com"));
    QCOMPARE(withTenant.mid(withTenant.size() - 2),
             (QStringList{QStringLiteral("--tenant"), QStringLiteral("contoso.com")}));
}

void tst_AadProtocol::azureCliOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QDateTime>("expiresOn");
    const QDateTime local(QDate(2026, 3, 1), QTime(13, 59, 10), Qt::LocalTime);
    QTest::newRow("CLI 2.54+: expires_on wins")
        << json({{QStringLiteral("accessToken"), QStringLiteral("tok")},
                 {QStringLiteral("expiresOn"), QStringLiteral("2001-01-01 00:00:00.000000")},
                 {QStringLiteral("expires_on"), 1772373550},
                 {QStringLiteral("subscription"), QStringLiteral("sub")},
                 {QStringLiteral("tenant"), QStringLiteral("t")},
                 {QStringLiteral("tokenType"), QStringLiteral("Bearer")}})
        << QDateTime::fromSecsSinceEpoch(1772373550, Qt::UTC);
    QTest::newRow("expires_on as string")
        << json({{QStringLiteral("accessToken"), QStringLiteral("tok")},
                 {QStringLiteral("expires_on"), QStringLiteral("1772373550")}})
        << QDateTime::fromSecsSinceEpoch(1772373550, Qt::UTC);
    QTest::newRow("older CLI: expiresOn, local time")
        << json({{QStringLiteral("accessToken"), QStringLiteral("tok")},
                 {QStringLiteral("expiresOn"), QStringLiteral("2026-03-01 13:59:10.123456")}})
        << local.toUTC();
    QTest::newRow("expiresOn without fraction")
        << json({{QStringLiteral("accessToken"), QStringLiteral("tok")},
                 {QStringLiteral("expiresOn"), QStringLiteral("2026-03-01 13:59:10")}})
        << local.toUTC();
}

void tst_AadProtocol::azureCliOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QDateTime, expiresOn);
    Error error;
    const AccessToken token = parseAzureCliOutput(output, &error);
    QVERIFY2(!error, qPrintable(error.toString()));
    QCOMPARE(token.token(), QStringLiteral("tok"));
    QCOMPARE(token.expiresOn(), expiresOn);
}

void tst_AadProtocol::azureCliOutputErrors_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("empty") << QByteArray() << Error::Code::InvalidResponse;
    QTest::newRow("text") << QByteArray("secret-token-text") << Error::Code::InvalidResponse;
    QTest::newRow("no token") << json({{QStringLiteral("expires_on"), 1}})
                              << Error::Code::InvalidResponse;
    QTest::newRow("no expiry") << json({{QStringLiteral("accessToken"), QStringLiteral("secret")}})
                               << Error::Code::MissingExpiry;
    QTest::newRow("bad expiry") << json({{QStringLiteral("accessToken"), QStringLiteral("secret")},
                                         {QStringLiteral("expiresOn"), QStringLiteral("tomorrow")},
                                         {QStringLiteral("expires_on"), QStringLiteral("soon")}})
                                << Error::Code::MissingExpiry;
}

void tst_AadProtocol::azureCliOutputErrors()
{
    QFETCH(QByteArray, output);
    QFETCH(Error::Code, code);
    Error error;
    QVERIFY(parseAzureCliOutput(output, &error).isNull());
    QCOMPARE(error.code(), code);
    QVERIFY(!error.message().contains(u"secret"));
}

void tst_AadProtocol::azureCliFailure_data()
{
    QTest::addColumn<QByteArray>("standardError");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not logged in")
        << QByteArray("ERROR: Please run 'az login' to setup account.\n")
        << Error::Code::CredentialUnavailable << QStringLiteral("run 'az login'");
    QTest::newRow("no subscription")
        << QByteArray("ERROR: No subscription found. Run 'az account set' to select a "
                      "subscription.\n")
        << Error::Code::CredentialUnavailable << QStringLiteral("az account set");
    QTest::newRow("other") << QByteArray("ERROR: AADSTS70043: The refresh token has expired.\n")
                           << Error::Code::AuthenticationFailed << QStringLiteral("AADSTS70043");
    QTest::newRow("silent") << QByteArray() << Error::Code::AuthenticationFailed
                            << QStringLiteral("exit code 3");
}

void tst_AadProtocol::azureCliFailure()
{
    QFETCH(QByteArray, standardError);
    QFETCH(Error::Code, code);
    QFETCH(QString, fragment);
    const Error error = MrAuth::azureCliFailure(3, standardError);
    QCOMPARE(error.code(), code);
    QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    QVERIFY(!error.message().contains(u"ERROR:"));
}

QTEST_GUILESS_MAIN(tst_AadProtocol)
#include "tst_aad_protocol.moc"
