#pragma once

#include <mrauth/mrauth_export.h>

#include <QMetaType>
#include <QObject>
#include <QSharedDataPointer>
#include <QString>

namespace MrAuth {

class ErrorData;

//! A typed error from any MrAuth operation.
//!
//! Carries the closed error code, a human-readable message, and everything support needs to
//! trace a failed STS exchange: the HTTP status, the server's WWW-Authenticate text, the
//! correlation vector the client sent (X-MRC-CV) and the one the server answered with (MS-CV).
//! It never contains a secret: no key, client secret or token is ever put into an Error.
//! Implicitly shared value type; safe to copy across threads.
class MRAUTH_EXPORT Error
{
    Q_GADGET
public:
    //! The closed set of error kinds.
    enum class Code {
        NoError,
        InvalidArgument,       //!< A bad account id, account domain, key, endpoint or option.
        InvalidRequest,        //!< HTTP 400 from the server.
        AuthenticationFailed,  //!< HTTP 401: wrong key, wrong account or invalid token.
        Forbidden,             //!< HTTP 403: the principal has no role on the account.
        AccountNotFound,       //!< HTTP 404.
        Throttled,             //!< HTTP 429 after every retry.
        ServerError,           //!< HTTP 5xx after every retry, or another unexpected status.
        InvalidResponse,       //!< A response that is not what the protocol promises.
        InvalidToken,          //!< A token that is not a well-formed JWT.
        MissingExpiry,         //!< A JWT without a usable `exp` claim.
        HostNotFound,          //!< DNS failure; for the STS this is nearly always a wrong domain.
        ConnectionFailed,      //!< Refused, reset or otherwise failed network connection.
        TlsError,              //!< Certificate or handshake failure. Never ignored.
        InsecureRedirect,      //!< A redirect to another origin or to plain http.
        Timeout,               //!< The transfer timeout elapsed.
        Canceled,              //!< The caller aborted the operation.
        CredentialUnavailable, //!< A credential could not be used in this environment.
    };
    Q_ENUM(Code)

    //! An empty error (code NoError).
    Error();
    //! An error with \a code and \a message; HTTP status and correlation vectors can be set.
    Error(Code code, const QString &message);
    Error(const Error &other);
    Error(Error &&other) noexcept;
    Error &operator=(const Error &other);
    Error &operator=(Error &&other) noexcept;
    ~Error();

    Code code() const;
    //! True when code() is not NoError.
    bool isError() const;
    explicit operator bool() const { return isError(); }

    //! The human-readable message, translated. Never contains a secret.
    QString message() const;
    void setMessage(const QString &message);

    //! HTTP status of the failed response, or 0 when no response was received.
    int httpStatus() const;
    void setHttpStatus(int status);

    //! The text of the WWW-Authenticate response header, if any.
    QString wwwAuthenticate() const;
    void setWwwAuthenticate(const QString &text);

    //! The X-MRC-CV value the client sent with the request, if a request was sent.
    QString requestCorrelationVector() const;
    void setRequestCorrelationVector(const QString &cv);

    //! The MS-CV value the server answered with, if a response was received.
    QString responseCorrelationVector() const;
    void setResponseCorrelationVector(const QString &cv);

    //! The code's name, e.g. "AuthenticationFailed".
    static QString codeName(Code code);

    //! One line for logs and error output: code, message, status, and both correlation vectors.
    QString toString() const;

private:
    QSharedDataPointer<ErrorData> d;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::Error)
