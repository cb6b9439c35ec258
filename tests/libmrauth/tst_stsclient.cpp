// MixedRealityStsClient against TestStsServer over real TLS on loopback. The server checks the
// request of every exchange (R6); every reply must finish exactly once.

#include <mrauth/accountkeycredential.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/staticaccesstokencredential.h>

#include "stsrequestcheck.h"
#include "teststsserver.h"
#include "testtokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace MrAuth;

// When the client is deleted under a pending reply.
enum class Phase { Request, RetryWait, Credential };

Q_DECLARE_METATYPE(MrAuth::ScriptedResponse)
Q_DECLARE_METATYPE(MrAuth::TestTls::Certificate)
Q_DECLARE_METATYPE(Phase)

namespace {

const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
const QString accountKey = QStringLiteral("my_account_key");
const QByteArray keyAuthorization = "Bearer 87e9abb1-79b9-4502-bbae-cfae8c610f23:my_account_key";
const QByteArray recordedMsCv = "gKXl1CkeG0mRb6HEtMUmHQ.0";

// Retries that keep the suite fast but still exercise the retry path.
RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.initialDelay = std::chrono::milliseconds(10);
    return policy;
}

QDateTime nowInSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

// An Azure AD stand-in whose token arrives only when the test says so.
class PendingCredential : public TokenCredential
{
public:
    QPointer<TokenReply> pending;

    TokenReply *getToken(const QStringList &) override
    {
        pending = new TokenReply;
        return pending;
    }
};

// One reply watched from start to end.
struct Run
{
    explicit Run(TokenReply *tokenReply)
        : reply(tokenReply)
        , finished(tokenReply, &TokenReply::finished)
        , retries(tokenReply, &TokenReply::retryScheduled)
    {}

    bool waitForFinished(int timeoutMs = 10000)
    {
        if (finished.count() == 0 && !finished.wait(timeoutMs))
            return false;
        return finished.count() == 1 && reply->isFinished();
    }

    std::unique_ptr<TokenReply> reply;
    QSignalSpy finished;
    QSignalSpy retries;
};

} // namespace

class tst_StsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void statusResponses_data();
    void statusResponses();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void serviceUnavailableThenSuccess();
    void requestHeaders_data();
    void requestHeaders();
    void oversizedBody_data();
    void oversizedBody();
    void closedWithoutAnswer();
    void timeout();
    void timeoutIsRetried();
    void abortWhileWaiting();
    void abortDuringRetryWait();
    void abortBeforeSending();
    void deletingReplyCancels();
    void deletingClientEndsPendingReplies_data();
    void deletingClientEndsPendingReplies();
    void abortWhileCredentialWorks();
    void truncatedBody();
    void connectionRefused();
    void tlsFailures_data();
    void tlsFailures();
    void redirects_data();
    void redirects();
    void sameOriginRedirectIsFollowed();
    void hostNotFound();
    void getTokenBlocking_data();
    void getTokenBlocking();
    void keyRotation();
    void injectedNetworkAccessManager();
    void credentialBearer();
    void missingCredential_data();
    void missingCredential();

private:
    MixedRealityStsClientOptions options() const;
    std::unique_ptr<MixedRealityStsClient> keyClient(const MixedRealityStsClientOptions &options);

    std::unique_ptr<TestStsServer> m_server;
    QByteArray m_expectedAuthorization;
    QSet<QByteArray> m_correlationVectors;
    QByteArray m_lastCorrelationVector;
    bool m_sameAttemptRepeats = false;
    int m_requestsChecked = 0;
};

void tst_StsClient::initTestCase()
{
    qRegisterMetaType<MrAuth::Error>();
}

void tst_StsClient::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_server = std::make_unique<TestStsServer>();
    QVERIFY(m_server->listen());
    m_expectedAuthorization = keyAuthorization;
}

void tst_StsClient::cleanup()
{
    // R6 for every request of every case: exact Authorization, a well-formed X-MRC-CV that no
    // earlier request used, Accept, User-Agent, path and api-version.
    const QList<RecordedRequest> requests = m_server->requests();
    for (const RecordedRequest &request : requests) {
        const QString problem = stsRequestProblem(request, accountId, m_expectedAuthorization);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray cv = request.header("X-MRC-CV");
        // Qt itself sends a request again, unchanged, when it follows a redirect or when the
        // server closed the connection without answering: one attempt, one vector.
        if (m_sameAttemptRepeats && cv == m_lastCorrelationVector)
            continue;
        QVERIFY2(!m_correlationVectors.contains(cv), cv.constData());
        m_correlationVectors.insert(cv);
        m_lastCorrelationVector = cv;
        ++m_requestsChecked;
    }
    m_sameAttemptRepeats = false;
    m_server.reset();
}

void tst_StsClient::cleanupTestCase()
{
    QCOMPARE(m_correlationVectors.size(), m_requestsChecked);
}

MixedRealityStsClientOptions tst_StsClient::options() const
{
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_server->url();
    options.sslConfiguration = TestTls::clientConfiguration();
    options.retryPolicy = fastRetries();
    options.transferTimeout = std::chrono::milliseconds(10000);
    return options;
}

std::unique_ptr<MixedRealityStsClient>
tst_StsClient::keyClient(const MixedRealityStsClientOptions &options)
{
    return std::make_unique<MixedRealityStsClient>(
        accountId, QStringLiteral("eastus.mixedreality.azure.com"),
        std::make_shared<AccountKeyCredential>(accountKey), options);
}

void tst_StsClient::statusResponses_data()
{
    QTest::addColumn<QList<ScriptedResponse>>("responses");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("wwwAuthenticate");

    const QString token = TestTokens::stsToken(accountId, nowInSeconds());
    QTest::newRow("R1 200") << QList<ScriptedResponse>{ScriptedResponse::token(token, recordedMsCv)}
                            << Error::Code::NoError << 200 << 1 << QString();
    QTest::newRow("400")
        << QList<ScriptedResponse>{ScriptedResponse::httpStatus(400, "cv400AAAAAAAAAAAAAAAAA.0")
                                       .withHeader("WWW-Authenticate",
                                                   "Invalid request: The account id is malformed.")}
        << Error::Code::InvalidRequest << 400 << 1
        << QStringLiteral("Invalid request: The account id is malformed.");
    QTest::newRow("R2 401 with WWW-Authenticate")
        << QList<ScriptedResponse>{ScriptedResponse::httpStatus(401, "cv401AAAAAAAAAAAAAAAAA.0")
                                       .withHeader("WWW-Authenticate",
                                                   "Invalid token: The access key is invalid.")}
        << Error::Code::AuthenticationFailed << 401 << 1
        << QStringLiteral("Invalid token: The access key is invalid.");
    QTest::newRow("403") << QList<ScriptedResponse>{ScriptedResponse::httpStatus(
                                403, "cv403AAAAAAAAAAAAAAAAA.0")}
                         << Error::Code::Forbidden << 403 << 1 << QString();
    QTest::newRow("404") << QList<ScriptedResponse>{ScriptedResponse::httpStatus(
                                404, "cv404AAAAAAAAAAAAAAAAA.0")}
                         << Error::Code::AccountNotFound << 404 << 1 << QString();
    const ScriptedResponse serverError =
        ScriptedResponse::httpStatus(500, "cv500AAAAAAAAAAAAAAAAA.0");
    QTest::newRow("R4 500 empty body, after every retry")
        << QList<ScriptedResponse>{serverError, serverError, serverError, serverError}
        << Error::Code::ServerError << 500 << 4 << QString();
    const ScriptedResponse throttled =
        ScriptedResponse::httpStatus(429, "cv429AAAAAAAAAAAAAAAAA.0");
    QTest::newRow("429 after every retry")
        << QList<ScriptedResponse>{throttled, throttled, throttled, throttled}
        << Error::Code::Throttled << 429 << 4 << QString();
    QTest::newRow("500 then 400 stops retrying")
        << QList<ScriptedResponse>{serverError,
                                   ScriptedResponse::httpStatus(400, "cv400AAAAAAAAAAAAAAAAA.0")}
        << Error::Code::InvalidRequest << 400 << 2 << QString();
    QTest::newRow("R5 malformed JSON")
        << QList<ScriptedResponse>{ScriptedResponse::json("{\"AccessToken\":", recordedMsCv)}
        << Error::Code::InvalidResponse << 200 << 1 << QString();
    QTest::newRow("R5 missing AccessToken")
        << QList<ScriptedResponse>{ScriptedResponse::json("{}", recordedMsCv)}
        << Error::Code::InvalidResponse << 200 << 1 << QString();
    QTest::newRow("R5 JSON array")
        << QList<ScriptedResponse>{ScriptedResponse::json("[\"AccessToken\"]", recordedMsCv)}
        << Error::Code::InvalidResponse << 200 << 1 << QString();
    QTest::newRow("token without exp")
        << QList<ScriptedResponse>{ScriptedResponse::token(
               TestTokens::jwt({{QStringLiteral("aid"), accountId}}), recordedMsCv)}
        << Error::Code::MissingExpiry << 200 << 1 << QString();
    QTest::newRow("token that is not a JWT") << QList<ScriptedResponse>{ScriptedResponse::token(
                                                    QStringLiteral("not-a-jwt"), recordedMsCv)}
                                             << Error::Code::InvalidToken << 200 << 1 << QString();
}

void tst_StsClient::statusResponses()
{
    QFETCH(QList<ScriptedResponse>, responses);
    QFETCH(Error::Code, code);
    QFETCH(int, status);
    QFETCH(int, attempts);
    QFETCH(QString, wwwAuthenticate);

    for (const ScriptedResponse &response : std::as_const(responses))
        m_server->enqueue(response);
    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(!run.reply->isFinished());
    QVERIFY(run.waitForFinished());

    QCOMPARE(m_server->requestCount(), attempts);
    QCOMPARE(run.reply->attempts(), attempts);
    QCOMPARE(run.retries.count(), attempts - 1);
    QCOMPARE(run.reply->error(), code);
    QCOMPARE(run.reply->httpStatus(), status);

    // Both correlation vectors: the one sent with the last request and the server's MS-CV.
    const QByteArray lastCv = m_server->requests().constLast().header("X-MRC-CV");
    const QByteArray expectedMsCv = responses.constLast().headers.constFirst().second;
    QCOMPARE(run.reply->requestCorrelationVector(), QString::fromLatin1(lastCv));
    QCOMPARE(run.reply->responseCorrelationVector(), QString::fromLatin1(expectedMsCv));

    if (code == Error::Code::NoError) {
        const QString token = QJsonDocument::fromJson(responses.constFirst().body)
                                  .object()
                                  .value(QStringLiteral("AccessToken"))
                                  .toString();
        QCOMPARE(run.reply->accessToken().token(), token);
        const Jwt jwt = Jwt::decode(token);
        QCOMPARE(run.reply->accessToken().expiresOn(), jwt.expiresOn());
        QCOMPARE(jwt.issuedAt().secsTo(run.reply->accessToken().expiresOn()), 86400);
        QCOMPARE(run.reply->errorString(), QString());
        QCOMPARE(run.reply->responseCorrelationVector(),
                 QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"));
        return;
    }

    QVERIFY(run.reply->accessToken().isNull());
    const Error error = run.reply->errorInfo();
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.requestCorrelationVector(), QString::fromLatin1(lastCv));
    QCOMPARE(error.responseCorrelationVector(), QString::fromLatin1(expectedMsCv));
    QCOMPARE(error.wwwAuthenticate(), wwwAuthenticate);
    QVERIFY(!run.reply->errorString().isEmpty());
    if (!wwwAuthenticate.isEmpty())
        QVERIFY2(run.reply->errorString().contains(wwwAuthenticate),
                 qPrintable(run.reply->errorString()));
    const QString line = error.toString();
    QVERIFY2(line.contains(QString::fromLatin1(lastCv)), qPrintable(line));
    QVERIFY2(line.contains(QString::fromLatin1(expectedMsCv)), qPrintable(line));
    if (status != 200)
        QVERIFY2(line.contains(QString::number(status)), qPrintable(line));
    QVERIFY(!line.contains(accountKey));
    for (int i = 0; i < run.retries.count(); ++i) {
        QCOMPARE(run.retries.at(i).at(0).toInt(), i + 1);
        const Error reason = run.retries.at(i).at(2).value<Error>();
        QVERIFY(reason.isError());
        QVERIFY(!reason.requestCorrelationVector().isEmpty());
    }
}

void tst_StsClient::retryAfterHonoured_data()
{
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::newRow("R3") << 5;
}

void tst_StsClient::retryAfterHonoured()
{
    QFETCH(int, retryAfterSeconds);

    m_server->enqueue(ScriptedResponse::httpStatus(429, "cv429AAAAAAAAAAAAAAAAA.0")
                          .withHeader("Retry-After", QByteArray::number(retryAfterSeconds)));
    m_server->enqueue(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    MixedRealityStsClientOptions options = this->options();
    options.retryPolicy = RetryPolicy(); // the defaults: 0.8 s exponential, below Retry-After
    auto client = keyClient(options);
    Run run(client->getToken());

    QVERIFY(run.retries.wait(5000));
    QCOMPARE(run.retries.count(), 1);
    QCOMPARE(run.retries.at(0).at(0).toInt(), 1);
    QCOMPARE(run.retries.at(0).at(1).toLongLong(), qint64(retryAfterSeconds) * 1000);
    const Error reason = run.retries.at(0).at(2).value<Error>();
    QCOMPARE(reason.code(), Error::Code::Throttled);
    QCOMPARE(reason.httpStatus(), 429);
    QCOMPARE(reason.responseCorrelationVector(), QStringLiteral("cv429AAAAAAAAAAAAAAAAA.0"));

    QVERIFY(run.waitForFinished(retryAfterSeconds * 1000 + 10000));
    QCOMPARE(run.reply->error(), Error::Code::NoError);
    QCOMPARE(run.reply->attempts(), 2);
    QCOMPARE(m_server->requestCount(), 2);
    // The retry arrived no sooner than the server asked (a lower bound only).
    const qint64 gap =
        m_server->requests().at(1).receivedAtMs - m_server->requests().at(0).receivedAtMs;
    QVERIFY2(gap >= retryAfterSeconds * 1000, qPrintable(QString::number(gap)));
}

void tst_StsClient::serviceUnavailableThenSuccess()
{
    m_server->enqueue(ScriptedResponse::httpStatus(503, "cv503AAAAAAAAAAAAAAAAA.0"));
    m_server->enqueue(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    MixedRealityStsClientOptions options = this->options();
    options.retryPolicy = RetryPolicy(); // 0.8 s ± 20 %
    auto client = keyClient(options);
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());

    QCOMPARE(run.reply->error(), Error::Code::NoError);
    QCOMPARE(run.reply->attempts(), 2);
    QCOMPARE(run.retries.count(), 1);
    const qint64 delay = run.retries.at(0).at(1).toLongLong();
    QVERIFY2(delay >= 640 && delay <= 960, qPrintable(QString::number(delay)));
    QCOMPARE(run.retries.at(0).at(2).value<Error>().httpStatus(), 503);
    const qint64 gap =
        m_server->requests().at(1).receivedAtMs - m_server->requests().at(0).receivedAtMs;
    QVERIFY2(gap >= delay, qPrintable(QString::number(gap)));
    QCOMPARE(run.reply->responseCorrelationVector(), QString::fromLatin1(recordedMsCv));
    QCOMPARE(run.reply->httpStatus(), 200);
}

void tst_StsClient::requestHeaders_data()
{
    QTest::addColumn<QString>("givenAccountId");
    QTest::addColumn<QString>("userAgentSuffix");

    QTest::newRow("R6") << accountId << QString();
    QTest::newRow("R6/upper-case account id, user-agent suffix")
        << accountId.toUpper() << QStringLiteral("myapp/2.1");
}

void tst_StsClient::requestHeaders()
{
    QFETCH(QString, givenAccountId);
    QFETCH(QString, userAgentSuffix);

    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()),
                                       recordedMsCv);
    });
    MixedRealityStsClientOptions options = this->options();
    options.userAgentSuffix = userAgentSuffix;
    MixedRealityStsClient client(givenAccountId, QStringLiteral("eastus.mixedreality.azure.com"),
                                 std::make_shared<AccountKeyCredential>(accountKey), options);
    QStringList sentCvs;
    for (int i = 0; i < 3; ++i) {
        Run run(client.getToken());
        QVERIFY(run.waitForFinished());
        QCOMPARE(run.reply->error(), Error::Code::NoError);
        sentCvs << run.reply->requestCorrelationVector();
    }
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RecordedRequest &request = requests.at(i);
        // Exact values, beyond what cleanup() checks for every case.
        QCOMPARE(request.header("Authorization"), keyAuthorization);
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.target,
                 "/Accounts/" + accountId.toLatin1() + "/token?api-version=2019-02-28-preview");
        QCOMPARE(QString::fromLatin1(request.header("X-MRC-CV")), sentCvs.at(i));
        QCOMPARE(request.header("X-MRC-CV").size(), 22);
        const QString userAgent = QString::fromLatin1(request.header("User-Agent"));
        QCOMPARE(userAgent.section(u' ', 0, 1),
                 MixedRealityStsClient::defaultUserAgent().section(u' ', 0, 1));
        QVERIFY(userAgent.startsWith(MixedRealityStsClient::defaultUserAgent()));
        if (!userAgentSuffix.isEmpty())
            QVERIFY2(userAgent.endsWith(u' ' + userAgentSuffix), qPrintable(userAgent));
        // Nothing secret in the URL.
        QVERIFY(!request.target.contains(accountKey.toLatin1()));
    }
    QCOMPARE(QSet<QString>(sentCvs.cbegin(), sentCvs.cend()).size(), 3);
}

void tst_StsClient::oversizedBody_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("without Content-Length") << false;
}

void tst_StsClient::oversizedBody()
{
    QFETCH(bool, announceLength);

    m_server->enqueue(ScriptedResponse::hugeBody(4 * 1024 * 1024, announceLength));
    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::InvalidResponse);
    QVERIFY2(run.reply->errorString().contains(QStringLiteral("65536")),
             qPrintable(run.reply->errorString()));
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_StsClient::closedWithoutAnswer()
{
    // A connection closed without an answer is transient: retried, then reported.
    m_server->setDefaultResponse(ScriptedResponse::closeConnection());
    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::ConnectionFailed);
    QCOMPARE(run.reply->attempts(), 4);
    QCOMPARE(run.retries.count(), 3);
    // Qt resends a request, unchanged, on a connection closed before any answer (it takes it
    // for a stale keep-alive connection): each attempt may reach the server more than once,
    // but each has its own correlation vector.
    QVERIFY(m_server->requestCount() >= 4);
    QSet<QByteArray> vectors;
    for (const RecordedRequest &request : m_server->requests())
        vectors.insert(request.header("X-MRC-CV"));
    QCOMPARE(vectors.size(), 4);
    m_sameAttemptRepeats = true;
    QCOMPARE(run.reply->httpStatus(), 0);
    QVERIFY(!run.reply->requestCorrelationVector().isEmpty());
    QCOMPARE(run.reply->responseCorrelationVector(), QString());
}

void tst_StsClient::timeout()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    MixedRealityStsClientOptions options = this->options();
    options.transferTimeout = std::chrono::milliseconds(300);
    options.retryPolicy = RetryPolicy::none();
    auto client = keyClient(options);
    QElapsedTimer elapsed;
    elapsed.start();
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    // Qt's transfer timer is a coarse timer, which may fire up to 5 % early.
    QVERIFY2(elapsed.elapsed() >= 285, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(run.reply->error(), Error::Code::Timeout);
    QVERIFY(run.reply->error() != Error::Code::Canceled);
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(run.reply->errorString().contains(QStringLiteral("300")));
    QVERIFY(!run.reply->requestCorrelationVector().isEmpty());
}

void tst_StsClient::timeoutIsRetried()
{
    m_server->enqueue(ScriptedResponse::neverAnswer());
    m_server->enqueue(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    MixedRealityStsClientOptions options = this->options();
    options.transferTimeout = std::chrono::milliseconds(300);
    auto client = keyClient(options);
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::NoError);
    QCOMPARE(run.reply->attempts(), 2);
    QCOMPARE(run.retries.count(), 1);
    QCOMPARE(run.retries.at(0).at(2).value<Error>().code(), Error::Code::Timeout);
}

void tst_StsClient::abortWhileWaiting()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    auto client = keyClient(options());
    Run run(client->getToken());
    QSignalSpy received(m_server.get(), &TestStsServer::requestReceived);
    QVERIFY(received.wait(5000));
    QSignalSpy closed(m_server.get(), &TestStsServer::connectionClosed);

    run.reply->abort();
    // Synchronously, exactly once, and not as a timeout.
    QCOMPARE(run.finished.count(), 1);
    QVERIFY(run.reply->isFinished());
    QCOMPARE(run.reply->error(), Error::Code::Canceled);
    QVERIFY(run.reply->error() != Error::Code::Timeout);
    QVERIFY(!run.reply->errorString().isEmpty());

    // The connection is really dropped, and nothing more happens to the reply.
    QVERIFY(closed.wait(5000));
    run.reply->abort();
    QCOMPARE(run.finished.count(), 1);
    QCOMPARE(run.retries.count(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_StsClient::abortDuringRetryWait()
{
    m_server->enqueue(ScriptedResponse::httpStatus(503, "cv503AAAAAAAAAAAAAAAAA.0"));
    m_server->setDefaultResponse(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    MixedRealityStsClientOptions options = this->options();
    options.retryPolicy.initialDelay = std::chrono::milliseconds(200);
    options.retryPolicy.jitter = false;
    auto client = keyClient(options);
    Run run(client->getToken());
    QVERIFY(run.retries.wait(5000));
    run.reply->abort();
    QCOMPARE(run.finished.count(), 1);
    QCOMPARE(run.reply->error(), Error::Code::Canceled);

    // The retry that was scheduled never goes out. A second client whose own retry comes
    // 300 ms later, after the cancelled one would have been due, paces the check.
    m_server->enqueue(ScriptedResponse::httpStatus(503, "cv503AAAAAAAAAAAAAAAAA.0"));
    options.retryPolicy.initialDelay = std::chrono::milliseconds(300);
    auto second = keyClient(options);
    Run secondRun(second->getToken());
    QVERIFY(secondRun.waitForFinished());
    QCOMPARE(secondRun.reply->error(), Error::Code::NoError);
    QCOMPARE(secondRun.reply->attempts(), 2);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(run.finished.count(), 1);
}

void tst_StsClient::abortBeforeSending()
{
    auto client = keyClient(options());
    Run run(client->getToken());
    run.reply->abort();
    QCOMPARE(run.finished.count(), 1);
    QCOMPARE(run.reply->error(), Error::Code::Canceled);
    // A request that Qt had not yet written never reaches the server; a round trip on a second
    // client proves the server has seen everything it will see.
    m_server->setDefaultResponse(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    auto second = keyClient(options());
    Run secondRun(second->getToken());
    QVERIFY(secondRun.waitForFinished());
    QCOMPARE(secondRun.reply->error(), Error::Code::NoError);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(run.finished.count(), 1);
}

void tst_StsClient::deletingReplyCancels()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    auto client = keyClient(options());
    TokenReply *reply = client->getToken();
    QSignalSpy received(m_server.get(), &TestStsServer::requestReceived);
    QVERIFY(received.wait(5000));
    QSignalSpy closed(m_server.get(), &TestStsServer::connectionClosed);
    delete reply;
    QVERIFY(closed.wait(5000));
}

void tst_StsClient::deletingClientEndsPendingReplies_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::newRow("during the request") << Phase::Request;
    QTest::newRow("during the retry wait") << Phase::RetryWait;
    QTest::newRow("while the credential works") << Phase::Credential;
}

void tst_StsClient::deletingClientEndsPendingReplies()
{
    QFETCH(Phase, phase);

    // The client (and the network access manager it made) goes away mid-exchange: the reply
    // still finishes, exactly once, as canceled, and can be deleted afterwards.
    MixedRealityStsClientOptions options = this->options();
    options.retryPolicy.initialDelay = std::chrono::milliseconds(60000);
    auto credential = std::make_shared<PendingCredential>();
    std::unique_ptr<MixedRealityStsClient> client;
    if (phase == Phase::Credential) {
        client = std::make_unique<MixedRealityStsClient>(
            accountId, QStringLiteral("eastus.mixedreality.azure.com"), credential, options);
    } else {
        client = keyClient(options);
    }
    m_server->setDefaultResponse(phase == Phase::Request
                                     ? ScriptedResponse::neverAnswer()
                                     : ScriptedResponse::httpStatus(503, recordedMsCv));
    Run run(client->getToken());
    switch (phase) {
    case Phase::Request: {
        QSignalSpy received(m_server.get(), &TestStsServer::requestReceived);
        QVERIFY(received.wait(5000));
        break;
    }
    case Phase::RetryWait:
        QVERIFY(run.retries.wait(5000));
        break;
    case Phase::Credential:
        QTRY_VERIFY(credential->pending);
        break;
    }
    client.reset();
    // The credential can still answer: nothing may be sent for the deleted client.
    if (phase == Phase::Credential && credential->pending)
        credential->pending->finishWithToken(
            AccessToken(QStringLiteral("aad"), QDateTime::currentDateTimeUtc().addSecs(60)));
    QVERIFY(run.waitForFinished(5000));
    // Canceled mid-exchange; when the credential answers later, the exchange has not started
    // and finds no manager to send with.
    QCOMPARE(run.reply->error(),
             phase == Phase::Credential ? Error::Code::InvalidArgument : Error::Code::Canceled);
    run.reply->abort();
    QCOMPARE(run.finished.count(), 1);
    run.reply.reset();
    QCOMPARE(m_server->requestCount(), phase == Phase::Credential ? 0 : 1);
}

void tst_StsClient::abortWhileCredentialWorks()
{
    auto credential = std::make_shared<PendingCredential>();
    MixedRealityStsClient client(accountId, QStringLiteral("eastus.mixedreality.azure.com"),
                                 credential, options());
    Run run(client.getToken());
    QTRY_VERIFY(credential->pending);
    QPointer<TokenReply> credentialReply = credential->pending;
    run.reply->abort();
    QCOMPARE(run.finished.count(), 1);
    QCOMPARE(run.reply->error(), Error::Code::Canceled);
    // The credential's own request was canceled with it.
    QVERIFY(!credentialReply || credentialReply->error() == Error::Code::Canceled);
    QCOMPARE(m_server->requestCount(), 0);
}

void tst_StsClient::truncatedBody()
{
    // The status line and headers arrive, then the connection closes before the promised body:
    // a network failure (retried), never a token or a parse of half a body.
    ScriptedResponse truncated = ScriptedResponse::json("{\"AccessToken\":\"eyJ", recordedMsCv);
    truncated.withHeader("Content-Length", "5000");
    truncated.closeAfter = true;
    m_server->setDefaultResponse(truncated);
    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::ConnectionFailed);
    QCOMPARE(run.reply->attempts(), 4);
    QCOMPARE(run.retries.count(), 3);
    QCOMPARE(m_server->requestCount(), 4);
}

void tst_StsClient::connectionRefused()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    MixedRealityStsClientOptions options = this->options();
    QUrl endpoint = m_server->url();
    endpoint.setPort(port);
    options.customEndpointUrl = endpoint;
    auto client = keyClient(options);
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::ConnectionFailed);
    QCOMPARE(run.reply->attempts(), 4); // refused is transient: retried
    QCOMPARE(run.retries.count(), 3);
    QCOMPARE(run.reply->httpStatus(), 0);
    QVERIFY(!run.reply->requestCorrelationVector().isEmpty());
    QCOMPARE(run.reply->responseCorrelationVector(), QString());
    QVERIFY(run.reply->errorInfo().toString().contains(run.reply->requestCorrelationVector()));
}

void tst_StsClient::tlsFailures_data()
{
    QTest::addColumn<TestTls::Certificate>("certificate");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("untrusted certificate")
        << TestTls::Certificate::Untrusted << true << QStringLiteral("self-signed");
    QTest::newRow("expired certificate")
        << TestTls::Certificate::Expired << true << QStringLiteral("expired");
    QTest::newRow("hostname mismatch")
        << TestTls::Certificate::WrongHost << true << QStringLiteral("host name");
    QTest::newRow("test CA not trusted by default")
        << TestTls::Certificate::Valid << false << QStringLiteral("issuer");
}

void tst_StsClient::tlsFailures()
{
    QFETCH(TestTls::Certificate, certificate);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, messagePart);

    QVERIFY(m_server->listen(TestStsServer::Transport::Tls, certificate));
    m_server->setDefaultResponse(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    MixedRealityStsClientOptions options = this->options();
    options.retryPolicy = RetryPolicy(); // a TLS failure is never retried: no need to be fast
    if (!trustTestCa)
        options.sslConfiguration.reset();
    auto client = keyClient(options);
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::TlsError);
    QVERIFY2(run.reply->errorString().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(run.reply->errorString()));
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(run.retries.count(), 0);
    // The client did reach the server, and the credential never crossed the unverified
    // connection.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->handshakeFailureCount() >= 1, 5000);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_StsClient::redirects_data()
{
    QTest::addColumn<TestStsServer::Transport>("targetTransport");
    QTest::addColumn<QString>("targetHost");

    QTest::newRow("to http") << TestStsServer::Transport::PlainHttp << QStringLiteral("127.0.0.1");
    QTest::newRow("to another https origin")
        << TestStsServer::Transport::Tls << QStringLiteral("localhost");
}

void tst_StsClient::redirects()
{
    QFETCH(TestStsServer::Transport, targetTransport);
    QFETCH(QString, targetHost);

    TestStsServer target;
    QVERIFY(target.listen(targetTransport));
    target.setDefaultResponse(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    QUrl location = target.url(targetHost);
    location.setPath(QStringLiteral("/Accounts/") + accountId + QStringLiteral("/token"));
    location.setQuery(QStringLiteral("api-version=2019-02-28-preview"));
    m_server->setDefaultResponse(ScriptedResponse::redirect(location));

    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::InsecureRedirect);
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(run.retries.count(), 0);
    QCOMPARE(m_server->requestCount(), 1);
    // The credential never reached the redirect target: not even a connection was made.
    QCOMPARE(target.requestCount(), 0);
    QCOMPARE(target.connectionCount(), 0);
    QVERIFY(!run.reply->errorString().contains(accountKey));
}

void tst_StsClient::sameOriginRedirectIsFollowed()
{
    QUrl location = m_server->url();
    location.setPath(QStringLiteral("/Accounts/") + accountId + QStringLiteral("/token"));
    location.setQuery(QStringLiteral("api-version=2019-02-28-preview"));
    ScriptedResponse redirect = ScriptedResponse::redirect(location);
    redirect.status = 307;
    m_server->enqueue(redirect);
    m_server->setDefaultResponse(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    auto client = keyClient(options());
    Run run(client->getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::NoError);
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(run.retries.count(), 0);
    // Qt follows the redirect with the same request: the same attempt and vector. (Qt 6.4 at
    // times sends a followed request on a second connection too, so it may arrive twice.)
    const QList<RecordedRequest> requests = m_server->requests();
    QVERIFY(requests.size() >= 2);
    for (const RecordedRequest &request : requests)
        QCOMPARE(request.header("X-MRC-CV"), requests.constFirst().header("X-MRC-CV"));
    m_sameAttemptRepeats = true;
}

void tst_StsClient::hostNotFound()
{
    // The default endpoint, the default retry policy: reported at once, never retried.
    MixedRealityStsClient client(accountId, QStringLiteral("nonexistent.invalid"),
                                 std::make_shared<AccountKeyCredential>(accountKey));
    QVERIFY(client.isValid());
    QCOMPARE(client.endpointUrl(), QUrl(QStringLiteral("https://sts.nonexistent.invalid")));
    Run run(client.getToken());
    QVERIFY(run.waitForFinished(20000));
    QCOMPARE(run.reply->error(), Error::Code::HostNotFound);
    QCOMPARE(run.reply->attempts(), 1);
    QCOMPARE(run.retries.count(), 0);
    const QString message = run.reply->errorString();
    QVERIFY2(message.contains(QStringLiteral("sts.nonexistent.invalid")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("account domain")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("eastus.mixedreality.azure.com")),
             qPrintable(message));
    QVERIFY(!run.reply->requestCorrelationVector().isEmpty());
}

void tst_StsClient::getTokenBlocking_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("200") << ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()),
                                                    recordedMsCv)
                         << Error::Code::NoError;
    QTest::newRow("401") << ScriptedResponse::httpStatus(401, recordedMsCv)
                                .withHeader("WWW-Authenticate", "Invalid token: wrong key")
                         << Error::Code::AuthenticationFailed;
}

void tst_StsClient::getTokenBlocking()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(Error::Code, code);

    m_server->enqueue(response);
    auto client = keyClient(options());
    Error error(Error::Code::Canceled, QStringLiteral("left over"));
    const AccessToken token = client->getTokenBlocking(&error);
    QCOMPARE(error.code(), code);
    QCOMPARE(m_server->requestCount(), 1);
    if (code == Error::Code::NoError) {
        QVERIFY(!token.isNull());
        QVERIFY(token.expiresOn().isValid());
        return;
    }
    QVERIFY(token.isNull());
    QCOMPARE(error.requestCorrelationVector(),
             QString::fromLatin1(m_server->requests().constFirst().header("X-MRC-CV")));
    QCOMPARE(error.responseCorrelationVector(), QString::fromLatin1(recordedMsCv));
    QCOMPARE(error.wwwAuthenticate(), QStringLiteral("Invalid token: wrong key"));
}

void tst_StsClient::keyRotation()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()),
                                       recordedMsCv);
    });
    auto key = std::make_shared<AccountKeyCredential>(QStringLiteral("primary_key"));
    MixedRealityStsClient client(accountId, QStringLiteral("eastus.mixedreality.azure.com"), key,
                                 options());
    Run first(client.getToken());
    QVERIFY(first.waitForFinished());
    key->update(QStringLiteral("secondary_key"));
    QCOMPARE(key->key(), QStringLiteral("secondary_key"));
    Run second(client.getToken());
    QVERIFY(second.waitForFinished());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).header("Authorization"),
             "Bearer " + accountId.toLatin1() + ":primary_key");
    QCOMPARE(m_server->requests().at(1).header("Authorization"),
             "Bearer " + accountId.toLatin1() + ":secondary_key");
    m_server->clearRequests(); // other keys than cleanup() expects, checked above
}

void tst_StsClient::injectedNetworkAccessManager()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()),
                                       recordedMsCv);
    });
    QNetworkAccessManager nam;
    MixedRealityStsClientOptions options = this->options();
    options.networkAccessManager = &nam;
    {
        auto first = keyClient(options);
        auto second = keyClient(options);
        Run a(first->getToken());
        Run b(second->getToken());
        QVERIFY(a.waitForFinished());
        QVERIFY(b.waitForFinished());
        QCOMPARE(a.reply->error(), Error::Code::NoError);
        QCOMPARE(b.reply->error(), Error::Code::NoError);
    }
    // The clients did not take the manager with them.
    auto third = keyClient(options);
    Run c(third->getToken());
    QVERIFY(c.waitForFinished());
    QCOMPARE(c.reply->error(), Error::Code::NoError);
    QCOMPARE(m_server->requestCount(), 3);
}

void tst_StsClient::credentialBearer()
{
    // Any TokenCredential: its token is the bearer, unchanged.
    const QString aadToken = TestTokens::jwt({{QStringLiteral("aud"), QStringLiteral("sts")}});
    m_expectedAuthorization = "Bearer " + aadToken.toLatin1();
    m_server->enqueue(
        ScriptedResponse::token(TestTokens::stsToken(accountId, nowInSeconds()), recordedMsCv));
    auto credential = std::make_shared<StaticAccessTokenCredential>(
        AccessToken(aadToken, QDateTime::currentDateTimeUtc().addSecs(3600)));
    MixedRealityStsClient client(accountId, QStringLiteral("eastus.mixedreality.azure.com"),
                                 credential, options());
    Run run(client.getToken());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::NoError);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_StsClient::missingCredential_data()
{
    QTest::addColumn<bool>("keyConstructor");
    QTest::newRow("null account key") << true;
    QTest::newRow("null token credential") << false;
}

void tst_StsClient::missingCredential()
{
    QFETCH(bool, keyConstructor);

    const QString domain = QStringLiteral("eastus.mixedreality.azure.com");
    std::unique_ptr<MixedRealityStsClient> client;
    if (keyConstructor) {
        client = std::make_unique<MixedRealityStsClient>(
            accountId, domain, std::shared_ptr<AccountKeyCredential>(), options());
    } else {
        client = std::make_unique<MixedRealityStsClient>(
            accountId, domain, std::shared_ptr<TokenCredential>(), options());
    }
    QCOMPARE(client->configurationError().code(), Error::Code::InvalidArgument);
    Run run(client->getToken());
    QVERIFY(!run.reply->isFinished());
    QVERIFY(run.waitForFinished());
    QCOMPARE(run.reply->error(), Error::Code::InvalidArgument);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_StsClient)
#include "tst_stsclient.moc"
