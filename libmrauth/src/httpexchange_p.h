#pragma once

// One HTTP request to a token service (the STS, Azure AD, a managed-identity endpoint) with
// everything MrAuth promises for every request: a transfer timeout, the client's one
// QSslConfiguration, same-origin redirects only, a response-size cap, typed network errors and
// retries with back-off and Retry-After. What a response means is the caller's business.

#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/retrypolicy.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace MrAuth {

//! What mapNetworkError() needs to word its messages.
struct NetworkErrorContext
{
    //! Translated, lower-case, for the middle of a sentence: "the STS", "Azure AD".
    QString serviceName;
    //! The host the request went to.
    QString host;
    //! Replaces the generic DNS-failure message when set (the STS hints at the account domain).
    QString hostNotFoundMessage;
    std::chrono::milliseconds transferTimeout{30000};
    //! The texts of the sslErrors() of the failed attempt, if any.
    QString sslErrors;
};

//! The typed error for a request that got no HTTP answer. Sets \a retryable for transient
//! failures (refused, reset, timeout); DNS, TLS and redirect failures are never retried.
MRAUTH_EXPORT Error mapNetworkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                                    const NetworkErrorContext &context, bool *retryable);

//! \a phrase with its first letter in upper case, to start a sentence with a service name.
MRAUTH_EXPORT QString sentenceStart(const QString &phrase);

//! True when \a a and \a b have the same scheme, host and port.
MRAUTH_EXPORT bool isSameOrigin(const QUrl &a, const QUrl &b);

//! The fixed settings of an HttpExchange.
struct HttpExchangeConfig
{
    QString userAgent;
    std::chrono::milliseconds transferTimeout{30000};
    RetryPolicy retryPolicy;
    //! Unset: QSslConfiguration::defaultConfiguration().
    std::optional<QSslConfiguration> sslConfiguration;
    qint64 maxResponseSize = 64 * 1024;
    //! See NetworkErrorContext.
    QString serviceName;
    QString hostNotFoundMessage;
    //! Appended to the message of a response over maxResponseSize (what a real one weighs).
    QString responseSizeHint;
    //! Where retries are logged; Q_DECLARE_LOGGING_CATEGORY functions fit.
    const QLoggingCategory &(*logCategory)() = nullptr;
};

//! The outcome of one attempt.
struct MRAUTH_EXPORT HttpResponse
{
    //! 0 when no HTTP answer arrived.
    int status = 0;
    //! At most maxResponseSize + 1 bytes.
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    //! Set when the attempt got no usable HTTP answer: network or TLS failure, refused
    //! redirect, or a response over the size cap.
    Error transportError;
    bool transportRetryable = false;
    qint64 elapsedMs = 0;

    //! The value of header \a name (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
};

//! One request, retried as the policy says, ending in exactly one finished().
//!
//! Every attempt is a new QNetworkRequest; the preparer adds per-attempt headers (a new
//! correlation vector, the credential), the classifier says what each answer means. Deleting
//! the exchange aborts it without finished().
class MRAUTH_EXPORT HttpExchange : public QObject
{
    Q_OBJECT
public:
    //! Adds headers to the request of attempt \a attempt (1-based).
    using RequestPreparer = std::function<void(QNetworkRequest &request, int attempt)>;
    //! The error of \a response (empty: success), and whether it is worth another try.
    using ResponseClassifier = std::function<Error(const HttpResponse &response, bool *retryable)>;

    HttpExchange(const HttpExchangeConfig &config, QNetworkAccessManager *nam,
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    void setRequestPreparer(RequestPreparer preparer);
    //! Unset: defaultClassification().
    void setResponseClassifier(ResponseClassifier classifier);

    //! Starts `GET url`.
    void get(const QUrl &url);
    //! Starts `POST url` with \a body, wiped from memory when the exchange ends.
    void post(const QUrl &url, const QByteArray &body, const QByteArray &contentType);
    //! Stops at once; finished() is not emitted.
    void abort();

    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempts; }
    //! The last attempt's response.
    const HttpResponse &response() const { return m_response; }
    //! The classifier's verdict on the last attempt; empty on success.
    Error error() const { return m_error; }
    QUrl url() const { return m_url; }

    //! Transport errors as they are; 2xx is success; other statuses are errors with a
    //! generic message, retried for 408, 429 and 5xx.
    Error defaultClassification(const HttpResponse &response, bool *retryable) const;

Q_SIGNALS:
    //! A failed attempt will be retried after \a delayMs; \a retry counts from 1.
    void retryScheduled(int retry, qint64 delayMs, const MrAuth::Error &reason);
    //! The last attempt is done: see error() and response().
    void finished();

private:
    void start(const QUrl &url);
    void sendAttempt();
    void onNetworkReplyFinished();
    //! Ends the current attempt early, with \a reason as its transport error.
    void stopAttempt(const Error &reason);
    void readResponseHead(const QNetworkReply &networkReply);
    //! Classifies m_response, then retries or ends.
    void completeAttempt();
    void onRedirected(const QUrl &target);
    void onDownloadProgress(qint64 received, qint64 total);
    void onNetworkReplyDestroyed();
    void endWithManagerDeleted();
    void dropNetworkReply();
    void end(const Error &error);

    HttpExchangeConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    RequestPreparer m_preparer;
    ResponseClassifier m_classifier;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    QByteArray m_contentType;
    //! Guarded as well: the manager deletes its replies when it is deleted.
    QPointer<QNetworkReply> m_networkReply;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptTimer;
    QString m_sslErrors;
    HttpResponse m_response;
    Error m_error;
    int m_attempts = 0;
    bool m_running = false;
};

} // namespace MrAuth
