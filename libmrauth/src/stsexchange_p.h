#pragma once

#include "httpexchange_p.h"

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
    // The HTTP side (timeout, TLS, redirects, size cap, network errors, retries) is the shared
    // HttpExchange; these add what is particular to the STS.
    void prepareAttempt(QNetworkRequest &request, int attempt);
    Error classify(const HttpResponse &response, bool *retryable);
    void onHttpFinished();
    void cancel();
    void finishWith(const Error &error);

    StsExchangeConfig m_config;
    TokenReply *m_reply;
    HttpExchange *m_http;
    QString m_bearer;
    QString m_requestCv;
    AccessToken m_token;
};

} // namespace MrAuth
