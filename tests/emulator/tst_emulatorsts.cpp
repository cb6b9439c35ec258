#include "emulatorprocess.h"
#include "emulatortestdata.h"
#include "jwksverifier.h"

#include <mrauth/correlationvector.h>

#include <QDateTime>
#include <QFile>
#include <QtTest>

using namespace MrAuth;

// The STS endpoint of the real emulator binary, over TLS (protocol sections 1-3).
class TestEmulatorSts : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;

    QString clientCredentialsToken(const QString &clientId, const QString &secret,
                                   const QString &scope = TestData::stsScope())
    {
        const EmulatorProcess::Reply reply = m_emulator.postForm(
            QStringLiteral("/%1/oauth2/v2.0/token").arg(TestData::tenantId()),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), clientId},
             {QStringLiteral("client_secret"), secret},
             {QStringLiteral("scope"), scope}});
        return reply.json().value(QStringLiteral("access_token")).toString();
    }

    static void checkStsHeaders(const EmulatorProcess::Reply &reply)
    {
        const QByteArray cv = reply.header("MS-CV");
        QVERIFY2(cv.endsWith(".0"), cv.constData());
        QVERIFY(CorrelationVector::isValid(QString::fromLatin1(cv.chopped(2))));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store, no-cache"));
        QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        QCOMPARE(m_emulator.url().scheme(), QStringLiteral("https"));
    }

    void keyAuthentication_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("primary") << TestData::tokenPath() << TestData::primaryKey();
        QTest::newRow("secondary") << TestData::tokenPath() << TestData::secondaryKey();
        QTest::newRow("lower-case accounts")
            << QStringLiteral("/accounts/%1/token?api-version=2019-02-28-preview")
                   .arg(TestData::accountId())
            << TestData::primaryKey();
        QTest::newRow("no api-version")
            << QStringLiteral("/Accounts/%1/token").arg(TestData::accountId())
            << TestData::primaryKey();
        QTest::newRow("upper-case account id")
            << TestData::tokenPath(TestData::accountId().toUpper()) << TestData::primaryKey();
    }

    void keyAuthentication()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        const QString requestCv = CorrelationVector::generate();
        const EmulatorProcess::Reply reply =
            m_emulator.get(path, {{"Authorization", TestData::keyAuthorization(key)},
                                  {"X-MRC-CV", requestCv.toLatin1()},
                                  {"Accept", "application/json"}});
        QCOMPARE(reply.status, 200);
        checkStsHeaders(reply);
        QVERIFY(!reply.header("MS-CV").startsWith(requestCv.toLatin1()));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QString token = reply.json().value(QStringLiteral("AccessToken")).toString();
        QVERIFY(!token.isEmpty());
        // A real body is about 1.2 KB.
        QVERIFY2(reply.body.size() > 900 && reply.body.size() < 2000,
                 QByteArray::number(reply.body.size()).constData());
    }

    void tokenClaimsAndSignature()
    {
        const QJsonObject jwks = m_emulator.get(QStringLiteral("/.well-known/jwks.json")).json();
        QCOMPARE(jwks.value(QStringLiteral("keys")).toArray().size(), 1);
        const EmulatorProcess::Reply reply = m_emulator.get(
            TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}});
        const QString token = reply.json().value(QStringLiteral("AccessToken")).toString();
        QString why;
        QVERIFY2(JwksVerifier::verify(token, jwks, &why), qPrintable(why));

        // Unpadded base64url in every segment.
        QVERIFY(!token.contains(u'='));
        QVERIFY(!token.contains(u'+'));
        QVERIFY(!token.contains(u'/'));
        const QJsonObject header = JwksVerifier::header(token);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QVERIFY(!header.value(QStringLiteral("kid")).toString().isEmpty());
        QVERIFY(!header.value(QStringLiteral("x5t")).toString().isEmpty());

        const QJsonObject claims = JwksVerifier::claims(token);
        for (const char *name : {"jti", "aid", "cai", "tid", "aao", "apr", "rid", "att", "iss",
                                 "aud", "nbf", "iat", "exp"})
            QVERIFY2(claims.contains(QLatin1String(name)), name);
        QCOMPARE(claims.value(QStringLiteral("aid")).toString(), TestData::accountId());
        QCOMPARE(claims.value(QStringLiteral("cai")).toString(), TestData::accountId());
        QCOMPARE(claims.value(QStringLiteral("tid")).toString(),
                 QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(claims.value(QStringLiteral("apr")).toString(), QStringLiteral("eastus"));
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
                 QStringLiteral("https://sts.eastus.mixedreality.azure.com/"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://manage.sa.eastus.mixedreality.azure.com/"));
        QVERIFY(claims.value(QStringLiteral("rid"))
                    .toString()
                    .endsWith(QStringLiteral(
                        "/providers/Microsoft.MixedReality/spatialAnchorsAccounts/test-anchors")));
        const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
        QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()) - iat, 86400);
        QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
    }

    void remoteRenderingAudience()
    {
        const EmulatorProcess::Reply reply = m_emulator.get(
            TestData::tokenPath(TestData::renderingAccountId()),
            {{"Authorization", TestData::keyAuthorization(TestData::renderingKey(),
                                                          TestData::renderingAccountId())}});
        QCOMPARE(reply.status, 200);
        const QJsonObject claims =
            JwksVerifier::claims(reply.json().value(QStringLiteral("AccessToken")).toString());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://remoterendering.westeurope.mixedreality.azure.com/"));
        QCOMPARE(claims.value(QStringLiteral("apr")).toString(), QStringLiteral("westeurope"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("wwwAuthenticatePrefix");
        const QString id = TestData::accountId();
        QTest::newRow("wrong key")
            << TestData::tokenPath() << TestData::keyAuthorization(QStringLiteral("nope")) << 401
            << QByteArray("Invalid token: ");
        QTest::newRow("key of another account")
            << TestData::tokenPath()
            << TestData::keyAuthorization(TestData::renderingKey(), TestData::renderingAccountId())
            << 401 << QByteArray("Invalid token: ");
        QTest::newRow("no authorization")
            << TestData::tokenPath() << QByteArray() << 401 << QByteArray("Invalid token: ");
        QTest::newRow("basic scheme") << TestData::tokenPath() << QByteArray("Basic abc") << 401
                                      << QByteArray("Invalid token: ");
        QTest::newRow("garbage token") << TestData::tokenPath() << QByteArray("Bearer a.b.c") << 401
                                       << QByteArray("Invalid token: ");
        QTest::newRow("unsupported api-version")
            << QStringLiteral("/Accounts/%1/token?api-version=2020-01-01").arg(id)
            << TestData::keyAuthorization() << 400 << QByteArray("Invalid request: ");
        QTest::newRow("unknown account")
            << TestData::tokenPath(QStringLiteral("11111111-2222-4333-8444-555555555555"))
            << TestData::keyAuthorization() << 404 << QByteArray();
        QTest::newRow("not a guid")
            << TestData::tokenPath(QStringLiteral("not-a-guid")) << TestData::keyAuthorization()
            << 400 << QByteArray("Invalid request: ");
    }

    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, wwwAuthenticatePrefix);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const EmulatorProcess::Reply reply = m_emulator.get(path, headers);
        QCOMPARE(reply.status, status);
        checkStsHeaders(reply);
        QVERIFY(reply.body.isEmpty());
        const QByteArray wwwAuthenticate = reply.header("WWW-Authenticate");
        if (wwwAuthenticatePrefix.isEmpty())
            QVERIFY(wwwAuthenticate.isEmpty());
        else
            QVERIFY2(wwwAuthenticate.startsWith(wwwAuthenticatePrefix) &&
                         wwwAuthenticate.size() > wwwAuthenticatePrefix.size(),
                     wwwAuthenticate.constData());
        // The secret never comes back in error text.
        QVERIFY(!wwwAuthenticate.contains(TestData::primaryKey().toUtf8()));
    }

    void responseCorrelationVectorIsNewEachTime()
    {
        const auto cv = [this] {
            return m_emulator
                .get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}})
                .header("MS-CV");
        };
        QVERIFY(cv() != cv());
    }

    void aadTokenAuthentication_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("status");
        QTest::newRow("principal with a role")
            << TestData::clientId() << TestData::clientSecret() << TestData::stsScope() << 200;
        QTest::newRow("regional scope")
            << TestData::clientId() << TestData::clientSecret()
            << QStringLiteral("https://sts.eastus.mixedreality.azure.com/.default") << 200;
        QTest::newRow("principal without a role")
            << TestData::roleLessClientId() << TestData::roleLessSecret() << TestData::stsScope()
            << 403;
        QTest::newRow("token for another resource")
            << TestData::clientId() << TestData::clientSecret()
            << QStringLiteral("https://storage.azure.com/.default") << 401;
    }

    void aadTokenAuthentication()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, scope);
        QFETCH(int, status);
        const QString aadToken = clientCredentialsToken(clientId, secret, scope);
        QVERIFY(!aadToken.isEmpty());
        const EmulatorProcess::Reply reply = m_emulator.get(
            TestData::tokenPath(), {{"Authorization", "Bearer " + aadToken.toLatin1()}});
        QCOMPARE(reply.status, status);
        checkStsHeaders(reply);
        if (status == 200) {
            const QJsonObject claims =
                JwksVerifier::claims(reply.json().value(QStringLiteral("AccessToken")).toString());
            QCOMPARE(claims.value(QStringLiteral("tid")).toString(), TestData::tenantId());
            QCOMPARE(claims.value(QStringLiteral("aid")).toString(), TestData::accountId());
        }
        if (status == 401)
            QVERIFY(reply.header("WWW-Authenticate").startsWith("Invalid token: "));
    }

    void tamperedAadTokenIsRejected()
    {
        QString aadToken = clientCredentialsToken(TestData::clientId(), TestData::clientSecret());
        // Claim to be the user with the Owner role: the signature no longer matches.
        QList<QString> parts = aadToken.split(u'.');
        QJsonObject claims = JwksVerifier::claims(aadToken);
        claims.insert(QStringLiteral("oid"), TestData::userObjectId());
        parts[1] = QString::fromLatin1(
            QJsonDocument(claims)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const EmulatorProcess::Reply reply = m_emulator.get(
            TestData::tokenPath(), {{"Authorization", "Bearer " + parts.join(u'.').toLatin1()}});
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Invalid token: "));
    }

    void methodNotAllowed()
    {
        const EmulatorProcess::Reply reply = m_emulator.request(
            "POST", TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}});
        QCOMPARE(reply.status, 405);
        checkStsHeaders(reply);
    }

    void tokenLifetimeOption()
    {
        EmulatorProcess shortLived;
        QString error;
        QVERIFY2(shortLived.start(TestData::accounts(),
                                  {QStringLiteral("--token-lifetime"), QStringLiteral("120")},
                                  &error),
                 qPrintable(error));
        const EmulatorProcess::Reply reply = shortLived.get(
            TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}});
        const QJsonObject claims =
            JwksVerifier::claims(reply.json().value(QStringLiteral("AccessToken")).toString());
        QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()) -
                     qint64(claims.value(QStringLiteral("iat")).toDouble()),
                 120);
    }

    void demoMode()
    {
        EmulatorProcess demo;
        QString error;
        QVERIFY2(demo.start({}, {QStringLiteral("--demo")}, &error), qPrintable(error));
        QFile file(demo.temporaryPath() + QStringLiteral("/demo/demo-accounts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written, EmulatorProcess::demoAccounts());
        const QJsonArray accounts = written.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        QStringList services;
        for (const QJsonValue value : accounts) {
            const QJsonObject account = value.toObject();
            services.append(account.value(QStringLiteral("service")).toString());
            const QString id = account.value(QStringLiteral("accountId")).toString();
            const QString key = account.value(QStringLiteral("primaryKey")).toString();
            QCOMPARE(demo.get(TestData::tokenPath(id),
                              {{"Authorization", TestData::keyAuthorization(key, id)}})
                         .status,
                     200);
        }
        services.sort();
        QCOMPARE(services,
                 (QStringList{QStringLiteral("object-anchors"), QStringLiteral("remote-rendering"),
                              QStringLiteral("spatial-anchors")}));
    }

    void stopsCleanly()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        emulator.stop();
        QCOMPARE(emulator.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorSts)
#include "tst_emulatorsts.moc"
