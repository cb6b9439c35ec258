#include "accountconnection.h"

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
        if (!account.aadScope().isEmpty())
            sts.aadScopes = QStringList{account.aadScope()};
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
    Q_UNUSED(secrets)
    Q_UNUSED(options)
    Q_UNUSED(ssl)
    m_configurationError = Error(Error::Code::CredentialUnavailable,
                                 tr("Azure AD sign-in is not available in this build."));
    return {};
}

} // namespace MrAuth
