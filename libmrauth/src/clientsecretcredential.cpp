#include <mrauth/clientsecretcredential.h>

#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "aadtokencache_p.h"
#include "secrets_p.h"

namespace MrAuth {

class ClientSecretCredentialPrivate
{
public:
    ClientSecretCredentialPrivate(const AzureCredentialOptions &options, QObject *owner)
        : http(options, owner)
    {}

    TokenReply *fetch(const QStringList &scopes);

    AadHttpContext http;
    QString tenantId;
    QString clientId;
    QString clientSecret;
    Error configurationError;
    AadTokenCache *cache = nullptr;
};

TokenReply *ClientSecretCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    if (configurationError) {
        finishLater(reply, configurationError);
        return reply;
    }
    const FormFields form = {
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_secret"), clientSecret},
        {QStringLiteral("scope"), scopeParameter(scopes)},
    };
    AadRequest *request = postTokenRequest(
        http, reply,
        aadEndpointUrl(http.authorityHost(), tenantId, QStringLiteral("oauth2/v2.0/token")), form,
        [reply](const AadTokenResponse &response, const Error &error, const QString &) {
            if (error)
                reply->finishWithError(error);
            else
                reply->finishWithToken(response.accessToken);
        },
        reply);
    reply->setAbortHandler([request] { request->abort(); });
    return reply;
}

ClientSecretCredential::ClientSecretCredential(const QString &tenantId, const QString &clientId,
                                               const QString &clientSecret,
                                               const AzureCredentialOptions &options,
                                               QObject *parent)
    : TokenCredential(parent), d(std::make_unique<ClientSecretCredentialPrivate>(options, this))
{
    d->tenantId = tenantId.trimmed();
    d->clientId = clientId.trimmed();
    d->clientSecret = clientSecret;
    d->configurationError = validateTenantId(d->tenantId, TenantUse::SingleTenant);
    if (!d->configurationError)
        d->configurationError = validateClientId(d->clientId);
    if (!d->configurationError && d->clientSecret.isEmpty()) {
        d->configurationError =
            Error(Error::Code::InvalidArgument,
                  tr("The client secret is empty: copy the secret's value (not its ID) from the "
                     "app registration's Certificates & secrets page."));
    }
    if (!d->configurationError)
        d->configurationError = d->http.authorityError();
    d->cache =
        new AadTokenCache([this](const QStringList &scopes) { return d->fetch(scopes); }, this);
    d->cache->setClock(d->http.clock());
    d->cache->setRefreshMargin(options.refreshMargin);
}

ClientSecretCredential::~ClientSecretCredential()
{
    // The cache ends waiting replies; it must go while d is still there.
    delete d->cache;
    wipe(d->clientSecret);
}

QString ClientSecretCredential::tenantId() const
{
    return d->tenantId;
}

QString ClientSecretCredential::clientId() const
{
    return d->clientId;
}

Error ClientSecretCredential::configurationError() const
{
    return d->configurationError;
}

TokenReply *ClientSecretCredential::getToken(const QStringList &scopes)
{
    return d->cache->getToken(scopes);
}

} // namespace MrAuth
