#pragma once

#include "accountsconfig.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace MrAuth {

class TokenSigner;

//! Azure AD as the emulator plays it: discovery, the v2.0 token endpoint (client credentials,
//! device code, refresh token, authorization code with PKCE S256), the devicecode and
//! authorize endpoints, and the managed identity endpoints (IMDS and App Service). Holds the
//! flows' state (device codes, authorization codes, refresh tokens), bounded in size. No I/O.
class AadService
{
public:
    static constexpr int accessTokenLifetime = 3599;

    //! \a config and \a signer must outlive the service.
    AadService(const std::function<const AccountsConfig &()> &config, const TokenSigner *signer);

    void setDeviceCodeInterval(int seconds) { m_deviceCodeInterval = seconds; }
    void setIdentityHeader(const QString &header) { m_identityHeader = header; }
    QString identityHeader() const { return m_identityHeader; }

    //! `/{tenant}/…` requests; \a baseUrl is `scheme://host:port` as the client addressed us.
    HttpResponse handleTenantRequest(const HttpRequest &request, const QString &tenant,
                                     const QString &rest, const QString &baseUrl);
    HttpResponse instanceDiscovery(const HttpRequest &request, const QString &baseUrl) const;
    HttpResponse imdsToken(const HttpRequest &request, const QString &baseUrl);
    HttpResponse appServiceToken(const HttpRequest &request, const QString &baseUrl);

    // Admin control of device codes; false when \a userCode is not pending.
    bool approveDeviceCode(const QString &userCode, const QString &username, QString *error);
    bool declineDeviceCode(const QString &userCode);
    bool expireDeviceCode(const QString &userCode);
    bool slowDownDeviceCode(const QString &userCode);
    QJsonArray pendingDeviceCodes() const;

    //! The AAD error shape: `{"error","error_description","error_codes",…}`.
    static HttpResponse errorResponse(int status, const QString &error, int code,
                                      const QString &description);

    //! The resource a v2.0 scope names, e.g. `https://sts.mixedreality.azure.com` for
    //! `https://sts.mixedreality.azure.com//.default`; sets \a permission (empty for
    //! `.default`). Empty for OpenID scopes.
    static QString resourceOfScope(const QString &scope, QString *permission);
    //! True for `http://localhost[:port][/…]` and `http://127.0.0.1[:port][/…]`.
    static bool isLoopbackRedirectUri(const QString &uri);

private:
    enum class DeviceCodeStatus { Pending, Approved, Declined, Expired };
    struct DeviceCode
    {
        QString deviceCode;
        QString userCode;
        QString tenantId;
        QString clientId;
        QStringList scopes;
        qint64 expiresAt = 0;
        DeviceCodeStatus status = DeviceCodeStatus::Pending;
        bool slowDown = false;
        QString userObjectId;
    };
    struct AuthorizationCode
    {
        QString tenantId;
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        QString codeChallenge;
        QString userObjectId;
        qint64 expiresAt = 0;
        //! The OpenID Connect nonce of the authorize request, echoed in the id_token.
        QString nonce;
    };
    struct RefreshGrant
    {
        QString tenantId;
        QString clientId;
        QStringList scopes;
        QString userObjectId;
    };
    struct Scope
    {
        QString resource;
        QStringList permissions;
        bool isDefault = false;
        bool wantsIdToken = false;
    };

    const AccountsConfig::Tenant *resolveTenant(const QString &tenant,
                                                const QString &clientId) const;
    std::optional<Scope> parseScopes(const QStringList &scopes, HttpResponse *error) const;
    HttpResponse openIdConfiguration(const QString &tenant, const QString &baseUrl) const;
    HttpResponse token(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse deviceCode(const HttpRequest &request, const QString &tenant,
                            const QString &baseUrl);
    HttpResponse authorize(const HttpRequest &request, const QString &tenant);
    HttpResponse clientCredentials(const AccountsConfig::Tenant &tenant,
                                   const QHash<QString, QString> &form, const QString &baseUrl);
    //! Issues tokens and a new refresh grant. \a scopes and \a userObjectId are taken by
    //! value: callers pass them from a stored grant, which this function may remove.
    HttpResponse userTokens(const AccountsConfig::Tenant &tenant, const QString &clientId,
                            QStringList scopes, QString userObjectId,
                            const QHash<QString, QString> &form, const QString &baseUrl,
                            const QString &nonce = {});
    //! Checks the client of a user flow: a public client, or a service principal with its
    //! secret. Returns an error response, or nullopt when the client is fine.
    std::optional<HttpResponse> checkUserFlowClient(const AccountsConfig::Tenant &tenant,
                                                    const QHash<QString, QString> &form) const;
    QString accessToken(const QString &baseUrl, const QString &tenantId, const QString &audience,
                        const QString &objectId, const QString &appId, bool isApp,
                        const QStringList &permissions, const AccountsConfig::User *user,
                        bool confidential) const;
    HttpResponse managedIdentityToken(const AccountsConfig::Tenant &tenant,
                                      const AccountsConfig::ManagedIdentity &identity,
                                      const QString &resource, const QString &baseUrl,
                                      bool appService) const;
    std::optional<
        std::pair<const AccountsConfig::Tenant *, const AccountsConfig::ManagedIdentity *>>
    findManagedIdentity(const HttpRequest &request) const;
    DeviceCode *pendingByUserCode(const QString &userCode);
    void prune();

    std::function<const AccountsConfig &()> m_config;
    const TokenSigner *m_signer;
    int m_deviceCodeInterval = 5;
    QString m_identityHeader;
    QHash<QString, DeviceCode> m_deviceCodes;
    QHash<QString, AuthorizationCode> m_authorizationCodes;
    QHash<QString, RefreshGrant> m_refreshGrants;
    QList<QString> m_refreshOrder;
};

} // namespace MrAuth
