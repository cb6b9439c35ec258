#include "accountconnection.h"

#include <mrauth/azureclicredential.h>
#include <mrauth/clientsecretcredential.h>
#include <mrauth/devicecodecredential.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/interactivebrowsercredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QDir>
#include <QSslCertificate>

namespace MrAuth {

QList<SecretKind> AccountConnection::requiredSecrets(const Account &account)
{
    switch (account.authMode()) {
    case Account::AuthMode::AccountKey:
        return {account.keySlot() == Account::KeySlot::Primary ? SecretKind::PrimaryKey
                                                               : SecretKind::SecondaryKey};
    case Account::AuthMode::ClientSecret:
        return {SecretKind::ClientSecret};
    case Account::AuthMode::DeviceCode:
    case Account::AuthMode::InteractiveBrowser:
    case Account::AuthMode::AzureCli:
        break;
    }
    return {};
}

QList<SecretKind> AccountConnection::optionalSecrets(const Account &account)
{
    if (account.authMode() == Account::AuthMode::DeviceCode ||
        account.authMode() == Account::AuthMode::InteractiveBrowser)
        return {SecretKind::RefreshToken};
    return {};
}

QSslConfiguration
AccountConnection::sslConfigurationFor(const Account &account,
                                       const std::optional<QSslConfiguration> &base, Error *error)
{
    QSslConfiguration ssl = base.value_or(QSslConfiguration::defaultConfiguration());
    if (account.caCertificateFile().isEmpty())
        return ssl;
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(account.caCertificateFile(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error) {
            *error = Error(Error::Code::InvalidArgument,
                           tr("The CA certificate file %1 holds no PEM certificate.")
                               .arg(QDir::toNativeSeparators(account.caCertificateFile())));
        }
        return ssl;
    }
    ssl.addCaCertificates(certificates);
    return ssl;
}

AccountConnection::AccountConnection(const Account &account, const Secrets &secrets,
                                     const Options &options, QObject *parent)
    : QObject(parent), m_account(account)
{
    MixedRealityStsClientOptions sts = options.sts;
    sts.customEndpointUrl = account.customEndpoint();
    sts.sslConfiguration =
        sslConfigurationFor(account, options.sts.sslConfiguration, &m_configurationError);
    if (m_configurationError)
        return;

    MixedRealityStsClient *client = nullptr;
    if (account.authMode() == Account::AuthMode::AccountKey) {
        m_keyCredential = std::make_shared<AccountKeyCredential>(secrets.accountKey);
        client = new MixedRealityStsClient(account.accountId().trimmed(),
                                           account.accountDomain().trimmed(), m_keyCredential, sts);
    } else {
        if (!account.aadScope().isEmpty()) {
            sts.aadScopes = QStringList{account.aadScope()};
        } else if (account.authMode() == Account::AuthMode::DeviceCode ||
                   account.authMode() == Account::AuthMode::InteractiveBrowser) {
            // A user signs in: the delegated scope, not the application's `.default`.
            sts.aadScopes = QStringList{MixedRealityStsClientOptions::userSignInScope()};
        }
        m_aadCredential = createAzureAdCredential(secrets, options, *sts.sslConfiguration);
        if (!m_aadCredential)
            return;
        client = new MixedRealityStsClient(account.accountId().trimmed(),
                                           account.accountDomain().trimmed(), m_aadCredential, sts);
    }
    m_credential = new MixedRealityTokenCredential(client, this);
    m_credential->setRefreshMargin(options.refreshMargin);
    m_credential->setClock(options.clock);
}

AccountConnection::~AccountConnection()
{
    // The STS client (inside the credential) uses the Azure AD credential: delete it first.
    delete m_credential;
}

bool AccountConnection::isInteractive() const
{
    return m_account.authMode() == Account::AuthMode::DeviceCode ||
           m_account.authMode() == Account::AuthMode::InteractiveBrowser;
}

void AccountConnection::setAccountKey(const QString &key)
{
    if (!m_keyCredential || m_keyCredential->key() == key)
        return;
    m_keyCredential->update(key);
    if (m_credential)
        m_credential->invalidate();
}

std::shared_ptr<TokenCredential>
AccountConnection::createAzureAdCredential(const Secrets &secrets, const Options &options,
                                           const QSslConfiguration &ssl)
{
    // Azure AD requests get the same network, TLS (with the account's CA, so that a local
    // authority such as the emulator can be trusted), retries and clock as the STS.
    AzureCredentialOptions common;
    if (!m_account.authorityHost().isEmpty())
        common.authorityHost = m_account.authorityHost();
    common.sslConfiguration = ssl;
    common.networkAccessManager = options.sts.networkAccessManager;
    common.retryPolicy = options.sts.retryPolicy;
    common.transferTimeout = options.sts.transferTimeout;
    common.userAgentSuffix = options.sts.userAgentSuffix;
    common.clock = options.clock;
    const QString tenant = m_account.tenantId().trimmed();
    const QString client = m_account.clientId().trimmed();

    std::shared_ptr<TokenCredential> credential;
    Error error;
    switch (m_account.authMode()) {
    case Account::AuthMode::AccountKey:
        return {};
    case Account::AuthMode::ClientSecret: {
        auto clientSecret =
            std::make_shared<ClientSecretCredential>(tenant, client, secrets.clientSecret, common);
        error = clientSecret->configurationError();
        credential = clientSecret;
        break;
    }
    case Account::AuthMode::DeviceCode: {
        DeviceCodeCredentialOptions deviceOptions;
        static_cast<AzureCredentialOptions &>(deviceOptions) = common;
        auto deviceCode = std::make_shared<DeviceCodeCredential>(tenant, client, deviceOptions);
        if (!secrets.refreshToken.isEmpty())
            deviceCode->setRefreshToken(secrets.refreshToken);
        DeviceCodeCredential *raw = deviceCode.get();
        connect(raw, &DeviceCodeCredential::deviceCodeReceived, this,
                &AccountConnection::deviceCodeReceived);
        connect(raw, &DeviceCodeCredential::refreshTokenChanged, this,
                [this, raw] { Q_EMIT refreshTokenChanged(raw->refreshToken()); });
        error = deviceCode->configurationError();
        credential = deviceCode;
        break;
    }
    case Account::AuthMode::InteractiveBrowser: {
        InteractiveBrowserCredentialOptions browserOptions;
        static_cast<AzureCredentialOptions &>(browserOptions) = common;
        if (options.openBrowser)
            browserOptions.openBrowser = options.openBrowser;
        auto browser =
            std::make_shared<InteractiveBrowserCredential>(tenant, client, browserOptions);
        if (!secrets.refreshToken.isEmpty())
            browser->setRefreshToken(secrets.refreshToken);
        InteractiveBrowserCredential *raw = browser.get();
        connect(raw, &InteractiveBrowserCredential::authorizationUrlReady, this,
                &AccountConnection::browserSignInStarted);
        connect(raw, &InteractiveBrowserCredential::refreshTokenChanged, this,
                [this, raw] { Q_EMIT refreshTokenChanged(raw->refreshToken()); });
        error = browser->configurationError();
        credential = browser;
        break;
    }
    case Account::AuthMode::AzureCli: {
        AzureCliCredentialOptions cliOptions;
        static_cast<AzureCredentialOptions &>(cliOptions) = common;
        cliOptions.tenantId = tenant;
        auto cli = std::make_shared<AzureCliCredential>(cliOptions);
        error = cli->configurationError();
        credential = cli;
        break;
    }
    }
    if (error) {
        m_configurationError = error;
        return {};
    }
    return credential;
}
} // namespace MrAuth
