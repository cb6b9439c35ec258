#include <mrauth/mixedrealitytokencredential.h>

#include "logging_p.h"

#include <QTimer>

namespace MrAuth {

namespace {
// Waiters are answered one by one, and a caller's slot may delete another waiter (or the
// tokenChanged() handler may) before its turn.
QList<QPointer<TokenReply>> guarded(const QList<TokenReply *> &replies)
{
    return QList<QPointer<TokenReply>>(replies.cbegin(), replies.cend());
}
} // namespace

class MixedRealityTokenCredentialPrivate
{
public:
    MixedRealityStsClient *client = nullptr;
    Clock *clock = Clock::system();
    std::chrono::seconds refreshMargin{300};
    AccessToken cached;
    TokenReply *fetch = nullptr;
    QList<TokenReply *> waiting;
};

MixedRealityTokenCredential::MixedRealityTokenCredential(MixedRealityStsClient *client,
                                                         QObject *parent)
    : TokenCredential(parent), d(std::make_unique<MixedRealityTokenCredentialPrivate>())
{
    d->client = client;
    client->setParent(this);
}

MixedRealityTokenCredential::~MixedRealityTokenCredential()
{
    // Waiting replies belong to their callers; end them so that nobody waits forever.
    const auto waiting = guarded(std::exchange(d->waiting, {}));
    for (const QPointer<TokenReply> &reply : waiting) {
        if (!reply)
            continue;
        reply->setAbortHandler(nullptr);
        reply->finishWithError(Error(Error::Code::Canceled,
                                     tr("The credential was destroyed before the token arrived.")));
    }
    delete d->fetch;
}

MixedRealityStsClient *MixedRealityTokenCredential::client() const
{
    return d->client;
}

TokenReply *MixedRealityTokenCredential::getToken(const QStringList &scopes)
{
    Q_UNUSED(scopes)
    auto *reply = new TokenReply;
    if (!needsRefresh()) {
        QTimer::singleShot(0, reply, [reply, token = d->cached] { reply->finishWithToken(token); });
        return reply;
    }
    d->waiting.append(reply);
    reply->setAbortHandler([this, reply] {
        d->waiting.removeOne(reply);
        if (d->waiting.isEmpty() && d->fetch) {
            // Nobody wants the token any more: stop the network work too.
            TokenReply *fetch = std::exchange(d->fetch, nullptr);
            fetch->disconnect(this);
            fetch->abort();
            fetch->deleteLater();
        }
    });
    // The reply may be deleted by its owner before it finishes.
    connect(reply, &QObject::destroyed, this, [this, reply] { d->waiting.removeOne(reply); });
    if (d->fetch)
        return reply;

    d->fetch = d->client->getToken();
    connect(d->fetch, &TokenReply::finished, this, [this] {
        TokenReply *fetch = std::exchange(d->fetch, nullptr);
        fetch->deleteLater();
        const auto waiting = guarded(std::exchange(d->waiting, {}));
        if (fetch->error() == Error::Code::NoError) {
            d->cached = fetch->accessToken();
            Q_EMIT tokenChanged(d->cached);
        } else {
            qCDebug(lcMrAuthCredential).noquote()
                << "fetch failed:" << fetch->errorInfo().toString();
            Q_EMIT fetchFailed(fetch->errorInfo());
        }
        // Like Azure.Core: a failed early refresh still hands out the cached token while it is
        // valid, so a passing STS hiccup inside the refresh margin does not break callers.
        const bool useCached = !d->cached.isExpiredAt(d->clock->currentDateTimeUtc());
        for (const QPointer<TokenReply> &waiter : waiting) {
            if (!waiter)
                continue;
            disconnect(waiter, &QObject::destroyed, this, nullptr);
            waiter->setAbortHandler(nullptr);
            waiter->setExchangeDetails(fetch->httpStatus(), fetch->requestCorrelationVector(),
                                       fetch->responseCorrelationVector());
            waiter->setAttempts(fetch->attempts());
            if (useCached)
                waiter->finishWithToken(d->cached);
            else
                waiter->finishWithError(fetch->errorInfo());
        }
    });
    return reply;
}

AccessToken MixedRealityTokenCredential::cachedToken() const
{
    return d->cached;
}

bool MixedRealityTokenCredential::needsRefresh() const
{
    if (d->cached.isNull())
        return true;
    return d->cached.isExpiredAt(d->clock->currentDateTimeUtc().addSecs(d->refreshMargin.count()));
}

bool MixedRealityTokenCredential::isFetching() const
{
    return d->fetch != nullptr;
}

void MixedRealityTokenCredential::invalidate()
{
    d->cached = AccessToken();
}

std::chrono::seconds MixedRealityTokenCredential::refreshMargin() const
{
    return d->refreshMargin;
}

void MixedRealityTokenCredential::setRefreshMargin(std::chrono::seconds margin)
{
    d->refreshMargin = margin;
}

Clock *MixedRealityTokenCredential::clock() const
{
    return d->clock;
}

void MixedRealityTokenCredential::setClock(Clock *clock)
{
    d->clock = clock ? clock : Clock::system();
}

} // namespace MrAuth
