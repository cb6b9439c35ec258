#pragma once

#include "aadprotocol_p.h"
#include "httpexchange_p.h"

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokenreply.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace MrAuth {

//! What every request of one Azure AD credential shares: its options (authority host checked
//! once) and its network access manager.
class MRAUTH_EXPORT AadHttpContext
{
public:
    //! Uses the options' network access manager, or creates one as a child of \a owner.
    AadHttpContext(const AzureCredentialOptions &options, QObject *owner);

    const AzureCredentialOptions &options() const { return m_options; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    //! The normalised authority host; invalid when authorityError() is set.
    QUrl authorityHost() const { return m_authorityHost; }
    Error authorityError() const { return m_authorityError; }
    Clock *clock() const;

    //! The HTTP settings for requests to \a serviceName (translated, e.g. "Azure AD").
    HttpExchangeConfig httpConfig(const QString &serviceName) const;
    //! Like httpConfig(), with another timeout and retry policy (a managed-identity probe).
    HttpExchangeConfig httpConfig(const QString &serviceName,
                                  std::chrono::milliseconds transferTimeout,
                                  const RetryPolicy &retryPolicy) const;

private:
    AzureCredentialOptions m_options;
    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_authorityHost;
    Error m_authorityError;
};

//! One request to Azure AD or a managed-identity endpoint: the shared HttpExchange plus
//! OAuth error bodies, logging in `mrauth.aad` with secrets redacted, and secrets scrubbed from
//! every error text. Ends in exactly one finished(); deleting it aborts.
class MRAUTH_EXPORT AadRequest : public QObject
{
    Q_OBJECT
public:
    AadRequest(const HttpExchangeConfig &config, QNetworkAccessManager *nam,
               QObject *parent = nullptr);
    ~AadRequest() override;

    //! `POST url` with \a form as `application/x-www-form-urlencoded`. The values of every
    //! field but the public ones (isPublicFormField()) are treated as secrets.
    void postForm(const QUrl &url, const FormFields &form);
    //! `GET url` with \a headers; \a secrets are values to keep out of logs and errors.
    void get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
             const QStringList &secrets = {});
    void abort();

    //! After finished(): the body of a 2xx answer.
    QByteArray body() const;
    //! After finished(): empty on a 2xx answer.
    Error error() const { return m_error; }
    //! The OAuth `error` of a failed answer (`authorization_pending`, `invalid_client`, …).
    QString oauthError() const { return m_oauthError; }
    int attempts() const;

Q_SIGNALS:
    void retryScheduled(int retry, qint64 delayMs, const MrAuth::Error &reason);
    void finished();

private:
    Error classify(const HttpResponse &response, bool *retryable);

    HttpExchange *m_http;
    QString m_serviceName;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_secrets;
    QString m_logDescription;
    QString m_oauthError;
    Error m_error;
};

//! Finishes \a reply with \a error on a later event-loop turn (never before getToken() returns).
MRAUTH_EXPORT void finishLater(TokenReply *reply, const Error &error);

//! Receives the outcome of a token request: the parsed response, or the error with the OAuth
//! error code (`authorization_pending`, …) when Azure AD sent one.
using TokenResultHandler = std::function<void(const AadTokenResponse &response, const Error &error,
                                              const QString &oauthError)>;

//! Posts \a form to the token endpoint \a url as a child of \a parent and hands the outcome
//! to \a done (the request deletes itself afterwards). Retries are forwarded to
//! \a retryTarget when given.
MRAUTH_EXPORT AadRequest *postTokenRequest(const AadHttpContext &context, QObject *parent,
                                           const QUrl &url, const FormFields &form,
                                           TokenResultHandler done,
                                           TokenReply *retryTarget = nullptr);

//! Redeems \a refreshToken at \a tokenUrl for \a scopes (with `offline_access`, so that a
//! new refresh token comes back); see postTokenRequest().
MRAUTH_EXPORT AadRequest *postRefreshTokenRequest(const AadHttpContext &context, QObject *parent,
                                                  const QUrl &tokenUrl, const QString &clientId,
                                                  const QString &refreshToken,
                                                  const QStringList &scopes,
                                                  TokenResultHandler done, TokenReply *retryTarget);

//! True when a failed refresh means that the user has to sign in again (Azure AD refused the
//! grant), false when Azure AD could not be asked (network, server errors).
MRAUTH_EXPORT bool refreshNeedsInteraction(const Error &error);

} // namespace MrAuth
