#include "aadprotocol_p.h"

#include "httpexchange_p.h"
#include "messages_p.h"
#include "stsprotocol_p.h"

#include <mrauth/jwt.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace MrAuth {

namespace {

void setError(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

bool isTenantCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'-';
}

//! A JSON number or numeric string as whole seconds.
std::optional<qint64> jsonSeconds(const QJsonValue &value)
{
    // Beyond the years 1 to 9999 no date holds it: as a double the cast would be undefined,
    // as a string QDateTime::addSecs() would overflow into an invalid date.
    constexpr qint64 limit = 253402300799;
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!(seconds >= -double(limit) && seconds <= double(limit)))
            return std::nullopt;
        return qint64(seconds);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok && seconds >= -limit && seconds <= limit)
            return seconds;
    }
    return std::nullopt;
}

QJsonObject jsonObjectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

Error validateTenantId(const QString &tenantId, TenantUse use)
{
    const QString tenant = tenantId.trimmed();
    if (tenant.isEmpty()) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The tenant ID is empty: give the directory's ID (a GUID) or "
                                  "domain, such as 'contoso.onmicrosoft.com'."));
    }
    if (tenant.size() > 256 || !std::all_of(tenant.cbegin(), tenant.cend(), isTenantCharacter)) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The tenant ID '%1' is not valid: it must be a GUID or a "
                                  "domain name (letters, digits, '.' and '-').")
                         .arg(tenant.left(80)));
    }
    const QUuid uuid = QUuid::fromString(tenant);
    if (uuid.isNull() && tenant.size() == 36 && tenant.count(u'0') == 32) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The tenant ID is the all-zero GUID, which no directory has."));
    }
    const QString lower = tenant.toLower();
    if (lower == u"consumers") {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The tenant 'consumers' is for personal Microsoft accounts, "
                                  "which Mixed Reality does not accept: use your organisation's "
                                  "tenant."));
    }
    if (use == TenantUse::SingleTenant && (lower == u"common" || lower == u"organizations")) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The tenant '%1' stands for many directories; this sign-in "
                                  "needs the one directory of the application or identity.")
                         .arg(tenant));
    }
    return {};
}

Error validateClientId(const QString &clientId)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty()) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The client ID is empty: give the application (client) ID of "
                                  "the app registration."));
    }
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull() || id.startsWith(u'{')) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The client ID '%1' is not a GUID: give the application "
                                  "(client) ID of the app registration.")
                         .arg(id.left(80)));
    }
    return {};
}

QUrl normalizedAuthorityHost(const QUrl &authorityHost, Error *error)
{
    setError(error, Error());
    const QString text = authorityHost.toString().trimmed();
    QUrl url = authorityHost;
    if (!text.contains(QStringLiteral("://")))
        url = QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (scheme != u"https" && scheme != u"http") || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        setError(error, Error(Error::Code::InvalidArgument,
                              Messages::tr("The authority host '%1' is not valid: it must be "
                                           "https://host[:port], such as "
                                           "'https://login.microsoftonline.com'.")
                                  .arg(authorityHost.toDisplayString())));
        return {};
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        setError(error, Error(Error::Code::InvalidArgument,
                              Messages::tr("The authority host '%1' uses plain http, which is "
                                           "allowed only on this machine (loopback). Use https.")
                                  .arg(url.toDisplayString())));
        return {};
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl aadEndpointUrl(const QUrl &authorityHost, const QString &tenantId, const QString &path)
{
    QUrl url = authorityHost;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + tenantId.trimmed() + u'/' + path);
    return url;
}

QString scopesKey(const QStringList &scopes)
{
    QStringList cleaned;
    for (const QString &scope : scopes) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty())
            cleaned << trimmed;
    }
    cleaned.sort();
    cleaned.removeDuplicates();
    return cleaned.join(u' ');
}

QString scopeParameter(const QStringList &scopes, const QStringList &extra)
{
    QStringList all;
    for (const QString &scope : scopes + extra) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty() && !all.contains(trimmed))
            all << trimmed;
    }
    return all.join(u' ');
}

Error validateSingleScope(const QStringList &scopes)
{
    if (scopes.size() != 1) {
        return Error(
            Error::Code::InvalidArgument,
            Messages::tr("This credential takes exactly one scope, not %1.").arg(scopes.size()));
    }
    static const QRegularExpression allowed(QStringLiteral("^[0-9A-Za-z_.:/-]+$"));
    if (!allowed.match(scopes.first()).hasMatch()) {
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The scope '%1' has characters a scope cannot have.")
                         .arg(scopes.first().left(200)));
    }
    return {};
}

QString resourceForScopes(const QStringList &scopes, Error *error)
{
    const Error problem = validateSingleScope(scopes);
    setError(error, problem);
    if (problem)
        return {};
    QString resource = scopes.first();
    const QLatin1String suffix("/.default");
    if (resource.endsWith(suffix))
        resource.chop(suffix.size());
    return resource;
}

AadTokenResponse parseAadTokenResponse(const QByteArray &body, const QDateTime &now, Error *error)
{
    setError(error, Error());
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    if (!ok) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The token response is not a JSON object.")));
        return {};
    }
    const QString accessToken = object.value(QStringLiteral("access_token")).toString();
    if (accessToken.isEmpty()) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The token response has no access_token.")));
        return {};
    }
    const QJsonValue tokenType = object.value(QStringLiteral("token_type"));
    if (!tokenType.isUndefined() &&
        tokenType.toString().compare(QStringLiteral("Bearer"), Qt::CaseInsensitive) != 0) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The token response has token_type '%1', not Bearer.")
                                  .arg(tokenType.toString().left(40))));
        return {};
    }

    QDateTime expiresOn;
    if (const auto seconds = jsonSeconds(object.value(QStringLiteral("expires_on"))))
        expiresOn = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    else if (const auto lifetime = jsonSeconds(object.value(QStringLiteral("expires_in"))))
        expiresOn = now.toUTC().addSecs(*lifetime);
    else
        expiresOn = Jwt::expiryOf(accessToken);
    if (!expiresOn.isValid()) {
        setError(error, Error(Error::Code::MissingExpiry,
                              Messages::tr("The token response says neither expires_in nor "
                                           "expires_on, and the token has no exp claim.")));
        return {};
    }

    AadTokenResponse response;
    response.accessToken = AccessToken(accessToken, expiresOn);
    response.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    return response;
}

AadErrorBody parseAadErrorBody(const QByteArray &body)
{
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    AadErrorBody result;
    if (!ok)
        return result;
    result.error = object.value(QStringLiteral("error")).toString();
    // Azure AD's descriptions run over lines ("…\r\nTrace ID: …"): one line reads better.
    result.description = object.value(QStringLiteral("error_description")).toString().simplified();
    result.traceId = object.value(QStringLiteral("trace_id")).toString();
    result.correlationId = object.value(QStringLiteral("correlation_id")).toString();
    return result;
}

Error aadHttpError(int status, const AadErrorBody &body, const QString &serviceName)
{
    static const QStringList authenticationErrors = {
        QStringLiteral("invalid_client"),         QStringLiteral("unauthorized_client"),
        QStringLiteral("invalid_grant"),          QStringLiteral("access_denied"),
        QStringLiteral("authorization_declined"), QStringLiteral("interaction_required"),
        QStringLiteral("consent_required"),       QStringLiteral("login_required")};
    static const QStringList requestErrors = {
        QStringLiteral("invalid_request"), QStringLiteral("invalid_scope"),
        QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported_response_type"),
        QStringLiteral("invalid_resource")};

    Error::Code code;
    if (status == 401) // whatever the OAuth error says, the credential was refused
        code = Error::Code::AuthenticationFailed;
    else if (authenticationErrors.contains(body.error))
        code = Error::Code::AuthenticationFailed;
    else if (requestErrors.contains(body.error))
        code = Error::Code::InvalidRequest;
    else if (body.error == u"expired_token")
        code = Error::Code::Timeout;
    else if (body.error == u"temporarily_unavailable")
        code = Error::Code::ServerError;
    else if (status == 404)
        code = Error::Code::InvalidRequest; // an unknown tenant or path, not an STS account
    else
        code = errorCodeForHttpStatus(status);

    QString message;
    if (body.error.isEmpty()) {
        message =
            Messages::tr("%1 answered with HTTP %2.").arg(sentenceStart(serviceName)).arg(status);
    } else if (body.description.isEmpty()) {
        message = Messages::tr("%1 refused the request (HTTP %2, %3).")
                      .arg(sentenceStart(serviceName))
                      .arg(status)
                      .arg(body.error);
    } else {
        message = Messages::tr("%1 refused the request (HTTP %2, %3): %4")
                      .arg(sentenceStart(serviceName))
                      .arg(status)
                      .arg(body.error, body.description);
    }
    if (!body.traceId.isEmpty() || !body.correlationId.isEmpty()) {
        message += u' ' + Messages::tr("[trace ID %1, correlation ID %2]")
                              .arg(body.traceId.isEmpty() ? QStringLiteral("-") : body.traceId,
                                   body.correlationId.isEmpty() ? QStringLiteral("-")
                                                                : body.correlationId);
    }
    Error error(code, message);
    error.setHttpStatus(status);
    return error;
}

QString scrubSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short values would blank out ordinary words; real secrets are long.
        if (secret.size() >= 6)
            text.replace(secret, QStringLiteral("<redacted>"));
    }
    return text;
}

QByteArray formUrlEncoded(const FormFields &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

bool isPublicFormField(const QString &name)
{
    static const QStringList publicFields = {QStringLiteral("grant_type"),
                                             QStringLiteral("client_id"),
                                             QStringLiteral("scope"),
                                             QStringLiteral("redirect_uri"),
                                             QStringLiteral("response_type"),
                                             QStringLiteral("response_mode"),
                                             QStringLiteral("code_challenge_method"),
                                             QStringLiteral("api-version"),
                                             QStringLiteral("resource"),
                                             QStringLiteral("prompt")};
    return publicFields.contains(name);
}

QString formForLog(const FormFields &fields)
{
    QStringList parts;
    for (const auto &field : fields) {
        parts << field.first + u'=' +
                     (isPublicFormField(field.first) ? field.second : QStringLiteral("<redacted>"));
    }
    return parts.join(u' ');
}

QString urlForLog(const QUrl &url)
{
    QString base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                       .toDisplayString();
    if (!url.hasQuery())
        return base;
    return base + QStringLiteral(" [") + formForLog(QUrlQuery(url).queryItems(QUrl::FullyDecoded)) +
           u']';
}

DeviceCodeGrant parseDeviceCodeResponse(const QByteArray &body, const QDateTime &now, Error *error)
{
    setError(error, Error());
    bool ok = false;
    const QJsonObject object = jsonObjectOf(body, &ok);
    if (!ok) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The device code response is not a JSON object.")));
        return {};
    }
    const QString deviceCode = object.value(QStringLiteral("device_code")).toString();
    const QString userCode = object.value(QStringLiteral("user_code")).toString();
    QString verification = object.value(QStringLiteral("verification_uri")).toString();
    if (verification.isEmpty()) // Azure AD v1 spelled it so.
        verification = object.value(QStringLiteral("verification_url")).toString();
    const QUrl verificationUri(verification, QUrl::StrictMode);
    if (deviceCode.isEmpty() || userCode.isEmpty() || !verificationUri.isValid() ||
        verificationUri.host().isEmpty()) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The device code response lacks device_code, "
                                           "user_code or a valid verification_uri.")));
        return {};
    }
    const qint64 expiresIn =
        jsonSeconds(object.value(QStringLiteral("expires_in"))).value_or(qint64(900));
    const qint64 interval =
        jsonSeconds(object.value(QStringLiteral("interval"))).value_or(qint64(5));
    QString message = object.value(QStringLiteral("message")).toString();
    if (message.isEmpty()) {
        message = Messages::tr("To sign in, use a web browser to open the page %1 and enter the "
                               "code %2 to authenticate.")
                      .arg(verificationUri.toDisplayString(), userCode);
    }
    DeviceCodeGrant grant;
    grant.info = DeviceCodeInfo(userCode, verificationUri, message,
                                now.toUTC().addSecs(qMax<qint64>(0, expiresIn)));
    grant.deviceCode = deviceCode;
    grant.interval = std::chrono::seconds(std::clamp<qint64>(interval, 0, 3600));
    return grant;
}

bool tokenNeedsRefresh(const AccessToken &token, const QDateTime &obtainedOn, const QDateTime &now,
                       std::chrono::seconds margin)
{
    if (token.isNull() || token.isExpiredAt(now))
        return true;
    qint64 marginMs = qint64(margin.count()) * 1000;
    if (obtainedOn.isValid()) {
        const qint64 lifetimeMs = obtainedOn.msecsTo(token.expiresOn());
        if (lifetimeMs < 2 * marginMs)
            marginMs = lifetimeMs / 2;
    }
    return now.msecsTo(token.expiresOn()) <= marginMs;
}

Error chainError(const QList<ChainFailure> &failures)
{
    if (failures.isEmpty()) {
        return Error(Error::Code::CredentialUnavailable,
                     Messages::tr("The chain has no credentials to try."));
    }
    const bool allUnavailable =
        std::all_of(failures.cbegin(), failures.cend(), [](const ChainFailure &failure) {
            return failure.second.code() == Error::Code::CredentialUnavailable;
        });
    QString message = allUnavailable
                          ? Messages::tr("No credential in the chain could provide a token:")
                          : Messages::tr("%1 failed, which ends the chain (a credential that is "
                                         "set up but fails is reported, not skipped):")
                                .arg(failures.last().first);
    for (const ChainFailure &failure : failures)
        message += QStringLiteral("\n- ") + failure.first + QStringLiteral(": ") +
                   failure.second.message();
    if (allUnavailable)
        return Error(Error::Code::CredentialUnavailable, message);
    Error error = failures.last().second;
    error.setMessage(message);
    return error;
}

} // namespace MrAuth
