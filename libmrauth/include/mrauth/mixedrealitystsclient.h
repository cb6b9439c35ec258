#pragma once

#include <mrauth/accesstoken.h>
#include <mrauth/accountkeycredential.h>
#include <mrauth/error.h>
#include <mrauth/mixedrealitystsclientoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>
#include <mrauth/tokenreply.h>

#include <QObject>
#include <QUrl>

#include <memory>

namespace MrAuth {

class MixedRealityStsClientPrivate;

//! Exchanges account credentials for a Mixed Reality access token at the STS.
//!
//! `GET {endpoint}/Accounts/{accountId}/token?api-version=…` with the credential as bearer.
//! Every call to getToken() is a new exchange (no caching: wrap the client in a
//! MixedRealityTokenCredential for that). Lives in, and is used from, one thread.
class MRAUTH_EXPORT MixedRealityStsClient : public QObject
{
    Q_OBJECT
public:
    //! A client that authenticates with an account key. \a accountId must be a GUID (sent in
    //! lower case); \a accountDomain e.g. `eastus.mixedreality.azure.com`. Invalid arguments do
    //! not throw: configurationError() says what is wrong and getToken() fails with it.
    MixedRealityStsClient(const QString &accountId, const QString &accountDomain,
                          std::shared_ptr<AccountKeyCredential> keyCredential,
                          const MixedRealityStsClientOptions &options = {},
                          QObject *parent = nullptr);
    //! A client that authenticates with any TokenCredential, such as an Azure AD credential
    //! (asked for MixedRealityStsClientOptions::aadScopes) or a MixedRealityAccountKeyCredential.
    MixedRealityStsClient(const QString &accountId, const QString &accountDomain,
                          std::shared_ptr<TokenCredential> credential,
                          const MixedRealityStsClientOptions &options = {},
                          QObject *parent = nullptr);
    ~MixedRealityStsClient() override;

    QString accountId() const;
    QString accountDomain() const;
    //! The STS endpoint in use (custom or `https://sts.{accountDomain}`); invalid when the
    //! configuration is.
    QUrl endpointUrl() const;
    //! The full token URL requests go to.
    QUrl tokenUrl() const;
    //! Why the client cannot be used, or an empty error.
    Error configurationError() const;
    bool isValid() const { return !configurationError().isError(); }
    MixedRealityStsClientOptions options() const;

    //! Starts an exchange. The caller owns the reply.
    TokenReply *getToken();

    //! Runs an exchange to its end in a local event loop and returns the token; on failure
    //! returns a null token and sets \a error. For programs without their own event loop:
    //! never call it from a GUI thread.
    AccessToken getTokenBlocking(Error *error = nullptr);

    //! The default User-Agent, e.g. `mrauth/1.0.0 Qt/6.4.2 (Debian GNU/Linux 12)`.
    static QString defaultUserAgent();

private:
    std::unique_ptr<MixedRealityStsClientPrivate> d;
};

} // namespace MrAuth
