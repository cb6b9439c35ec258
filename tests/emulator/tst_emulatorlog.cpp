#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <mrauth/correlationvector.h>

#include <QCryptographicHash>
#include <QFile>
#include <QUrlQuery>
#include <QtTest>

using namespace MrAuth;

// The request log: one JSON line per request, the same entries at /_emulator/requests, and no
// key, secret, code or token in it, ever (stdout and --log FILE).
class TestEmulatorLog : public QObject
{
    Q_OBJECT

private:
    // Runs every flow that carries a secret and returns the secrets that went over the wire.
    static QStringList exerciseSecrets(EmulatorProcess &emulator)
    {
        QStringList secrets{TestData::primaryKey(), TestData::secondaryKey(),
                            TestData::renderingKey(), TestData::clientSecret(),
                            TestData::roleLessSecret()};
        const QString tenant = u'/' + TestData::tenantId();
        const QString requestCv = CorrelationVector::generate();
        emulator.get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()},
                                             {"X-MRC-CV", requestCv.toLatin1()}});
        emulator.get(TestData::tokenPath(),
                     {{"Authorization", TestData::keyAuthorization(TestData::secondaryKey())}});
        emulator.get(TestData::tokenPath(),
                     {{"Authorization", TestData::keyAuthorization(TestData::renderingKey())}});
        const QString secretInQuery = QStringLiteral("query-secret-Hj4Kl5Mn6");
        secrets << secretInQuery;
        emulator.get(TestData::tokenPath() + QStringLiteral("&client_secret=") + secretInQuery +
                     QStringLiteral("&code=") + secretInQuery);

        // Client credentials, and its token used at the STS.
        const QString aadToken =
            emulator
                .postForm(tenant + QStringLiteral("/oauth2/v2.0/token"),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), TestData::clientId()},
                           {QStringLiteral("client_secret"), TestData::clientSecret()},
                           {QStringLiteral("scope"), TestData::stsScope()}})
                .json()
                .value(QStringLiteral("access_token"))
                .toString();
        secrets << aadToken;
        const QString stsToken =
            emulator
                .get(TestData::tokenPath(), {{"Authorization", "Bearer " + aadToken.toLatin1()}})
                .json()
                .value(QStringLiteral("AccessToken"))
                .toString();
        secrets << stsToken;
        emulator.postForm(tenant + QStringLiteral("/oauth2/v2.0/token"),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), TestData::roleLessClientId()},
                           {QStringLiteral("client_secret"), TestData::roleLessSecret() + u'x'},
                           {QStringLiteral("scope"), TestData::stsScope()}});

        // Device code, then refresh.
        const QJsonObject started =
            emulator
                .postForm(tenant + QStringLiteral("/oauth2/v2.0/devicecode"),
                          {{QStringLiteral("client_id"), TestData::publicClientId()},
                           {QStringLiteral("scope"), TestData::stsScope()}})
                .json();
        const QString deviceCode = started.value(QStringLiteral("device_code")).toString();
        secrets << deviceCode;
        emulator.approveDeviceCode(started.value(QStringLiteral("user_code")).toString());
        const QJsonObject tokens =
            emulator
                .postForm(tenant + QStringLiteral("/oauth2/v2.0/token"),
                          {{QStringLiteral("grant_type"),
                            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                           {QStringLiteral("client_id"), TestData::publicClientId()},
                           {QStringLiteral("device_code"), deviceCode}})
                .json();
        const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        secrets << tokens.value(QStringLiteral("access_token")).toString() << refreshToken;
        secrets << emulator
                       .postForm(tenant + QStringLiteral("/oauth2/v2.0/token"),
                                 {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("client_id"), TestData::publicClientId()},
                                  {QStringLiteral("refresh_token"), refreshToken}})
                       .json()
                       .value(QStringLiteral("access_token"))
                       .toString();

        // Authorization code with PKCE.
        const QString verifier = QStringLiteral("log-test-verifier-0123456789-0123456789-abcdef");
        secrets << verifier;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), TestData::publicClientId());
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1234"));
        query.addQueryItem(QStringLiteral("scope"), TestData::stsScope());
        query.addQueryItem(
            QStringLiteral("code_challenge"),
            QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        const QString code =
            QUrlQuery(
                QUrl::fromEncoded(emulator
                                      .get(tenant + QStringLiteral("/oauth2/v2.0/authorize?") +
                                           query.toString(QUrl::FullyEncoded))
                                      .header("Location")))
                .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        secrets << code;
        secrets << emulator
                       .postForm(
                           tenant + QStringLiteral("/oauth2/v2.0/token"),
                           {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("client_id"), TestData::publicClientId()},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"),
                             QStringLiteral("http://localhost:1234")},
                            {QStringLiteral("code_verifier"), verifier}})
                       .json()
                       .value(QStringLiteral("access_token"))
                       .toString();

        // Managed identity.
        const QString identityHeader = emulator.identityHeader();
        secrets << identityHeader;
        secrets << emulator
                       .get(QStringLiteral("/msi/token?api-version=2019-08-01&resource=https://"
                                           "sts.mixedreality.azure.com"),
                            {{"X-IDENTITY-HEADER", identityHeader.toLatin1()}})
                       .json()
                       .value(QStringLiteral("access_token"))
                       .toString();
        secrets << emulator
                       .get(QStringLiteral("/metadata/identity/oauth2/token?api-version=2018-02-01&"
                                           "resource=https://sts.mixedreality.azure.com"),
                            {{"Metadata", "true"}})
                       .json()
                       .value(QStringLiteral("access_token"))
                       .toString();
        secrets.removeAll(QString());
        return secrets;
    }

    static void checkNoSecrets(const QByteArray &log, const QStringList &secrets)
    {
        for (const QString &secret : secrets) {
            QVERIFY2(secret.size() >= 8, qPrintable(secret));
            QVERIFY2(!log.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("leaked: ") + secret));
            // Nor in percent-encoded form.
            QVERIFY(!log.contains(QUrl::toPercentEncoding(secret)));
        }
    }

    static QList<QJsonObject> requestLines(const QByteArray &log)
    {
        QList<QJsonObject> lines;
        const QList<QByteArray> rawLines = log.split('\n');
        for (const QByteArray &line : rawLines) {
            if (line.isEmpty() || !line.startsWith('{'))
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError)
                return {};
            if (document.object().contains(QStringLiteral("method")))
                lines.append(document.object());
        }
        return lines;
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void stdoutHasNoSecrets()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        const QStringList secrets = exerciseSecrets(emulator);
        QVERIFY(secrets.size() > 15);
        emulator.stop();
        const QByteArray log = emulator.standardOutput();
        QVERIFY(!log.isEmpty());
        checkNoSecrets(log, secrets);
        checkNoSecrets(emulator.standardError(), secrets);
        QVERIFY(log.startsWith("listening on https://127.0.0.1:"));
        const QList<QJsonObject> lines = requestLines(log);
        QVERIFY(lines.size() > 15);
    }

    void logFileHasNoSecrets()
    {
        EmulatorProcess emulator;
        QString error;
        const QString logPath = emulator.temporaryPath() + QStringLiteral("/requests.log");
        QVERIFY2(emulator.start(TestData::accounts(), {QStringLiteral("--log"), logPath}, &error),
                 qPrintable(error));
        const QStringList secrets = exerciseSecrets(emulator);
        emulator.stop();
        QFile file(logPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        QVERIFY(!log.isEmpty());
        checkNoSecrets(log, secrets);
        QVERIFY(requestLines(log).size() > 15);
        // With --log, stdout carries only the start-up lines.
        QVERIFY(requestLines(emulator.standardOutput()).isEmpty());
    }

    void entries()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        QVERIFY(emulator.clearRequests());
        const QString requestCv = CorrelationVector::generate();
        const EmulatorProcess::Reply reply =
            emulator.get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()},
                                                 {"X-MRC-CV", requestCv.toLatin1()}});
        QCOMPARE(reply.status, 200);
        emulator.get(TestData::tokenPath(),
                     {{"Authorization", TestData::keyAuthorization(QStringLiteral("x"))}});

        const QJsonArray entries = emulator.requests();
        // Admin requests are not kept.
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), TestData::tokenPath());
        QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(first.value(QStringLiteral("accountId")).toString(), TestData::accountId());
        QCOMPARE(first.value(QStringLiteral("xMrcCv")).toString(), requestCv);
        QCOMPARE(first.value(QStringLiteral("msCv")).toString(),
                 QString::fromLatin1(reply.header("MS-CV")));
        QVERIFY(first.value(QStringLiteral("latencyMs")).isDouble());
        QVERIFY(!first.value(QStringLiteral("time")).toString().isEmpty());
        const QJsonObject headers = first.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("status")).toInt(), 401);

        QVERIFY(emulator.clearRequests());
        QCOMPARE(emulator.requests().size(), 0);
    }

    void ringBufferIsBounded()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(),
                                {QStringLiteral("--log-capacity"), QStringLiteral("5")}, &error),
                 qPrintable(error));
        for (int i = 0; i < 8; ++i)
            emulator.get(QStringLiteral("/.well-known/jwks.json?n=%1").arg(i));
        const QJsonArray entries = emulator.requests();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.last().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/.well-known/jwks.json?n=7"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorLog)
#include "tst_emulatorlog.moc"
