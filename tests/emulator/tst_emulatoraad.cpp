#include "emulatorprocess.h"
#include "emulatortestdata.h"
#include "jwksverifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrlQuery>
#include <QtTest>

using namespace MrAuth;

// The Azure AD and managed identity endpoints of the real emulator binary, over TLS.
class TestEmulatorAad : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;
    QJsonObject m_jwks;

    QString tenantPath(const QString &rest) const
    {
        return u'/' + TestData::tenantId() + u'/' + rest;
    }

    EmulatorProcess::Reply token(const QList<QPair<QString, QString>> &fields)
    {
        return m_emulator.postForm(tenantPath(QStringLiteral("oauth2/v2.0/token")), fields);
    }

    static void checkAadError(const EmulatorProcess::Reply &reply, int status, const QString &error,
                              int code)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
        QVERIFY(json.value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QStringLiteral("AADSTS%1: ").arg(code)));
        QCOMPARE(json.value(QStringLiteral("error_codes")).toArray(), QJsonArray{code});
    }

    void checkAccessToken(const QString &token, const QString &audience, const QString &objectId)
    {
        QString why;
        QVERIFY2(JwksVerifier::verify(token, m_jwks, &why), qPrintable(why));
        const QJsonObject claims = JwksVerifier::claims(token);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), audience);
        QCOMPARE(claims.value(QStringLiteral("tid")).toString(), TestData::tenantId());
        QCOMPARE(claims.value(QStringLiteral("oid")).toString(), objectId);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_emulator.url().toString() +
                                                                     u'/' + TestData::tenantId() +
                                                                     QStringLiteral("/v2.0"));
        QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()) -
                     qint64(claims.value(QStringLiteral("iat")).toDouble()),
                 3599);
    }

    QJsonObject startDeviceCode(const QString &scope = TestData::stsScope() +
                                                       QStringLiteral(" openid offline_access"))
    {
        const EmulatorProcess::Reply reply =
            m_emulator.postForm(tenantPath(QStringLiteral("oauth2/v2.0/devicecode")),
                                {{QStringLiteral("client_id"), TestData::publicClientId()},
                                 {QStringLiteral("scope"), scope}});
        if (reply.status != 200)
            return {};
        return reply.json();
    }

    EmulatorProcess::Reply pollDeviceCode(const QString &deviceCode)
    {
        return token({{QStringLiteral("grant_type"),
                       QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                      {QStringLiteral("client_id"), TestData::publicClientId()},
                      {QStringLiteral("device_code"), deviceCode}});
    }

    static QString challengeOf(const QString &verifier)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    EmulatorProcess::Reply authorize(const QString &redirectUri, const QString &challenge,
                                     const QString &loginHint = {})
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), TestData::publicClientId());
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        query.addQueryItem(QStringLiteral("scope"),
                           QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin "
                                          "openid offline_access"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-42"));
        if (!challenge.isEmpty()) {
            query.addQueryItem(QStringLiteral("code_challenge"), challenge);
            query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        if (!loginHint.isEmpty())
            query.addQueryItem(QStringLiteral("login_hint"), loginHint);
        return m_emulator.get(tenantPath(QStringLiteral("oauth2/v2.0/authorize?")) +
                              query.toString(QUrl::FullyEncoded));
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(TestData::accounts(),
                                  {QStringLiteral("--device-code-interval"), QStringLiteral("1")},
                                  &error),
                 qPrintable(error));
        m_jwks = m_emulator.get(tenantPath(QStringLiteral("discovery/v2.0/keys"))).json();
        QVERIFY(!m_jwks.value(QStringLiteral("keys")).toArray().isEmpty());
        QCOMPARE(m_emulator.get(QStringLiteral("/.well-known/jwks.json")).json(), m_jwks);
    }

    void discovery()
    {
        const EmulatorProcess::Reply reply =
            m_emulator.get(tenantPath(QStringLiteral("v2.0/.well-known/openid-configuration")));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        const QString base = m_emulator.url().toString() + u'/' + TestData::tenantId();
        QCOMPARE(json.value(QStringLiteral("issuer")).toString(), base + QStringLiteral("/v2.0"));
        QCOMPARE(json.value(QStringLiteral("token_endpoint")).toString(),
                 base + QStringLiteral("/oauth2/v2.0/token"));
        QCOMPARE(json.value(QStringLiteral("authorization_endpoint")).toString(),
                 base + QStringLiteral("/oauth2/v2.0/authorize"));
        QCOMPARE(json.value(QStringLiteral("device_authorization_endpoint")).toString(),
                 base + QStringLiteral("/oauth2/v2.0/devicecode"));
        const QString jwksUri = json.value(QStringLiteral("jwks_uri")).toString();
        QCOMPARE(jwksUri, base + QStringLiteral("/discovery/v2.0/keys"));

        const QJsonObject organizations =
            m_emulator.get(QStringLiteral("/organizations/v2.0/.well-known/openid-configuration"))
                .json();
        QVERIFY(organizations.value(QStringLiteral("issuer"))
                    .toString()
                    .contains(QStringLiteral("{tenantid}")));
        const QJsonObject instance =
            m_emulator.get(QStringLiteral("/common/discovery/instance?api-version=1.1")).json();
        QVERIFY(instance.contains(QStringLiteral("tenant_discovery_endpoint")));
        const EmulatorProcess::Reply page = m_emulator.get(QStringLiteral("/devicelogin"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("/_emulator/devicecode/approve"));
        QCOMPARE(m_emulator.get(QStringLiteral("/no/such/path")).status, 404);
    }

    void unknownTenant()
    {
        checkAadError(
            m_emulator.get(QStringLiteral(
                "/00000000-1111-4222-8333-444444444444/v2.0/.well-known/openid-configuration")),
            400, QStringLiteral("invalid_tenant"), 90002);
    }

    void clientCredentials()
    {
        const EmulatorProcess::Reply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("client_id"), TestData::clientId()},
                   {QStringLiteral("client_secret"), TestData::clientSecret()},
                   {QStringLiteral("scope"), TestData::stsScope()}});
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3599);
        QVERIFY(!json.contains(QStringLiteral("refresh_token")));
        const QString accessToken = json.value(QStringLiteral("access_token")).toString();
        const QJsonObject claims = JwksVerifier::claims(accessToken);
        checkAccessToken(accessToken, QStringLiteral("https://sts.mixedreality.azure.com"),
                         claims.value(QStringLiteral("oid")).toString());
        QCOMPARE(claims.value(QStringLiteral("appid")).toString(), TestData::clientId());
        QCOMPARE(claims.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
    }

    void clientCredentialErrors_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("grantType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("code");
        const QString cc = QStringLiteral("client_credentials");
        QTest::newRow("wrong secret")
            << TestData::clientId() << QStringLiteral("wrong") << TestData::stsScope() << cc << 401
            << QStringLiteral("invalid_client") << 7000215;
        QTest::newRow("no secret") << TestData::clientId() << QString() << TestData::stsScope()
                                   << cc << 401 << QStringLiteral("invalid_client") << 7000218;
        QTest::newRow("unknown client")
            << QStringLiteral("12345678-1234-4234-8234-123456789012") << TestData::clientSecret()
            << TestData::stsScope() << cc << 400 << QStringLiteral("unauthorized_client") << 700016;
        QTest::newRow("no scope") << TestData::clientId() << TestData::clientSecret() << QString()
                                  << cc << 400 << QStringLiteral("invalid_request") << 900144;
        QTest::newRow("scope without .default")
            << TestData::clientId() << TestData::clientSecret()
            << QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin") << cc << 400
            << QStringLiteral("invalid_scope") << 1002012;
        QTest::newRow("two resources")
            << TestData::clientId() << TestData::clientSecret()
            << QStringLiteral("https://a.example/.default https://b.example/.default") << cc << 400
            << QStringLiteral("invalid_scope") << 28000;
        QTest::newRow("unsupported grant")
            << TestData::clientId() << TestData::clientSecret() << TestData::stsScope()
            << QStringLiteral("password") << 400 << QStringLiteral("unsupported_grant_type")
            << 70003;
    }

    void clientCredentialErrors()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, scope);
        QFETCH(QString, grantType);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(int, code);
        QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), grantType},
                                              {QStringLiteral("client_id"), clientId}};
        if (!secret.isEmpty())
            fields.append({QStringLiteral("client_secret"), secret});
        if (!scope.isEmpty())
            fields.append({QStringLiteral("scope"), scope});
        checkAadError(token(fields), status, error, code);
    }

    void deviceCodeApproved()
    {
        const QJsonObject started = startDeviceCode();
        const QString userCode = started.value(QStringLiteral("user_code")).toString();
        const QString deviceCode = started.value(QStringLiteral("device_code")).toString();
        QVERIFY(!userCode.isEmpty());
        QVERIFY(!deviceCode.isEmpty());
        QCOMPARE(started.value(QStringLiteral("interval")).toInt(), 1);
        QCOMPARE(started.value(QStringLiteral("expires_in")).toInt(), 900);
        QVERIFY(started.value(QStringLiteral("message")).toString().contains(userCode));
        QVERIFY(started.value(QStringLiteral("verification_uri"))
                    .toString()
                    .startsWith(m_emulator.url().toString()));

        checkAadError(pollDeviceCode(deviceCode), 400, QStringLiteral("authorization_pending"),
                      70016);
        const QJsonArray pending = m_emulator.pendingDeviceCodes();
        QVERIFY(std::any_of(pending.cbegin(), pending.cend(), [&userCode](const QJsonValue &item) {
            return item.toObject().value(QStringLiteral("userCode")).toString() == userCode;
        }));
        QVERIFY(m_emulator.slowDownDeviceCode(userCode));
        checkAadError(pollDeviceCode(deviceCode), 400, QStringLiteral("slow_down"), 70016);
        checkAadError(pollDeviceCode(deviceCode), 400, QStringLiteral("authorization_pending"),
                      70016);

        QVERIFY(m_emulator.approveDeviceCode(userCode));
        const EmulatorProcess::Reply reply = pollDeviceCode(deviceCode);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3599);
        QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(!json.value(QStringLiteral("id_token")).toString().isEmpty());
        checkAccessToken(json.value(QStringLiteral("access_token")).toString(),
                         QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::userObjectId());
        // A device code is redeemed once.
        checkAadError(pollDeviceCode(deviceCode), 400, QStringLiteral("invalid_grant"), 70000);
        QVERIFY(!m_emulator.approveDeviceCode(userCode));

        // The user has a role on the account: the STS accepts the token.
        const EmulatorProcess::Reply sts = m_emulator.get(
            TestData::tokenPath(),
            {{"Authorization",
              "Bearer " + json.value(QStringLiteral("access_token")).toString().toLatin1()}});
        QCOMPARE(sts.status, 200);
    }

    void deviceCodeApprovedForNamedUser()
    {
        const QJsonObject started = startDeviceCode();
        QVERIFY(m_emulator.approveDeviceCode(started.value(QStringLiteral("user_code")).toString(),
                                             TestData::otherUsername()));
        const EmulatorProcess::Reply reply =
            pollDeviceCode(started.value(QStringLiteral("device_code")).toString());
        QCOMPARE(reply.status, 200);
        const QString accessToken = reply.json().value(QStringLiteral("access_token")).toString();
        checkAccessToken(accessToken, QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::otherUserObjectId());
        // Bob has no role on the account.
        QCOMPARE(
            m_emulator
                .get(TestData::tokenPath(), {{"Authorization", "Bearer " + accessToken.toLatin1()}})
                .status,
            403);
    }

    void deviceCodeDeclinedAndExpired()
    {
        const QJsonObject declined = startDeviceCode();
        QVERIFY(
            m_emulator.declineDeviceCode(declined.value(QStringLiteral("user_code")).toString()));
        checkAadError(pollDeviceCode(declined.value(QStringLiteral("device_code")).toString()), 400,
                      QStringLiteral("authorization_declined"), 70000);

        const QJsonObject expired = startDeviceCode();
        QVERIFY(m_emulator.expireDeviceCode(expired.value(QStringLiteral("user_code")).toString()));
        checkAadError(pollDeviceCode(expired.value(QStringLiteral("device_code")).toString()), 400,
                      QStringLiteral("expired_token"), 70020);

        QVERIFY(!m_emulator.approveDeviceCode(QStringLiteral("NOSUCHCODE")));
        checkAadError(pollDeviceCode(QStringLiteral("no-such-device-code")), 400,
                      QStringLiteral("invalid_grant"), 70000);
    }

    void deviceCodeForUnknownClient()
    {
        checkAadError(m_emulator.postForm(tenantPath(QStringLiteral("oauth2/v2.0/devicecode")),
                                          {{QStringLiteral("client_id"),
                                            QStringLiteral("12345678-1234-4234-8234-123456789012")},
                                           {QStringLiteral("scope"), TestData::stsScope()}}),
                      400, QStringLiteral("unauthorized_client"), 700016);
    }

    void refreshToken()
    {
        const QJsonObject started = startDeviceCode();
        QVERIFY(
            m_emulator.approveDeviceCode(started.value(QStringLiteral("user_code")).toString()));
        const QString refresh =
            pollDeviceCode(started.value(QStringLiteral("device_code")).toString())
                .json()
                .value(QStringLiteral("refresh_token"))
                .toString();
        QVERIFY(!refresh.isEmpty());
        const EmulatorProcess::Reply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("client_id"), TestData::publicClientId()},
                   {QStringLiteral("refresh_token"), refresh},
                   {QStringLiteral("scope"), TestData::stsScope()}});
        QCOMPARE(reply.status, 200);
        checkAccessToken(reply.json().value(QStringLiteral("access_token")).toString(),
                         QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::userObjectId());
        QVERIFY(!reply.json().value(QStringLiteral("refresh_token")).toString().isEmpty());

        checkAadError(
            token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("client_id"), TestData::publicClientId()},
                   {QStringLiteral("refresh_token"), QStringLiteral("not-a-refresh-token")}}),
            400, QStringLiteral("invalid_grant"), 9002313);
    }

    void authorizationCodeWithPkce()
    {
        const QString verifier =
            QStringLiteral("a-verifier-of-enough-length-0123456789-abcdefghij");
        const QString redirectUri = QStringLiteral("http://localhost:53817/callback");
        const EmulatorProcess::Reply redirect = authorize(redirectUri, challengeOf(verifier));
        QCOMPARE(redirect.status, 302);
        const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.port(), 53817);
        QCOMPARE(location.path(), QStringLiteral("/callback"));
        const QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-42"));
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const QList<QPair<QString, QString>> redeem{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), TestData::publicClientId()},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("code_verifier"), verifier}};
        const EmulatorProcess::Reply reply = token(redeem);
        QCOMPARE(reply.status, 200);
        const QString accessToken = reply.json().value(QStringLiteral("access_token")).toString();
        checkAccessToken(accessToken, QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::userObjectId());
        QCOMPARE(JwksVerifier::claims(accessToken).value(QStringLiteral("scp")).toString(),
                 QStringLiteral("mixedreality.signin"));
        QVERIFY(!reply.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
        // Codes are single use.
        checkAadError(token(redeem), 400, QStringLiteral("invalid_grant"), 70000);
    }

    void authorizationCodeErrors()
    {
        const QString verifier = QStringLiteral("another-verifier-0123456789-0123456789-abcdefgh");
        const QString redirectUri = QStringLiteral("http://127.0.0.1:40000");
        const auto codeOf = [](const EmulatorProcess::Reply &reply) {
            return QUrlQuery(QUrl::fromEncoded(reply.header("Location")))
                .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        };
        // Wrong verifier.
        const QString code = codeOf(authorize(redirectUri, challengeOf(verifier)));
        QVERIFY(!code.isEmpty());
        checkAadError(token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("client_id"), TestData::publicClientId()},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("redirect_uri"), redirectUri},
                             {QStringLiteral("code_verifier"), QStringLiteral("wrong-verifier")}}),
                      400, QStringLiteral("invalid_grant"), 501481);
        // Wrong redirect URI at redemption.
        const QString second = codeOf(authorize(redirectUri, challengeOf(verifier)));
        checkAadError(
            token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("client_id"), TestData::publicClientId()},
                   {QStringLiteral("code"), second},
                   {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:40001")},
                   {QStringLiteral("code_verifier"), verifier}}),
            400, QStringLiteral("invalid_grant"), 50148);
        // Without PKCE: redirected back with an error.
        const EmulatorProcess::Reply noPkce = authorize(redirectUri, QString());
        QCOMPARE(noPkce.status, 302);
        const QUrlQuery errorQuery(QUrl::fromEncoded(noPkce.header("Location")));
        QCOMPARE(errorQuery.queryItemValue(QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
        QVERIFY(!errorQuery.hasQueryItem(QStringLiteral("code")));
        QCOMPARE(errorQuery.queryItemValue(QStringLiteral("state")), QStringLiteral("state-42"));
    }

    void authorizeRejectsNonLoopbackRedirects_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::newRow("https") << QStringLiteral("https://localhost:1234/");
        QTest::newRow("remote host") << QStringLiteral("http://evil.example/");
        QTest::newRow("lookalike") << QStringLiteral("http://localhost.evil.example/");
        QTest::newRow("user info") << QStringLiteral("http://evil@localhost:1234/");
        QTest::newRow("empty") << QString();
    }

    void authorizeRejectsNonLoopbackRedirects()
    {
        QFETCH(QString, redirectUri);
        const EmulatorProcess::Reply reply =
            authorize(redirectUri, challengeOf(QStringLiteral("verifier")));
        checkAadError(reply, 400, QStringLiteral("invalid_request"), 50011);
        QVERIFY(reply.header("Location").isEmpty());
    }

    void authorizeWithLoginHint()
    {
        const QString verifier = QStringLiteral("hint-verifier-0123456789-0123456789-0123456789");
        const QString redirectUri = QStringLiteral("http://localhost:40002/");
        const EmulatorProcess::Reply redirect =
            authorize(redirectUri, challengeOf(verifier), TestData::otherUsername());
        const QString code = QUrlQuery(QUrl::fromEncoded(redirect.header("Location")))
                                 .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const EmulatorProcess::Reply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("client_id"), TestData::publicClientId()},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), redirectUri},
                   {QStringLiteral("code_verifier"), verifier}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(JwksVerifier::claims(reply.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("oid"))
                     .toString(),
                 TestData::otherUserObjectId());
    }

    void imds()
    {
        const QString path =
            QStringLiteral("/metadata/identity/oauth2/token?api-version=2018-02-01&"
                           "resource=https%3A%2F%2Fsts.mixedreality.azure.com");
        const EmulatorProcess::Reply missingHeader = m_emulator.get(path);
        QCOMPARE(missingHeader.status, 400);
        QCOMPARE(missingHeader.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));

        const EmulatorProcess::Reply reply = m_emulator.get(path, {{"Metadata", "true"}});
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toString(), QStringLiteral("3599"));
        QCOMPARE(json.value(QStringLiteral("client_id")).toString(), TestData::identityClientId());
        QCOMPARE(json.value(QStringLiteral("resource")).toString(),
                 QStringLiteral("https://sts.mixedreality.azure.com"));
        const qint64 expiresOn = json.value(QStringLiteral("expires_on")).toString().toLongLong();
        QVERIFY(qAbs(expiresOn - QDateTime::currentSecsSinceEpoch() - 3599) < 60);
        const QString accessToken = json.value(QStringLiteral("access_token")).toString();
        checkAccessToken(accessToken, QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::identityObjectId());
        QCOMPARE(
            m_emulator
                .get(TestData::tokenPath(), {{"Authorization", "Bearer " + accessToken.toLatin1()}})
                .status,
            200);

        QCOMPARE(m_emulator
                     .get(path + QStringLiteral("&client_id=") + TestData::identityClientId(),
                          {{"Metadata", "true"}})
                     .status,
                 200);
        QCOMPARE(m_emulator
                     .get(path + QStringLiteral("&client_id=12345678-1234-4234-8234-123456789012"),
                          {{"Metadata", "true"}})
                     .status,
                 400);
        QCOMPARE(m_emulator
                     .get(QStringLiteral("/metadata/identity/oauth2/token?api-version=2018-02-01"),
                          {{"Metadata", "true"}})
                     .status,
                 400);
    }

    void appService()
    {
        const QString path = QStringLiteral("/msi/token?api-version=2019-08-01&"
                                            "resource=https%3A%2F%2Fsts.mixedreality.azure.com");
        QCOMPARE(m_emulator.get(path).status, 401);
        QCOMPARE(m_emulator.get(path, {{"X-IDENTITY-HEADER", "wrong"}}).status, 401);
        const QString identityHeader = m_emulator.identityHeader();
        QVERIFY(!identityHeader.isEmpty());
        const EmulatorProcess::Reply reply =
            m_emulator.get(path, {{"X-IDENTITY-HEADER", identityHeader.toLatin1()}});
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QVERIFY(json.value(QStringLiteral("expires_on")).isString());
        checkAccessToken(json.value(QStringLiteral("access_token")).toString(),
                         QStringLiteral("https://sts.mixedreality.azure.com"),
                         TestData::identityObjectId());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAad)
#include "tst_emulatoraad.moc"
