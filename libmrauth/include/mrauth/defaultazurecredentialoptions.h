#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>

#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace MrAuth {

//! Options for DefaultAzureCredential; the common options apply to every link.
struct MRAUTH_EXPORT DefaultAzureCredentialOptions : AzureCredentialOptions
{
    //! The tenant for the Azure CLI (`--tenant`) and the interactive browser sign-in. Empty:
    //! the CLI's current tenant, and `organizations` for the browser.
    QString tenantId;
    //! A user-assigned managed identity's client id; empty for the system-assigned one.
    QString managedIdentityClientId;
    //! Replaces the IMDS endpoint (see ManagedIdentityCredentialOptions::imdsEndpoint).
    QUrl managedIdentityEndpoint;
    //! See ManagedIdentityCredentialOptions::imdsProbeTimeout.
    std::chrono::milliseconds imdsProbeTimeout{1000};
    //! See AzureCliCredentialOptions::processTimeout.
    std::chrono::milliseconds azureCliTimeout{10000};

    bool excludeEnvironmentCredential = false;
    bool excludeManagedIdentityCredential = false;
    bool excludeAzureCliCredential = false;
    //! Adds an InteractiveBrowserCredential as the last link. Off by default: a service must
    //! never wait for a person.
    bool includeInteractiveBrowserCredential = false;
    //! The public client for the browser sign-in. Empty: the Azure CLI's well-known client id,
    //! as Azure Identity uses.
    QString interactiveBrowserClientId;
    //! See InteractiveBrowserCredentialOptions::openBrowser.
    std::function<bool(const QUrl &authorizationUrl)> openBrowser;
    //! See InteractiveBrowserCredentialOptions::redirectPort.
    quint16 redirectPort = 0;
};

} // namespace MrAuth
