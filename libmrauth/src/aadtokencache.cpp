#include "aadtokencache_p.h"

#include "aadprotocol_p.h"
#include "logging_p.h"

#include <QTimer>

namespace MrAuth {

AadTokenCache::AadTokenCache(Fetcher fetcher, QObject *parent)
    : QObject(parent), m_fetcher(std::move(fetcher))
{}

AadTokenCache::~AadTokenCache()
{
    // Waiting replies belong to their callers; end them so that nobody waits forever.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const auto waiting = std::exchange(it->waiting, {});
        for (TokenReply *reply : waiting) {
            disconnect(reply, nullptr, this, nullptr);
            reply->setAbortHandler(nullptr);
            reply->finishWithError(
                Error(Error::Code::Canceled,
                      tr("The credential was destroyed before the token arrived.")));
        }
        delete std::exchange(it->fetch, nullptr);
    }
}

void AadTokenCache::setClock(Clock *clock)
{
    m_clock = clock;
}

void AadTokenCache::setRefreshMargin(std::chrono::seconds margin)
{
    m_refreshMargin = margin;
}

TokenReply *AadTokenCache::getToken(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    const QString key = scopesKey(scopes);
    Entry &entry = m_entries[key];
    const Clock *clock = m_clock ? m_clock : Clock::system();
    if (!tokenNeedsRefresh(entry.token, entry.obtainedOn, clock->currentDateTimeUtc(),
                           m_refreshMargin)) {
        QTimer::singleShot(0, reply,
                           [reply, token = entry.token] { reply->finishWithToken(token); });
        return reply;
    }

    entry.waiting.append(reply);
    reply->setAbortHandler([this, key, reply] { removeWaiter(key, reply); });
    // The reply may be deleted by its owner before it finishes.
    connect(reply, &QObject::destroyed, this, [this, key, reply] { removeWaiter(key, reply); });
    if (entry.fetch)
        return reply;

    ++m_fetchCount;
    qCDebug(lcMrAuthAad).noquote() << "fetching a token for" << key;
    TokenReply *fetch = m_fetcher(scopes);
    fetch->setParent(this);
    m_entries[key].fetch = fetch; // looked up again: the fetcher may have touched the hash
    connect(fetch, &TokenReply::finished, this,
            [this, key, fetch] { onFetchFinished(key, fetch); });
    connect(fetch, &TokenReply::retryScheduled, this,
            [this, key](int retry, qint64 delayMs, const Error &reason) {
                const auto waiting = m_entries.value(key).waiting;
                for (TokenReply *waiter : waiting)
                    Q_EMIT waiter->retryScheduled(retry, delayMs, reason);
            });
    return reply;
}

void AadTokenCache::onFetchFinished(const QString &key, TokenReply *fetch)
{
    fetch->deleteLater();
    Entry &entry = m_entries[key];
    if (entry.fetch != fetch)
        return;
    entry.fetch = nullptr;
    const auto waiting = std::exchange(entry.waiting, {});
    const QDateTime now = (m_clock ? m_clock : Clock::system())->currentDateTimeUtc();

    AccessToken token;
    Error error;
    if (fetch->error() == Error::Code::NoError) {
        entry.token = fetch->accessToken();
        entry.obtainedOn = now;
        token = entry.token;
    } else if (!entry.token.isExpiredAt(now)) {
        // The refresh came early; the token in hand still works.
        qCInfo(lcMrAuthAad).noquote()
            << "refresh failed, the cached token is still valid:" << fetch->errorInfo().toString();
        token = entry.token;
    } else {
        error = fetch->errorInfo();
        qCDebug(lcMrAuthAad).noquote() << "fetch failed:" << error.toString();
    }
    for (TokenReply *waiter : waiting) {
        disconnect(waiter, nullptr, this, nullptr);
        waiter->setAbortHandler(nullptr);
        waiter->setExchangeDetails(fetch->httpStatus(), fetch->requestCorrelationVector(),
                                   fetch->responseCorrelationVector());
        waiter->setAttempts(fetch->attempts());
        if (error)
            waiter->finishWithError(error);
        else
            waiter->finishWithToken(token);
    }
}

void AadTokenCache::removeWaiter(const QString &key, TokenReply *reply)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->waiting.removeOne(reply);
    if (!it->waiting.isEmpty() || !it->fetch)
        return;
    // Nobody wants the token any more: stop the work too (a device code's polling, a browser
    // sign-in, a running `az`).
    TokenReply *fetch = std::exchange(it->fetch, nullptr);
    fetch->disconnect(this);
    fetch->abort();
    fetch->deleteLater();
}

AccessToken AadTokenCache::cachedToken(const QStringList &scopes) const
{
    return m_entries.value(scopesKey(scopes)).token;
}

void AadTokenCache::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->token = AccessToken();
        it->obtainedOn = QDateTime();
    }
}

} // namespace MrAuth
