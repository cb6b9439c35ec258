#pragma once

#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "aadtokencache_p.h"

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/error.h>

#include <QString>

namespace MrAuth {

//! What the credentials of one app registration share (client secret, device code, interactive
//! browser): the tenant and client checked once, the HTTP context, the per-scope token cache,
//! and for the user sign-ins the refresh token.
class AadAppCredential
{
public:
    //! Checks \a tenantId, \a clientId and the options' authority host (configurationError()
    //! holds the first problem), and caches the tokens that \a fetch gets, as a child of
    //! \a owner.
    AadAppCredential(const QString &tenantId, const QString &clientId, TenantUse tenantUse,
                     const AzureCredentialOptions &options, AadTokenCache::Fetcher fetch,
                     QObject *owner);
    //! Wipes the refresh token. The owner deletes the cache first (see releaseCache()).
    ~AadAppCredential();

    AadAppCredential(const AadAppCredential &) = delete;
    AadAppCredential &operator=(const AadAppCredential &) = delete;

    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    Error configurationError() const { return m_configurationError; }
    //! Keeps the first configuration problem only.
    void setConfigurationError(const Error &error);

    const AadHttpContext &http() const { return m_http; }
    //! Azure AD's endpoint \a path ("oauth2/v2.0/token") in this credential's tenant.
    QUrl endpoint(const QString &path) const;
    TokenReply *getToken(const QStringList &scopes) { return m_cache->getToken(scopes); }
    //! Ends the replies waiting in the cache while the credential they call back still exists.
    void releaseCache();

    QString refreshToken() const { return m_refreshToken; }
    //! Replaces the refresh token, wiping the old one; true when it changed.
    bool replaceRefreshToken(const QString &token);

private:
    AadHttpContext m_http;
    QString m_tenantId;
    QString m_clientId;
    Error m_configurationError;
    AadTokenCache *m_cache = nullptr;
    QString m_refreshToken;
};

} // namespace MrAuth
