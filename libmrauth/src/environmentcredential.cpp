#include <mrauth/clientsecretcredential.h>
#include <mrauth/environmentcredential.h>

#include "aadrequest_p.h"
#include "secrets_p.h"

namespace MrAuth {

class EnvironmentCredentialPrivate
{
public:
    QStringList missing;
    ClientSecretCredential *inner = nullptr;
};

EnvironmentCredential::EnvironmentCredential(const AzureCredentialOptions &options, QObject *parent)
    : TokenCredential(parent), d(std::make_unique<EnvironmentCredentialPrivate>())
{
    const QString tenantId = qEnvironmentVariable("AZURE_TENANT_ID").trimmed();
    const QString clientId = qEnvironmentVariable("AZURE_CLIENT_ID").trimmed();
    QString clientSecret = qEnvironmentVariable("AZURE_CLIENT_SECRET");
    const QString authorityHost = qEnvironmentVariable("AZURE_AUTHORITY_HOST").trimmed();
    if (tenantId.isEmpty())
        d->missing << QStringLiteral("AZURE_TENANT_ID");
    if (clientId.isEmpty())
        d->missing << QStringLiteral("AZURE_CLIENT_ID");
    if (clientSecret.isEmpty())
        d->missing << QStringLiteral("AZURE_CLIENT_SECRET");
    if (!d->missing.isEmpty()) {
        wipe(clientSecret);
        return;
    }
    AzureCredentialOptions innerOptions = options;
    if (!authorityHost.isEmpty()) {
        // Often written as a bare host ("login.microsoftonline.us"): https is implied.
        innerOptions.authorityHost = QUrl(authorityHost.contains(QStringLiteral("://"))
                                              ? authorityHost
                                              : QStringLiteral("https://") + authorityHost);
    }
    d->inner = new ClientSecretCredential(tenantId, clientId, clientSecret, innerOptions, this);
    wipe(clientSecret);
}

EnvironmentCredential::~EnvironmentCredential() = default;

bool EnvironmentCredential::isConfigured() const
{
    return d->inner != nullptr;
}

QStringList EnvironmentCredential::missingVariables() const
{
    return d->missing;
}

TokenReply *EnvironmentCredential::getToken(const QStringList &scopes)
{
    if (d->inner)
        return d->inner->getToken(scopes);
    auto *reply = new TokenReply;
    finishLater(reply, Error(Error::Code::CredentialUnavailable,
                             tr("The environment does not describe a service principal: %1 not "
                                "set.")
                                 .arg(d->missing.join(QStringLiteral(", ")))));
    return reply;
}

} // namespace MrAuth
