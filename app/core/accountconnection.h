#pragma once

#include "account.h"
#include "secretkind.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/clock.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/error.h>
#include <mrauth/mixedrealitystsclientoptions.h>
#include <mrauth/mixedrealitytokencredential.h>

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace MrAuth {

//! The live link between one Account and the STS: the library's credentials, built from the
//! account's metadata and its secrets, ending in a caching MixedRealityTokenCredential.
//!
//! Shared by the token board, the account dialog's connection test and the CLI. Lives in one
//! thread.
class AccountConnection : public QObject
{
    Q_OBJECT
public:
    //! The secrets a connection is built from; only those the account's mode needs are used.
    struct Secrets
    {
        QString accountKey;
        QString clientSecret;
        QString refreshToken;
    };

    //! What is the same for every account.
    struct Options
    {
        //! Base options of every STS client (network access manager, timeout, retries, TLS).
        //! The account's endpoint and CA file are added to them.
        MixedRealityStsClientOptions sts;
        //! Time for cache decisions; null: Clock::system().
        Clock *clock = nullptr;
        //! How long before expiry the cached token is replaced.
        std::chrono::seconds refreshMargin{300};
        //! Opens a URL in the browser for Azure AD browser sign-in; unset: the library default.
        std::function<bool(const QUrl &url)> openBrowser;
    };

    //! The secrets the account needs, in the order to read them: the chosen key for account
    //! keys, the client secret for client-secret sign-in, nothing otherwise.
    static QList<SecretKind> requiredSecrets(const Account &account);
    //! Secrets that help when present: the refresh token of user sign-ins.
    static QList<SecretKind> optionalSecrets(const Account &account);
    //! The TLS configuration for \a account: \a base (or the default) plus the certificates
    //! of the account's CA file. Sets \a error when the file holds none.
    static QSslConfiguration sslConfigurationFor(const Account &account,
                                                 const std::optional<QSslConfiguration> &base,
                                                 Error *error);

    AccountConnection(const Account &account, const Secrets &secrets, const Options &options,
                      QObject *parent = nullptr);
    ~AccountConnection() override;

    Account account() const { return m_account; }
    //! Why the connection cannot be used (then credential() is null), or an empty error.
    Error configurationError() const { return m_configurationError; }
    //! The caching credential that hands out MR tokens; owned by the connection.
    MixedRealityTokenCredential *credential() const { return m_credential; }
    //! True for sign-ins that may need the user (device code, browser).
    bool isInteractive() const;

    //! Replaces the account key (rotation): the next token is fetched with it.
    void setAccountKey(const QString &key);

Q_SIGNALS:
    //! A device-code sign-in needs the user to enter \a info's code at its URL.
    void deviceCodeReceived(const MrAuth::DeviceCodeInfo &info);
    //! A browser sign-in was started at \a url.
    void browserSignInStarted(const QUrl &url);
    //! Azure AD issued a new refresh token: keep it in the secret store.
    void refreshTokenChanged(const QString &refreshToken);

private:
    std::shared_ptr<TokenCredential> createAzureAdCredential(const Secrets &secrets,
                                                             const Options &options,
                                                             const QSslConfiguration &ssl);

    Account m_account;
    Error m_configurationError;
    std::shared_ptr<AccountKeyCredential> m_keyCredential;
    std::shared_ptr<TokenCredential> m_aadCredential;
    QPointer<MixedRealityTokenCredential> m_credential;
};

} // namespace MrAuth
