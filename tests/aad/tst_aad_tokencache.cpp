// The per-scope token cache of the Azure AD credentials, with a manual clock and fetches the
// test finishes by hand: hits, per-scope keys, refresh before expiry, one fetch for
// concurrent requests, a failed early refresh, aborts and destruction.

#include "aadtokencache_p.h"

#include "manualclock.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {
const QDateTime start(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
const QStringList scopeA = {QStringLiteral("https://sts.mixedreality.azure.com//.default")};
const QStringList scopeB = {QStringLiteral("https://management.azure.com//.default")};
} // namespace

class tst_AadTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void hitWithinLifetime();
    void cachedPerScope();
    void refreshedBeforeExpiry();
    void concurrentRequestsShareOneFetch();
    void failedEarlyRefreshKeepsTheValidToken();
    void failedFetchWithoutValidToken();
    void abortingEveryWaiterAbortsTheFetch();
    void deletingEveryWaiterAbortsTheFetch();
    void oneWaiterLeftKeepsTheFetch();
    void retriesReachTheWaiters();
    void destroyingTheCacheEndsWaiters();
    void clearForgetsTokens();

private:
    //! Finishes the oldest pending fetch with a token living \a lifetime, or with \a error.
    void finishFetch(std::chrono::seconds lifetime, const QString &token = QStringLiteral("tok"));
    void failFetch(const Error &error);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AadTokenCache> m_cache;
    QList<QPointer<TokenReply>> m_fetches;
    QStringList m_fetchedScopes;
    int m_aborts = 0;
};

void tst_AadTokenCache::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_clock = std::make_unique<ManualClock>(start);
    m_fetches.clear();
    m_fetchedScopes.clear();
    m_aborts = 0;
    m_cache = std::make_unique<AadTokenCache>([this](const QStringList &scopes) {
        auto *fetch = new TokenReply;
        fetch->setAbortHandler([this] { ++m_aborts; });
        m_fetches << fetch;
        m_fetchedScopes << scopes.join(u' ');
        return fetch;
    });
    m_cache->setClock(m_clock.get());
    m_cache->setRefreshMargin(300s);
}

void tst_AadTokenCache::cleanup()
{
    m_cache.reset();
}

void tst_AadTokenCache::finishFetch(std::chrono::seconds lifetime, const QString &token)
{
    QVERIFY(!m_fetches.isEmpty());
    QPointer<TokenReply> fetch = m_fetches.takeFirst();
    QVERIFY(fetch);
    fetch->finishWithToken(
        AccessToken(token, m_clock->currentDateTimeUtc().addSecs(lifetime.count())));
}

void tst_AadTokenCache::failFetch(const Error &error)
{
    QVERIFY(!m_fetches.isEmpty());
    QPointer<TokenReply> fetch = m_fetches.takeFirst();
    QVERIFY(fetch);
    fetch->finishWithError(error);
}

void tst_AadTokenCache::hitWithinLifetime()
{
    std::unique_ptr<TokenReply> first(m_cache->getToken(scopeA));
    QVERIFY(!first->isFinished());
    QCOMPARE(m_cache->fetchCount(), 1);
    finishFetch(3600s);
    QVERIFY(first->isFinished());
    QCOMPARE(first->accessToken().token(), QStringLiteral("tok"));

    m_clock->advance(3000s);
    std::unique_ptr<TokenReply> second(m_cache->getToken(scopeA));
    // Never before getToken() returns, even from the cache.
    QVERIFY(!second->isFinished());
    QSignalSpy finished(second.get(), &TokenReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(second->accessToken(), first->accessToken());
    QCOMPARE(m_cache->fetchCount(), 1);
}

void tst_AadTokenCache::cachedPerScope()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    std::unique_ptr<TokenReply> b(m_cache->getToken(scopeB));
    QCOMPARE(m_cache->fetchCount(), 2);
    QCOMPARE(m_fetchedScopes, QStringList({scopeA.first(), scopeB.first()}));
    finishFetch(3600s, QStringLiteral("token-a"));
    finishFetch(3600s, QStringLiteral("token-b"));
    QCOMPARE(a->accessToken().token(), QStringLiteral("token-a"));
    QCOMPARE(b->accessToken().token(), QStringLiteral("token-b"));
    QCOMPARE(m_cache->cachedToken(scopeA).token(), QStringLiteral("token-a"));
    QCOMPARE(m_cache->cachedToken(scopeB).token(), QStringLiteral("token-b"));

    // The same scopes in another order are the same entry.
    const QStringList ab = scopeA + scopeB;
    const QStringList ba = scopeB + scopeA;
    std::unique_ptr<TokenReply> c(m_cache->getToken(ab));
    QCOMPARE(m_cache->fetchCount(), 3);
    finishFetch(3600s, QStringLiteral("token-ab"));
    std::unique_ptr<TokenReply> d(m_cache->getToken(ba));
    QCOMPARE(m_cache->fetchCount(), 3);
    QSignalSpy finished(d.get(), &TokenReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(d->accessToken().token(), QStringLiteral("token-ab"));
}

void tst_AadTokenCache::refreshedBeforeExpiry()
{
    std::unique_ptr<TokenReply> first(m_cache->getToken(scopeA));
    finishFetch(3600s, QStringLiteral("old"));
    m_clock->advance(3299s);
    std::unique_ptr<TokenReply> stillCached(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 1);
    m_clock->advance(1s); // now exactly five minutes before expiry
    std::unique_ptr<TokenReply> refreshed(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 2);
    finishFetch(3600s, QStringLiteral("new"));
    QCOMPARE(refreshed->accessToken().token(), QStringLiteral("new"));
    QCOMPARE(m_cache->cachedToken(scopeA).token(), QStringLiteral("new"));
}

void tst_AadTokenCache::concurrentRequestsShareOneFetch()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    std::unique_ptr<TokenReply> b(m_cache->getToken(scopeA));
    std::unique_ptr<TokenReply> c(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 1);
    QSignalSpy finishedA(a.get(), &TokenReply::finished);
    QSignalSpy finishedC(c.get(), &TokenReply::finished);
    finishFetch(3600s);
    QCOMPARE(finishedA.size(), 1);
    QCOMPARE(finishedC.size(), 1);
    QCOMPARE(a->accessToken(), c->accessToken());
    QCOMPARE(b->accessToken(), c->accessToken());
}

void tst_AadTokenCache::failedEarlyRefreshKeepsTheValidToken()
{
    std::unique_ptr<TokenReply> first(m_cache->getToken(scopeA));
    finishFetch(3600s, QStringLiteral("old"));
    m_clock->advance(3400s); // inside the margin, not expired
    std::unique_ptr<TokenReply> second(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 2);
    failFetch(Error(Error::Code::ServerError, QStringLiteral("down")));
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(second->accessToken().token(), QStringLiteral("old"));
}

void tst_AadTokenCache::failedFetchWithoutValidToken()
{
    std::unique_ptr<TokenReply> first(m_cache->getToken(scopeA));
    finishFetch(3600s, QStringLiteral("old"));
    m_clock->advance(3600s); // expired
    std::unique_ptr<TokenReply> second(m_cache->getToken(scopeA));
    Error error(Error::Code::AuthenticationFailed, QStringLiteral("rejected"));
    error.setHttpStatus(401);
    failFetch(error);
    QCOMPARE(second->error(), Error::Code::AuthenticationFailed);
    QCOMPARE(second->httpStatus(), 401);
    QVERIFY(second->accessToken().isNull());
}

void tst_AadTokenCache::abortingEveryWaiterAbortsTheFetch()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    std::unique_ptr<TokenReply> b(m_cache->getToken(scopeA));
    QPointer<TokenReply> fetch = m_fetches.first();
    a->abort();
    QCOMPARE(m_aborts, 0);
    b->abort();
    QCOMPARE(m_aborts, 1);
    QCOMPARE(a->error(), Error::Code::Canceled);
    QCOMPARE(b->error(), Error::Code::Canceled);
    QTRY_VERIFY(!fetch);
    // The next request starts afresh.
    std::unique_ptr<TokenReply> c(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 2);
}

void tst_AadTokenCache::deletingEveryWaiterAbortsTheFetch()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    a.reset();
    QCOMPARE(m_aborts, 1);
}

void tst_AadTokenCache::oneWaiterLeftKeepsTheFetch()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    std::unique_ptr<TokenReply> b(m_cache->getToken(scopeA));
    a.reset();
    QCOMPARE(m_aborts, 0);
    finishFetch(3600s);
    QCOMPARE(b->accessToken().token(), QStringLiteral("tok"));
}

void tst_AadTokenCache::retriesReachTheWaiters()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    QSignalSpy retries(a.get(), &TokenReply::retryScheduled);
    Q_EMIT m_fetches.first()->retryScheduled(1, 800, Error(Error::Code::Throttled, {}));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 800);
}

void tst_AadTokenCache::destroyingTheCacheEndsWaiters()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    QSignalSpy finished(a.get(), &TokenReply::finished);
    m_cache.reset();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(a->error(), Error::Code::Canceled);
}

void tst_AadTokenCache::clearForgetsTokens()
{
    std::unique_ptr<TokenReply> a(m_cache->getToken(scopeA));
    finishFetch(3600s);
    m_cache->clear();
    QVERIFY(m_cache->cachedToken(scopeA).isNull());
    std::unique_ptr<TokenReply> b(m_cache->getToken(scopeA));
    QCOMPARE(m_cache->fetchCount(), 2);
}

QTEST_GUILESS_MAIN(tst_AadTokenCache)
#include "tst_aad_tokencache.moc"
