#pragma once

#include <mrauth/accesstoken.h>
#include <mrauth/clock.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokenreply.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

namespace MrAuth {

//! The per-scope token cache of an Azure AD credential.
//!
//! getToken() answers from the cache while tokenNeedsRefresh() says no; otherwise it starts one
//! fetch per scope set through the fetcher, and every request for those scopes meanwhile waits
//! for that one fetch. When a refresh fails while the cached token is still valid, the waiting
//! requests get the cached token. When every waiting request is aborted or deleted, the fetch is
//! aborted too.
class MRAUTH_EXPORT AadTokenCache : public QObject
{
    Q_OBJECT
public:
    //! Starts fetching a token for \a scopes; the cache takes the returned reply.
    using Fetcher = std::function<TokenReply *(const QStringList &scopes)>;

    AadTokenCache(Fetcher fetcher, QObject *parent = nullptr);
    ~AadTokenCache() override;

    //! Not owned; null means Clock::system().
    void setClock(Clock *clock);
    void setRefreshMargin(std::chrono::seconds margin);

    //! A reply the caller owns; it finishes on a later event-loop turn.
    TokenReply *getToken(const QStringList &scopes);

    //! The cached token for \a scopes, possibly null or expired.
    AccessToken cachedToken(const QStringList &scopes) const;
    //! Drops every cached token (fetches under way continue).
    void clear();
    //! How many fetches were started (for tests of the refresh decision).
    int fetchCount() const { return m_fetchCount; }

private:
    struct Entry
    {
        AccessToken token;
        QDateTime obtainedOn;
        TokenReply *fetch = nullptr;
        QList<TokenReply *> waiting;
    };

    void onFetchFinished(const QString &key, TokenReply *fetch);
    void removeWaiter(const QString &key, TokenReply *reply);

    Fetcher m_fetcher;
    Clock *m_clock = nullptr;
    std::chrono::seconds m_refreshMargin{300};
    QHash<QString, Entry> m_entries;
    int m_fetchCount = 0;
};

} // namespace MrAuth
