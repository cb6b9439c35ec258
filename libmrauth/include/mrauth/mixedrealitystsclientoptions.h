#pragma once

#include <mrauth/mrauth_export.h>
#include <mrauth/retrypolicy.h>

#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace MrAuth {

//! Options for MixedRealityStsClient.
struct MRAUTH_EXPORT MixedRealityStsClientOptions
{
    //! Replaces `https://sts.{accountDomain}` when set. A URL without a scheme gets https;
    //! plain http is accepted only for loopback hosts.
    QUrl customEndpointUrl;
    //! The STS api-version query parameter.
    QString apiVersion = QStringLiteral("2019-02-28-preview");
    //! How long one try may take before it fails with Error::Code::Timeout.
    std::chrono::milliseconds transferTimeout{30000};
    //! How failed tries are retried.
    RetryPolicy retryPolicy;
    //! Appended to the User-Agent header (for example "myapp/2.1").
    QString userAgentSuffix;
    //! The TLS configuration for every request of the client (for example with an extra CA).
    //! Unset: QSslConfiguration::defaultConfiguration().
    std::optional<QSslConfiguration> sslConfiguration;
    //! The network access manager to use; not owned. Share one per thread between clients.
    //! Null: the client creates its own.
    QNetworkAccessManager *networkAccessManager = nullptr;
    //! Responses larger than this fail with Error::Code::InvalidResponse (a real one is ~1.2 KB).
    qint64 maxResponseSize = 64 * 1024;
    //! The scopes asked of an Azure AD credential. Empty: defaultAadScope().
    QStringList aadScopes;

    //! `https://sts.mixedreality.azure.com//.default`: the global host with its double slash,
    //! whatever the account domain. The regional form (`https://sts.{domain}/.default`) used by
    //! the Python, Java and JS SDKs fails for tenants outside East US 2; .NET moved to this one
    //! in 1.2.0.
    static QString defaultAadScope();
    //! The delegated (user) scope, `https://sts.mixedreality.azure.com/mixedreality.signin`.
    static QString userSignInScope();
};

} // namespace MrAuth
