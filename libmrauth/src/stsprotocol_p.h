#pragma once

// The STS wire protocol as pure functions: no I/O, tested directly.

#include <mrauth/accesstoken.h>
#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace MrAuth {

//! Empty error for a GUID other than the all-zero one; InvalidArgument otherwise.
MRAUTH_EXPORT Error validateAccountId(const QString &accountId);

//! True for 127.0.0.0/8, ::1 and "localhost".
MRAUTH_EXPORT bool isLoopbackHost(const QString &host);

//! The STS endpoint: \a customEndpoint when set (https added when it has no scheme; plain http
//! only on loopback), else `https://sts.{accountDomain}`. Sets \a error and returns an invalid
//! URL when the domain or endpoint is unusable.
MRAUTH_EXPORT QUrl stsEndpointUrl(const QString &accountDomain, const QUrl &customEndpoint,
                                  Error *error);

//! `{endpoint}/Accounts/{accountId}/token?api-version={apiVersion}`.
MRAUTH_EXPORT QUrl stsTokenUrl(const QUrl &endpoint, const QString &accountId,
                               const QString &apiVersion);

//! The error code for a non-2xx HTTP status.
MRAUTH_EXPORT Error::Code errorCodeForHttpStatus(int status);

//! True for 408, 429, 500, 502, 503 and 504.
MRAUTH_EXPORT bool isRetryableHttpStatus(int status);

//! A Retry-After value, in seconds or as an HTTP date relative to \a now.
MRAUTH_EXPORT std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                       const QDateTime &now);

//! The token of a 200 body `{"AccessToken":"<JWT>"}` with its expiry from the JWT. Sets
//! \a error (InvalidResponse, InvalidToken or MissingExpiry) on failure.
MRAUTH_EXPORT AccessToken parseStsTokenResponse(const QByteArray &body, Error *error);

//! The translated message for an HTTP failure of the STS.
MRAUTH_EXPORT QString stsHttpErrorMessage(int status, const QString &wwwAuthenticate);

} // namespace MrAuth
