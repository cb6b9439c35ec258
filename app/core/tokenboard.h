#pragma once

#include "accountconnection.h"
#include "accountstore.h"
#include "requestlog.h"
#include "secreterror.h"
#include "secretstore.h"
#include "tokenentry.h"

#include <mrauth/clock.h>
#include <mrauth/devicecodeinfo.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <functional>

namespace MrAuth {

class TokenReply;

//! The live tokens of every account in an AccountStore, in the store's order.
//!
//! Fetches read the account's secrets from the SecretStore and go through one
//! AccountConnection (a caching MixedRealityTokenCredential) per account. One timer ticks once
//! a second for every countdown (ticked()); on each tick, accounts with auto-refresh get a new
//! token once the credential says it is due (its refresh margin before expiry), failures
//! backing off. Time comes from clock(), which tests replace. Every request is recorded in the
//! RequestLog. Lives in one thread.
class TokenBoard : public QObject
{
    Q_OBJECT
public:
    TokenBoard(AccountStore *accounts, SecretStore *secrets, RequestLog *log = nullptr,
               QObject *parent = nullptr);
    ~TokenBoard() override;

    AccountStore *accountStore() const { return m_accounts; }
    SecretStore *secretStore() const { return m_secrets; }
    //! Replaces the secret store (demo mode picks one once it knows whether a keychain works).
    void setSecretStore(SecretStore *secrets);

    //! The clock; not owned. Default Clock::system().
    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);
    QDateTime now() const { return m_clock->currentDateTimeUtc(); }

    //! Tokens that expire within this are "expiring soon". Default 1 hour.
    std::chrono::seconds expiringSoonThreshold() const { return m_expiringSoonThreshold; }
    void setExpiringSoonThreshold(std::chrono::seconds threshold);
    //! How long before expiry auto-refresh gets a new token. Default 5 minutes.
    std::chrono::seconds autoRefreshMargin() const { return m_connectionOptions.refreshMargin; }
    void setAutoRefreshMargin(std::chrono::seconds margin);
    //! Switches auto-refresh off for every account (default on; each account has its own too).
    bool isAutoRefreshEnabled() const { return m_autoRefreshEnabled; }
    void setAutoRefreshEnabled(bool enabled);
    //! Options of every connection (network access manager, retries, timeouts, TLS). Existing
    //! connections are rebuilt on their next fetch.
    AccountConnection::Options connectionOptions() const { return m_connectionOptions; }
    void setConnectionOptions(const AccountConnection::Options &options);

    //! Whether the one-second timer runs (default on). Tests switch it off and call tick().
    bool isTicking() const { return m_ticker.isActive(); }
    void setTicking(bool on);

    int count() const { return int(m_order.size()); }
    QUuid accountAt(int row) const { return m_order.value(row); }
    int rowOf(const QUuid &account) const { return int(m_order.indexOf(account)); }
    //! The entry of \a account (a default entry when unknown).
    TokenEntry entry(const QUuid &account) const;
    TokenEntry entryAt(int row) const { return entry(accountAt(row)); }
    TokenEntry::State stateOf(const QUuid &account) const;

public Q_SLOTS:
    //! Gets a token unless the cached one is still good (no request then).
    void fetch(const QUuid &account);
    //! Gets a new token even when the cached one is good.
    void refresh(const QUuid &account);
    //! Refreshes every account that is not fetching.
    void refreshAll();
    //! Stops a running fetch; the previous token (if any) stays.
    void cancel(const QUuid &account);
    //! Advances every countdown and starts due auto-refreshes. Called by the timer each second.
    void tick();

Q_SIGNALS:
    void entryAboutToBeInserted(int row);
    void entryInserted(int row);
    void entryAboutToBeRemoved(int row);
    void entryRemoved(int row);
    //! The entry's token, error, fetching flag or account changed.
    void entryChanged(int row);
    void aboutToReset();
    void resetDone();
    //! One second passed: countdowns and states derived from time changed.
    void ticked();

    void tokenReceived(const QUuid &account, const MrAuth::AccessToken &token);
    void fetchFailed(const QUuid &account, const MrAuth::Error &error);
    //! Reading a secret found the secret store unreachable or locked.
    void secretStoreUnavailable(const MrAuth::SecretError &error);
    //! An Azure AD device-code sign-in for \a account waits for the user.
    void deviceCodeReceived(const QUuid &account, const MrAuth::DeviceCodeInfo &info);
    //! An Azure AD browser sign-in for \a account was started at \a url.
    void browserSignInStarted(const QUuid &account, const QUrl &url);

private:
    enum class Trigger { User, Auto };
    struct Slot
    {
        TokenEntry entry;
        QPointer<AccountConnection> connection;
        QByteArray connectionSecretsDigest;
        QPointer<TokenReply> reply;
        quint64 generation = 0;
        Trigger trigger = Trigger::User;
        QElapsedTimer latency;
        int autoFailures = 0;
        QDateTime nextAutoAttempt;
    };

    void resetFromStore();
    void onAccountAdded(const QUuid &account);
    void onAccountChanged(const QUuid &account);
    void onAccountRemoved(const QUuid &account);
    Slot *slotOf(const QUuid &account);
    void notifyChanged(const QUuid &account);
    void dropConnection(Slot *slot);

    void start(const QUuid &account, bool force, Trigger trigger);
    void readSecrets(const QUuid &account, quint64 generation,
                     const std::function<void(const AccountConnection::Secrets &)> &done);
    void continueWithSecrets(const QUuid &account, quint64 generation, bool force,
                             const AccountConnection::Secrets &secrets);
    void requestToken(const QUuid &account, bool force);
    void onReplyFinished(const QUuid &account, quint64 generation, TokenReply *reply);
    void failFetch(const QUuid &account, const Error &error);
    void noteAutoFailure(Slot *slot);

    QPointer<AccountStore> m_accounts;
    QPointer<SecretStore> m_secrets;
    QPointer<RequestLog> m_log;
    Clock *m_clock = Clock::system();
    std::chrono::seconds m_expiringSoonThreshold{3600};
    bool m_autoRefreshEnabled = true;
    AccountConnection::Options m_connectionOptions;
    QList<QUuid> m_order;
    QHash<QUuid, Slot> m_slots;
    QTimer m_ticker;
};

} // namespace MrAuth
