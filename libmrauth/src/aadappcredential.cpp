#include "aadappcredential_p.h"

#include "secrets_p.h"

namespace MrAuth {

AadAppCredential::AadAppCredential(const QString &tenantId, const QString &clientId,
                                   TenantUse tenantUse, const AzureCredentialOptions &options,
                                   AadTokenCache::Fetcher fetch, QObject *owner)
    : m_http(options, owner), m_tenantId(tenantId.trimmed()), m_clientId(clientId.trimmed())
{
    setConfigurationError(validateTenantId(m_tenantId, tenantUse));
    setConfigurationError(validateClientId(m_clientId));
    setConfigurationError(m_http.authorityError());
    m_cache = new AadTokenCache(std::move(fetch), owner);
    m_cache->setClock(m_http.clock());
    m_cache->setRefreshMargin(options.refreshMargin);
}

AadAppCredential::~AadAppCredential()
{
    wipe(m_refreshToken);
}

void AadAppCredential::setConfigurationError(const Error &error)
{
    if (!m_configurationError)
        m_configurationError = error;
}

QUrl AadAppCredential::endpoint(const QString &path) const
{
    return aadEndpointUrl(m_http.authorityHost(), m_tenantId, path);
}

void AadAppCredential::releaseCache()
{
    delete m_cache;
    m_cache = nullptr;
}

bool AadAppCredential::replaceRefreshToken(const QString &token)
{
    if (token == m_refreshToken)
        return false;
    wipe(m_refreshToken);
    m_refreshToken = token;
    return true;
}

} // namespace MrAuth
