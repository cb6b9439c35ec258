#pragma once

#include <mrauth/error.h>
#include <mrauth/retrypolicy.h>
#include <mrauth/tokencredential.h>
#include <mrauth/tokenreply.h>

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace MrAuth {

//! What one exchange needs to know of its client, copied so the exchange outlives nothing.
struct StsExchangeConfig
{
    QUrl tokenUrl;
    QString accountDomain;
    QString userAgent;
    std::chrono::milliseconds transferTimeout{30000};
    RetryPolicy retryPolicy;
    std::optional<QSslConfiguration> sslConfiguration;
    qint64 maxResponseSize = 64 * 1024;
};

//! One token exchange with the STS, retries included; drives one TokenReply to its end.
//!
//! A child of the reply it drives: deleting the reply cancels the exchange.
class StsExchange : public QObject
{
    Q_OBJECT
public:
    StsExchange(const StsExchangeConfig &config, QNetworkAccessManager *nam, TokenReply *reply);
    ~StsExchange() override;

    //! Sends the exchange with \a bearer as the STS credential.
    void startWithBearer(const QString &bearer);
    //! Asks \a credential for a token for \a scopes first, then sends the exchange with it.
    void startWithCredential(TokenCredential *credential, const QStringList &scopes);
    //! Finishes the reply with \a error on the next event-loop turn.
    void failLater(const Error &error);

private:
    void sendAttempt();
    void onNetworkReplyFinished();
    void onRedirected(const QUrl &target);
    void onDownloadProgress(qint64 received, qint64 total);
    void cancel();
    void dropNetworkReply();
    Error networkError(QNetworkReply::NetworkError code, const QString &qtMessage,
                       bool *retryable) const;
    void finishWith(const Error &error);

    StsExchangeConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    TokenReply *m_reply;
    QString m_bearer;
    QNetworkReply *m_networkReply = nullptr;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptTimer;
    QString m_requestCv;
    QString m_sslErrors;
    std::optional<Error> m_abortReason;
    int m_attempts = 0;
};

} // namespace MrAuth
