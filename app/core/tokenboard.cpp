#include "tokenboard.h"

#include "accountstore.h"
#include "requestlog.h"
#include "secretstore.h"

#include <mrauth/tokenreply.h>

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <memory>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcTokenBoard, "mrauth.app.board")

namespace {

// Auto-refresh after a failure waits 30 s, then doubles up to 15 minutes.
qint64 autoRetryDelaySeconds(int failures)
{
    const qint64 delay = 30LL << qMin(failures - 1, 5);
    return qMin<qint64>(delay, 15 * 60);
}

QByteArray digestOf(const AccountConnection::Secrets &secrets)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The UTF-8 copies are secrets too: overwrite them before they are released.
    QByteArray key = secrets.accountKey.toUtf8();
    hash.addData(key);
    key.fill('\0');
    hash.addData("\n");
    QByteArray clientSecret = secrets.clientSecret.toUtf8();
    hash.addData(clientSecret);
    clientSecret.fill('\0');
    return hash.result();
}

void wipe(AccountConnection::Secrets &secrets)
{
    secrets.accountKey.fill(u'\0');
    secrets.clientSecret.fill(u'\0');
    secrets.refreshToken.fill(u'\0');
}

} // namespace

TokenBoard::TokenBoard(AccountStore *accounts, SecretStore *secrets, RequestLog *log,
                       QObject *parent)
    : QObject(parent), m_accounts(accounts), m_secrets(secrets), m_log(log)
{
    qRegisterMetaType<AccessToken>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<DeviceCodeInfo>();
    connect(accounts, &AccountStore::accountsReset, this, &TokenBoard::resetFromStore);
    connect(accounts, &AccountStore::accountAdded, this, &TokenBoard::onAccountAdded);
    connect(accounts, &AccountStore::accountChanged, this, &TokenBoard::onAccountChanged);
    connect(accounts, &AccountStore::accountRemoved, this, &TokenBoard::onAccountRemoved);
    resetFromStore();

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TokenBoard::tick);
    m_ticker.start();
}

TokenBoard::~TokenBoard()
{
    for (Slot &slot : m_slots) {
        if (slot.reply) {
            slot.reply->disconnect(this);
            delete slot.reply;
        }
    }
}

void TokenBoard::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void TokenBoard::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_connectionOptions.clock = m_clock;
    for (Slot &slot : m_slots) {
        if (slot.connection && slot.connection->credential())
            slot.connection->credential()->setClock(m_clock);
    }
}

void TokenBoard::setExpiringSoonThreshold(std::chrono::seconds threshold)
{
    m_expiringSoonThreshold = threshold;
    Q_EMIT ticked();
}

void TokenBoard::setAutoRefreshMargin(std::chrono::seconds margin)
{
    m_connectionOptions.refreshMargin = margin;
    for (Slot &slot : m_slots) {
        if (slot.connection && slot.connection->credential())
            slot.connection->credential()->setRefreshMargin(margin);
    }
}

void TokenBoard::setAutoRefreshEnabled(bool enabled)
{
    m_autoRefreshEnabled = enabled;
}

void TokenBoard::setConnectionOptions(const AccountConnection::Options &options)
{
    m_connectionOptions = options;
    m_connectionOptions.clock = m_clock;
    // Rebuilt on the next fetch, so that new network settings apply.
    for (Slot &slot : m_slots)
        slot.connectionSecretsDigest.clear();
}

void TokenBoard::setTicking(bool on)
{
    if (on)
        m_ticker.start();
    else
        m_ticker.stop();
}

TokenEntry TokenBoard::entry(const QUuid &account) const
{
    return m_slots.value(account).entry;
}

TokenEntry::State TokenBoard::stateOf(const QUuid &account) const
{
    return entry(account).stateAt(now(), m_expiringSoonThreshold);
}

void TokenBoard::fetch(const QUuid &account)
{
    start(account, false, Trigger::User);
}

void TokenBoard::refresh(const QUuid &account)
{
    start(account, true, Trigger::User);
}

void TokenBoard::refreshAll()
{
    const QList<QUuid> order = m_order;
    for (const QUuid &account : order)
        refresh(account);
}

void TokenBoard::cancel(const QUuid &account)
{
    Slot *slot = slotOf(account);
    if (!slot || !slot->entry.fetching)
        return;
    if (slot->reply) {
        // Finishes synchronously with Canceled; onReplyFinished() records it.
        slot->reply->abort();
        return;
    }
    // Still reading secrets: forget that fetch.
    ++slot->generation;
    slot->entry.fetching = false;
    notifyChanged(account);
}

void TokenBoard::tick()
{
    if (m_autoRefreshEnabled) {
        const QDateTime current = now();
        const QList<QUuid> order = m_order;
        for (const QUuid &account : order) {
            Slot *slot = slotOf(account);
            if (!slot || slot->entry.fetching || !slot->entry.account.isAutoRefresh())
                continue;
            if (slot->nextAutoAttempt.isValid() && current < slot->nextAutoAttempt)
                continue;
            AccountConnection *connection = slot->connection;
            if (connection && connection->credential()) {
                if (connection->credential()->needsRefresh())
                    start(account, false, Trigger::Auto);
            } else if (!slot->entry.account.usesAzureAd() ||
                       slot->entry.account.authMode() == Account::AuthMode::ClientSecret ||
                       slot->entry.account.authMode() == Account::AuthMode::AzureCli) {
                // The first token, for sign-ins that never need the user.
                start(account, false, Trigger::Auto);
            }
        }
    }
    Q_EMIT ticked();
}

void TokenBoard::resetFromStore()
{
    Q_EMIT aboutToReset();
    for (Slot &slot : m_slots)
        dropConnection(&slot);
    m_slots.clear();
    m_order.clear();
    const QList<Account> accounts = m_accounts->accounts();
    for (const Account &account : accounts) {
        Slot slot;
        slot.entry.account = account;
        m_slots.insert(account.uuid(), slot);
        m_order.append(account.uuid());
    }
    Q_EMIT resetDone();
}

void TokenBoard::onAccountAdded(const QUuid &account)
{
    if (m_slots.contains(account))
        return;
    // Keep the store's order.
    const int storeIndex = m_accounts->indexOf(account);
    int row = int(m_order.size());
    for (int i = 0; i < m_order.size(); ++i) {
        if (m_accounts->indexOf(m_order.at(i)) > storeIndex) {
            row = i;
            break;
        }
    }
    Q_EMIT entryAboutToBeInserted(row);
    Slot slot;
    slot.entry.account = m_accounts->account(account);
    m_slots.insert(account, slot);
    m_order.insert(row, account);
    Q_EMIT entryInserted(row);
}

void TokenBoard::onAccountChanged(const QUuid &account)
{
    Slot *slot = slotOf(account);
    if (!slot)
        return;
    const Account updated = m_accounts->account(account);
    if (!updated.sameConnectionAs(slot->entry.account)) {
        // Another account, another key or another STS: the old token is not its token.
        dropConnection(slot);
        ++slot->generation;
        slot->entry.token = AccessToken();
        slot->entry.error = Error();
        slot->entry.fetching = false;
        slot->entry.lastRefresh = QDateTime();
        slot->autoFailures = 0;
        slot->nextAutoAttempt = QDateTime();
    }
    slot->entry.account = updated;
    notifyChanged(account);
}

void TokenBoard::onAccountRemoved(const QUuid &account)
{
    const int row = rowOf(account);
    if (row < 0)
        return;
    Q_EMIT entryAboutToBeRemoved(row);
    Slot *slot = slotOf(account);
    dropConnection(slot);
    m_slots.remove(account);
    m_order.removeAt(row);
    Q_EMIT entryRemoved(row);
}

TokenBoard::Slot *TokenBoard::slotOf(const QUuid &account)
{
    const auto it = m_slots.find(account);
    return it == m_slots.end() ? nullptr : &*it;
}

void TokenBoard::notifyChanged(const QUuid &account)
{
    const int row = rowOf(account);
    if (row >= 0)
        Q_EMIT entryChanged(row);
}

void TokenBoard::dropConnection(Slot *slot)
{
    if (!slot)
        return;
    if (slot->reply) {
        TokenReply *reply = slot->reply;
        slot->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (slot->connection) {
        slot->connection->disconnect(this);
        slot->connection->deleteLater();
        slot->connection = nullptr;
    }
    slot->connectionSecretsDigest.clear();
}

void TokenBoard::start(const QUuid &account, bool force, Trigger trigger)
{
    Slot *slot = slotOf(account);
    if (!slot || slot->entry.fetching)
        return;
    slot->trigger = trigger;
    slot->entry.fetching = true;
    if (trigger == Trigger::User)
        slot->entry.error = Error();
    const quint64 generation = ++slot->generation;
    notifyChanged(account);

    // Auto-refresh through a working connection needs no secrets: the credential holds them.
    if (trigger == Trigger::Auto && slot->connection && slot->connection->credential()) {
        requestToken(account, false);
        return;
    }
    readSecrets(account, generation,
                [this, account, generation, force](const AccountConnection::Secrets &secrets) {
                    continueWithSecrets(account, generation, force, secrets);
                });
}

void TokenBoard::readSecrets(const QUuid &account, quint64 generation,
                             const std::function<void(const AccountConnection::Secrets &)> &done)
{
    const Account metadata = entry(account).account;
    if (!m_secrets) {
        failFetch(account, Error(Error::Code::CredentialUnavailable, tr("No secret store.")));
        return;
    }
    struct Pending
    {
        QList<SecretKind> required;
        QList<SecretKind> optional;
        AccountConnection::Secrets secrets;
        int remaining = 0;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->required = AccountConnection::requiredSecrets(metadata);
    pending->optional = AccountConnection::optionalSecrets(metadata);
    pending->remaining = int(pending->required.size() + pending->optional.size());
    if (pending->remaining == 0) {
        done(pending->secrets);
        return;
    }
    const QList<SecretKind> kinds = pending->required + pending->optional;
    for (SecretKind kind : kinds) {
        SecretJob *job = m_secrets->readSecret(account, kind);
        connect(
            job, &SecretJob::finished, this,
            [this, account, generation, kind, pending, done, metadata](SecretJob *finished) {
                --pending->remaining;
                if (pending->failed)
                    return;
                const Slot *slot = slotOf(account);
                if (!slot || slot->generation != generation) {
                    pending->failed = true; // cancelled or removed meanwhile
                    wipe(pending->secrets);
                    return;
                }
                const SecretError error = finished->error();
                const bool required = pending->required.contains(kind);
                if (error.isError() && (required || error.code() != SecretError::Code::NotFound)) {
                    pending->failed = true;
                    wipe(pending->secrets);
                    if (error.code() == SecretError::Code::NotFound) {
                        failFetch(
                            account,
                            Error(Error::Code::CredentialUnavailable,
                                  tr("No %1 is stored for \"%2\". Edit the account to "
                                     "enter it.")
                                      .arg(secretKindDisplayName(kind), metadata.displayName())));
                    } else {
                        if (error.isRetryable())
                            Q_EMIT secretStoreUnavailable(error);
                        failFetch(account,
                                  Error(Error::Code::CredentialUnavailable, error.message()));
                    }
                    return;
                }
                switch (kind) {
                case SecretKind::PrimaryKey:
                case SecretKind::SecondaryKey:
                    pending->secrets.accountKey = finished->secret();
                    break;
                case SecretKind::ClientSecret:
                    pending->secrets.clientSecret = finished->secret();
                    break;
                case SecretKind::RefreshToken:
                    pending->secrets.refreshToken = finished->secret();
                    break;
                }
                if (pending->remaining == 0) {
                    done(pending->secrets);
                    wipe(pending->secrets);
                }
            });
    }
}

void TokenBoard::continueWithSecrets(const QUuid &account, quint64 generation, bool force,
                                     const AccountConnection::Secrets &secrets)
{
    Slot *slot = slotOf(account);
    if (!slot || slot->generation != generation)
        return;
    const QByteArray digest = digestOf(secrets);
    if (!slot->connection || slot->connectionSecretsDigest != digest) {
        dropConnection(slot);
        auto *connection =
            new AccountConnection(slot->entry.account, secrets, m_connectionOptions, this);
        slot->connection = connection;
        slot->connectionSecretsDigest = digest;
        connect(connection, &AccountConnection::deviceCodeReceived, this,
                [this, account](const DeviceCodeInfo &info) {
                    Q_EMIT deviceCodeReceived(account, info);
                });
        connect(connection, &AccountConnection::browserSignInStarted, this,
                [this, account](const QUrl &url) { Q_EMIT browserSignInStarted(account, url); });
        connect(connection, &AccountConnection::refreshTokenChanged, this,
                [this, account](const QString &refreshToken) {
                    if (m_secrets && m_slots.contains(account))
                        m_secrets->writeSecret(account, SecretKind::RefreshToken, refreshToken);
                });
    }
    if (slot->connection->configurationError()) {
        const Error error = slot->connection->configurationError();
        dropConnection(slot);
        failFetch(account, error);
        return;
    }
    requestToken(account, force);
}

void TokenBoard::requestToken(const QUuid &account, bool force)
{
    Slot *slot = slotOf(account);
    MixedRealityTokenCredential *credential = slot->connection->credential();
    if (force)
        credential->invalidate();
    TokenReply *reply = credential->getToken();
    slot->reply = reply;
    slot->latency.start();
    const quint64 generation = slot->generation;
    connect(reply, &TokenReply::finished, this,
            [this, account, generation, reply] { onReplyFinished(account, generation, reply); });
}

void TokenBoard::onReplyFinished(const QUuid &account, quint64 generation, TokenReply *reply)
{
    reply->deleteLater();
    Slot *slot = slotOf(account);
    if (!slot || slot->generation != generation || slot->reply != reply)
        return;
    slot->reply = nullptr;
    slot->entry.fetching = false;
    const Error error = reply->errorInfo();
    const QDateTime current = now();

    // A request went out unless the credential answered from its cache.
    const bool requestSent = reply->attempts() > 0 || !reply->requestCorrelationVector().isEmpty();
    if (m_log && (requestSent || error.isError())) {
        const QString operation =
            slot->trigger == Trigger::Auto ? tr("auto-refresh") : tr("refresh");
        m_log->append(RequestLogEntry::fromResult(
            account, slot->entry.account.displayName(), operation, error, reply->httpStatus(),
            reply->requestCorrelationVector(), reply->responseCorrelationVector(),
            slot->latency.elapsed(), reply->attempts(), current));
    }

    if (!error.isError()) {
        const AccessToken token = reply->accessToken();
        if (requestSent || token != slot->entry.token)
            slot->entry.lastRefresh = current;
        slot->entry.token = token;
        slot->entry.error = Error();
        slot->autoFailures = 0;
        slot->nextAutoAttempt = QDateTime();
        notifyChanged(account);
        Q_EMIT tokenReceived(account, token);
        return;
    }
    if (error.code() == Error::Code::Canceled) {
        notifyChanged(account);
        return;
    }
    qCDebug(lcTokenBoard).noquote() << "fetch failed:" << error.toString();
    slot->entry.error = error;
    noteAutoFailure(slot);
    notifyChanged(account);
    Q_EMIT fetchFailed(account, error);
}

void TokenBoard::failFetch(const QUuid &account, const Error &error)
{
    Slot *slot = slotOf(account);
    if (!slot)
        return;
    slot->entry.fetching = false;
    slot->entry.error = error;
    noteAutoFailure(slot);
    notifyChanged(account);
    Q_EMIT fetchFailed(account, error);
}

void TokenBoard::noteAutoFailure(Slot *slot)
{
    ++slot->autoFailures;
    slot->nextAutoAttempt = now().addSecs(autoRetryDelaySeconds(slot->autoFailures));
}

} // namespace MrAuth
