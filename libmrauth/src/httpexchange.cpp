#include "httpexchange_p.h"

#include "messages_p.h"
#include "opensslexit_p.h"
#include "secrets_p.h"
#include "stsprotocol_p.h"

#include <QNetworkAccessManager>
#include <QSslError>

#include <algorithm>

namespace MrAuth {

Error mapNetworkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                      const NetworkErrorContext &context, bool *retryable)
{
    *retryable = false;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        if (!context.hostNotFoundMessage.isEmpty())
            return Error(Error::Code::HostNotFound, context.hostNotFoundMessage);
        return Error(Error::Code::HostNotFound, Messages::tr("The host %1 of %2 was not found.")
                                                    .arg(context.host, context.serviceName));
    case QNetworkReply::SslHandshakeFailedError:
        return Error(
            Error::Code::TlsError,
            Messages::tr("The TLS connection to %1 failed: %2")
                .arg(context.host, context.sslErrors.isEmpty() ? qtMessage : context.sslErrors));
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error(Error::Code::InsecureRedirect,
                     Messages::tr("%1 redirected in a way that is not allowed: %2")
                         .arg(sentenceStart(context.serviceName), qtMessage));
    case QNetworkReply::OperationCanceledError: // Qt 6.4 reports the transfer timeout so.
    case QNetworkReply::TimeoutError:
        *retryable = true;
        return Error(Error::Code::Timeout, Messages::tr("%1 did not answer within %n ms.", nullptr,
                                                        int(context.transferTimeout.count()))
                                               .arg(sentenceStart(context.serviceName)));
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
        return Error(
            Error::Code::ConnectionFailed,
            Messages::tr("The connection to %1 failed: %2").arg(context.serviceName, qtMessage));
    default:
        return Error(
            Error::Code::ConnectionFailed,
            Messages::tr("The request to %1 failed: %2").arg(context.serviceName, qtMessage));
    }
}

QString sentenceStart(const QString &phrase)
{
    if (phrase.isEmpty())
        return phrase;
    return phrase.front().toUpper() + phrase.mid(1);
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    const auto found = std::find_if(headers.cbegin(), headers.cend(), [name](const auto &pair) {
        return name.compare(pair.first, Qt::CaseInsensitive) == 0;
    });
    return found == headers.cend() ? QByteArray() : found->second;
}

HttpExchange::HttpExchange(const HttpExchangeConfig &config, QNetworkAccessManager *nam,
                           QObject *parent)
    : QObject(parent), m_config(config), m_nam(nam)
{
    disableOpenSslExitCleanup();
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and Retry-After is a lower bound.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::sendAttempt);
    // Deleted while a retry waits: end now rather than when the timer fires.
    if (nam) {
        connect(nam, &QObject::destroyed, this, [this] {
            if (m_running && !m_networkReply)
                endWithManagerDeleted();
        });
    }
}

HttpExchange::~HttpExchange()
{
    dropNetworkReply();
    wipe(m_body);
}

void HttpExchange::setRequestPreparer(RequestPreparer preparer)
{
    m_preparer = std::move(preparer);
}

void HttpExchange::setResponseClassifier(ResponseClassifier classifier)
{
    m_classifier = std::move(classifier);
}

void HttpExchange::get(const QUrl &url)
{
    m_method = "GET";
    start(url);
}

void HttpExchange::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    m_method = "POST";
    m_body = body;
    m_contentType = contentType;
    start(url);
}

void HttpExchange::start(const QUrl &url)
{
    m_url = url;
    m_attempts = 0;
    m_running = true;
    sendAttempt();
}

void HttpExchange::abort()
{
    m_running = false;
    m_retryTimer.stop();
    dropNetworkReply();
    wipe(m_body);
}

void HttpExchange::sendAttempt()
{
    if (!m_nam) {
        m_response = HttpResponse();
        end(Error(Error::Code::InvalidArgument,
                  Messages::tr("The network access manager was deleted before the request.")));
        return;
    }
    ++m_attempts;
    m_sslErrors.clear();

    QNetworkRequest request(m_url);
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
    if (m_preparer)
        m_preparer(request, m_attempts);

    m_attemptTimer.start();
    if (m_method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
        m_networkReply = m_nam->post(request, m_body);
    } else {
        m_networkReply = m_nam->get(request);
    }
    connect(m_networkReply, &QNetworkReply::finished, this, &HttpExchange::onNetworkReplyFinished);
    // The manager deletes its replies, without finished(), when it is deleted itself.
    connect(m_networkReply, &QObject::destroyed, this, &HttpExchange::onNetworkReplyDestroyed);
    connect(m_networkReply, &QNetworkReply::redirected, this, &HttpExchange::onRedirected);
    connect(m_networkReply, &QNetworkReply::downloadProgress, this,
            &HttpExchange::onDownloadProgress);
    connect(m_networkReply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &error : errors)
                    texts << error.errorString();
                m_sslErrors = texts.join(QStringLiteral("; "));
            });
}

void HttpExchange::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_url.resolved(target);
    if (isSameOrigin(resolved, m_url)) {
        Q_EMIT m_networkReply->redirectAllowed();
        return;
    }
    // Following would send the credential to another origin, or over plain http.
    stopAttempt(Error(
        Error::Code::InsecureRedirect,
        Messages::tr("%1 redirected to %2, another origin; the credential was not sent there.")
            .arg(sentenceStart(m_config.serviceName),
                 resolved.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString())));
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    if (received <= m_config.maxResponseSize && total <= m_config.maxResponseSize)
        return;
    QString message =
        Messages::tr("The response is larger than %1 bytes.").arg(m_config.maxResponseSize);
    if (!m_config.responseSizeHint.isEmpty())
        message += u' ' + m_config.responseSizeHint;
    stopAttempt(Error(Error::Code::InvalidResponse, message));
}

void HttpExchange::stopAttempt(const Error &reason)
{
    // The reply is dropped rather than aborted: abort() emits its own error and finished(),
    // and an error the HTTP thread had already queued then makes Qt warn "this method must
    // only be called once".
    readResponseHead(*m_networkReply);
    dropNetworkReply();
    m_response.transportError = reason;
    completeAttempt();
}

void HttpExchange::readResponseHead(const QNetworkReply &networkReply)
{
    m_response = HttpResponse();
    m_response.status = networkReply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.headers = networkReply.rawHeaderPairs();
    m_response.elapsedMs = m_attemptTimer.elapsed();
}

void HttpExchange::onNetworkReplyFinished()
{
    QNetworkReply *networkReply = std::exchange(m_networkReply, nullptr);
    disconnect(networkReply, &QObject::destroyed, this, nullptr);
    networkReply->deleteLater();

    readResponseHead(*networkReply);
    // Qt numbers connection-level errors below 100; from 100 on most mirror an HTTP status.
    const QNetworkReply::NetworkError qtError = networkReply->error();
    const bool connectionFailed =
        qtError != QNetworkReply::NoError && (qtError < 100 || m_response.status == 0);
    if (connectionFailed) {
        // Also when a status line arrived: a body cut short must not be parsed.
        NetworkErrorContext context;
        context.serviceName = m_config.serviceName;
        context.host = m_url.host();
        context.hostNotFoundMessage = m_config.hostNotFoundMessage;
        context.transferTimeout = m_config.transferTimeout;
        context.sslErrors = m_sslErrors;
        m_response.transportError = mapNetworkError(qtError, networkReply->errorString(), context,
                                                    &m_response.transportRetryable);
    } else if (m_response.status == 0) {
        m_response.transportError =
            Error(Error::Code::InvalidResponse,
                  Messages::tr("%1 closed the connection without an HTTP status.")
                      .arg(sentenceStart(m_config.serviceName)));
    } else {
        m_response.body = networkReply->read(m_config.maxResponseSize + 1);
    }
    completeAttempt();
}

void HttpExchange::completeAttempt()
{
    bool retryable = false;
    const Error error = m_classifier ? m_classifier(m_response, &retryable)
                                     : defaultClassification(m_response, &retryable);
    if (error && retryable && m_attempts <= m_config.retryPolicy.maxRetries) {
        std::optional<std::chrono::milliseconds> retryAfter;
        if (m_response.status != 0)
            retryAfter =
                parseRetryAfter(m_response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const auto delay = m_config.retryPolicy.delayForRetry(m_attempts, retryAfter);
        if (m_config.logCategory) {
            qCInfo(m_config.logCategory).noquote()
                << "retry" << m_attempts << "in" << delay.count() << "ms after" << error.toString();
        }
        m_retryTimer.start(delay);
        Q_EMIT retryScheduled(m_attempts, delay.count(), error);
        return;
    }
    end(error);
}

void HttpExchange::onNetworkReplyDestroyed()
{
    m_networkReply = nullptr;
    endWithManagerDeleted();
}

void HttpExchange::endWithManagerDeleted()
{
    m_retryTimer.stop();
    m_response = HttpResponse();
    end(Error(Error::Code::Canceled,
              Messages::tr("The request was canceled: its network access manager was deleted.")));
}

Error HttpExchange::defaultClassification(const HttpResponse &response, bool *retryable) const
{
    *retryable = false;
    if (response.transportError) {
        *retryable = response.transportRetryable;
        return response.transportError;
    }
    if (response.status >= 200 && response.status < 300)
        return {};
    *retryable = isRetryableHttpStatus(response.status);
    Error error(errorCodeForHttpStatus(response.status),
                Messages::tr("HTTP %2 from %1.").arg(m_config.serviceName).arg(response.status));
    error.setHttpStatus(response.status);
    return error;
}

void HttpExchange::dropNetworkReply()
{
    if (!m_networkReply)
        return;
    QNetworkReply *networkReply = std::exchange(m_networkReply, nullptr);
    networkReply->disconnect(this);
    // Deleting the reply aborts its request in Qt's HTTP thread, without abort()'s error.
    networkReply->deleteLater();
}

void HttpExchange::end(const Error &error)
{
    m_running = false;
    m_error = error;
    wipe(m_body);
    Q_EMIT finished();
}

} // namespace MrAuth
