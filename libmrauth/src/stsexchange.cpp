#include "stsexchange_p.h"

#include "logging_p.h"
#include "secrets_p.h"
#include "stsprotocol_p.h"

#include <mrauth/correlationvector.h>

#include <QNetworkRequest>

namespace MrAuth {

namespace {
HttpExchangeConfig httpConfigFor(const StsExchangeConfig &config)
{
    HttpExchangeConfig http;
    http.userAgent = config.userAgent;
    http.transferTimeout = config.transferTimeout;
    http.retryPolicy = config.retryPolicy;
    http.sslConfiguration = config.sslConfiguration;
    http.maxResponseSize = config.maxResponseSize;
    http.serviceName = StsExchange::tr("the STS");
    http.hostNotFoundMessage =
        StsExchange::tr("The STS host %1 was not found. This is nearly always a wrong account "
                        "domain: use the account's full domain, such as "
                        "'eastus.mixedreality.azure.com', not just the region.")
            .arg(config.tokenUrl.host());
    http.responseSizeHint = StsExchange::tr("A real STS response is about 1.2 KB.");
    http.logCategory = lcMrAuthSts;
    return http;
}
} // namespace

StsExchange::StsExchange(const StsExchangeConfig &config, QNetworkAccessManager *nam,
                         TokenReply *reply)
    : QObject(reply)
    , m_config(config)
    , m_reply(reply)
    , m_http(new HttpExchange(httpConfigFor(config), nam, this))
{
    m_http->setRequestPreparer(
        [this](QNetworkRequest &request, int attempt) { prepareAttempt(request, attempt); });
    m_http->setResponseClassifier([this](const HttpResponse &response, bool *retryable) {
        return classify(response, retryable);
    });
    connect(m_http, &HttpExchange::retryScheduled, m_reply, &TokenReply::retryScheduled);
    connect(m_http, &HttpExchange::finished, this, &StsExchange::onHttpFinished);
    reply->setAbortHandler([this] { cancel(); });
}

StsExchange::~StsExchange()
{
    wipe(m_bearer);
}

void StsExchange::startWithBearer(const QString &bearer)
{
    m_bearer = bearer;
    m_http->get(m_config.tokenUrl);
}

void StsExchange::startWithCredential(TokenCredential *credential, const QStringList &scopes)
{
    TokenReply *credentialReply = credential->getToken(scopes);
    credentialReply->setParent(this);
    // While the credential works, an abort of our reply aborts the credential's too.
    m_reply->setAbortHandler([this, credentialReply] {
        credentialReply->disconnect(this);
        credentialReply->abort();
        cancel();
    });
    connect(credentialReply, &TokenReply::finished, this, [this, credentialReply] {
        credentialReply->deleteLater();
        m_reply->setAbortHandler([this] { cancel(); });
        if (credentialReply->error() != Error::Code::NoError) {
            Error error = credentialReply->errorInfo();
            error.setMessage(tr("The credential could not provide a token for the STS: %1")
                                 .arg(error.message()));
            finishWith(error);
            return;
        }
        startWithBearer(credentialReply->accessToken().token());
    });
}

void StsExchange::failLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWith(error); });
}

void StsExchange::prepareAttempt(QNetworkRequest &request, int attempt)
{
    m_reply->setAttempts(attempt);
    m_requestCv = CorrelationVector::generate();
    request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    request.setRawHeader("X-MRC-CV", m_requestCv.toLatin1());
    qCDebug(lcMrAuthSts).noquote() << "GET" << m_config.tokenUrl.toDisplayString()
                                   << "X-MRC-CV:" << m_requestCv << "Authorization: <redacted>"
                                   << "attempt" << attempt;
}

Error StsExchange::classify(const HttpResponse &response, bool *retryable)
{
    const int status = response.status;
    const QString responseCv = QString::fromLatin1(response.header("MS-CV"));
    const QString wwwAuthenticate = QString::fromUtf8(response.header("WWW-Authenticate"));
    m_reply->setExchangeDetails(status, m_requestCv, responseCv);

    qCDebug(lcMrAuthSts).noquote()
        << "HTTP" << status << "MS-CV:" << responseCv << "X-MRC-CV:" << m_requestCv << "in"
        << response.elapsedMs << "ms";

    Error error;
    *retryable = false;
    if (response.transportError) {
        // Network failures (also after a status line: a body cut short is not a token), refused
        // redirects and oversized responses.
        error = response.transportError;
        *retryable = response.transportRetryable;
    } else if (status >= 200 && status < 300) {
        m_token = parseStsTokenResponse(response.body, &error);
        if (!error)
            return error;
    } else {
        error = Error(errorCodeForHttpStatus(status), stsHttpErrorMessage(status, wwwAuthenticate));
        *retryable = isRetryableHttpStatus(status);
    }
    error.setHttpStatus(status);
    error.setWwwAuthenticate(wwwAuthenticate);
    error.setRequestCorrelationVector(m_requestCv);
    error.setResponseCorrelationVector(responseCv);
    return error;
}

void StsExchange::onHttpFinished()
{
    if (m_http->error()) {
        finishWith(m_http->error());
        return;
    }
    wipe(m_bearer);
    m_reply->finishWithToken(std::exchange(m_token, {}));
}

void StsExchange::cancel()
{
    m_http->abort();
    wipe(m_bearer);
}

void StsExchange::finishWith(const Error &error)
{
    wipe(m_bearer);
    if (error)
        qCDebug(lcMrAuthSts).noquote() << "failed:" << error.toString();
    m_reply->finishWithError(error);
}

} // namespace MrAuth
