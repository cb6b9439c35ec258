#include <mrauth/managedidentitycredential.h>

#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "aadtokencache_p.h"
#include "logging_p.h"
#include "secrets_p.h"
#include "stsprotocol_p.h"

#include <QHostAddress>
#include <QTimer>

namespace MrAuth {

namespace {

//! https anywhere; plain http only where IMDS and App Service really are: loopback and the
//! link-local IMDS address.
Error validateIdentityEndpoint(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool linkLocal =
        QHostAddress(url.host()) == QHostAddress(QStringLiteral("169.254.169.254"));
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
        url.hasFragment() || !url.userInfo().isEmpty()) {
        return Error(Error::Code::InvalidArgument,
                     ManagedIdentityCredential::tr("The managed identity endpoint '%1' is not a "
                                                   "valid http(s) URL.")
                         .arg(url.toDisplayString()));
    }
    if (scheme == u"http" && !linkLocal && !isLoopbackHost(url.host())) {
        return Error(Error::Code::InvalidArgument,
                     ManagedIdentityCredential::tr("The managed identity endpoint '%1' uses plain "
                                                   "http off this machine. Use https.")
                         .arg(url.toDisplayString()));
    }
    return {};
}

} // namespace

class ManagedIdentityCredentialPrivate
{
public:
    ManagedIdentityCredentialPrivate(const ManagedIdentityCredentialOptions &givenOptions,
                                     QObject *owner)
        : http(givenOptions, owner), options(givenOptions)
    {}

    TokenReply *fetch(const QStringList &scopes);
    void onFinished(TokenReply *reply, AadRequest *request, bool probing);

    enum class ImdsState { Unknown, Answered, Unreachable };

    AadHttpContext http;
    ManagedIdentityCredentialOptions options;
    ManagedIdentityCredential::Source source = ManagedIdentityCredential::Source::Imds;
    QUrl endpoint;
    QString identityHeader;
    Error configurationError;
    ImdsState imds = ImdsState::Unknown;
    Error imdsUnreachable;
    AadTokenCache *cache = nullptr;
};

TokenReply *ManagedIdentityCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    Error error = configurationError;
    const QString resource = error ? QString() : resourceForScopes(scopes, &error);
    if (!error && imds == ImdsState::Unreachable)
        error = imdsUnreachable;
    if (error) {
        finishLater(reply, error);
        return reply;
    }

    const bool appService = source == ManagedIdentityCredential::Source::AppService;
    QUrl url = endpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("api-version"),
                       appService ? QStringLiteral("2019-08-01") : QStringLiteral("2018-02-01"));
    query.addQueryItem(QStringLiteral("resource"),
                       QString::fromLatin1(QUrl::toPercentEncoding(resource)));
    if (!options.clientId.isEmpty())
        query.addQueryItem(QStringLiteral("client_id"), options.clientId);
    url.setQuery(query);

    // Off Azure nothing answers at the IMDS address: the first request is a short probe.
    const bool probing = !appService && imds == ImdsState::Unknown;
    const QString serviceName = ManagedIdentityCredential::tr("the managed identity endpoint");
    const HttpExchangeConfig config =
        probing ? http.httpConfig(serviceName, options.imdsProbeTimeout, RetryPolicy::none())
                : http.httpConfig(serviceName);
    auto *request = new AadRequest(config, http.networkAccessManager(), reply);
    QObject::connect(request, &AadRequest::retryScheduled, reply, &TokenReply::retryScheduled);
    QObject::connect(request, &AadRequest::finished, reply,
                     [this, reply, request, probing] { onFinished(reply, request, probing); });
    reply->setAbortHandler([request] { request->abort(); });
    if (appService) {
        request->get(url, {{"X-IDENTITY-HEADER", identityHeader.toUtf8()}}, {identityHeader});
    } else {
        request->get(url, {{"Metadata", "true"}});
    }
    return reply;
}

void ManagedIdentityCredentialPrivate::onFinished(TokenReply *reply, AadRequest *request,
                                                  bool probing)
{
    request->deleteLater();
    reply->setAttempts(request->attempts());
    Error error = request->error();
    const bool appService = source == ManagedIdentityCredential::Source::AppService;
    if (!appService && error && error.httpStatus() == 0 && error.code() != Error::Code::TlsError &&
        error.code() != Error::Code::Canceled && error.code() != Error::Code::InvalidResponse) {
        if (probing) {
            imds = ImdsState::Unreachable;
            imdsUnreachable =
                Error(Error::Code::CredentialUnavailable,
                      ManagedIdentityCredential::tr(
                          "No managed identity endpoint answered at %1: this does not look like "
                          "an Azure host with a managed identity. (%2)")
                          .arg(endpoint.toDisplayString(), error.message()));
            error = imdsUnreachable;
        }
        reply->finishWithError(error);
        return;
    }
    if (!appService)
        imds = ImdsState::Answered;
    if (error) {
        if (!appService && error.httpStatus() == 400) {
            // IMDS answers 400 when the host has no such identity.
            Error unavailable(Error::Code::CredentialUnavailable,
                              ManagedIdentityCredential::tr(
                                  "The managed identity endpoint has no identity to give: %1")
                                  .arg(error.message()));
            unavailable.setHttpStatus(400);
            error = unavailable;
        }
        reply->finishWithError(error);
        return;
    }
    QByteArray body = request->body();
    const AadTokenResponse response =
        parseAadTokenResponse(body, http.clock()->currentDateTimeUtc(), &error);
    wipe(body);
    if (error)
        reply->finishWithError(error);
    else
        reply->finishWithToken(response.accessToken);
}

ManagedIdentityCredential::ManagedIdentityCredential(
    const ManagedIdentityCredentialOptions &options, QObject *parent)
    : TokenCredential(parent), d(std::make_unique<ManagedIdentityCredentialPrivate>(options, this))
{
    QUrl appServiceEndpoint = options.appServiceEndpoint;
    if (appServiceEndpoint.isEmpty()) {
        appServiceEndpoint =
            QUrl(qEnvironmentVariable("IDENTITY_ENDPOINT").trimmed(), QUrl::StrictMode);
    }
    d->identityHeader = options.identityHeader.isEmpty()
                            ? qEnvironmentVariable("IDENTITY_HEADER").trimmed()
                            : options.identityHeader;
    if (!appServiceEndpoint.isEmpty() && !d->identityHeader.isEmpty()) {
        d->source = Source::AppService;
        d->endpoint = appServiceEndpoint;
    } else {
        d->source = Source::Imds;
        d->endpoint = options.imdsEndpoint.isEmpty()
                          ? ManagedIdentityCredentialOptions::defaultImdsEndpoint()
                          : options.imdsEndpoint;
    }
    d->configurationError = validateIdentityEndpoint(d->endpoint);
    d->options.clientId = options.clientId.trimmed();
    if (!d->configurationError && !d->options.clientId.isEmpty())
        d->configurationError = validateClientId(d->options.clientId);
    d->cache =
        new AadTokenCache([this](const QStringList &scopes) { return d->fetch(scopes); }, this);
    d->cache->setClock(d->http.clock());
    d->cache->setRefreshMargin(options.refreshMargin);
}

ManagedIdentityCredential::~ManagedIdentityCredential()
{
    delete d->cache;
    wipe(d->identityHeader);
}

ManagedIdentityCredential::Source ManagedIdentityCredential::source() const
{
    return d->source;
}

QUrl ManagedIdentityCredential::endpoint() const
{
    return d->endpoint;
}

Error ManagedIdentityCredential::configurationError() const
{
    return d->configurationError;
}

TokenReply *ManagedIdentityCredential::getToken(const QStringList &scopes)
{
    return d->cache->getToken(scopes);
}

} // namespace MrAuth
