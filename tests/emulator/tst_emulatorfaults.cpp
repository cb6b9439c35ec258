#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <mrauth/correlationvector.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace MrAuth;

// Every fault kind, its scoping (account, endpoint, count) and both ways to add one.
class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;

    EmulatorProcess::Reply stsRequest(const QString &account = TestData::accountId(),
                                      const QString &key = TestData::primaryKey())
    {
        return m_emulator.get(TestData::tokenPath(account),
                              {{"Authorization", TestData::keyAuthorization(key, account)}});
    }

    // A request on a fresh connection, so that Qt cannot silently resend it on another one.
    EmulatorProcess::Reply freshStsRequest(int timeoutMs)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_emulator.url(TestData::tokenPath()));
        request.setSslConfiguration(m_emulator.sslConfiguration());
        request.setTransferTimeout(timeoutMs);
        request.setRawHeader("Authorization", TestData::keyAuthorization());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs + 5000))
            return {};
        EmulatorProcess::Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    static bool hasResponseCv(const EmulatorProcess::Reply &reply)
    {
        const QByteArray cv = reply.header("MS-CV");
        return cv.endsWith(".0") && CorrelationVector::isValid(QString::fromLatin1(cv.chopped(2)));
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
        QCOMPARE(stsRequest().status, 200);
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("throttle") << QStringLiteral("throttle") << 429 << QByteArray("5");
        QTest::newRow("server-error") << QStringLiteral("server-error") << 500 << QByteArray();
        QTest::newRow("unavailable") << QStringLiteral("unavailable") << 503 << QByteArray();
    }

    void statusFaults()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), kind}}) > 0);
        for (int i = 0; i < 2; ++i) {
            const EmulatorProcess::Reply reply = stsRequest();
            QCOMPARE(reply.status, status);
            QVERIFY(reply.body.isEmpty());
            QVERIFY(hasResponseCv(reply));
            QCOMPARE(reply.header("Retry-After"), retryAfter);
        }
    }

    void throttleRetryAfter()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("throttle")},
                                     {QStringLiteral("retryAfter"), 2}}) > 0);
        QCOMPARE(stsRequest().header("Retry-After"), QByteArray("2"));
    }

    void bodyFaults()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("malformed-json")},
                                     {QStringLiteral("count"), 1}}) > 0);
        const EmulatorProcess::Reply malformed = stsRequest();
        QCOMPARE(malformed.status, 200);
        QJsonParseError parseError;
        QJsonDocument::fromJson(malformed.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QVERIFY(hasResponseCv(malformed));

        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("missing-token")},
                                     {QStringLiteral("count"), 1}}) > 0);
        const EmulatorProcess::Reply missing = stsRequest();
        QCOMPARE(missing.status, 200);
        QCOMPARE(missing.json(), QJsonObject());
        QVERIFY(hasResponseCv(missing));
        QCOMPARE(stsRequest().status, 200);
    }

    void truncated()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("truncated")}}) > 0);
        const EmulatorProcess::Reply reply = freshStsRequest(5000);
        QVERIFY(reply.error != QNetworkReply::NoError);
        const qlonglong announced = reply.header("Content-Length").toLongLong();
        QVERIFY2(announced > reply.body.size(), reply.body.constData());
    }

    void drop()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("drop")}}) > 0);
        const EmulatorProcess::Reply reply = freshStsRequest(5000);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.error != QNetworkReply::OperationCanceledError);
    }

    void hang()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("hang")},
                                     {QStringLiteral("count"), 1}}) > 0);
        QElapsedTimer clock;
        clock.start();
        const EmulatorProcess::Reply reply = freshStsRequest(700);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error == QNetworkReply::OperationCanceledError ||
                reply.error == QNetworkReply::TimeoutError);
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY(clock.elapsed() >= 650);
        // Others are still served.
        QCOMPARE(stsRequest().status, 200);
    }

    void latency()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                                     {QStringLiteral("latencyMs"), 300},
                                     {QStringLiteral("latencyJitterMs"), 50},
                                     {QStringLiteral("count"), 1}}) > 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(stsRequest().status, 200);
        QVERIFY(clock.elapsed() >= 300);
        const QJsonArray requests = m_emulator.requests();
        const QJsonObject last = requests.last().toObject();
        QCOMPARE(last.value(QStringLiteral("fault")).toString(), QStringLiteral("latency"));
        QVERIFY(last.value(QStringLiteral("latencyMs")).toDouble() >= 300.0);
    }

    void failuresThenSuccess()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("count"), 2}}) > 0);
        QCOMPARE(stsRequest().status, 500);
        QCOMPARE(stsRequest().status, 500);
        QCOMPARE(stsRequest().status, 200);
        QCOMPARE(m_emulator.faults().size(), 0);
    }

    void perAccount()
    {
        QVERIFY(m_emulator.addFault(
                    {{QStringLiteral("kind"), QStringLiteral("unavailable")},
                     {QStringLiteral("accountId"), TestData::renderingAccountId()}}) > 0);
        QCOMPARE(stsRequest().status, 200);
        QCOMPARE(stsRequest(TestData::renderingAccountId(), TestData::renderingKey()).status, 503);
    }

    void perTarget()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("throttle")},
                                     {QStringLiteral("target"), QStringLiteral("aad")}}) > 0);
        QCOMPARE(stsRequest().status, 200);
        const EmulatorProcess::Reply aad = m_emulator.postForm(
            QStringLiteral("/%1/oauth2/v2.0/token").arg(TestData::tenantId()),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), TestData::clientId()},
             {QStringLiteral("client_secret"), TestData::clientSecret()},
             {QStringLiteral("scope"), TestData::stsScope()}});
        QCOMPARE(aad.status, 429);
        QCOMPARE(aad.header("Retry-After"), QByteArray("5"));
        QVERIFY(aad.json().contains(QStringLiteral("error")));

        QVERIFY(m_emulator.addFault(
                    {{QStringLiteral("kind"), QStringLiteral("server-error")},
                     {QStringLiteral("target"), QStringLiteral("managed-identity")}}) > 0);
        QCOMPARE(m_emulator
                     .get(QStringLiteral("/metadata/identity/oauth2/token?api-version=2018-02-01&"
                                         "resource=https://sts.mixedreality.azure.com"),
                          {{"Metadata", "true"}})
                     .status,
                 500);
    }

    void adminList()
    {
        const int first = m_emulator.addFault(
            {{QStringLiteral("kind"), QStringLiteral("throttle")}, {QStringLiteral("count"), 3}});
        const int second = m_emulator.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                                                {QStringLiteral("latencyMs"), 10}});
        QVERIFY(first > 0 && second > first);
        const QJsonArray faults = m_emulator.faults();
        QCOMPARE(faults.size(), 2);
        QCOMPARE(faults.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("throttle"));
        QCOMPARE(faults.at(0).toObject().value(QStringLiteral("count")).toInt(), 3);
        QVERIFY(m_emulator.removeFault(first));
        QVERIFY(!m_emulator.removeFault(first));
        QCOMPARE(m_emulator.faults().size(), 1);
        QCOMPARE(stsRequest().status, 200);
    }

    void invalidFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("unknown kind")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("nope")}};
        QTest::newRow("no kind") << QJsonObject{};
        QTest::newRow("zero count") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                                   {QStringLiteral("count"), 0}};
        QTest::newRow("latency without time")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")}};
        QTest::newRow("bad target") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                                   {QStringLiteral("target"), QStringLiteral("x")}};
    }

    void invalidFaults()
    {
        QFETCH(QJsonObject, fault);
        QCOMPARE(m_emulator.addFault(fault), -1);
        QCOMPARE(m_emulator.faults().size(), 0);
    }

    void commandLineFault()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(),
                                {QStringLiteral("--fault"),
                                 QStringLiteral(R"({"kind":"throttle","count":1,"retryAfter":1})")},
                                &error),
                 qPrintable(error));
        const auto request = [&emulator] {
            return emulator.get(TestData::tokenPath(),
                                {{"Authorization", TestData::keyAuthorization()}});
        };
        const EmulatorProcess::Reply throttled = request();
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("1"));
        QCOMPARE(request().status, 200);
    }

    void invalidCommandLineFault()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY(!emulator.start(TestData::accounts(),
                                {QStringLiteral("--fault"), QStringLiteral(R"({"kind":"nope"})")},
                                &error));
        QVERIFY2(error.contains(QStringLiteral("kind")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
