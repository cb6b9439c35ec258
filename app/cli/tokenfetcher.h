#pragma once

#include "accountconnection.h"
#include "tokenresult.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace MrAuth {

class DeviceCodeInfo;
class SecretBatch;
class SecretStore;
class TokenReply;

//! Gets one token for `mrauth token`: reads the account's secrets from the keychain (stored
//! accounts) or takes the ones given (ad-hoc accounts), builds the app's AccountConnection and
//! asks its credential, then holds the TokenResult. A new refresh token from a user sign-in
//! is written back to the keychain before finished(). Lives in one thread.
class TokenFetcher : public QObject
{
    Q_OBJECT
public:
    //! \a name is the stored account's name (empty for ad hoc). With a \a store the secrets
    //! are read from it; without, \a secrets are used as given.
    TokenFetcher(const Account &account, const QString &name, SecretStore *store,
                 const AccountConnection::Secrets &secrets,
                 const AccountConnection::Options &options, QObject *parent = nullptr);
    ~TokenFetcher() override;

    void start();
    //! Ends the fetch now with a Timeout error (the whole-command --timeout ran out).
    void abortForTimeout(qint64 timeoutMs);
    bool isFinished() const { return m_finished; }
    TokenResult result() const { return m_result; }

Q_SIGNALS:
    void finished();
    void deviceCodeReceived(const MrAuth::DeviceCodeInfo &info);
    void browserSignInStarted(const QUrl &url);

private:
    void onSecretsRead();
    void requestToken();
    void onReplyFinished();
    void fail(const CliError &error);
    void finishIfDone();
    QString timeoutMessage() const;
    CliError::AccountContext context() const;

    Account m_account;
    SecretStore *m_store = nullptr;
    AccountConnection::Secrets m_secrets;
    AccountConnection::Options m_options;
    std::unique_ptr<AccountConnection> m_connection;
    QPointer<SecretBatch> m_reads;
    QPointer<TokenReply> m_reply;
    int m_pendingWrites = 0;
    bool m_replyDone = false;
    bool m_finished = false;
    bool m_timedOut = false;
    qint64 m_timeoutMs = 0;
    Error m_lastRetryReason;
    TokenResult m_result;
};

} // namespace MrAuth
