#include <mrauth/mixedrealityaccountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include "stsexchange_p.h"
#include "stsprotocol_p.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSysInfo>

#include <mrauth/mrauth_version.h>

namespace MrAuth {

class MixedRealityStsClientPrivate
{
public:
    QString accountId;
    QString accountDomain;
    MixedRealityStsClientOptions options;
    QUrl endpoint;
    QUrl tokenUrl;
    Error configurationError;
    std::unique_ptr<MixedRealityAccountKeyCredential> keyCredential;
    std::shared_ptr<TokenCredential> credential;
    QNetworkAccessManager *nam = nullptr;

    void configure(MixedRealityStsClient *q)
    {
        if (!options.networkAccessManager)
            nam = new QNetworkAccessManager(q);
        else
            nam = options.networkAccessManager;
        configurationError = validateAccountId(accountId);
        if (configurationError)
            return;
        endpoint = stsEndpointUrl(accountDomain, options.customEndpointUrl, &configurationError);
        if (configurationError)
            return;
        tokenUrl = stsTokenUrl(endpoint, accountId, options.apiVersion);
        if (!keyCredential && !credential) {
            configurationError = Error(Error::Code::InvalidArgument,
                                       MixedRealityStsClient::tr("No credential was given."));
        }
    }

    StsExchangeConfig exchangeConfig() const
    {
        StsExchangeConfig config;
        config.tokenUrl = tokenUrl;
        config.accountDomain = accountDomain;
        config.userAgent = MixedRealityStsClient::defaultUserAgent();
        if (!options.userAgentSuffix.isEmpty())
            config.userAgent += u' ' + options.userAgentSuffix;
        config.transferTimeout = options.transferTimeout;
        config.retryPolicy = options.retryPolicy;
        config.sslConfiguration = options.sslConfiguration;
        config.maxResponseSize = options.maxResponseSize;
        return config;
    }
};

MixedRealityStsClient::MixedRealityStsClient(const QString &accountId, const QString &accountDomain,
                                             std::shared_ptr<AccountKeyCredential> keyCredential,
                                             const MixedRealityStsClientOptions &options,
                                             QObject *parent)
    : QObject(parent), d(std::make_unique<MixedRealityStsClientPrivate>())
{
    d->accountId = accountId.trimmed().toLower();
    d->accountDomain = accountDomain.trimmed();
    d->options = options;
    if (keyCredential) {
        d->keyCredential = std::make_unique<MixedRealityAccountKeyCredential>(
            d->accountId, std::move(keyCredential));
    }
    d->configure(this);
}

MixedRealityStsClient::MixedRealityStsClient(const QString &accountId, const QString &accountDomain,
                                             std::shared_ptr<TokenCredential> credential,
                                             const MixedRealityStsClientOptions &options,
                                             QObject *parent)
    : QObject(parent), d(std::make_unique<MixedRealityStsClientPrivate>())
{
    d->accountId = accountId.trimmed().toLower();
    d->accountDomain = accountDomain.trimmed();
    d->options = options;
    d->credential = std::move(credential);
    d->configure(this);
}

MixedRealityStsClient::~MixedRealityStsClient() = default;

QString MixedRealityStsClient::accountId() const
{
    return d->accountId;
}

QString MixedRealityStsClient::accountDomain() const
{
    return d->accountDomain;
}

QUrl MixedRealityStsClient::endpointUrl() const
{
    return d->endpoint;
}

QUrl MixedRealityStsClient::tokenUrl() const
{
    return d->tokenUrl;
}

Error MixedRealityStsClient::configurationError() const
{
    return d->configurationError;
}

MixedRealityStsClientOptions MixedRealityStsClient::options() const
{
    return d->options;
}

TokenReply *MixedRealityStsClient::getToken()
{
    auto *reply = new TokenReply;
    auto *exchange = new StsExchange(d->exchangeConfig(), d->nam, reply);
    if (d->configurationError) {
        exchange->failLater(d->configurationError);
        return reply;
    }
    if (d->keyCredential) {
        Error error;
        const AccessToken bearer = d->keyCredential->token(&error);
        if (error)
            exchange->failLater(error);
        else
            exchange->startWithBearer(bearer.token());
        return reply;
    }
    const QStringList scopes = d->options.aadScopes.isEmpty()
                                   ? QStringList{MixedRealityStsClientOptions::defaultAadScope()}
                                   : d->options.aadScopes;
    exchange->startWithCredential(d->credential.get(), scopes);
    return reply;
}

AccessToken MixedRealityStsClient::getTokenBlocking(Error *error)
{
    std::unique_ptr<TokenReply> reply(getToken());
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply.get(), &TokenReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (error)
        *error = reply->errorInfo();
    return reply->accessToken();
}

QString MixedRealityStsClient::defaultUserAgent()
{
    return QStringLiteral("mrauth/%1 Qt/%2 (%3)")
        .arg(QStringLiteral(MRAUTH_VERSION_STRING), QString::fromLatin1(qVersion()),
             QSysInfo::prettyProductName());
}

QString MixedRealityStsClientOptions::defaultAadScope()
{
    return QStringLiteral("https://sts.mixedreality.azure.com//.default");
}

QString MixedRealityStsClientOptions::userSignInScope()
{
    return QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin");
}

} // namespace MrAuth
