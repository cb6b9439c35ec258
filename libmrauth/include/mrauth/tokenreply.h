#pragma once

#include <mrauth/accesstoken.h>
#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QObject>

#include <functional>
#include <memory>

namespace MrAuth {

class TokenReplyPrivate;

//! The job object of one asynchronous token request, in the way of QNetworkReply.
//!
//! Returned by MixedRealityStsClient::getToken() and TokenCredential::getToken(). The caller owns
//! it (delete it, or call deleteLater() from a slot connected to finished()). finished() fires
//! exactly once and never before getToken() has returned; after it, either accessToken() holds the
//! token or error() says why not. Lives in, and must be used from, the thread that created it.
class MRAUTH_EXPORT TokenReply : public QObject
{
    Q_OBJECT
public:
    explicit TokenReply(QObject *parent = nullptr);
    ~TokenReply() override;

    //! True once finished() has been emitted.
    bool isFinished() const;

    //! Error::Code::NoError on success.
    Error::Code error() const;
    //! The translated error message, empty on success.
    QString errorString() const;
    //! The complete error: code, message, HTTP status, WWW-Authenticate and both CVs.
    Error errorInfo() const;

    //! The token on success; a null token otherwise.
    AccessToken accessToken() const;

    //! HTTP status of the last response, or 0 (none received, or no HTTP involved).
    int httpStatus() const;
    //! X-MRC-CV sent with the last request (empty when no request was sent).
    QString requestCorrelationVector() const;
    //! MS-CV of the last response (empty when none was received).
    QString responseCorrelationVector() const;
    //! How many requests were sent, retries included.
    int attempts() const;

    // Producer side: for MrAuth's clients and for TokenCredential implementations.

    //! Ends the reply successfully with \a token and emits finished(). Ignored when finished.
    void finishWithToken(const AccessToken &token);
    //! Ends the reply with \a error and emits finished(). Ignored when finished.
    void finishWithError(const Error &error);
    //! Records the exchange details of the latest attempt (status and correlation vectors).
    void setExchangeDetails(int httpStatus, const QString &requestCv, const QString &responseCv);
    //! Sets the number of requests sent so far.
    void setAttempts(int attempts);
    //! Called by abort() before the reply finishes, so the producer can stop its work. If the
    //! handler does not finish the reply, abort() finishes it with Error::Code::Canceled.
    void setAbortHandler(std::function<void()> handler);

public Q_SLOTS:
    //! Cancels the request. finished() fires (synchronously) with Error::Code::Canceled unless
    //! the reply had already finished.
    void abort();

Q_SIGNALS:
    //! Emitted exactly once, when the reply has a token or an error.
    void finished();
    //! Emitted when a failed try will be retried after \a delayMs milliseconds; \a retry counts
    //! from 1 and \a reason is why the previous try failed.
    void retryScheduled(int retry, qint64 delayMs, const MrAuth::Error &reason);

private:
    std::unique_ptr<TokenReplyPrivate> d;
};

} // namespace MrAuth
