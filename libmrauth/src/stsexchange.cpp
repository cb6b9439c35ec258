#include "stsexchange_p.h"

#include "logging_p.h"
#include "secrets_p.h"
#include "stsprotocol_p.h"

#include <mrauth/correlationvector.h>

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

namespace MrAuth {

namespace {
bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}
} // namespace

StsExchange::StsExchange(const StsExchangeConfig &config, QNetworkAccessManager *nam,
                         TokenReply *reply)
    : QObject(reply), m_config(config), m_nam(nam), m_reply(reply)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StsExchange::sendAttempt);
    reply->setAbortHandler([this] { cancel(); });
}

StsExchange::~StsExchange()
{
    dropNetworkReply();
    wipe(m_bearer);
}

void StsExchange::startWithBearer(const QString &bearer)
{
    m_bearer = bearer;
    sendAttempt();
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

void StsExchange::sendAttempt()
{
    if (!m_nam) {
        finishWith(Error(Error::Code::InvalidArgument,
                         tr("The network access manager was deleted before the request.")));
        return;
    }
    ++m_attempts;
    m_reply->setAttempts(m_attempts);
    m_requestCv = CorrelationVector::generate();
    m_sslErrors.clear();
    m_abortReason.reset();

    QNetworkRequest request(m_config.tokenUrl);
    request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    request.setRawHeader("X-MRC-CV", m_requestCv.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    request.setTransferTimeout(int(m_config.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_config.sslConfiguration)
        request.setSslConfiguration(*m_config.sslConfiguration);

    qCDebug(lcMrAuthSts).noquote() << "GET" << m_config.tokenUrl.toDisplayString()
                                   << "X-MRC-CV:" << m_requestCv << "Authorization: <redacted>"
                                   << "attempt" << m_attempts;

    m_attemptTimer.start();
    m_networkReply = m_nam->get(request);
    connect(m_networkReply, &QNetworkReply::finished, this, &StsExchange::onNetworkReplyFinished);
    connect(m_networkReply, &QNetworkReply::redirected, this, &StsExchange::onRedirected);
    connect(m_networkReply, &QNetworkReply::downloadProgress, this,
            &StsExchange::onDownloadProgress);
    connect(m_networkReply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                m_sslErrors = texts.join(QStringLiteral("; "));
            });
}

void StsExchange::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_config.tokenUrl.resolved(target);
    if (isSameOrigin(resolved, m_config.tokenUrl)) {
        Q_EMIT m_networkReply->redirectAllowed();
        return;
    }
    // Following would send the credential to another origin, or over plain http.
    m_abortReason = Error(
        Error::Code::InsecureRedirect,
        tr("The STS redirected to %1, another origin; the credential was not "
           "sent there.")
            .arg(resolved.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString()));
    m_networkReply->abort();
}

void StsExchange::onDownloadProgress(qint64 received, qint64 total)
{
    if (received <= m_config.maxResponseSize && total <= m_config.maxResponseSize)
        return;
    m_abortReason = Error(Error::Code::InvalidResponse,
                          tr("The response is larger than %1 bytes; a real STS response is "
                             "about 1.2 KB.")
                              .arg(m_config.maxResponseSize));
    m_networkReply->abort();
}

void StsExchange::onNetworkReplyFinished()
{
    QNetworkReply *networkReply = std::exchange(m_networkReply, nullptr);
    networkReply->deleteLater();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString responseCv = QString::fromLatin1(networkReply->rawHeader("MS-CV"));
    const QString wwwAuthenticate = QString::fromUtf8(networkReply->rawHeader("WWW-Authenticate"));
    m_reply->setExchangeDetails(status, m_requestCv, responseCv);

    qCDebug(lcMrAuthSts).noquote()
        << "HTTP" << status << "MS-CV:" << responseCv << "X-MRC-CV:" << m_requestCv << "in"
        << m_attemptTimer.elapsed() << "ms";

    Error error;
    bool retryable = false;
    std::optional<std::chrono::milliseconds> retryAfter;
    // Qt numbers connection-level errors below 100; from 100 on they mirror an HTTP status.
    const bool connectionFailed =
        networkReply->error() != QNetworkReply::NoError && networkReply->error() < 100;
    if (m_abortReason) {
        error = *m_abortReason;
    } else if (connectionFailed) {
        // Also when a status line arrived: a body cut short must not be parsed as a token.
        error = networkError(networkReply->error(), networkReply->errorString(), &retryable);
    } else if (status >= 200 && status < 300) {
        const QByteArray body = networkReply->read(m_config.maxResponseSize + 1);
        const AccessToken token = parseStsTokenResponse(body, &error);
        if (!error) {
            m_reply->finishWithToken(token);
            return;
        }
    } else if (status != 0) {
        error = Error(errorCodeForHttpStatus(status), stsHttpErrorMessage(status, wwwAuthenticate));
        retryable = isRetryableHttpStatus(status);
        retryAfter = parseRetryAfter(networkReply->rawHeader("Retry-After"),
                                     QDateTime::currentDateTimeUtc());
    } else {
        error = Error(Error::Code::InvalidResponse,
                      tr("The STS closed the connection without an HTTP status."));
    }
    error.setHttpStatus(status);
    error.setWwwAuthenticate(wwwAuthenticate);
    error.setRequestCorrelationVector(m_requestCv);
    error.setResponseCorrelationVector(responseCv);

    if (retryable && m_attempts <= m_config.retryPolicy.maxRetries) {
        const auto delay = m_config.retryPolicy.delayForRetry(m_attempts, retryAfter);
        qCInfo(lcMrAuthSts).noquote()
            << "retry" << m_attempts << "in" << delay.count() << "ms after" << error.toString();
        m_retryTimer.start(delay);
        Q_EMIT m_reply->retryScheduled(m_attempts, delay.count(), error);
        return;
    }
    finishWith(error);
}

Error StsExchange::networkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                                bool *retryable) const
{
    *retryable = false;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return Error(Error::Code::HostNotFound,
                     tr("The STS host %1 was not found. This is nearly always a wrong account "
                        "domain: use the account's full domain, such as "
                        "'eastus.mixedreality.azure.com', not just the region.")
                         .arg(m_config.tokenUrl.host()));
    case QNetworkReply::SslHandshakeFailedError:
        return Error(
            Error::Code::TlsError,
            tr("The TLS connection to %1 failed: %2")
                .arg(m_config.tokenUrl.host(), m_sslErrors.isEmpty() ? qtMessage : m_sslErrors));
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error(Error::Code::InsecureRedirect,
                     tr("The STS redirected in a way that is not allowed: %1").arg(qtMessage));
    case QNetworkReply::OperationCanceledError: // Qt 6.4 reports the transfer timeout so.
    case QNetworkReply::TimeoutError:
        *retryable = true;
        return Error(Error::Code::Timeout, tr("The STS did not answer within %n ms.", nullptr,
                                              int(m_config.transferTimeout.count())));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        *retryable = true;
        return Error(Error::Code::ConnectionFailed,
                     tr("The connection to the STS failed: %1").arg(qtMessage));
    default:
        return Error(Error::Code::ConnectionFailed,
                     tr("The request to the STS failed: %1").arg(qtMessage));
    }
}

void StsExchange::cancel()
{
    m_retryTimer.stop();
    dropNetworkReply();
    wipe(m_bearer);
}

void StsExchange::dropNetworkReply()
{
    if (!m_networkReply)
        return;
    QNetworkReply *networkReply = std::exchange(m_networkReply, nullptr);
    networkReply->disconnect(this);
    networkReply->abort();
    networkReply->deleteLater();
}

void StsExchange::finishWith(const Error &error)
{
    wipe(m_bearer);
    if (error)
        qCDebug(lcMrAuthSts).noquote() << "failed:" << error.toString();
    m_reply->finishWithError(error);
}

} // namespace MrAuth
