// MixedRealityTokenCredential (cache, refresh margin, coalescing, failure fan-out, aborts) over a
// real HTTPS STS on loopback, with a manual clock; StaticAccessTokenCredential (S1).

#include <mrauth/accountkeycredential.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/staticaccesstokencredential.h>

#include "manualclock.h"
#include "stsrequestcheck.h"
#include "teststsserver.h"
#include "testtokens.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace MrAuth;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::chrono::seconds)

namespace {

const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
const QByteArray keyAuthorization = "Bearer 87e9abb1-79b9-4502-bbae-cfae8c610f23:my_account_key";
// Tokens are issued "now" by the manual clock; real time plays no part in expiry.
const QDateTime start(QDate(2021, 1, 16), QTime(15, 50, 50), Qt::UTC);

} // namespace

class tst_TokenCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void concurrentCallsShareOneRequest_data();
    void concurrentCallsShareOneRequest();
    void cachedTokenWithoutRequest();
    void refreshWithinMargin_data();
    void refreshWithinMargin();
    void tokenChanged();
    void failedFetchFailsAllWaiters();
    void failedRefreshKeepsValidToken();
    void abortingOneWaiterKeepsOthers();
    void abortingEveryWaiterStopsTheFetch();
    void deletedWaiterIsSkipped();
    void waiterDeletedByAnotherWaiter();
    void invalidateFetchesAgain();
    void deletingCredentialEndsWaiters();
    void staticTokenUnchanged_data();
    void staticTokenUnchanged();

private:
    MixedRealityTokenCredential *newCredential();

    std::unique_ptr<TestStsServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MixedRealityTokenCredential> m_credential;
    int m_issued = 0;
};

void tst_TokenCredential::initTestCase()
{
    qRegisterMetaType<MrAuth::AccessToken>();
    qRegisterMetaType<MrAuth::Error>();
}

void tst_TokenCredential::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_server = std::make_unique<TestStsServer>();
    QVERIFY(m_server->listen());
    m_clock = std::make_unique<ManualClock>(start);
    m_issued = 0;
    // Every answer is a fresh token issued at the manual clock's now, valid 24 hours.
    m_server->setHandler([this](const RecordedRequest &) {
        ++m_issued;
        return ScriptedResponse::token(
            TestTokens::stsToken(accountId, m_clock->currentDateTimeUtc()),
            "gKXl1CkeG0mRb6HEtMUmHQ.0");
    });
}

void tst_TokenCredential::cleanup()
{
    m_credential.reset();
    const QList<RecordedRequest> requests = m_server->requests();
    for (const RecordedRequest &request : requests) {
        const QString problem = stsRequestProblem(request, accountId, keyAuthorization);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    m_server.reset();
    m_clock.reset();
}

MixedRealityTokenCredential *tst_TokenCredential::newCredential()
{
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_server->url();
    options.sslConfiguration = TestTls::clientConfiguration();
    options.retryPolicy = RetryPolicy::none();
    auto *client = new MixedRealityStsClient(
        accountId, QStringLiteral("eastus.mixedreality.azure.com"),
        std::make_shared<AccountKeyCredential>(QStringLiteral("my_account_key")), options);
    m_credential = std::make_unique<MixedRealityTokenCredential>(client);
    m_credential->setClock(m_clock.get());
    return m_credential.get();
}

void tst_TokenCredential::concurrentCallsShareOneRequest_data()
{
    QTest::addColumn<int>("callers");
    QTest::newRow("100 callers") << 100;
}

void tst_TokenCredential::concurrentCallsShareOneRequest()
{
    QFETCH(int, callers);

    auto *credential = newCredential();
    std::vector<std::unique_ptr<TokenReply>> replies;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (int i = 0; i < callers; ++i) {
        replies.emplace_back(credential->getToken({}));
        spies.push_back(std::make_unique<QSignalSpy>(replies.back().get(), &TokenReply::finished));
        QVERIFY(!replies.back()->isFinished());
    }
    QVERIFY(credential->isFetching());
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](const auto &reply) { return reply->isFinished(); }),
                             10000);

    QCOMPARE(m_server->requestCount(), 1);
    const AccessToken token = credential->cachedToken();
    QVERIFY(!token.isNull());
    for (int i = 0; i < callers; ++i) {
        QCOMPARE(spies.at(i)->count(), 1);
        QCOMPARE(replies.at(i)->error(), Error::Code::NoError);
        QCOMPARE(replies.at(i)->accessToken(), token);
        QCOMPARE(replies.at(i)->responseCorrelationVector(),
                 QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"));
    }
    QVERIFY(!credential->isFetching());
    QCOMPARE(token.expiresOn(), start.addSecs(86400));
}

void tst_TokenCredential::cachedTokenWithoutRequest()
{
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QVERIFY(firstFinished.wait(10000));
    QCOMPARE(m_server->requestCount(), 1);

    // Well before the refresh margin: from the cache, asynchronously, no request.
    m_clock->advance(std::chrono::hours(23));
    QVERIFY(!credential->needsRefresh());
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<TokenReply> reply(credential->getToken({}));
        QSignalSpy finished(reply.get(), &TokenReply::finished);
        QVERIFY(!reply->isFinished());
        QVERIFY(!credential->isFetching());
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), Error::Code::NoError);
        QCOMPARE(reply->accessToken(), first->accessToken());
    }
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_TokenCredential::refreshWithinMargin_data()
{
    QTest::addColumn<std::chrono::seconds>("margin");
    QTest::addColumn<std::chrono::seconds>("advance");
    QTest::addColumn<bool>("refreshes");

    // The token lives 24 h; the default margin is 5 minutes.
    QTest::newRow("default margin, 6 min left")
        << std::chrono::seconds(300) << 86400s - 360s << false;
    QTest::newRow("default margin, 4 min left")
        << std::chrono::seconds(300) << 86400s - 240s << true;
    QTest::newRow("default margin, expired") << std::chrono::seconds(300) << 86400s + 1s << true;
    QTest::newRow("1 h margin, 59 min left")
        << std::chrono::seconds(3600) << 86400s - 3540s << true;
    QTest::newRow("1 h margin, 61 min left")
        << std::chrono::seconds(3600) << 86400s - 3660s << false;
}

void tst_TokenCredential::refreshWithinMargin()
{
    QFETCH(std::chrono::seconds, margin);
    QFETCH(std::chrono::seconds, advance);
    QFETCH(bool, refreshes);

    auto *credential = newCredential();
    QCOMPARE(credential->refreshMargin(), std::chrono::seconds(300));
    credential->setRefreshMargin(margin);
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QVERIFY(firstFinished.wait(10000));
    const AccessToken firstToken = first->accessToken();

    m_clock->advance(advance);
    QCOMPARE(credential->needsRefresh(), refreshes);
    std::unique_ptr<TokenReply> second(credential->getToken({}));
    QSignalSpy secondFinished(second.get(), &TokenReply::finished);
    QCOMPARE(credential->isFetching(), refreshes);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(m_server->requestCount(), refreshes ? 2 : 1);
    if (refreshes) {
        QVERIFY(second->accessToken() != firstToken);
        QCOMPARE(second->accessToken().expiresOn(), m_clock->currentDateTimeUtc().addSecs(86400));
    } else {
        QCOMPARE(second->accessToken(), firstToken);
    }
}

void tst_TokenCredential::tokenChanged()
{
    auto *credential = newCredential();
    QSignalSpy changed(credential, &MixedRealityTokenCredential::tokenChanged);
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<AccessToken>(), credential->cachedToken());

    // From the cache: no signal.
    std::unique_ptr<TokenReply> cached(credential->getToken({}));
    QSignalSpy cachedFinished(cached.get(), &TokenReply::finished);
    QVERIFY(cachedFinished.wait(1000));
    QCOMPARE(changed.count(), 1);

    // A refresh: the new token.
    m_clock->advance(86400s - 60s);
    std::unique_ptr<TokenReply> refreshed(credential->getToken({}));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 2);
    const AccessToken newToken = changed.at(1).at(0).value<AccessToken>();
    QVERIFY(newToken != changed.at(0).at(0).value<AccessToken>());
    QCOMPARE(newToken, credential->cachedToken());
    QTRY_VERIFY(refreshed->isFinished());
    QCOMPARE(refreshed->accessToken(), newToken);
}

void tst_TokenCredential::failedFetchFailsAllWaiters()
{
    m_server->setHandler([](const RecordedRequest &) {
        return ScriptedResponse::httpStatus(401, "cv401AAAAAAAAAAAAAAAAA.0")
            .withHeader("WWW-Authenticate", "Invalid token: wrong key");
    });
    auto *credential = newCredential();
    QSignalSpy failed(credential, &MixedRealityTokenCredential::fetchFailed);
    QSignalSpy changed(credential, &MixedRealityTokenCredential::tokenChanged);
    std::vector<std::unique_ptr<TokenReply>> replies;
    replies.reserve(10);
    for (int i = 0; i < 10; ++i)
        replies.emplace_back(credential->getToken({}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(changed.count(), 0);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    QCOMPARE(m_server->requestCount(), 1);
    const QString sentCv = QString::fromLatin1(m_server->requests().at(0).header("X-MRC-CV"));
    QCOMPARE(error.requestCorrelationVector(), sentCv);
    for (const auto &reply : replies) {
        QVERIFY(reply->isFinished());
        const Error waiterError = reply->errorInfo();
        QCOMPARE(waiterError.code(), error.code());
        QCOMPARE(waiterError.message(), error.message());
        QCOMPARE(waiterError.httpStatus(), 401);
        QCOMPARE(waiterError.wwwAuthenticate(), QStringLiteral("Invalid token: wrong key"));
        QCOMPARE(waiterError.requestCorrelationVector(), sentCv);
        QCOMPARE(waiterError.responseCorrelationVector(),
                 QStringLiteral("cv401AAAAAAAAAAAAAAAAA.0"));
        QCOMPARE(reply->requestCorrelationVector(), sentCv);
        QVERIFY(reply->accessToken().isNull());
    }
    QVERIFY(credential->cachedToken().isNull());
    QVERIFY(!credential->isFetching());

    // The next call tries again.
    std::unique_ptr<TokenReply> again(credential->getToken({}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_TokenCredential::failedRefreshKeepsValidToken()
{
    int calls = 0;
    m_server->setHandler([this, &calls](const RecordedRequest &) {
        if (++calls == 1) {
            return ScriptedResponse::token(
                TestTokens::stsToken(accountId, m_clock->currentDateTimeUtc()),
                "gKXl1CkeG0mRb6HEtMUmHQ.0");
        }
        return ScriptedResponse::httpStatus(401, "cv401AAAAAAAAAAAAAAAAA.0")
            .withHeader("WWW-Authenticate", "Invalid token: wrong key");
    });
    auto *credential = newCredential();
    QSignalSpy changed(credential, &MixedRealityTokenCredential::tokenChanged);
    QSignalSpy failed(credential, &MixedRealityTokenCredential::fetchFailed);
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    QVERIFY(changed.wait(10000));
    const AccessToken token = credential->cachedToken();

    // Inside the refresh margin but not expired: the refresh fails, the cached token is used.
    m_clock->advance(86400s - 60s);
    QVERIFY(credential->needsRefresh());
    std::unique_ptr<TokenReply> early(credential->getToken({}));
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(early->isFinished());
    QCOMPARE(early->error(), Error::Code::NoError);
    QCOMPARE(early->accessToken(), token);
    QCOMPARE(early->httpStatus(), 401);

    // Expired: the failure reaches the caller.
    m_clock->advance(120s);
    std::unique_ptr<TokenReply> late(credential->getToken({}));
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(late->isFinished());
    QCOMPARE(late->error(), Error::Code::AuthenticationFailed);
    QVERIFY(late->accessToken().isNull());
    QCOMPARE(m_server->requestCount(), 3);
}

void tst_TokenCredential::abortingOneWaiterKeepsOthers()
{
    m_server->setHandler([this](const RecordedRequest &) {
        return ScriptedResponse::token(
                   TestTokens::stsToken(accountId, m_clock->currentDateTimeUtc()),
                   "gKXl1CkeG0mRb6HEtMUmHQ.0")
            .heldUntilReleased();
    });
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> kept1(credential->getToken({}));
    std::unique_ptr<TokenReply> aborted(credential->getToken({}));
    std::unique_ptr<TokenReply> kept2(credential->getToken({}));
    QSignalSpy abortedFinished(aborted.get(), &TokenReply::finished);
    QSignalSpy kept1Finished(kept1.get(), &TokenReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 10000);

    aborted->abort();
    QCOMPARE(abortedFinished.count(), 1);
    QCOMPARE(aborted->error(), Error::Code::Canceled);
    QVERIFY(credential->isFetching());
    QVERIFY(!kept1->isFinished());

    m_server->releaseHeld();
    QVERIFY(kept1Finished.wait(10000));
    QTRY_VERIFY(kept2->isFinished());
    QCOMPARE(kept1->error(), Error::Code::NoError);
    QCOMPARE(kept2->error(), Error::Code::NoError);
    QCOMPARE(kept1->accessToken(), credential->cachedToken());
    QCOMPARE(kept2->accessToken(), credential->cachedToken());
    QCOMPARE(abortedFinished.count(), 1);
    QCOMPARE(aborted->error(), Error::Code::Canceled);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_TokenCredential::abortingEveryWaiterStopsTheFetch()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    m_server->setHandler(nullptr);
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    std::unique_ptr<TokenReply> second(credential->getToken({}));
    QSignalSpy received(m_server.get(), &TestStsServer::requestReceived);
    QVERIFY(received.wait(10000));
    QSignalSpy closed(m_server.get(), &TestStsServer::connectionClosed);
    first->abort();
    QVERIFY(credential->isFetching());
    second->abort();
    QVERIFY(!credential->isFetching());
    QCOMPARE(first->error(), Error::Code::Canceled);
    QCOMPARE(second->error(), Error::Code::Canceled);
    QVERIFY(closed.wait(10000)); // the request itself was dropped
}

void tst_TokenCredential::deletedWaiterIsSkipped()
{
    m_server->setHandler([this](const RecordedRequest &) {
        return ScriptedResponse::token(
                   TestTokens::stsToken(accountId, m_clock->currentDateTimeUtc()),
                   "gKXl1CkeG0mRb6HEtMUmHQ.0")
            .heldUntilReleased();
    });
    auto *credential = newCredential();
    auto *deleted = credential->getToken({});
    std::unique_ptr<TokenReply> kept(credential->getToken({}));
    QSignalSpy keptFinished(kept.get(), &TokenReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 10000);
    delete deleted;
    m_server->releaseHeld();
    QVERIFY(keptFinished.wait(10000));
    QCOMPARE(kept->error(), Error::Code::NoError);
}

void tst_TokenCredential::waiterDeletedByAnotherWaiter()
{
    // A caller that, on its first answer, deletes a duplicate request it no longer needs.
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    auto *duplicate = credential->getToken({});
    QPointer<TokenReply> duplicateGuard(duplicate);
    std::unique_ptr<TokenReply> last(credential->getToken({}));
    connect(first.get(), &TokenReply::finished, this, [duplicate] { delete duplicate; });
    QSignalSpy lastFinished(last.get(), &TokenReply::finished);
    QVERIFY(lastFinished.wait(10000));
    QVERIFY(!duplicateGuard);
    QCOMPARE(first->error(), Error::Code::NoError);
    QCOMPARE(last->error(), Error::Code::NoError);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_TokenCredential::invalidateFetchesAgain()
{
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QVERIFY(firstFinished.wait(10000));
    credential->invalidate();
    QVERIFY(credential->cachedToken().isNull());
    QVERIFY(credential->needsRefresh());
    std::unique_ptr<TokenReply> second(credential->getToken({}));
    QSignalSpy secondFinished(second.get(), &TokenReply::finished);
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(m_server->requestCount(), 2);
}

void tst_TokenCredential::deletingCredentialEndsWaiters()
{
    m_server->setDefaultResponse(ScriptedResponse::neverAnswer());
    m_server->setHandler(nullptr);
    auto *credential = newCredential();
    std::unique_ptr<TokenReply> first(credential->getToken({}));
    std::unique_ptr<TokenReply> second(credential->getToken({}));
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QSignalSpy secondFinished(second.get(), &TokenReply::finished);
    QSignalSpy received(m_server.get(), &TestStsServer::requestReceived);
    QVERIFY(received.wait(10000));
    QSignalSpy closed(m_server.get(), &TestStsServer::connectionClosed);
    m_credential.reset();
    QCOMPARE(firstFinished.count(), 1);
    QCOMPARE(secondFinished.count(), 1);
    QCOMPARE(first->error(), Error::Code::Canceled);
    QCOMPARE(second->error(), Error::Code::Canceled);
    first->abort();
    QCOMPARE(firstFinished.count(), 1);
    QVERIFY(closed.wait(10000));
}

void tst_TokenCredential::staticTokenUnchanged_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("expiresOn");

    QTest::newRow("S1") << TestTokens::stsToken(accountId, start) << start.addSecs(86400);
    QTest::newRow("S1/expired token, still unchanged")
        << TestTokens::stsToken(accountId, start.addDays(-2)) << start.addDays(-1);
    QTest::newRow("S1/opaque token")
        << QStringLiteral("opaque token with spaces & symbols") << start;
}

void tst_TokenCredential::staticTokenUnchanged()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, expiresOn);

    StaticAccessTokenCredential credential(AccessToken(token, expiresOn));
    TokenCredential &asInterface = credential;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<TokenReply> reply(
            asInterface.getToken({MixedRealityStsClientOptions::defaultAadScope()}));
        QSignalSpy finished(reply.get(), &TokenReply::finished);
        QVERIFY(!reply->isFinished());
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), Error::Code::NoError);
        QCOMPARE(reply->accessToken().token(), token);
        QCOMPARE(reply->accessToken().expiresOn(), expiresOn);
    }
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TokenCredential)
#include "tst_tokencredential.moc"
