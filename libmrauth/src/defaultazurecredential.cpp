#include <mrauth/azureclicredential.h>
#include <mrauth/defaultazurecredential.h>
#include <mrauth/environmentcredential.h>
#include <mrauth/interactivebrowsercredential.h>
#include <mrauth/managedidentitycredential.h>

#include <QNetworkAccessManager>

namespace MrAuth {

namespace {

QList<std::shared_ptr<TokenCredential>> linksFor(const DefaultAzureCredentialOptions &options,
                                                 QNetworkAccessManager *sharedNam)
{
    // Only the options every link shares.
    AzureCredentialOptions common = static_cast<const AzureCredentialOptions &>(options);
    if (!common.networkAccessManager)
        common.networkAccessManager = sharedNam;
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
    : DefaultAzureCredential(
          options, options.networkAccessManager ? nullptr : new QNetworkAccessManager, parent)
{}

DefaultAzureCredential::DefaultAzureCredential(const DefaultAzureCredentialOptions &options,
                                               QNetworkAccessManager *sharedNam, QObject *parent)
    : ChainedTokenCredential(linksFor(options, sharedNam), parent)
{
    // One manager for all links (one per thread is the rule), unless the caller gave one.
    // As a child it outlives the links, which the chain releases first.
    if (sharedNam)
        sharedNam->setParent(this);
    setRemembersSuccessfulCredential(true);
}

DefaultAzureCredential::~DefaultAzureCredential() = default;

QString DefaultAzureCredential::defaultInteractiveClientId()
{
    return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

} // namespace MrAuth
