#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>

#include <QString>
#include <QUrl>

#include <chrono>

namespace MrAuth {

//! Options for ManagedIdentityCredential.
struct MRAUTH_EXPORT ManagedIdentityCredentialOptions : AzureCredentialOptions
{
    //! A user-assigned identity's client id; empty for the system-assigned identity.
    QString clientId;
    //! The IMDS token endpoint: defaultImdsEndpoint() unless set (tests point it at loopback).
    //! Plain http is accepted for loopback and for the link-local IMDS address only.
    QUrl imdsEndpoint;
    //! The App Service endpoint and its secret header; unset: `IDENTITY_ENDPOINT` and
    //! `IDENTITY_HEADER` from the environment. When both are known, App Service is used
    //! instead of IMDS.
    QUrl appServiceEndpoint;
    QString identityHeader;
    //! How long the first IMDS request may take: off Azure nothing answers at the IMDS
    //! address, and a chain must move on quickly.
    std::chrono::milliseconds imdsProbeTimeout{1000};

    //! `http://169.254.169.254/metadata/identity/oauth2/token`.
    static QUrl defaultImdsEndpoint();
};

} // namespace MrAuth
