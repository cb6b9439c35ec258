#include "aadservice.h"

#include "opensslhelpers.h"
#include "tokensigner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace MrAuth {

namespace {

constexpr int deviceCodeLifetime = 900;
constexpr int authorizationCodeLifetime = 600;
constexpr int maxPendingCodes = 1000;
constexpr int maxRefreshGrants = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::AadService", text);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(TokenSigner::base64Url(OpenSsl::randomBytes(bytes)));
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

bool isOpenIdScope(const QString &scope)
{
    return scope == QLatin1String("openid") || scope == QLatin1String("profile") ||
           scope == QLatin1String("offline_access") || scope == QLatin1String("email");
}

QStringList splitScopes(const QString &scopes)
{
    return scopes.split(u' ', Qt::SkipEmptyParts);
}

// The user code people type: 9 letters and digits without look-alikes, as AAD prints them.
QString newUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return code;
}

} // namespace

AadService::AadService(const std::function<const AccountsConfig &()> &config,
                       const TokenSigner *signer)
    : m_config(config), m_signer(signer)
{}

HttpResponse AadService::errorResponse(int status, const QString &error, int code,
                                       const QString &description)
{
    const QString traceId = newGuid();
    const QString correlationId = newGuid();
    const QString timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss'Z'"));
    const QString text = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                                        "Timestamp: %5")
                             .arg(code)
                             .arg(description, traceId, correlationId, timestamp);
    HttpResponse response = HttpResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"), text},
                                          {QStringLiteral("error_codes"), QJsonArray{code}},
                                          {QStringLiteral("timestamp"), timestamp},
                                          {QStringLiteral("trace_id"), traceId},
                                          {QStringLiteral("correlation_id"), correlationId}}));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("x-ms-request-id", traceId.toLatin1());
    return response;
}

QString AadService::resourceOfScope(const QString &scope, QString *permission)
{
    permission->clear();
    if (isOpenIdScope(scope))
        return {};
    if (scope.endsWith(QLatin1String("/.default"))) {
        QString resource = scope.chopped(9);
        while (resource.endsWith(u'/'))
            resource.chop(1);
        return resource;
    }
    const qsizetype slash = scope.lastIndexOf(u'/');
    if (scope.contains(QLatin1String("://")) && slash > scope.indexOf(QLatin1String("://")) + 2) {
        *permission = scope.mid(slash + 1);
        return scope.left(slash);
    }
    // A bare permission such as "User.Read" is Microsoft Graph's.
    *permission = scope;
    return QStringLiteral("https://graph.microsoft.com");
}

bool AadService::isLoopbackRedirectUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() ||
        url.hasFragment())
        return false;
    return url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1");
}

const AccountsConfig::Tenant *AadService::resolveTenant(const QString &tenant,
                                                        const QString &clientId) const
{
    const AccountsConfig &config = m_config();
    if (const AccountsConfig::Tenant *found = config.tenant(tenant))
        return found;
    if (tenant != QLatin1String("organizations") && tenant != QLatin1String("common"))
        return nullptr;
    // Multi-tenant authorities: the tenant that knows the client.
    for (const AccountsConfig::Tenant &candidate : config.tenants()) {
        for (const auto &client : candidate.publicClients) {
            if (client.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
                return &candidate;
        }
        for (const auto &principal : candidate.servicePrincipals) {
            if (principal.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
                return &candidate;
        }
    }
    return config.tenants().isEmpty() || !clientId.isEmpty() ? nullptr : &config.tenants().first();
}

std::optional<AadService::Scope> AadService::parseScopes(const QStringList &scopes,
                                                         HttpResponse *error) const
{
    if (scopes.isEmpty()) {
        *error = errorResponse(400, QStringLiteral("invalid_request"), 900144,
                               tr("The request body must contain the following parameter: "
                                  "'scope'."));
        return std::nullopt;
    }
    Scope scope;
    for (const QString &item : scopes) {
        if (item == QLatin1String("openid"))
            scope.wantsIdToken = true;
        QString permission;
        const QString resource = resourceOfScope(item, &permission);
        if (resource.isEmpty())
            continue;
        if (!scope.resource.isEmpty() && scope.resource != resource) {
            *error = errorResponse(400, QStringLiteral("invalid_scope"), 28000,
                                   tr("Provided value for the input parameter scope is not valid "
                                      "because it contains more than one resource."));
            return std::nullopt;
        }
        scope.resource = resource;
        if (permission.isEmpty())
            scope.isDefault = true;
        else
            scope.permissions.append(permission);
    }
    if (scope.resource.isEmpty()) {
        // Only OpenID scopes: the token is for Microsoft Graph, as AAD does.
        scope.resource = QStringLiteral("https://graph.microsoft.com");
        scope.permissions.append(QStringLiteral("User.Read"));
    }
    return scope;
}

HttpResponse AadService::handleTenantRequest(const HttpRequest &request, const QString &tenant,
                                             const QString &rest, const QString &baseUrl)
{
    prune();
    if (rest == QLatin1String("v2.0/.well-known/openid-configuration") && request.method == "GET")
        return openIdConfiguration(tenant, baseUrl);
    if (rest == QLatin1String("discovery/v2.0/keys") && request.method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_signer->jwks()));
    if (rest == QLatin1String("oauth2/v2.0/token") && request.method == "POST")
        return token(request, tenant, baseUrl);
    if (rest == QLatin1String("oauth2/v2.0/devicecode") && request.method == "POST")
        return deviceCode(request, tenant, baseUrl);
    if (rest == QLatin1String("oauth2/v2.0/authorize") && request.method == "GET")
        return authorize(request, tenant);
    HttpResponse response;
    response.status = 404;
    return response;
}

HttpResponse AadService::openIdConfiguration(const QString &tenant, const QString &baseUrl) const
{
    const AccountsConfig::Tenant *known = m_config().tenant(tenant);
    const bool multiTenant =
        tenant == QLatin1String("organizations") || tenant == QLatin1String("common");
    if (!known && !multiTenant) {
        return errorResponse(400, QStringLiteral("invalid_tenant"), 90002,
                             tr("Tenant '%1' not found.").arg(tenant));
    }
    const QString tenantPath = baseUrl + u'/' + tenant;
    const QString issuer = baseUrl + u'/' +
                           (known ? known->tenantId : QStringLiteral("{tenantid}")) +
                           QStringLiteral("/v2.0");
    QJsonObject json{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"),
         QString(tenantPath + QStringLiteral("/oauth2/v2.0/authorize"))},
        {QStringLiteral("token_endpoint"),
         QString(tenantPath + QStringLiteral("/oauth2/v2.0/token"))},
        {QStringLiteral("device_authorization_endpoint"),
         QString(tenantPath + QStringLiteral("/oauth2/v2.0/devicecode"))},
        {QStringLiteral("end_session_endpoint"),
         QString(tenantPath + QStringLiteral("/oauth2/v2.0/logout"))},
        {QStringLiteral("jwks_uri"), QString(tenantPath + QStringLiteral("/discovery/v2.0/keys"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials"),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("NA")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_graph_host_name"), QStringLiteral("graph.windows.net")},
        {QStringLiteral("msgraph_host"), QStringLiteral("graph.microsoft.com")},
    };
    return HttpResponse::json(200, QJsonDocument(json));
}

HttpResponse AadService::instanceDiscovery(const HttpRequest &request, const QString &baseUrl) const
{
    Q_UNUSED(request)
    const QString host = QUrl(baseUrl).authority();
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("tenant_discovery_endpoint"),
             QString(baseUrl + QStringLiteral("/common/v2.0/.well-known/openid-configuration"))},
            {QStringLiteral("api-version"), QStringLiteral("1.1")},
            {QStringLiteral("metadata"),
             QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                    {QStringLiteral("preferred_cache"), host},
                                    {QStringLiteral("aliases"), QJsonArray{host}}}}}}));
}

QString AadService::accessToken(const QString &baseUrl, const QString &tenantId,
                                const QString &audience, const QString &objectId,
                                const QString &appId, bool isApp, const QStringList &permissions,
                                const AccountsConfig::User *user, bool confidential) const
{
    const qint64 issued = now();
    QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), QString(baseUrl + u'/' + tenantId + QStringLiteral("/v2.0"))},
        {QStringLiteral("iat"), issued},
        {QStringLiteral("nbf"), issued},
        {QStringLiteral("exp"), issued + accessTokenLifetime},
        {QStringLiteral("tid"), tenantId},
        {QStringLiteral("oid"), objectId},
        {QStringLiteral("sub"), objectId},
        {QStringLiteral("appid"), appId},
        {QStringLiteral("azp"), appId},
        {QStringLiteral("appidacr"), confidential ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("idtyp"), isApp ? QStringLiteral("app") : QStringLiteral("user")},
        {QStringLiteral("uti"), randomToken(16)},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    if (!permissions.isEmpty())
        claims.insert(QStringLiteral("scp"), permissions.join(u' '));
    if (user) {
        claims.insert(QStringLiteral("upn"), user->username);
        claims.insert(QStringLiteral("preferred_username"), user->username);
        claims.insert(QStringLiteral("name"), user->username.section(u'@', 0, 0));
    }
    return m_signer->sign(claims);
}

HttpResponse AadService::token(const HttpRequest &request, const QString &tenantName,
                               const QString &baseUrl)
{
    const QHash<QString, QString> form = request.formFields();
    const QString clientId = form.value(QStringLiteral("client_id")).toLower();
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalid_request"), 900144,
                             tr("The request body must contain the following parameter: "
                                "'grant_type'."));
    }
    if (clientId.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalid_request"), 900144,
                             tr("The request body must contain the following parameter: "
                                "'client_id'."));
    }
    const AccountsConfig::Tenant *tenant = resolveTenant(tenantName, clientId);
    if (!tenant) {
        return errorResponse(
            400, QStringLiteral("invalid_request"), 90002,
            tr("Tenant '%1' not found, or the application is not in it.").arg(tenantName));
    }
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(*tenant, form, baseUrl);

    if (const std::optional<HttpResponse> clientError = checkUserFlowClient(*tenant, form))
        return *clientError;

    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        const QString code = form.value(QStringLiteral("device_code"));
        const auto found = m_deviceCodes.find(code);
        if (code.isEmpty() || found == m_deviceCodes.end() || found->clientId != clientId ||
            found->tenantId != tenant->tenantId) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 70000,
                                 tr("The provided value for the input parameter 'device_code' is "
                                    "not valid."));
        }
        if (found->status == DeviceCodeStatus::Pending && now() >= found->expiresAt)
            found->status = DeviceCodeStatus::Expired;
        switch (found->status) {
        case DeviceCodeStatus::Expired:
            return errorResponse(400, QStringLiteral("expired_token"), 70020,
                                 tr("The provided value for the input parameter 'device_code' is "
                                    "not valid. This device code has expired."));
        case DeviceCodeStatus::Declined:
            return errorResponse(400, QStringLiteral("authorization_declined"), 70000,
                                 tr("The user declined to authorize the application."));
        case DeviceCodeStatus::Pending:
            if (found->slowDown) {
                found->slowDown = false;
                return errorResponse(400, QStringLiteral("slow_down"), 70016,
                                     tr("OAuth 2.0 device flow error. Polling too often: add 5 "
                                        "seconds to the interval."));
            }
            return errorResponse(400, QStringLiteral("authorization_pending"), 70016,
                                 tr("OAuth 2.0 device flow error. Authorization is pending. "
                                    "Continue polling."));
        case DeviceCodeStatus::Approved:
            break;
        }
        const DeviceCode approved = *found;
        m_deviceCodes.erase(found);
        return userTokens(*tenant, clientId, approved.scopes, approved.userObjectId, form, baseUrl);
    }

    if (grantType == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        const auto found = m_authorizationCodes.find(code);
        if (code.isEmpty() || found == m_authorizationCodes.end()) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 70000,
                                 tr("The provided value for the 'code' parameter is not valid."));
        }
        // Single use: gone whatever happens next.
        const AuthorizationCode grant = *found;
        m_authorizationCodes.erase(found);
        if (now() >= grant.expiresAt) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 70008,
                                 tr("The provided authorization code or refresh token has "
                                    "expired due to inactivity."));
        }
        if (grant.clientId != clientId || grant.tenantId != tenant->tenantId) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 70000,
                                 tr("The code was issued to another client."));
        }
        const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
        if (redirectUri != grant.redirectUri) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 50148,
                                 tr("The redirect_uri does not match the one of the "
                                    "authorization request."));
        }
        const QString verifier = form.value(QStringLiteral("code_verifier"));
        const QString challenge =
            QString::fromLatin1(TokenSigner::base64Url(OpenSsl::sha256(verifier.toLatin1())));
        if (verifier.isEmpty() || challenge != grant.codeChallenge) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 501481,
                                 tr("The Code_Verifier does not match the code_challenge "
                                    "supplied in the authorization request."));
        }
        const QStringList scopes = form.contains(QStringLiteral("scope"))
                                       ? splitScopes(form.value(QStringLiteral("scope")))
                                       : grant.scopes;
        return userTokens(*tenant, clientId, scopes, grant.userObjectId, form, baseUrl,
                          grant.nonce);
    }

    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = form.value(QStringLiteral("refresh_token"));
        const auto found = m_refreshGrants.constFind(refreshToken);
        if (refreshToken.isEmpty() || found == m_refreshGrants.cend() ||
            found->clientId != clientId || found->tenantId != tenant->tenantId) {
            return errorResponse(400, QStringLiteral("invalid_grant"), 9002313,
                                 tr("Invalid request. The refresh token is malformed, unknown or "
                                    "was issued to another client."));
        }
        const RefreshGrant &grant = *found;
        const QStringList scopes = form.contains(QStringLiteral("scope"))
                                       ? splitScopes(form.value(QStringLiteral("scope")))
                                       : grant.scopes;
        return userTokens(*tenant, clientId, scopes, grant.userObjectId, form, baseUrl);
    }

    return errorResponse(400, QStringLiteral("unsupported_grant_type"), 70003,
                         tr("The app requested an unsupported grant type '%1'.").arg(grantType));
}

HttpResponse AadService::clientCredentials(const AccountsConfig::Tenant &tenant,
                                           const QHash<QString, QString> &form,
                                           const QString &baseUrl)
{
    const QString clientId = form.value(QStringLiteral("client_id")).toLower();
    const AccountsConfig::ServicePrincipal *principal = nullptr;
    for (const auto &candidate : tenant.servicePrincipals) {
        if (candidate.clientId == clientId)
            principal = &candidate;
    }
    if (!principal) {
        return errorResponse(400, QStringLiteral("unauthorized_client"), 700016,
                             tr("Application with identifier '%1' was not found in the directory "
                                "'%2'.")
                                 .arg(clientId, tenant.tenantId));
    }
    const QString secret = form.value(QStringLiteral("client_secret"));
    if (secret.isEmpty()) {
        return errorResponse(401, QStringLiteral("invalid_client"), 7000218,
                             tr("The request body must contain the following parameter: "
                                "'client_assertion' or 'client_secret'."));
    }
    if (secret != principal->clientSecret) {
        return errorResponse(401, QStringLiteral("invalid_client"), 7000215,
                             tr("Invalid client secret provided. Ensure the secret being sent in "
                                "the request is the client secret value, not the client secret "
                                "ID, for a secret added to app '%1'.")
                                 .arg(clientId));
    }
    HttpResponse error;
    const QStringList scopes = splitScopes(form.value(QStringLiteral("scope")));
    const std::optional<Scope> scope = parseScopes(scopes, &error);
    if (!scope)
        return error;
    if (!scope->isDefault || !scope->permissions.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalid_scope"), 1002012,
                             tr("The provided value for scope %1 is not valid. Client credential "
                                "flows must have a scope value with /.default suffixed to the "
                                "resource identifier (application ID URI).")
                                 .arg(scopes.join(u' ')));
    }
    // Service principals are matched by their client id; their object id is derived from it.
    const QString objectId =
        QUuid::createUuidV5(QUuid(tenant.tenantId), clientId).toString(QUuid::WithoutBraces);
    const QString token = accessToken(baseUrl, tenant.tenantId, scope->resource, objectId, clientId,
                                      true, {}, nullptr, true);
    HttpResponse response = HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), accessTokenLifetime},
                                       {QStringLiteral("ext_expires_in"), accessTokenLifetime},
                                       {QStringLiteral("access_token"), token}}));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    return response;
}

std::optional<HttpResponse>
AadService::checkUserFlowClient(const AccountsConfig::Tenant &tenant,
                                const QHash<QString, QString> &form) const
{
    const QString clientId = form.value(QStringLiteral("client_id")).toLower();
    for (const auto &client : tenant.publicClients) {
        if (client.clientId == clientId)
            return std::nullopt;
    }
    for (const auto &principal : tenant.servicePrincipals) {
        if (principal.clientId != clientId)
            continue;
        if (form.value(QStringLiteral("client_secret")) == principal.clientSecret)
            return std::nullopt;
        return errorResponse(401, QStringLiteral("invalid_client"), 7000218,
                             tr("The request body must contain the following parameter: "
                                "'client_assertion' or 'client_secret'."));
    }
    return errorResponse(400, QStringLiteral("unauthorized_client"), 700016,
                         tr("Application with identifier '%1' was not found in the directory "
                            "'%2'.")
                             .arg(clientId, tenant.tenantId));
}

HttpResponse AadService::userTokens(const AccountsConfig::Tenant &tenant, const QString &clientId,
                                    QStringList scopes, QString userObjectId,
                                    const QHash<QString, QString> &form, const QString &baseUrl,
                                    const QString &nonce)
{
    const AccountsConfig::User *user = nullptr;
    for (const auto &candidate : tenant.users) {
        if (candidate.objectId == userObjectId)
            user = &candidate;
    }
    if (!user) {
        return errorResponse(400, QStringLiteral("invalid_grant"), 50034,
                             tr("The user account does not exist in the directory."));
    }
    HttpResponse error;
    const std::optional<Scope> scope = parseScopes(scopes, &error);
    if (!scope)
        return error;
    const bool confidential = form.contains(QStringLiteral("client_secret"));
    const QString token = accessToken(baseUrl, tenant.tenantId, scope->resource, user->objectId,
                                      clientId, false, scope->permissions, user, confidential);

    const QString refreshToken = randomToken(48);
    m_refreshGrants.insert(refreshToken, {tenant.tenantId, clientId, scopes, user->objectId});
    m_refreshOrder.append(refreshToken);
    while (m_refreshOrder.size() > maxRefreshGrants)
        m_refreshGrants.remove(m_refreshOrder.takeFirst());

    QStringList granted;
    for (const QString &permission : scope->permissions)
        granted.append(scope->resource + u'/' + permission);
    if (scope->isDefault)
        granted.append(scope->resource + QStringLiteral("/.default"));
    for (const QString &item : scopes) {
        if (isOpenIdScope(item))
            granted.append(item);
    }
    QJsonObject json{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), granted.join(u' ')},
                     {QStringLiteral("expires_in"), accessTokenLifetime},
                     {QStringLiteral("ext_expires_in"), accessTokenLifetime},
                     {QStringLiteral("access_token"), token},
                     {QStringLiteral("refresh_token"), refreshToken}};
    if (scope->wantsIdToken) {
        const qint64 issued = now();
        QJsonObject idClaims{{QStringLiteral("aud"), clientId},
                             {QStringLiteral("iss"),
                              QString(baseUrl + u'/' + tenant.tenantId + QStringLiteral("/v2.0"))},
                             {QStringLiteral("iat"), issued},
                             {QStringLiteral("nbf"), issued},
                             {QStringLiteral("exp"), issued + accessTokenLifetime},
                             {QStringLiteral("tid"), tenant.tenantId},
                             {QStringLiteral("oid"), user->objectId},
                             {QStringLiteral("sub"), user->objectId},
                             {QStringLiteral("preferred_username"), user->username},
                             {QStringLiteral("name"), user->username.section(u'@', 0, 0)},
                             {QStringLiteral("ver"), QStringLiteral("2.0")}};
        if (!nonce.isEmpty())
            idClaims.insert(QStringLiteral("nonce"), nonce);
        json.insert(QStringLiteral("id_token"), m_signer->sign(idClaims));
    }
    if (form.value(QStringLiteral("client_info")) == QLatin1String("1")) {
        const QJsonObject clientInfo{{QStringLiteral("uid"), user->objectId},
                                     {QStringLiteral("utid"), tenant.tenantId}};
        json.insert(QStringLiteral("client_info"),
                    QString::fromLatin1(TokenSigner::base64Url(
                        QJsonDocument(clientInfo).toJson(QJsonDocument::Compact))));
    }
    HttpResponse response = HttpResponse::json(200, QJsonDocument(json));
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    return response;
}

HttpResponse AadService::deviceCode(const HttpRequest &request, const QString &tenantName,
                                    const QString &baseUrl)
{
    const QHash<QString, QString> form = request.formFields();
    const QString clientId = form.value(QStringLiteral("client_id")).toLower();
    if (clientId.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalid_request"), 900144,
                             tr("The request body must contain the following parameter: "
                                "'client_id'."));
    }
    const AccountsConfig::Tenant *tenant = resolveTenant(tenantName, clientId);
    if (!tenant) {
        return errorResponse(
            400, QStringLiteral("invalid_request"), 90002,
            tr("Tenant '%1' not found, or the application is not in it.").arg(tenantName));
    }
    if (const std::optional<HttpResponse> clientError = checkUserFlowClient(*tenant, form))
        return *clientError;
    HttpResponse error;
    const QStringList scopes = splitScopes(form.value(QStringLiteral("scope")));
    if (!parseScopes(scopes, &error))
        return error;
    if (m_deviceCodes.size() >= maxPendingCodes) {
        return errorResponse(400, QStringLiteral("temporarily_unavailable"), 90033,
                             tr("Too many pending device codes; try again later."));
    }
    DeviceCode code;
    code.deviceCode = randomToken(48);
    do {
        code.userCode = newUserCode();
    } while (pendingByUserCode(code.userCode));
    code.tenantId = tenant->tenantId;
    code.clientId = clientId;
    code.scopes = scopes;
    code.expiresAt = now() + deviceCodeLifetime;
    m_deviceCodes.insert(code.deviceCode, code);
    const QString verificationUri = baseUrl + QStringLiteral("/devicelogin");
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{
                 {QStringLiteral("user_code"), code.userCode},
                 {QStringLiteral("device_code"), code.deviceCode},
                 {QStringLiteral("verification_uri"), verificationUri},
                 {QStringLiteral("expires_in"), deviceCodeLifetime},
                 {QStringLiteral("interval"), m_deviceCodeInterval},
                 {QStringLiteral("message"),
                  tr("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                     "authenticate.")
                      .arg(verificationUri, code.userCode)}}));
}

HttpResponse AadService::authorize(const HttpRequest &request, const QString &tenantName)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id")).toLower();
    const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    const AccountsConfig::Tenant *tenant = resolveTenant(tenantName, clientId);
    if (!tenant) {
        return errorResponse(
            400, QStringLiteral("invalid_request"), 90002,
            tr("Tenant '%1' not found, or the application is not in it.").arg(tenantName));
    }
    bool isPublic = false;
    for (const auto &client : tenant->publicClients)
        isPublic = isPublic || client.clientId == clientId;
    if (!isPublic) {
        return errorResponse(400, QStringLiteral("unauthorized_client"), 700016,
                             tr("Application with identifier '%1' was not found in the directory "
                                "'%2' as a public client.")
                                 .arg(clientId, tenant->tenantId));
    }
    if (!isLoopbackRedirectUri(redirectUri)) {
        return errorResponse(400, QStringLiteral("invalid_request"), 50011,
                             tr("The redirect URI '%1' is not a loopback URI "
                                "(http://localhost or http://127.0.0.1).")
                                 .arg(redirectUri));
    }
    const QString state = request.queryValue(QStringLiteral("state"));
    QUrl target(redirectUri);
    QUrlQuery targetQuery(target);
    const auto redirect = [&target, &targetQuery, &state] {
        if (!state.isEmpty())
            targetQuery.addQueryItem(QStringLiteral("state"), state);
        target.setQuery(targetQuery);
        HttpResponse response;
        response.status = 302;
        response.setHeader("Location", target.toEncoded());
        response.setHeader("Cache-Control", "no-store, no-cache");
        return response;
    };
    const auto redirectError = [&](const QString &error, const QString &description) {
        targetQuery.addQueryItem(QStringLiteral("error"), error);
        targetQuery.addQueryItem(QStringLiteral("error_description"), description);
        return redirect();
    };
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        return redirectError(QStringLiteral("unsupported_response_type"),
                             tr("AADSTS70005: Only response_type=code is supported."));
    }
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (challenge.isEmpty() ||
        request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")) {
        return redirectError(QStringLiteral("invalid_request"),
                             tr("AADSTS9002325: Proof Key for Code Exchange with "
                                "code_challenge_method S256 is required."));
    }
    const QStringList scopes = splitScopes(request.queryValue(QStringLiteral("scope")));
    HttpResponse scopeError;
    if (!parseScopes(scopes, &scopeError)) {
        return redirectError(QStringLiteral("invalid_scope"),
                             tr("AADSTS900144: The scope is missing or not valid."));
    }
    const QString loginHint = request.queryValue(QStringLiteral("login_hint"));
    // The tenant's first user, or the one login_hint names.
    const AccountsConfig::User *user = tenant->users.isEmpty() ? nullptr : &tenant->users.first();
    for (const auto &candidate : tenant->users) {
        if (!loginHint.isEmpty() &&
            candidate.username.compare(loginHint, Qt::CaseInsensitive) == 0) {
            user = &candidate;
            break;
        }
    }
    if (!user) {
        return redirectError(QStringLiteral("access_denied"),
                             tr("AADSTS50020: The tenant has no user to sign in."));
    }
    if (m_authorizationCodes.size() >= maxPendingCodes) {
        return redirectError(QStringLiteral("temporarily_unavailable"),
                             tr("AADSTS90033: Too many pending authorization codes."));
    }
    const QString code = randomToken(48);
    m_authorizationCodes.insert(code, {tenant->tenantId, clientId, redirectUri, scopes, challenge,
                                       user->objectId, now() + authorizationCodeLifetime,
                                       request.queryValue(QStringLiteral("nonce"))});
    targetQuery.addQueryItem(QStringLiteral("code"), code);
    return redirect();
}

std::optional<std::pair<const AccountsConfig::Tenant *, const AccountsConfig::ManagedIdentity *>>
AadService::findManagedIdentity(const HttpRequest &request) const
{
    const QString clientId = request.queryValue(QStringLiteral("client_id")).toLower();
    const QString objectId = request.queryValue(QStringLiteral("object_id")).toLower();
    const QString principalId = request.queryValue(QStringLiteral("principal_id")).toLower();
    for (const AccountsConfig::Tenant &tenant : m_config().tenants()) {
        for (const AccountsConfig::ManagedIdentity &identity : tenant.managedIdentities) {
            const bool matches = (clientId.isEmpty() || identity.clientId == clientId) &&
                                 (objectId.isEmpty() || identity.objectId == objectId) &&
                                 (principalId.isEmpty() || identity.objectId == principalId);
            if (matches)
                return std::make_pair(&tenant, &identity);
        }
    }
    return std::nullopt;
}

HttpResponse AadService::managedIdentityToken(const AccountsConfig::Tenant &tenant,
                                              const AccountsConfig::ManagedIdentity &identity,
                                              const QString &resource, const QString &baseUrl,
                                              bool appService) const
{
    QString audience = resource;
    if (audience.endsWith(QLatin1String("/.default")))
        audience.chop(9);
    while (audience.endsWith(u'/'))
        audience.chop(1);
    const qint64 issued = now();
    const QString token = accessToken(baseUrl, tenant.tenantId, audience, identity.objectId,
                                      identity.clientId, true, {}, nullptr, true);
    QJsonObject json{{QStringLiteral("access_token"), token},
                     {QStringLiteral("client_id"), identity.clientId},
                     {QStringLiteral("expires_on"), QString::number(issued + accessTokenLifetime)},
                     {QStringLiteral("resource"), resource},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (!appService) {
        // IMDS sends its numbers as strings.
        json.insert(QStringLiteral("expires_in"), QString::number(accessTokenLifetime));
        json.insert(QStringLiteral("ext_expires_in"), QString::number(accessTokenLifetime));
        json.insert(QStringLiteral("not_before"), QString::number(issued));
    }
    return HttpResponse::json(200, QJsonDocument(json));
}

namespace {
HttpResponse managedIdentityError(int status, const QString &description)
{
    return HttpResponse::json(
        status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                  {QStringLiteral("error_description"), description}}));
}
} // namespace

HttpResponse AadService::imdsToken(const HttpRequest &request, const QString &baseUrl)
{
    if (request.method != "GET")
        return managedIdentityError(405, tr("Only GET is allowed."));
    if (request.header("Metadata").toLower() != "true")
        return managedIdentityError(400, tr("Required metadata header not specified"));
    if (request.queryValue(QStringLiteral("api-version")).isEmpty())
        return managedIdentityError(400, tr("Required query variable 'api-version' is missing"));
    const QString resource = request.queryValue(QStringLiteral("resource"));
    if (resource.isEmpty())
        return managedIdentityError(400, tr("Required query variable 'resource' is missing"));
    const auto identity = findManagedIdentity(request);
    if (!identity)
        return managedIdentityError(400, tr("Identity not found"));
    return managedIdentityToken(*identity->first, *identity->second, resource, baseUrl, false);
}

HttpResponse AadService::appServiceToken(const HttpRequest &request, const QString &baseUrl)
{
    if (request.method != "GET")
        return managedIdentityError(405, tr("Only GET is allowed."));
    const QByteArray header = request.header("X-IDENTITY-HEADER");
    if (header.isEmpty() || header != m_identityHeader.toLatin1())
        return managedIdentityError(401, tr("The X-IDENTITY-HEADER header is missing or wrong."));
    if (request.queryValue(QStringLiteral("api-version")).isEmpty())
        return managedIdentityError(400, tr("Required query variable 'api-version' is missing"));
    const QString resource = request.queryValue(QStringLiteral("resource"));
    if (resource.isEmpty())
        return managedIdentityError(400, tr("Required query variable 'resource' is missing"));
    const auto identity = findManagedIdentity(request);
    if (!identity)
        return managedIdentityError(400, tr("Identity not found"));
    return managedIdentityToken(*identity->first, *identity->second, resource, baseUrl, true);
}

AadService::DeviceCode *AadService::pendingByUserCode(const QString &userCode)
{
    for (DeviceCode &code : m_deviceCodes) {
        if (code.userCode.compare(userCode, Qt::CaseInsensitive) == 0 &&
            code.status == DeviceCodeStatus::Pending && now() < code.expiresAt)
            return &code;
    }
    return nullptr;
}

bool AadService::approveDeviceCode(const QString &userCode, const QString &username, QString *error)
{
    DeviceCode *code = pendingByUserCode(userCode);
    if (!code) {
        *error = tr("No pending device code has the user code '%1'.").arg(userCode);
        return false;
    }
    const AccountsConfig::Tenant *tenant = m_config().tenant(code->tenantId);
    if (!tenant) {
        *error = tr("The tenant of this device code no longer exists.");
        return false;
    }
    for (const auto &user : tenant->users) {
        if (username.isEmpty() || user.username.compare(username, Qt::CaseInsensitive) == 0) {
            code->userObjectId = user.objectId;
            code->status = DeviceCodeStatus::Approved;
            return true;
        }
    }
    *error = username.isEmpty() ? tr("The tenant has no user.")
                                : tr("The tenant has no user '%1'.").arg(username);
    return false;
}

bool AadService::declineDeviceCode(const QString &userCode)
{
    DeviceCode *code = pendingByUserCode(userCode);
    if (code)
        code->status = DeviceCodeStatus::Declined;
    return code != nullptr;
}

bool AadService::expireDeviceCode(const QString &userCode)
{
    DeviceCode *code = pendingByUserCode(userCode);
    if (code)
        code->status = DeviceCodeStatus::Expired;
    return code != nullptr;
}

bool AadService::slowDownDeviceCode(const QString &userCode)
{
    DeviceCode *code = pendingByUserCode(userCode);
    if (code)
        code->slowDown = true;
    return code != nullptr;
}

QJsonArray AadService::pendingDeviceCodes() const
{
    QJsonArray array;
    const qint64 current = now();
    for (const DeviceCode &code : m_deviceCodes) {
        if (code.status != DeviceCodeStatus::Pending || current >= code.expiresAt)
            continue;
        array.append(QJsonObject{{QStringLiteral("userCode"), code.userCode},
                                 {QStringLiteral("tenantId"), code.tenantId},
                                 {QStringLiteral("clientId"), code.clientId},
                                 {QStringLiteral("scope"), code.scopes.join(u' ')},
                                 {QStringLiteral("expiresIn"), int(code.expiresAt - current)}});
    }
    return array;
}

void AadService::prune()
{
    // Forget codes well after they expired: a late poll still hears expired_token first.
    const qint64 cutoff = now() - 600;
    m_deviceCodes.removeIf([cutoff](const auto &item) { return item.value().expiresAt < cutoff; });
    m_authorizationCodes.removeIf(
        [cutoff](const auto &item) { return item.value().expiresAt < cutoff; });
}

} // namespace MrAuth
