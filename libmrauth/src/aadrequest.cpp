#include "aadrequest_p.h"

#include "logging_p.h"
#include "secrets_p.h"
#include "stsprotocol_p.h"

#include <mrauth/mixedrealitystsclient.h>

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace MrAuth {

AadHttpContext::AadHttpContext(const AzureCredentialOptions &options, QObject *owner)
    : m_options(options), m_nam(options.networkAccessManager)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(owner);
    m_authorityHost = normalizedAuthorityHost(options.authorityHost, &m_authorityError);
}

Clock *AadHttpContext::clock() const
{
    return m_options.clock ? m_options.clock : Clock::system();
}

HttpExchangeConfig AadHttpContext::httpConfig(const QString &serviceName) const
{
    return httpConfig(serviceName, m_options.transferTimeout, m_options.retryPolicy);
}

HttpExchangeConfig AadHttpContext::httpConfig(const QString &serviceName,
                                              std::chrono::milliseconds transferTimeout,
                                              const RetryPolicy &retryPolicy) const
{
    HttpExchangeConfig config;
    config.userAgent = MixedRealityStsClient::defaultUserAgent();
    if (!m_options.userAgentSuffix.isEmpty())
        config.userAgent += u' ' + m_options.userAgentSuffix;
    config.transferTimeout = transferTimeout;
    config.retryPolicy = retryPolicy;
    config.sslConfiguration = m_options.sslConfiguration;
    config.maxResponseSize = m_options.maxResponseSize;
    config.serviceName = serviceName;
    config.logCategory = lcMrAuthAad;
    return config;
}

AadRequest::AadRequest(const HttpExchangeConfig &config, QNetworkAccessManager *nam,
                       QObject *parent)
    : QObject(parent)
    , m_http(new HttpExchange(config, nam, this))
    , m_serviceName(config.serviceName)
{
    m_http->setRequestPreparer([this](QNetworkRequest &request, int attempt) {
        // Azure AD echoes client-request-id in its logs: the support handle for one request.
        const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        request.setRawHeader("client-request-id", requestId);
        for (const auto &header : std::as_const(m_headers))
            request.setRawHeader(header.first, header.second);
        qCDebug(lcMrAuthAad).noquote()
            << m_logDescription << "client-request-id:" << requestId << "attempt" << attempt;
    });
    m_http->setResponseClassifier([this](const HttpResponse &response, bool *retryable) {
        return classify(response, retryable);
    });
    connect(m_http, &HttpExchange::retryScheduled, this, &AadRequest::retryScheduled);
    connect(m_http, &HttpExchange::finished, this, [this] {
        m_error = m_http->error();
        if (m_error)
            m_error.setMessage(scrubSecrets(m_error.message(), m_secrets));
        for (QString &secret : m_secrets)
            wipe(secret);
        m_secrets.clear();
        m_headers.clear();
        Q_EMIT finished();
    });
}

AadRequest::~AadRequest()
{
    for (QString &secret : m_secrets)
        wipe(secret);
}

void AadRequest::postForm(const QUrl &url, const FormFields &form)
{
    for (const auto &field : form) {
        if (!isPublicFormField(field.first))
            m_secrets << field.second;
    }
    m_logDescription =
        QStringLiteral("POST ") + urlForLog(url) + QStringLiteral(" form: ") + formForLog(form);
    QByteArray body = formUrlEncoded(form);
    m_http->post(url, body, "application/x-www-form-urlencoded");
    wipe(body);
}

void AadRequest::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                     const QStringList &secrets)
{
    m_headers = headers;
    m_secrets = secrets;
    QStringList headerNames;
    for (const auto &header : headers)
        headerNames << QString::fromLatin1(header.first);
    m_logDescription = QStringLiteral("GET ") + urlForLog(url);
    if (!headerNames.isEmpty())
        m_logDescription += QStringLiteral(" headers: ") + headerNames.join(QStringLiteral(", "));
    m_http->get(url);
}

void AadRequest::abort()
{
    m_http->abort();
}

QByteArray AadRequest::body() const
{
    return m_http->response().body;
}

int AadRequest::attempts() const
{
    return m_http->attempts();
}

Error AadRequest::classify(const HttpResponse &response, bool *retryable)
{
    *retryable = false;
    m_oauthError.clear();
    Error error;
    if (response.transportError) {
        error = response.transportError;
        *retryable = response.transportRetryable;
    } else if (response.status < 200 || response.status >= 300) {
        const AadErrorBody body = parseAadErrorBody(response.body);
        m_oauthError = body.error;
        error = aadHttpError(response.status, body, m_serviceName);
        *retryable = isRetryableHttpStatus(response.status);
    }
    qCDebug(lcMrAuthAad).noquote()
        << QStringLiteral("HTTP %1%2 in %3 ms")
               .arg(response.status)
               .arg(m_oauthError.isEmpty() ? QString() : u' ' + m_oauthError)
               .arg(response.elapsedMs);
    return error;
}

void finishLater(TokenReply *reply, const Error &error)
{
    QTimer::singleShot(0, reply, [reply, error] { reply->finishWithError(error); });
}

AadRequest *postTokenRequest(const AadHttpContext &context, QObject *parent, const QUrl &url,
                             const FormFields &form, TokenResultHandler done,
                             TokenReply *retryTarget)
{
    auto *request = new AadRequest(context.httpConfig(AadRequest::tr("Azure AD")),
                                   context.networkAccessManager(), parent);
    if (retryTarget)
        QObject::connect(request, &AadRequest::retryScheduled, retryTarget,
                         &TokenReply::retryScheduled);
    Clock *clock = context.clock();
    QObject::connect(request, &AadRequest::finished, request,
                     [request, clock, done = std::move(done)] {
                         request->deleteLater();
                         if (request->error()) {
                             done({}, request->error(), request->oauthError());
                             return;
                         }
                         Error error;
                         QByteArray body = request->body();
                         const AadTokenResponse response =
                             parseAadTokenResponse(body, clock->currentDateTimeUtc(), &error);
                         wipe(body);
                         done(response, error, QString());
                     });
    request->postForm(url, form);
    return request;
}

AadRequest *postRefreshTokenRequest(const AadHttpContext &context, QObject *parent,
                                    const QUrl &tokenUrl, const QString &clientId,
                                    const QString &refreshToken, const QStringList &scopes,
                                    TokenResultHandler done, TokenReply *retryTarget)
{
    const FormFields form = {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("scope"), scopeParameter(scopes, {QStringLiteral("offline_access")})},
    };
    return postTokenRequest(context, parent, tokenUrl, form, std::move(done), retryTarget);
}

bool refreshNeedsInteraction(const Error &error)
{
    return error.code() == Error::Code::AuthenticationFailed ||
           error.code() == Error::Code::InvalidRequest;
}

} // namespace MrAuth
