#pragma once

// The Azure AD side of the protocol as pure functions: no I/O, tested directly.

#include <mrauth/accesstoken.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

namespace MrAuth {

//! Which tenants a flow accepts.
enum class TenantUse {
    //! User sign-in: a directory, or `organizations` / `common`.
    UserSignIn,
    //! Client credentials and managed identities: exactly one directory.
    SingleTenant,
};

//! Empty for a usable tenant: a GUID (not all zeros) or a domain name, of the characters
//! Azure AD allows. `consumers` (personal accounts) is refused, because Mixed Reality needs an
//! organisation's tenant; `common` and `organizations` are refused for SingleTenant.
MRAUTH_EXPORT Error validateTenantId(const QString &tenantId, TenantUse use);

//! Empty for a GUID client id; \a what names it in the message ("client ID").
MRAUTH_EXPORT Error validateClientId(const QString &clientId);

//! The authority host as used: https added when there is no scheme, trailing slashes dropped.
//! Sets \a error for a query, fragment, user info, another scheme, or http off loopback.
MRAUTH_EXPORT QUrl normalizedAuthorityHost(const QUrl &authorityHost, Error *error);

//! `{authorityHost}/{tenantId}/{path}`, e.g. path `oauth2/v2.0/token`.
MRAUTH_EXPORT QUrl aadEndpointUrl(const QUrl &authorityHost, const QString &tenantId,
                                  const QString &path);

//! The cache key of a scope list: trimmed, sorted, without duplicates, joined by spaces.
MRAUTH_EXPORT QString scopesKey(const QStringList &scopes);

//! The scopes as Azure AD's `scope` form field, with \a extra scopes (`offline_access`) added.
MRAUTH_EXPORT QString scopeParameter(const QStringList &scopes, const QStringList &extra = {});

//! The v1 resource of one scope, for managed identities: the scope without `/.default`
//! (`https://sts.mixedreality.azure.com//.default` gives `https://sts.mixedreality.azure.com/`).
//! Sets \a error unless there is exactly one usable scope.
MRAUTH_EXPORT QString resourceForScopes(const QStringList &scopes, Error *error);

//! Empty when \a scopes is exactly one scope of the characters Azure Identity allows for
//! passing to a program (letters, digits, `-_.:/`), so that no argument can be injected.
MRAUTH_EXPORT Error validateSingleScope(const QStringList &scopes);

//! The parts of a successful token response that matter.
struct AadTokenResponse
{
    AccessToken accessToken;
    //! Empty unless a user flow returned one.
    QString refreshToken;
};

//! Parses `{"token_type":"Bearer","expires_in":3599,"access_token":"…"}` (and the managed
//! identity variants). The expiry is `expires_on` (POSIX seconds, number or numeric string)
//! when present, else \a now + `expires_in`, else the JWT's `exp`. Sets \a error to
//! InvalidResponse or MissingExpiry on failure; the message never quotes the body.
MRAUTH_EXPORT AadTokenResponse parseAadTokenResponse(const QByteArray &body, const QDateTime &now,
                                                     Error *error);

//! The fields of an OAuth error body `{"error":…,"error_description":…}`; empty when the body
//! is not such an object.
struct AadErrorBody
{
    QString error;
    QString description;
    QString traceId;
    QString correlationId;
};
MRAUTH_EXPORT AadErrorBody parseAadErrorBody(const QByteArray &body);

//! The typed error of a non-2xx answer of Azure AD (or a managed identity endpoint, named by
//! \a serviceName), with the OAuth error and its description in the message.
MRAUTH_EXPORT Error aadHttpError(int status, const AadErrorBody &body, const QString &serviceName);

//! \a text with every occurrence of each of \a secrets replaced by `<redacted>`.
MRAUTH_EXPORT QString scrubSecrets(QString text, const QStringList &secrets);

//! The fields of a form body or query, in order, decoded.
using FormFields = QList<QPair<QString, QString>>;

//! \a fields as `application/x-www-form-urlencoded`: every byte but the unreserved ones
//! percent-encoded (so a `+` in a secret stays a `+`, unlike QUrlQuery's encoding).
MRAUTH_EXPORT QByteArray formUrlEncoded(const FormFields &fields);

//! True for the fields whose values may be logged: grant_type, client_id, scope, redirect_uri,
//! response_type, response_mode, code_challenge_method, api-version, resource, prompt.
MRAUTH_EXPORT bool isPublicFormField(const QString &name);

//! The fields for a log line: `name=value`, with every value but the public ones shown as
//! `<redacted>`.
MRAUTH_EXPORT QString formForLog(const FormFields &fields);

//! The URL for a log line: scheme, host, port, path, and the query as formForLog() shows it.
MRAUTH_EXPORT QString urlForLog(const QUrl &url);

//! A device-code grant as the devicecode endpoint answers it.
struct DeviceCodeGrant
{
    DeviceCodeInfo info;
    //! The secret the client polls with.
    QString deviceCode;
    //! The polling interval (5 s when Azure AD gives none).
    std::chrono::seconds interval{5};
};

//! Parses `{"device_code","user_code","verification_uri","expires_in","interval","message"}`.
MRAUTH_EXPORT DeviceCodeGrant parseDeviceCodeResponse(const QByteArray &body, const QDateTime &now,
                                                      Error *error);

//! True when \a token, obtained at \a obtainedOn, should be replaced at \a now: it is null or
//! expired, or within \a margin of its expiry. A token living shorter than twice the margin is
//! replaced at half its lifetime instead, so that it is used at all.
MRAUTH_EXPORT bool tokenNeedsRefresh(const AccessToken &token, const QDateTime &obtainedOn,
                                     const QDateTime &now, std::chrono::seconds margin);

//! One link's failure in a chain: the credential's name and its error.
using ChainFailure = QPair<QString, Error>;

//! The error of a chain whose links failed: CredentialUnavailable when every link was
//! unavailable, else the code of the last failure; the message has one line per link.
MRAUTH_EXPORT Error chainError(const QList<ChainFailure> &failures);

} // namespace MrAuth
