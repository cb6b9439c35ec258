// With every MrAuth logging category at debug level (and, in one pass, every Qt category too),
// successful and failing exchanges never log the key, the `id:key` bearer or a token, and the
// Authorization header shows as <redacted>.

#include <mrauth/accountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/staticaccesstokencredential.h>

#include "logcapture.h"
#include "teststsserver.h"
#include "testtokens.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace MrAuth;

namespace {

const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
const QString accountKey = QStringLiteral("Zm9vYmFyS2V5LXNlY3JldC0xMjM0NTY3ODkw");
const QString aadToken =
    QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.aad-secret-payload.sig");

enum class Bearer { AccountKey, StaticToken, CachingCredential };
enum class Outcome { Success, Unauthorized, ServerErrorRetried, Timeout, MalformedBody };

} // namespace

Q_DECLARE_METATYPE(Bearer)
Q_DECLARE_METATYPE(Outcome)

class tst_Logging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanupTestCase();

    void noSecretsInLogs_data();
    void noSecretsInLogs();
};

void tst_Logging::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Logging::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
}

void tst_Logging::noSecretsInLogs_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<Bearer>("bearer");
    QTest::addColumn<Outcome>("outcome");

    const struct
    {
        const char *name;
        QString rules;
    } ruleSets[] = {
        {"mrauth debug", QStringLiteral("mrauth.*.debug=true\nmrauth.*.info=true")},
        {"all debug", QStringLiteral("*.debug=true\n*.info=true")},
    };
    const struct
    {
        const char *name;
        Bearer bearer;
    } bearers[] = {{"account key", Bearer::AccountKey},
                   {"static token", Bearer::StaticToken},
                   {"caching credential", Bearer::CachingCredential}};
    const struct
    {
        const char *name;
        Outcome outcome;
    } outcomes[] = {{"200", Outcome::Success},
                    {"401", Outcome::Unauthorized},
                    {"500 retried", Outcome::ServerErrorRetried},
                    {"timeout", Outcome::Timeout},
                    {"malformed body", Outcome::MalformedBody}};
    for (const auto &ruleSet : ruleSets) {
        for (const auto &bearer : bearers) {
            for (const auto &outcome : outcomes) {
                QTest::addRow("%s, %s, %s", ruleSet.name, bearer.name, outcome.name)
                    << ruleSet.rules << bearer.bearer << outcome.outcome;
            }
        }
    }
}

void tst_Logging::noSecretsInLogs()
{
    QFETCH(QString, rules);
    QFETCH(Bearer, bearer);
    QFETCH(Outcome, outcome);

    TestStsServer server;
    QVERIFY(server.listen());
    const QString stsToken = TestTokens::stsToken(accountId, QDateTime::currentDateTimeUtc());
    const ScriptedResponse success = ScriptedResponse::token(stsToken, "gKXl1CkeG0mRb6HEtMUmHQ.0");
    switch (outcome) {
    case Outcome::Success:
        server.enqueue(success);
        break;
    case Outcome::Unauthorized:
        // A server that echoes nothing secret; the client must not add any.
        server.enqueue(ScriptedResponse::httpStatus(401, "cv401AAAAAAAAAAAAAAAAA.0")
                           .withHeader("WWW-Authenticate", "Invalid token: key rejected"));
        break;
    case Outcome::ServerErrorRetried:
        server.enqueue(ScriptedResponse::httpStatus(500, "cv500AAAAAAAAAAAAAAAAA.0"));
        server.enqueue(success);
        break;
    case Outcome::Timeout:
        server.setDefaultResponse(ScriptedResponse::neverAnswer());
        break;
    case Outcome::MalformedBody:
        // The token is in the body, but the body is not what the protocol promises.
        server.enqueue(ScriptedResponse::json("{\"AccessToken\":\"" + stsToken.toLatin1() + "\",",
                                              "gKXl1CkeG0mRb6HEtMUmHQ.0"));
        break;
    }

    QLoggingCategory::setFilterRules(rules);
    LogCapture capture;

    MixedRealityStsClientOptions options;
    options.customEndpointUrl = server.url();
    options.sslConfiguration = TestTls::clientConfiguration();
    options.retryPolicy.initialDelay = std::chrono::milliseconds(10);
    options.transferTimeout = std::chrono::milliseconds(outcome == Outcome::Timeout ? 300 : 10000);
    if (outcome == Outcome::Timeout)
        options.retryPolicy = RetryPolicy::none();
    const QString domain = QStringLiteral("eastus.mixedreality.azure.com");
    std::unique_ptr<QObject> owner;
    std::unique_ptr<TokenReply> reply;
    switch (bearer) {
    case Bearer::AccountKey: {
        auto client = std::make_unique<MixedRealityStsClient>(
            accountId, domain, std::make_shared<AccountKeyCredential>(accountKey), options);
        reply.reset(client->getToken());
        owner = std::move(client);
        break;
    }
    case Bearer::StaticToken: {
        auto credential = std::make_shared<StaticAccessTokenCredential>(
            AccessToken(aadToken, QDateTime::currentDateTimeUtc().addSecs(3600)));
        auto client =
            std::make_unique<MixedRealityStsClient>(accountId, domain, credential, options);
        reply.reset(client->getToken());
        owner = std::move(client);
        break;
    }
    case Bearer::CachingCredential: {
        auto credential = std::make_unique<MixedRealityTokenCredential>(new MixedRealityStsClient(
            accountId, domain, std::make_shared<AccountKeyCredential>(accountKey), options));
        reply.reset(credential->getToken({}));
        owner = std::move(credential);
        break;
    }
    }
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error() == Error::Code::NoError,
             outcome == Outcome::Success || outcome == Outcome::ServerErrorRetried);
    // The error a caller would log is clean too.
    const QString errorLine = reply->errorInfo().toString();
    reply.reset();
    owner.reset();

    const QStringList lines = capture.lines() << errorLine;
    const QString idAndKey = accountId + u':' + accountKey;
    // The JWT's signature and payload are as secret as the whole.
    const QStringList secrets{accountKey,
                              idAndKey,
                              stsToken,
                              stsToken.section(u'.', 1, 1),
                              stsToken.section(u'.', 2, 2),
                              aadToken,
                              QStringLiteral("aad-secret-payload")};
    for (const QString &line : lines) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("secret in: ") + line));
    }

    // MrAuth did log the exchange, with the header present and redacted.
    const QStringList requestLines = capture.linesContaining(QStringLiteral("X-MRC-CV"));
    QVERIFY2(!requestLines.isEmpty(), qPrintable(lines.join(u'\n')));
    const QStringList redacted =
        capture.linesContaining(QStringLiteral("Authorization: <redacted>"));
    QCOMPARE(redacted.size(), server.requestCount());
    for (const QString &line : redacted)
        QVERIFY2(line.startsWith(QStringLiteral("mrauth.sts debug")), qPrintable(line));
    if (outcome == Outcome::ServerErrorRetried)
        QCOMPARE(capture.linesContaining(QStringLiteral("mrauth.sts info: retry 1")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
