#include <mrauth/azurecredentialoptions.h>
#include <mrauth/managedidentitycredentialoptions.h>

namespace MrAuth {

QUrl AzureCredentialOptions::publicCloudAuthorityHost()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

QUrl AzureCredentialOptions::usGovernmentAuthorityHost()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.us"));
}

QUrl AzureCredentialOptions::chinaAuthorityHost()
{
    return QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
}

QUrl ManagedIdentityCredentialOptions::defaultImdsEndpoint()
{
    return QUrl(QStringLiteral("http://169.254.169.254/metadata/identity/oauth2/token"));
}

} // namespace MrAuth
