// The fault matrix against the library: MixedRealityStsClient, and MixedRealityTokenCredential
// with two callers sharing one fetch. Every fault ends in its typed error or in a token after
// the retries the policy allows, with exactly one finished() per reply.
#include "faultcase.h"
#include "faultrig.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/tokenreply.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {

// Longer than the longest retry delay (100 ms): a forgotten retry timer or a late network
// reply would fire within it.
constexpr int quietMs = 150;

} // namespace

class TestFaultsLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void stsClient_data();
    void stsClient();
    void tokenCredential_data();
    void tokenCredential();
    void abortMidFault_data();
    void abortMidFault();
    void oneCallerAbortsMidFault_data();
    void oneCallerAbortsMidFault();
    void credentialDestroyedMidFault_data();
    void credentialDestroyedMidFault();

private:
    void waitUntilUnderWay(const FaultCase &fault, const TokenReply *reply);
    MixedRealityStsClient *newClient(const FaultCase &fault, const FaultTarget &target);
    void verifyReply(const TokenReply *reply, const FaultCase &fault, const FaultTarget &target);
    void verifyServerRequests(const FaultCase &fault);

    FaultRig m_rig;
};

void TestFaultsLibrary::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
}

void TestFaultsLibrary::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

MixedRealityStsClient *TestFaultsLibrary::newClient(const FaultCase &fault,
                                                    const FaultTarget &target)
{
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = target.endpoint;
    options.sslConfiguration = target.sslConfiguration;
    options.retryPolicy = FaultRig::retryPolicy(fault.retries);
    options.transferTimeout = FaultRig::transferTimeout(fault);
    // A network access manager of its own per case: no keep-alive connection of an earlier
    // case changes how this one's faults reach the client.
    return new MixedRealityStsClient(target.accountId, target.accountDomain,
                                     std::make_shared<AccountKeyCredential>(target.accountKey),
                                     options);
}

void TestFaultsLibrary::verifyReply(const TokenReply *reply, const FaultCase &fault,
                                    const FaultTarget &target)
{
    QVERIFY(reply->isFinished());
    QVERIFY2(reply->error() == fault.expected,
             qPrintable(QStringLiteral("expected %1, got %2")
                            .arg(Error::codeName(fault.expected), reply->errorInfo().toString())));
    QCOMPARE(reply->attempts(), fault.attempts);
    QCOMPARE(reply->httpStatus(), fault.httpStatus);
    if (fault.expected == Error::Code::NoError) {
        QVERIFY(reply->errorString().isEmpty());
        const Jwt jwt = Jwt::decode(reply->accessToken().token());
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.claims().value(QStringLiteral("aid")).toString(), target.accountId);
        QVERIFY(!reply->responseCorrelationVector().isEmpty());
    } else {
        QVERIFY(reply->accessToken().isNull());
        const Error error = reply->errorInfo();
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.toString().contains(target.accountKey));
        // Every error a support engineer sees carries the vector of the request that was sent.
        QVERIFY(!error.requestCorrelationVector().isEmpty());
        // The emulator answers every status with an MS-CV.
        if (fault.isEmulatorFault() && fault.httpStatus != 0)
            QVERIFY(!error.responseCorrelationVector().isEmpty());
        if (fault.expected == Error::Code::HostNotFound)
            QVERIFY2(error.message().contains(QStringLiteral("domain")),
                     qPrintable(error.message()));
    }
    QCOMPARE(reply->requestCorrelationVector().isEmpty(), false);
}

void TestFaultsLibrary::verifyServerRequests(const FaultCase &fault)
{
    if (fault.serverRequests < 0)
        QTRY_VERIFY(m_rig.serverRequests() >= fault.attempts);
    else
        QTRY_COMPARE(m_rig.serverRequests(), fault.serverRequests);
    if (fault.isTlsFault())
        QTRY_VERIFY(m_rig.handshakeFailures() >= 1);
}

void TestFaultsLibrary::stsClient_data()
{
    addFaultRows();
}

void TestFaultsLibrary::stsClient()
{
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    std::unique_ptr<MixedRealityStsClient> client(newClient(fault, target));
    QVERIFY2(client->isValid(), qPrintable(client->configurationError().toString()));

    QElapsedTimer elapsed;
    elapsed.start();
    TokenReply *reply = client->getToken();
    QSignalSpy finished(reply, &TokenReply::finished);
    QSignalSpy retries(reply, &TokenReply::retryScheduled);
    QSignalSpy destroyed(reply, &QObject::destroyed);
    QVERIFY(!reply->isFinished()); // never before getToken() returned
    QVERIFY(finished.wait(30000));
    QVERIFY(elapsed.elapsed() >= fault.minimumDuration.count());
    verifyReply(reply, fault, target);
    if (QTest::currentTestFailed())
        return;

    // The retries the policy allows, each after the delay it promises (Retry-After included).
    const RetryPolicy policy = FaultRig::retryPolicy(fault.retries);
    QCOMPARE(retries.size(), fault.attempts - 1);
    for (int i = 0; i < retries.size(); ++i) {
        QCOMPARE(retries.at(i).at(0).toInt(), i + 1);
        const auto retryAfter =
            fault.isThrottle() ? std::optional<std::chrono::milliseconds>(1s) : std::nullopt;
        QCOMPARE(retries.at(i).at(1).toLongLong(), policy.delayForRetry(i + 1, retryAfter).count());
    }

    verifyServerRequests(fault);
    if (QTest::currentTestFailed())
        return;
    // Nothing more: no second finished(), no forgotten retry reaching the server.
    const int requests = m_rig.serverRequests();
    QVERIFY2(!finished.wait(quietMs), "a second finished()");
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retries.size(), fault.attempts - 1);
    QCOMPARE(m_rig.serverRequests(), requests);

    // Deleted from a slot as callers do; the exchange's network replies go with it.
    reply->deleteLater();
    QVERIFY(destroyed.wait(5000));
    client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(finished.size(), 1);
}

void TestFaultsLibrary::tokenCredential_data()
{
    addFaultRows();
}

void TestFaultsLibrary::tokenCredential()
{
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    auto credential = std::make_unique<MixedRealityTokenCredential>(newClient(fault, target));
    QSignalSpy changed(credential.get(), &MixedRealityTokenCredential::tokenChanged);
    QSignalSpy failed(credential.get(), &MixedRealityTokenCredential::fetchFailed);

    // Two callers at once share one fetch: one set of requests, one finished() each.
    std::unique_ptr<TokenReply> first(credential->getToken());
    std::unique_ptr<TokenReply> second(credential->getToken());
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QSignalSpy secondFinished(second.get(), &TokenReply::finished);
    QVERIFY(credential->isFetching());
    QTRY_VERIFY_WITH_TIMEOUT(firstFinished.size() == 1 && secondFinished.size() == 1, 30000);
    verifyReply(first.get(), fault, target);
    verifyReply(second.get(), fault, target);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(second->accessToken(), first->accessToken());
    QCOMPARE(second->error(), first->error());
    QVERIFY(!credential->isFetching());

    if (fault.expected == Error::Code::NoError) {
        QCOMPARE(changed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(credential->cachedToken(), first->accessToken());
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(failed.first().first().value<Error>().code(), fault.expected);
        QVERIFY(credential->cachedToken().isNull());
    }
    verifyServerRequests(fault);
    if (QTest::currentTestFailed())
        return;

    const int requests = m_rig.serverRequests();
    QVERIFY2(!firstFinished.wait(quietMs), "a second finished()");
    QCOMPARE(firstFinished.size(), 1);
    QCOMPARE(secondFinished.size(), 1);
    QCOMPARE(changed.size() + failed.size(), 1);
    QCOMPARE(m_rig.serverRequests(), requests);

    if (fault.expected == Error::Code::NoError) {
        // The token is cached now: a third caller gets it without a request.
        std::unique_ptr<TokenReply> third(credential->getToken());
        QSignalSpy thirdFinished(third.get(), &TokenReply::finished);
        QVERIFY(thirdFinished.wait(5000));
        QCOMPARE(third->accessToken(), first->accessToken());
        QCOMPARE(third->attempts(), 0);
        QCOMPARE(m_rig.serverRequests(), requests);
    }

    first.reset();
    second.reset();
    credential.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaultsLibrary::waitUntilUnderWay(const FaultCase &fault, const TokenReply *reply)
{
    // Until the server has the first request (the fault is being played), or, for faults the
    // server never sees, until the connection attempt is on its way.
    if (fault.serverRequests != 0)
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.serverRequests() >= 1 || reply->isFinished(), 30000);
    else
        QCoreApplication::processEvents();
}

void TestFaultsLibrary::abortMidFault_data()
{
    addFaultRows();
}

void TestFaultsLibrary::abortMidFault()
{
    // The caller gives up while the fault plays (a hang, a retry wait, a handshake): one
    // finished(), with Canceled unless the reply had already ended, and nothing afterwards.
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    std::unique_ptr<MixedRealityStsClient> client(newClient(fault, target));
    std::unique_ptr<TokenReply> reply(client->getToken());
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QSignalSpy retries(reply.get(), &TokenReply::retryScheduled);
    waitUntilUnderWay(fault, reply.get());
    const bool endedBefore = reply->isFinished();
    reply->abort();
    QCOMPARE(finished.size(), 1);
    if (!endedBefore) {
        QCOMPARE(reply->error(), Error::Code::Canceled);
        QVERIFY(reply->accessToken().isNull());
    }
    const qsizetype retriesAtAbort = retries.size();
    QVERIFY2(!finished.wait(quietMs), "a second finished()");
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retries.size(), retriesAtAbort);
    reply.reset();
    client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaultsLibrary::oneCallerAbortsMidFault_data()
{
    addFaultRows();
}

void TestFaultsLibrary::oneCallerAbortsMidFault()
{
    // Two callers share a fetch; one gives up mid-fault, the other still gets the fault's
    // outcome, each exactly once.
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    auto credential = std::make_unique<MixedRealityTokenCredential>(newClient(fault, target));
    std::unique_ptr<TokenReply> leaving(credential->getToken());
    std::unique_ptr<TokenReply> staying(credential->getToken());
    QSignalSpy leavingFinished(leaving.get(), &TokenReply::finished);
    QSignalSpy stayingFinished(staying.get(), &TokenReply::finished);
    waitUntilUnderWay(fault, staying.get());
    leaving->abort();
    QCOMPARE(leavingFinished.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stayingFinished.size(), 1, 30000);
    verifyReply(staying.get(), fault, target);
    if (QTest::currentTestFailed())
        return;
    verifyServerRequests(fault);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!stayingFinished.wait(quietMs), "a second finished()");
    QCOMPARE(leavingFinished.size(), 1);
    QCOMPARE(stayingFinished.size(), 1);
    leaving.reset();
    staying.reset();
    credential.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaultsLibrary::credentialDestroyedMidFault_data()
{
    addFaultRows();
}

void TestFaultsLibrary::credentialDestroyedMidFault()
{
    // The credential goes away while the fault plays: its callers' replies end once each
    // (Canceled unless already ended) and are still theirs to delete.
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    auto credential = std::make_unique<MixedRealityTokenCredential>(newClient(fault, target));
    std::unique_ptr<TokenReply> first(credential->getToken());
    std::unique_ptr<TokenReply> second(credential->getToken());
    QSignalSpy firstFinished(first.get(), &TokenReply::finished);
    QSignalSpy secondFinished(second.get(), &TokenReply::finished);
    waitUntilUnderWay(fault, first.get());
    const bool endedBefore = first->isFinished();
    credential.reset();
    QCOMPARE(firstFinished.size(), 1);
    QCOMPARE(secondFinished.size(), 1);
    if (!endedBefore) {
        QCOMPARE(first->error(), Error::Code::Canceled);
        QCOMPARE(second->error(), Error::Code::Canceled);
    }
    QVERIFY2(!firstFinished.wait(quietMs), "a second finished()");
    QCOMPARE(secondFinished.size(), 1);
    first.reset();
    second.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QTEST_GUILESS_MAIN(TestFaultsLibrary)
#include "tst_faultslibrary.moc"
