#include <mrauth/azureclicredential.h>
#include <mrauth/defaultazurecredential.h>
#include <mrauth/environmentcredential.h>
#include <mrauth/interactivebrowsercredential.h>
#include <mrauth/managedidentitycredential.h>

namespace MrAuth {

namespace {

QList<std::shared_ptr<TokenCredential>> linksFor(const DefaultAzureCredentialOptions &options)
{
    const AzureCredentialOptions &common = options;
    QList<std::shared_ptr<TokenCredential>> links;
    if (!options.excludeEnvironmentCredential)
        links << std::make_shared<EnvironmentCredential>(common);
    if (!options.excludeManagedIdentityCredential) {
        ManagedIdentityCredentialOptions managedIdentity;
        static_cast<AzureCredentialOptions &>(managedIdentity) = common;
        managedIdentity.clientId = options.managedIdentityClientId;
        managedIdentity.imdsEndpoint = options.managedIdentityEndpoint;
        managedIdentity.imdsProbeTimeout = options.imdsProbeTimeout;
        links << std::make_shared<ManagedIdentityCredential>(managedIdentity);
    }
    if (!options.excludeAzureCliCredential) {
        AzureCliCredentialOptions azureCli;
        static_cast<AzureCredentialOptions &>(azureCli) = common;
        azureCli.tenantId = options.tenantId;
        azureCli.processTimeout = options.azureCliTimeout;
        links << std::make_shared<AzureCliCredential>(azureCli);
    }
    if (options.includeInteractiveBrowserCredential) {
        InteractiveBrowserCredentialOptions browser;
        static_cast<AzureCredentialOptions &>(browser) = common;
        browser.openBrowser = options.openBrowser;
        browser.redirectPort = options.redirectPort;
        links << std::make_shared<InteractiveBrowserCredential>(
            options.tenantId.isEmpty() ? QStringLiteral("organizations") : options.tenantId,
            options.interactiveBrowserClientId.isEmpty()
                ? DefaultAzureCredential::defaultInteractiveClientId()
                : options.interactiveBrowserClientId,
            browser);
    }
    return links;
}

} // namespace

DefaultAzureCredential::DefaultAzureCredential(const DefaultAzureCredentialOptions &options,
                                               QObject *parent)
    : ChainedTokenCredential(linksFor(options), parent)
{
    setRemembersSuccessfulCredential(true);
}

DefaultAzureCredential::~DefaultAzureCredential() = default;

QString DefaultAzureCredential::defaultInteractiveClientId()
{
    return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

} // namespace MrAuth
