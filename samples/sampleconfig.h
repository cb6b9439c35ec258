#pragma once

// Reads the sample's configuration from the environment, like the Python SDK's samples:
//   MIXEDREALITY_ACCOUNT_ID, MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY
// and, to run against a local STS such as mrauth-sts-emulator:
//   MIXEDREALITY_STS_ENDPOINT (custom endpoint URL), MIXEDREALITY_CA_FILE (extra trusted CA, PEM)

#include <mrauth/mixedrealitystsclientoptions.h>

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>

#include <cstdio>
#include <optional>

struct SampleConfig
{
    QString accountId;
    QString accountDomain;
    QString accountKey;
    MrAuth::MixedRealityStsClientOptions options;
};

inline std::optional<SampleConfig> sampleConfigFromEnvironment()
{
    QTextStream err(stderr);
    SampleConfig config;
    config.accountId = qEnvironmentVariable("MIXEDREALITY_ACCOUNT_ID");
    config.accountDomain = qEnvironmentVariable("MIXEDREALITY_ACCOUNT_DOMAIN");
    config.accountKey = qEnvironmentVariable("MIXEDREALITY_ACCOUNT_KEY");
    if (config.accountId.isEmpty() || config.accountDomain.isEmpty() ||
        config.accountKey.isEmpty()) {
        err << "Set MIXEDREALITY_ACCOUNT_ID, MIXEDREALITY_ACCOUNT_DOMAIN and "
               "MIXEDREALITY_ACCOUNT_KEY.\n";
        return std::nullopt;
    }
    const QString endpoint = qEnvironmentVariable("MIXEDREALITY_STS_ENDPOINT");
    if (!endpoint.isEmpty())
        config.options.customEndpointUrl = QUrl(endpoint);
    const QString caFile = qEnvironmentVariable("MIXEDREALITY_CA_FILE");
    if (!caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(caFile);
        if (certificates.isEmpty()) {
            err << "MIXEDREALITY_CA_FILE: no PEM certificate in " << caFile << '\n';
            return std::nullopt;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(certificates);
        config.options.sslConfiguration = ssl;
    }
    return config;
}

//! The first characters of a token: enough to recognise it, too few to use it.
inline QString tokenPreview(const QString &token)
{
    return token.left(12) + QStringLiteral("…");
}
