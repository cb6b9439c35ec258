#pragma once

#include <mrauth/clock.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/retrypolicy.h>

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace MrAuth {

//! Options every Azure AD credential takes (Azure Identity's `TokenCredentialOptions`).
//!
//! Requests to Azure AD get the same treatment as those to the STS: a transfer timeout, the
//! retry policy (Retry-After honoured), one QSslConfiguration, same-origin redirects only and a
//! response-size cap. Tokens are cached per scope and refreshed refreshMargin before they expire.
struct MRAUTH_EXPORT AzureCredentialOptions
{
    //! The Azure AD host: publicCloudAuthorityHost() unless you use a sovereign cloud. A host
    //! without a scheme gets https; plain http is accepted only for loopback hosts (emulators).
    QUrl authorityHost = publicCloudAuthorityHost();
    //! How long one try may take before it fails with Error::Code::Timeout.
    std::chrono::milliseconds transferTimeout{30000};
    //! How failed tries are retried (408, 429, 5xx and transient network errors).
    RetryPolicy retryPolicy;
    //! The TLS configuration for every request of the credential. Unset:
    //! QSslConfiguration::defaultConfiguration().
    std::optional<QSslConfiguration> sslConfiguration;
    //! The network access manager to use; not owned. Share one per thread. Null: the credential
    //! creates its own.
    QNetworkAccessManager *networkAccessManager = nullptr;
    //! Responses larger than this fail with Error::Code::InvalidResponse.
    qint64 maxResponseSize = 64 * 1024;
    //! Appended to the User-Agent header (for example "myapp/2.1").
    QString userAgentSuffix;
    //! How long before expiry a cached token is replaced. Tokens that live shorter than twice
    //! this margin are replaced at half their lifetime.
    std::chrono::seconds refreshMargin{300};
    //! The clock for cache decisions; not owned. Null: Clock::system().
    Clock *clock = nullptr;

    //! `https://login.microsoftonline.com`, Azure's public cloud.
    static QUrl publicCloudAuthorityHost();
    //! `https://login.microsoftonline.us`, Azure Government.
    static QUrl usGovernmentAuthorityHost();
    //! `https://login.chinacloudapi.cn`, Azure operated by 21Vianet.
    static QUrl chinaAuthorityHost();
};

} // namespace MrAuth
