#include "aadservice.h"
#include "accountsconfig.h"
#include "emulator.h"
#include "faultinjector.h"
#include "httprequestparser.h"
#include "requestlog.h"

#include "emulatortestdata.h"

#include <QtTest>

using namespace MrAuth;

// The emulator's pure parts, without a server: parser, faults, accounts, scopes, redaction.
class TestEmulatorUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void parserPartialAndPipelined()
    {
        HttpRequestParser parser;
        const QByteArray first =
            "POST /a?x=1%202&y=a+b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello";
        const QByteArray second = "GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
        const QByteArray all = first + second;
        // Byte by byte: complete exactly at the end of each request.
        int completed = 0;
        QList<HttpRequest> requests;
        for (qsizetype i = 0; i < all.size(); ++i) {
            parser.append(all.mid(i, 1));
            while (parser.parse() == HttpRequestParser::State::Complete) {
                requests.append(parser.takeRequest());
                ++completed;
                QCOMPARE(i, completed == 1 ? first.size() - 1 : all.size() - 1);
            }
        }
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path, QStringLiteral("/a"));
        QCOMPARE(requests.at(0).queryValue(QStringLiteral("x")), QStringLiteral("1 2"));
        QCOMPARE(requests.at(0).queryValue(QStringLiteral("y")), QStringLiteral("a b"));
        QCOMPARE(requests.at(0).body, QByteArray("hello"));
        QCOMPARE(requests.at(0).header("host"), QByteArray("h"));
        QVERIFY(requests.at(0).isKeepAlive());
        QCOMPARE(requests.at(1).minorVersion, 0);
        QVERIFY(requests.at(1).isKeepAlive());
        QVERIFY(!parser.hasBufferedData());
    }

    void parserLimits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::newRow("header bytes")
            << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(200, 'x') + "\r\n\r\n") << 431;
        QTest::newRow("unterminated header bytes")
            << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(200, 'x')) << 431;
        QTest::newRow("header count")
            << QByteArray("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n") << 431;
        QTest::newRow("body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 65\r\n\r\n") << 413;
    }

    void parserLimits()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        HttpRequestParser::Limits limits;
        limits.maxHeaderBytes = 128;
        limits.maxHeaderCount = 3;
        limits.maxBodyBytes = 64;
        HttpRequestParser parser(limits);
        parser.append(input);
        QCOMPARE(parser.parse(), HttpRequestParser::State::Error);
        QCOMPARE(parser.errorStatus(), status);
    }

    void faultDecisions()
    {
        FaultInjector faults;
        QString error;
        const auto add = [&faults, &error](const QJsonObject &json) {
            const auto fault = FaultInjector::Fault::fromJson(json, &error);
            return fault ? faults.add(*fault) : -1;
        };
        QVERIFY(add({{QStringLiteral("kind"), QStringLiteral("latency")},
                     {QStringLiteral("latencyMs"), 100},
                     {QStringLiteral("count"), 1}}) > 0);
        QVERIFY(add({{QStringLiteral("kind"), QStringLiteral("throttle")},
                     {QStringLiteral("accountId"), QStringLiteral("AAA")},
                     {QStringLiteral("count"), 2}}) > 0);
        QVERIFY(add({{QStringLiteral("kind"), QStringLiteral("drop")},
                     {QStringLiteral("target"), QStringLiteral("aad")}}) > 0);

        FaultInjector::Decision decision =
            faults.decide(QStringLiteral("sts"), QStringLiteral("bbb"));
        QCOMPARE(decision.delayMs, 100);
        QVERIFY(!decision.answer);
        decision = faults.decide(QStringLiteral("sts"), QStringLiteral("aaa"));
        QCOMPARE(decision.delayMs, 0);
        QCOMPARE(decision.answer->kind, FaultInjector::Kind::Throttle);
        QCOMPARE(decision.answer->retryAfter, 5);
        QCOMPARE(faults.decide(QStringLiteral("sts"), QStringLiteral("aaa")).answer->kind,
                 FaultInjector::Kind::Throttle);
        QVERIFY(!faults.decide(QStringLiteral("sts"), QStringLiteral("aaa")).answer);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(faults.decide(QStringLiteral("aad"), QString()).answer->kind,
                     FaultInjector::Kind::Drop);
        QCOMPARE(faults.toJson().size(), 1);
    }

    void accountsValidation()
    {
        QString error;
        const std::optional<AccountsConfig> config =
            AccountsConfig::fromJson(TestData::accounts(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->accounts().size(), 2);
        QVERIFY(config->account(TestData::accountId().toUpper()));
        QCOMPARE(config->rolesOf(TestData::userObjectId(), TestData::accountId()),
                 QStringList{QStringLiteral("Spatial Anchors Account Owner")});
        // The regionless domain is East US 2's.
        QJsonObject json{
            {QStringLiteral("accounts"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("accountId"), TestData::accountId()},
                 {QStringLiteral("accountDomain"), QStringLiteral("mixedreality.azure.com")},
                 {QStringLiteral("primaryKey"), QStringLiteral("k")}}}}};
        QCOMPARE(AccountsConfig::fromJson(json, &error)->accounts().first().region,
                 QStringLiteral("eastus2"));
        // A round trip keeps everything.
        const std::optional<AccountsConfig> again =
            AccountsConfig::fromJson(config->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), config->toJson());

        const QList<QJsonObject> invalid = {
            {{QStringLiteral("accounts"), QStringLiteral("x")}},
            {{QStringLiteral("accounts"),
              QJsonArray{QJsonObject{{QStringLiteral("accountId"), TestData::accountId()},
                                     {QStringLiteral("accountDomain"), QStringLiteral("a.b")}}}}},
            {{QStringLiteral("accounts"),
              QJsonArray{QJsonObject{{QStringLiteral("accountId"), TestData::accountId()},
                                     {QStringLiteral("accountDomain"), QStringLiteral("a.b")},
                                     {QStringLiteral("service"), QStringLiteral("holograms")},
                                     {QStringLiteral("primaryKey"), QStringLiteral("k")}}}}},
            {{QStringLiteral("tenants"),
              QJsonArray{QJsonObject{{QStringLiteral("tenantId"), QStringLiteral("contoso")}}}}},
        };
        for (const QJsonObject &item : invalid) {
            error.clear();
            QVERIFY(!AccountsConfig::fromJson(item, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("permission");
        QTest::newRow("default, double slash")
            << QStringLiteral("https://sts.mixedreality.azure.com//.default")
            << QStringLiteral("https://sts.mixedreality.azure.com") << QString();
        QTest::newRow("regional default")
            << QStringLiteral("https://sts.eastus.mixedreality.azure.com/.default")
            << QStringLiteral("https://sts.eastus.mixedreality.azure.com") << QString();
        QTest::newRow("delegated")
            << QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin")
            << QStringLiteral("https://sts.mixedreality.azure.com")
            << QStringLiteral("mixedreality.signin");
        QTest::newRow("openid") << QStringLiteral("openid") << QString() << QString();
        QTest::newRow("graph") << QStringLiteral("User.Read")
                               << QStringLiteral("https://graph.microsoft.com")
                               << QStringLiteral("User.Read");
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(QString, resource);
        QFETCH(QString, permission);
        QString actualPermission;
        QCOMPARE(AadService::resourceOfScope(scope, &actualPermission), resource);
        QCOMPARE(actualPermission, permission);
    }

    void loopbackRedirects_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:1234/cb") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1") << true;
        QTest::newRow("https") << QStringLiteral("https://localhost/") << false;
        QTest::newRow("other host") << QStringLiteral("http://127.0.0.2/") << false;
        QTest::newRow("suffix") << QStringLiteral("http://localhost.example/") << false;
        QTest::newRow("fragment") << QStringLiteral("http://localhost/#x") << false;
    }

    void loopbackRedirects()
    {
        QFETCH(QString, uri);
        QFETCH(bool, accepted);
        QCOMPARE(AadService::isLoopbackRedirectUri(uri), accepted);
    }

    void redaction()
    {
        QCOMPARE(RequestLog::redactedTarget("/t?client_secret=s3cret&scope=x&Code=abc&state=1"),
                 QStringLiteral("/t?client_secret=<redacted>&scope=x&Code=<redacted>&state=1"));
        const QJsonObject headers = RequestLog::redactedHeaders({{"Authorization", "Bearer k"},
                                                                 {"X-IDENTITY-HEADER", "h"},
                                                                 {"Accept", "a"},
                                                                 {"X-Api-Key", "q"}});
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(headers.value(QStringLiteral("X-IDENTITY-HEADER")).toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(headers.value(QStringLiteral("X-Api-Key")).toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(headers.value(QStringLiteral("Accept")).toString(), QStringLiteral("a"));
    }

    void stsPaths()
    {
        QCOMPARE(Emulator::stsAccountId(QStringLiteral("/Accounts/abc/token")),
                 QStringLiteral("abc"));
        QCOMPARE(Emulator::stsAccountId(QStringLiteral("/accounts/abc/token")),
                 QStringLiteral("abc"));
        QVERIFY(Emulator::stsAccountId(QStringLiteral("/Accounts//token")).isNull());
        QVERIFY(Emulator::stsAccountId(QStringLiteral("/Accounts/a/b/token")).isNull());
        QVERIFY(Emulator::stsAccountId(QStringLiteral("/other")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorUnits)
#include "tst_emulatorunits.moc"
