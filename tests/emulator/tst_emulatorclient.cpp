#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/correlationvector.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/tokenreply.h>

#include <QDateTime>
#include <QtTest>

using namespace MrAuth;

// libmrauth's MixedRealityStsClient against the emulator: the two agree on the protocol.
class TestEmulatorClient : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;

    MixedRealityStsClientOptions options() const
    {
        MixedRealityStsClientOptions options;
        options.customEndpointUrl = m_emulator.url();
        options.sslConfiguration = m_emulator.sslConfiguration();
        options.transferTimeout = std::chrono::milliseconds(10000);
        options.retryPolicy.initialDelay = std::chrono::milliseconds(10);
        options.retryPolicy.jitter = false;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
    }

    void init()
    {
        // Any Qt warning (TLS, sockets, JSON) is a failure.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_emulator.clearFaults());
    }

    void getsAToken()
    {
        MixedRealityStsClient client(TestData::accountId(), TestData::accountDomain(),
                                     std::make_shared<AccountKeyCredential>(TestData::primaryKey()),
                                     options());
        QVERIFY(client.isValid());
        Error error;
        const AccessToken token = client.getTokenBlocking(&error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!token.isNull());
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(token.expiresOn());
        QVERIFY2(lifetime > 86000 && lifetime <= 86400, QByteArray::number(lifetime).constData());

        // What the client sent, as the emulator saw it (protocol case R6).
        const QJsonObject entry = m_emulator.requests().last().toObject();
        QCOMPARE(entry.value(QStringLiteral("path")).toString(), TestData::tokenPath());
        QVERIFY(CorrelationVector::isValid(entry.value(QStringLiteral("xMrcCv")).toString()));
        const QJsonObject headers = entry.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Accept")).toString(),
                 QStringLiteral("application/json"));
    }

    void asyncReplyCarriesCorrelationVectors()
    {
        MixedRealityStsClient client(
            TestData::accountId(), TestData::accountDomain(),
            std::make_shared<AccountKeyCredential>(TestData::secondaryKey()), options());
        std::unique_ptr<TokenReply> reply(client.getToken());
        QSignalSpy finished(reply.get(), &TokenReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->error(), Error::Code::NoError);
        QCOMPARE(reply->httpStatus(), 200);
        QVERIFY(CorrelationVector::isValid(reply->requestCorrelationVector()));
        QVERIFY(reply->responseCorrelationVector().endsWith(QStringLiteral(".0")));
    }

    void wrongKeyIsAnAuthenticationError()
    {
        MixedRealityStsClient client(
            TestData::accountId(), TestData::accountDomain(),
            std::make_shared<AccountKeyCredential>(QStringLiteral("wrong-key")), options());
        Error error;
        QVERIFY(client.getTokenBlocking(&error).isNull());
        QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
        QCOMPARE(error.httpStatus(), 401);
        QVERIFY(error.wwwAuthenticate().startsWith(QStringLiteral("Invalid token: ")));
        QVERIFY(CorrelationVector::isValid(error.requestCorrelationVector()));
        QVERIFY(error.responseCorrelationVector().endsWith(QStringLiteral(".0")));
    }

    void retriesThroughServerErrors()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("count"), 2}}) > 0);
        MixedRealityStsClient client(TestData::accountId(), TestData::accountDomain(),
                                     std::make_shared<AccountKeyCredential>(TestData::primaryKey()),
                                     options());
        std::unique_ptr<TokenReply> reply(client.getToken());
        QSignalSpy finished(reply.get(), &TokenReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->error(), Error::Code::NoError);
        QCOMPARE(reply->attempts(), 3);
    }

    void missingTokenIsAnInvalidResponse()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("missing-token")}}) >
                0);
        MixedRealityStsClient client(TestData::accountId(), TestData::accountDomain(),
                                     std::make_shared<AccountKeyCredential>(TestData::primaryKey()),
                                     options());
        Error error;
        QVERIFY(client.getTokenBlocking(&error).isNull());
        QCOMPARE(error.code(), Error::Code::InvalidResponse);
    }

    void unknownAccount()
    {
        MixedRealityStsClient client(
            QStringLiteral("11111111-2222-4333-8444-555555555555"), TestData::accountDomain(),
            std::make_shared<AccountKeyCredential>(TestData::primaryKey()), options());
        Error error;
        QVERIFY(client.getTokenBlocking(&error).isNull());
        QCOMPARE(error.code(), Error::Code::AccountNotFound);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorClient)
#include "tst_emulatorclient.moc"
