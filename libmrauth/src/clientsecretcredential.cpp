#include <mrauth/clientsecretcredential.h>

#include "aadappcredential_p.h"
#include "secrets_p.h"

namespace MrAuth {

class ClientSecretCredentialPrivate
{
public:
    ClientSecretCredentialPrivate(const QString &tenantId, const QString &clientId,
                                  const QString &secret, const AzureCredentialOptions &options,
                                  QObject *owner)
        : app(
              tenantId, clientId, TenantUse::SingleTenant, options,
              [this](const QStringList &scopes) { return fetch(scopes); }, owner)
        , clientSecret(secret)
    {}

    TokenReply *fetch(const QStringList &scopes);

    AadAppCredential app;
    QString clientSecret;
};

TokenReply *ClientSecretCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    if (app.configurationError()) {
        finishLater(reply, app.configurationError());
        return reply;
    }
    const FormFields form = {
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_id"), app.clientId()},
        {QStringLiteral("client_secret"), clientSecret},
        {QStringLiteral("scope"), scopeParameter(scopes)},
    };
    AadRequest *request = postTokenRequest(
        app.http(), reply, app.endpoint(QStringLiteral("oauth2/v2.0/token")), form,
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
    : TokenCredential(parent)
    , d(std::make_unique<ClientSecretCredentialPrivate>(tenantId, clientId, clientSecret, options,
                                                        this))
{
    if (d->clientSecret.isEmpty()) {
        d->app.setConfigurationError(
            Error(Error::Code::InvalidArgument,
                  tr("The client secret is empty: copy the secret's value (not its ID) from the "
                     "app registration's Certificates & secrets page.")));
    }
}

ClientSecretCredential::~ClientSecretCredential()
{
    d->app.releaseCache();
    wipe(d->clientSecret);
}

QString ClientSecretCredential::tenantId() const
{
    return d->app.tenantId();
}

QString ClientSecretCredential::clientId() const
{
    return d->app.clientId();
}

Error ClientSecretCredential::configurationError() const
{
    return d->app.configurationError();
}

TokenReply *ClientSecretCredential::getToken(const QStringList &scopes)
{
    return d->app.getToken(scopes);
}

} // namespace MrAuth
