#pragma once

#include <mrauth/accesstoken.h>
#include <mrauth/clock.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <QPointer>

#include <chrono>
#include <memory>

namespace MrAuth {

class MixedRealityTokenCredentialPrivate;

//! A caching TokenCredential over a MixedRealityStsClient, for downstream service clients.
//!
//! Hands out the cached MR token until it is within refreshMargin() of expiry, then fetches a
//! new one. When that early refresh fails, callers still get the cached token while it is valid
//! (fetchFailed() reports the failure); once it has expired, they get the error. Concurrent
//! getToken() calls while a fetch is under way share that one fetch. Time comes from clock(), which
//! tests can replace.
class MRAUTH_EXPORT MixedRealityTokenCredential : public TokenCredential
{
    Q_OBJECT
public:
    //! Takes ownership of \a client (it becomes a child of the credential).
    explicit MixedRealityTokenCredential(MixedRealityStsClient *client, QObject *parent = nullptr);
    ~MixedRealityTokenCredential() override;

    MixedRealityStsClient *client() const;

    //! Returns the cached token or fetches one; \a scopes are ignored (the STS has none).
    TokenReply *getToken(const QStringList &scopes = {}) override;

    //! The cached token, possibly null or expired.
    AccessToken cachedToken() const;
    //! True when there is no cached token or it expires within refreshMargin().
    bool needsRefresh() const;
    //! True while a fetch is under way.
    bool isFetching() const;
    //! Drops the cached token (for example after a key rotation); the next call fetches.
    void invalidate();

    //! How long before expiry a token is refreshed. Default 5 minutes.
    std::chrono::seconds refreshMargin() const;
    void setRefreshMargin(std::chrono::seconds margin);

    //! The clock; not owned. Default Clock::system().
    Clock *clock() const;
    void setClock(Clock *clock);

Q_SIGNALS:
    //! A new token was fetched.
    void tokenChanged(const MrAuth::AccessToken &token);
    //! A fetch failed; the replies waiting on it finish with the same error, or with the cached
    //! token while that is still valid.
    void fetchFailed(const MrAuth::Error &error);

private:
    std::unique_ptr<MixedRealityTokenCredentialPrivate> d;
};

} // namespace MrAuth
