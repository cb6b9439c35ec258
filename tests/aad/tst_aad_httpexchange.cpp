// The HTTP exchange that the STS client and every Azure AD request share: request shape,
// retries with Retry-After, redirects, the response-size cap, typed network and TLS errors.

#include "httpexchange_p.h"

#include "scriptedresponse.h"
#include "teststsserver.h"
#include "testtls.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace std::chrono_literals;

class tst_AadHttpExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void mapNetworkError_data();
    void mapNetworkError();
    void hostNotFoundMessageOverride();
    void sentenceStart();
    void sameOrigin_data();
    void sameOrigin();

    void postSendsBodyAndHeaders();
    void preparerRunsForEveryAttempt();
    void retriedStatuses_data();
    void retriedStatuses();
    void retryAfterIsALowerBound();
    void retriesStopAtTheLimit();
    void classifierDecides();
    void sameOriginRedirectIsFollowed();
    void crossOriginRedirectIsRefused();
    void responseSizeCap_data();
    void responseSizeCap();
    void closedConnectionIsRetried();
    void transferTimeout();
    void untrustedCertificateIsATlsError();
    void abortEmitsNothing();
    void deletedNetworkAccessManager();

private:
    HttpExchangeConfig config() const;
    std::unique_ptr<HttpExchange> exchange(const HttpExchangeConfig &config);

    TestStsServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void tst_AadHttpExchange::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    delete m_server;
    delete m_nam;
    m_server = new TestStsServer(this);
    QVERIFY(m_server->listen());
    // A fresh manager per test: its connection cache must not carry state between tests.
    m_nam = new QNetworkAccessManager(this);
}

HttpExchangeConfig tst_AadHttpExchange::config() const
{
    HttpExchangeConfig config;
    config.userAgent = QStringLiteral("mrauth-test/1.0");
    config.transferTimeout = 5000ms;
    config.retryPolicy.initialDelay = 10ms;
    config.retryPolicy.maxDelay = 5000ms;
    config.retryPolicy.jitter = false;
    config.sslConfiguration = TestTls::clientConfiguration();
    config.serviceName = QStringLiteral("the test service");
    return config;
}

std::unique_ptr<HttpExchange> tst_AadHttpExchange::exchange(const HttpExchangeConfig &config)
{
    return std::make_unique<HttpExchange>(config, m_nam);
}

void tst_AadHttpExchange::mapNetworkError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("qtError");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Error::Code::HostNotFound << false;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Error::Code::TlsError
                         << false;
    QTest::newRow("insecure redirect")
        << QNetworkReply::InsecureRedirectError << Error::Code::InsecureRedirect << false;
    QTest::newRow("too many redirects")
        << QNetworkReply::TooManyRedirectsError << Error::Code::InsecureRedirect << false;
    QTest::newRow("6.4 timeout") << QNetworkReply::OperationCanceledError << Error::Code::Timeout
                                 << true;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Error::Code::Timeout << true;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError
                             << Error::Code::ConnectionFailed << true;
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << Error::Code::ConnectionFailed
                           << true;
    QTest::newRow("proxy refused")
        << QNetworkReply::ProxyConnectionRefusedError << Error::Code::ConnectionFailed << true;
    QTest::newRow("protocol failure")
        << QNetworkReply::ProtocolFailure << Error::Code::ConnectionFailed << true;
    QTest::newRow("other") << QNetworkReply::ProtocolUnknownError << Error::Code::ConnectionFailed
                           << false;
}

void tst_AadHttpExchange::mapNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, qtError);
    QFETCH(Error::Code, code);
    QFETCH(bool, retryable);

    NetworkErrorContext context;
    context.serviceName = QStringLiteral("Azure AD");
    context.host = QStringLiteral("login.example");
    context.transferTimeout = 1234ms;
    context.sslErrors = QStringLiteral("The certificate is self-signed");
    bool isRetryable = !retryable;
    const Error error =
        MrAuth::mapNetworkError(qtError, QStringLiteral("qt says"), context, &isRetryable);
    QCOMPARE(error.code(), code);
    QCOMPARE(isRetryable, retryable);
    QVERIFY(!error.message().isEmpty());
    if (code == Error::Code::TlsError)
        QVERIFY(error.message().contains(u"self-signed"));
    if (code == Error::Code::Timeout)
        QVERIFY(error.message().contains(u"1234"));
    if (code == Error::Code::HostNotFound)
        QVERIFY(error.message().contains(u"login.example"));
}

void tst_AadHttpExchange::hostNotFoundMessageOverride()
{
    NetworkErrorContext context;
    context.serviceName = QStringLiteral("the STS");
    context.host = QStringLiteral("sts.eastus");
    context.hostNotFoundMessage = QStringLiteral("wrong account domain");
    bool retryable = true;
    const Error error =
        MrAuth::mapNetworkError(QNetworkReply::HostNotFoundError, {}, context, &retryable);
    QCOMPARE(error.message(), QStringLiteral("wrong account domain"));
    QVERIFY(!retryable);
}

void tst_AadHttpExchange::sentenceStart()
{
    QCOMPARE(MrAuth::sentenceStart(QStringLiteral("the STS")), QStringLiteral("The STS"));
    QCOMPARE(MrAuth::sentenceStart(QStringLiteral("Azure AD")), QStringLiteral("Azure AD"));
    QCOMPARE(MrAuth::sentenceStart(QString()), QString());
}

void tst_AadHttpExchange::sameOrigin_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::addColumn<bool>("same");
    const QUrl base(QStringLiteral("https://login.example/tenant/token"));
    QTest::newRow("other path") << base << QUrl(QStringLiteral("https://login.example/x")) << true;
    QTest::newRow("explicit 443") << base << QUrl(QStringLiteral("https://login.example:443/"))
                                  << true;
    QTest::newRow("host case") << base << QUrl(QStringLiteral("https://LOGIN.example/")) << true;
    QTest::newRow("http") << base << QUrl(QStringLiteral("http://login.example/")) << false;
    QTest::newRow("port") << base << QUrl(QStringLiteral("https://login.example:8443/")) << false;
    QTest::newRow("host") << base << QUrl(QStringLiteral("https://evil.example/")) << false;
}

void tst_AadHttpExchange::sameOrigin()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);
    QCOMPARE(isSameOrigin(a, b), same);
}

void tst_AadHttpExchange::postSendsBodyAndHeaders()
{
    m_server->enqueue(ScriptedResponse::json(R"({"ok":true})", {}));
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    const QUrl url = m_server->url().resolved(QUrl(QStringLiteral("/tenant/oauth2/v2.0/token")));
    http->post(url, "a=1&b=%2B", "application/x-www-form-urlencoded");
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!http->error());
    QCOMPARE(http->response().status, 200);
    QCOMPARE(http->response().body, QByteArray(R"({"ok":true})"));
    QCOMPARE(http->response().header("content-type"),
             QByteArray("application/json; charset=utf-8"));
    QCOMPARE(http->attempts(), 1);

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/tenant/oauth2/v2.0/token"));
    QCOMPARE(request.body, QByteArray("a=1&b=%2B"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("User-Agent"), QByteArray("mrauth-test/1.0"));
}

void tst_AadHttpExchange::preparerRunsForEveryAttempt()
{
    m_server->enqueue(ScriptedResponse::httpStatus(503, {}));
    m_server->enqueue(ScriptedResponse::json("{}", {}));
    auto http = exchange(config());
    QList<int> attempts;
    http->setRequestPreparer([&attempts](QNetworkRequest &request, int attempt) {
        attempts << attempt;
        request.setRawHeader("X-Attempt", QByteArray::number(attempt));
    });
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    QSignalSpy retries(http.get(), &HttpExchange::retryScheduled);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(attempts, QList<int>({1, 2}));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).header("X-Attempt"), QByteArray("1"));
    QCOMPARE(m_server->requests().at(1).header("X-Attempt"), QByteArray("2"));
    QVERIFY(!http->error());
}

void tst_AadHttpExchange::retriedStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {400, 401, 403, 404})
        QTest::addRow("%d", status) << status << false;
}

void tst_AadHttpExchange::retriedStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retried);
    m_server->enqueue(ScriptedResponse::httpStatus(status, {}));
    m_server->enqueue(ScriptedResponse::json("{}", {}));
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(m_server->requestCount(), retried ? 2 : 1);
    QCOMPARE(http->error().isError(), !retried);
    if (!retried) {
        QCOMPARE(http->error().httpStatus(), status);
        QCOMPARE(http->response().status, status);
    }
}

void tst_AadHttpExchange::retryAfterIsALowerBound()
{
    m_server->enqueue(ScriptedResponse::httpStatus(429, {}).withHeader("Retry-After", "1"));
    m_server->enqueue(ScriptedResponse::json("{}", {}));
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    QSignalSpy retries(http.get(), &HttpExchange::retryScheduled);
    QElapsedTimer elapsed;
    elapsed.start();
    http->get(m_server->url());
    QVERIFY(finished.wait(10000));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(0).toInt(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 1000);
    QCOMPARE(retries.first().at(2).value<Error>().code(), Error::Code::Throttled);
    QVERIFY(elapsed.elapsed() >= 1000);
    QVERIFY(!http->error());
}

void tst_AadHttpExchange::retriesStopAtTheLimit()
{
    m_server->setDefaultResponse(ScriptedResponse::httpStatus(500, {}));
    HttpExchangeConfig settings = config();
    settings.retryPolicy.maxRetries = 2;
    auto http = exchange(settings);
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(http->attempts(), 3);
    QCOMPARE(http->error().code(), Error::Code::ServerError);
    QCOMPARE(finished.size(), 1);
}

void tst_AadHttpExchange::classifierDecides()
{
    // A 200 that the caller rejects, and a 400 that the caller calls retryable.
    m_server->enqueue(ScriptedResponse::httpStatus(400, {}, "pending"));
    m_server->enqueue(ScriptedResponse::json("bad", {}));
    auto http = exchange(config());
    http->setResponseClassifier([](const HttpResponse &response, bool *retryable) {
        *retryable = response.status == 400;
        if (response.status == 400)
            return Error(Error::Code::InvalidRequest, QStringLiteral("again"));
        return Error(Error::Code::InvalidResponse, QString::fromUtf8(response.body));
    });
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(http->error().code(), Error::Code::InvalidResponse);
    QCOMPARE(http->error().message(), QStringLiteral("bad"));
}

void tst_AadHttpExchange::sameOriginRedirectIsFollowed()
{
    // Answered by path: Qt 6.4 sometimes sends the redirected request twice on a kept-alive
    // connection (seen with plain QNAM too), so a queue of answers would not fit.
    const QUrl moved = m_server->url().resolved(QUrl(QStringLiteral("/moved")));
    m_server->setHandler([moved](const RecordedRequest &request) {
        if (request.target == "/start")
            return ScriptedResponse::redirect(moved);
        return ScriptedResponse::json("{}", {});
    });
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url().resolved(QUrl(QStringLiteral("/start"))));
    QVERIFY(finished.wait());
    QVERIFY2(!http->error(), qPrintable(http->error().toString()));
    QCOMPARE(http->attempts(), 1);
    QCOMPARE(m_server->requests().last().target, QByteArray("/moved"));
}

void tst_AadHttpExchange::crossOriginRedirectIsRefused()
{
    TestStsServer other;
    QVERIFY(other.listen());
    other.setDefaultResponse(ScriptedResponse::json("{}", {}));
    m_server->enqueue(ScriptedResponse::redirect(other.url()));
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->post(m_server->url(), "client_secret=s3cr3t-value", "application/x-www-form-urlencoded");
    QVERIFY(finished.wait());
    QCOMPARE(http->error().code(), Error::Code::InsecureRedirect);
    QVERIFY(http->error().message().startsWith(u"The test service"));
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_AadHttpExchange::responseSizeCap_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("Content-Length") << true;
    QTest::newRow("until close") << false;
}

void tst_AadHttpExchange::responseSizeCap()
{
    QFETCH(bool, announceLength);
    m_server->enqueue(ScriptedResponse::hugeBody(200 * 1024, announceLength));
    HttpExchangeConfig settings = config();
    settings.maxResponseSize = 16 * 1024;
    settings.responseSizeHint = QStringLiteral("Real ones are small.");
    auto http = exchange(settings);
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(http->error().code(), Error::Code::InvalidResponse);
    QVERIFY(http->error().message().contains(u"16384"));
    QVERIFY(http->error().message().contains(u"Real ones are small."));
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_AadHttpExchange::closedConnectionIsRetried()
{
    // (QNAM itself resends once on a fresh connection when a kept-alive one was closed.)
    m_server->setDefaultResponse(ScriptedResponse::closeConnection());
    HttpExchangeConfig settings = config();
    settings.retryPolicy.maxRetries = 1;
    auto http = exchange(settings);
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    QSignalSpy retries(http.get(), &HttpExchange::retryScheduled);
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(2).value<Error>().code(), Error::Code::ConnectionFailed);
    QCOMPARE(http->error().code(), Error::Code::ConnectionFailed);
    QCOMPARE(http->attempts(), 2);
}

void tst_AadHttpExchange::transferTimeout()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    HttpExchangeConfig settings = config();
    settings.transferTimeout = 300ms;
    settings.retryPolicy = RetryPolicy::none();
    auto http = exchange(settings);
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    http->get(m_server->url());
    QVERIFY(finished.wait());
    QVERIFY(elapsed.elapsed() >= 250); // QNAM's transfer timer is a coarse one (±5 %)
    QCOMPARE(http->error().code(), Error::Code::Timeout);
    QVERIFY(http->error().message().contains(u"300"));
}

void tst_AadHttpExchange::untrustedCertificateIsATlsError()
{
    TestStsServer untrusted;
    QVERIFY(untrusted.listen(TestStsServer::Transport::Tls, TestTls::Certificate::Untrusted));
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(untrusted.url());
    QVERIFY(finished.wait());
    QCOMPARE(http->error().code(), Error::Code::TlsError);
    QCOMPARE(http->attempts(), 1);
    QCOMPARE(untrusted.requestCount(), 0);
}

void tst_AadHttpExchange::abortEmitsNothing()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    auto http = exchange(config());
    QSignalSpy finished(http.get(), &HttpExchange::finished);
    http->get(m_server->url());
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(http->isRunning());
    http->abort();
    QVERIFY(!http->isRunning());
    QVERIFY(!finished.wait(200));
}

void tst_AadHttpExchange::deletedNetworkAccessManager()
{
    auto *nam = new QNetworkAccessManager;
    HttpExchange http(config(), nam);
    delete nam;
    QSignalSpy finished(&http, &HttpExchange::finished);
    http.get(m_server->url());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(http.error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(tst_AadHttpExchange)
#include "tst_aad_httpexchange.moc"
