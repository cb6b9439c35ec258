#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

class ClientSecretCredentialPrivate;

//! A service principal signing in with a client secret (OAuth 2.0 client credentials).
//!
//! `POST {authorityHost}/{tenantId}/oauth2/v2.0/token` with `grant_type=client_credentials`.
//! Tokens are cached per scope. The secret is sent only in the form body: never in a URL, log
//! line or error text. Lives in, and is used from, one thread.
class MRAUTH_EXPORT ClientSecretCredential : public TokenCredential
{
    Q_OBJECT
public:
    //! \a tenantId is the directory's GUID or domain (not `common`, `organizations` or
    //! `consumers`: client credentials need one tenant); \a clientId the application's GUID.
    //! Invalid arguments do not throw: getToken() fails with Error::Code::InvalidArgument.
    ClientSecretCredential(const QString &tenantId, const QString &clientId,
                           const QString &clientSecret, const AzureCredentialOptions &options = {},
                           QObject *parent = nullptr);
    ~ClientSecretCredential() override;

    QString tenantId() const;
    QString clientId() const;
    //! Why the credential cannot be used, or an empty error.
    Error configurationError() const;

    //! A token for \a scopes, which for client credentials is one `…/.default` scope, e.g.
    //! MixedRealityStsClientOptions::defaultAadScope().
    TokenReply *getToken(const QStringList &scopes) override;

private:
    std::unique_ptr<ClientSecretCredentialPrivate> d;
};

} // namespace MrAuth
