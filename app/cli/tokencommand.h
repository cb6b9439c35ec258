#pragma once

#include "accountconnection.h"
#include "tokenrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace MrAuth {

class AccountStore;
class ClipboardSession;
class SecretStore;
class TokenFetcher;

//! Runs `mrauth token`: one stored account, every stored account concurrently (`--all`), or
//! an ad-hoc account; prints the result in the asked format or copies it, and ends with the
//! exit code of the contract. Lives in the main thread.
class TokenCommand : public QObject
{
    Q_OBJECT
public:
    TokenCommand(const TokenRequest &request, bool quiet, QObject *parent = nullptr);
    ~TokenCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool prepareOptions();
    bool loadAccounts();
    void startStored();
    void startAll();
    void startAdHoc();
    TokenFetcher *addFetcher(const Account &account, const QString &name, SecretStore *store,
                             const AccountConnection::Secrets &secrets);
    void onFetcherFinished();
    void finishSingle(const TokenResult &result);
    void finishAll();
    void fail(const CliError &error);
    void finish(ExitCode code);
    void notice(const QString &text);

    TokenRequest m_request;
    bool m_quiet = false;
    AccountConnection::Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SecretStore> m_secrets;
    QList<TokenFetcher *> m_fetchers;
    std::unique_ptr<ClipboardSession> m_clipboard;
    QTimer m_deadline;
    bool m_finished = false;
};

} // namespace MrAuth
