#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace MrAuth {

//! One Mixed Reality account as the app and the CLI know it: metadata only, never a secret.
//!
//! The secrets (account keys, client secret) live in a SecretStore under uuid(). A plain value
//! type; JSON round trip with toJson() and fromJson().
class Account
{
    Q_GADGET
public:
    //! The Mixed Reality service whose tokens the account is used for.
    enum class Service { SpatialAnchors, RemoteRendering, ObjectAnchors, Custom };
    Q_ENUM(Service)

    //! How the app authenticates to the STS.
    enum class AuthMode {
        AccountKey,         //!< Primary or secondary account key (keySlot()).
        ClientSecret,       //!< Azure AD service principal with a client secret.
        DeviceCode,         //!< Azure AD user sign-in on another device.
        InteractiveBrowser, //!< Azure AD user sign-in in the system browser.
        AzureCli,           //!< The signed-in Azure CLI (`az account get-access-token`).
    };
    Q_ENUM(AuthMode)

    //! Which account key is used; both are stored so that keys can be rotated.
    enum class KeySlot { Primary, Secondary };
    Q_ENUM(KeySlot)

    //! A null account (null uuid).
    Account() = default;
    //! A new account with a fresh random uuid and default settings.
    static Account create();

    bool isNull() const { return m_uuid.isNull(); }

    //! The app's internal id of the account (not the Mixed Reality account id).
    QUuid uuid() const { return m_uuid; }
    void setUuid(const QUuid &uuid) { m_uuid = uuid; }

    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }

    Service service() const { return m_service; }
    void setService(Service service) { m_service = service; }
    //! For Service::Custom: what the user calls the service.
    QString customServiceName() const { return m_customServiceName; }
    void setCustomServiceName(const QString &name) { m_customServiceName = name; }
    //! Overrides serviceUrl() (required for a usable curl command with Service::Custom).
    QUrl customServiceUrl() const { return m_customServiceUrl; }
    void setCustomServiceUrl(const QUrl &url) { m_customServiceUrl = url; }

    //! The Mixed Reality account id (a GUID).
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id) { m_accountId = id; }
    //! E.g. `eastus.mixedreality.azure.com`.
    QString accountDomain() const { return m_accountDomain; }
    void setAccountDomain(const QString &domain) { m_accountDomain = domain; }

    //! Replaces `https://sts.{accountDomain}` when set.
    QUrl customEndpoint() const { return m_customEndpoint; }
    void setCustomEndpoint(const QUrl &url) { m_customEndpoint = url; }
    //! A PEM file with extra CA certificates to trust for the STS (a private or test CA).
    QString caCertificateFile() const { return m_caCertificateFile; }
    void setCaCertificateFile(const QString &path) { m_caCertificateFile = path; }

    AuthMode authMode() const { return m_authMode; }
    void setAuthMode(AuthMode mode) { m_authMode = mode; }
    bool usesAzureAd() const { return m_authMode != AuthMode::AccountKey; }
    KeySlot keySlot() const { return m_keySlot; }
    void setKeySlot(KeySlot slot) { m_keySlot = slot; }

    //! Azure AD tenant id (GUID or a verified domain such as contoso.onmicrosoft.com).
    QString tenantId() const { return m_tenantId; }
    void setTenantId(const QString &id) { m_tenantId = id; }
    //! Azure AD application (client) id.
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &id) { m_clientId = id; }
    //! Azure AD authority host; empty means `https://login.microsoftonline.com`.
    QUrl authorityHost() const { return m_authorityHost; }
    void setAuthorityHost(const QUrl &url) { m_authorityHost = url; }
    //! Overrides the Azure AD scope; empty means the library's default scope.
    QString aadScope() const { return m_aadScope; }
    void setAadScope(const QString &scope) { m_aadScope = scope; }

    //! Refresh the token automatically a margin before it expires.
    bool isAutoRefresh() const { return m_autoRefresh; }
    void setAutoRefresh(bool on) { m_autoRefresh = on; }

    //! The service's name for display: "Spatial Anchors", or the custom name.
    QString serviceDisplayName() const;
    //! The base URL of the service tokens are used for (for the curl command): the custom
    //! service URL, or the service host of the account domain. Invalid when unknown.
    QUrl serviceUrl() const;

    //! True when the two accounts reach the same STS in the same way (everything that decides
    //! which token comes back; the display name and auto-refresh do not).
    bool sameConnectionAs(const Account &other) const;

    //! Every problem that keeps the account from being used, translated; empty when usable.
    QStringList problems() const;

    QJsonObject toJson() const;
    //! Reads an account; returns a null Account and sets \a error when \a json is not one.
    static Account fromJson(const QJsonObject &json, QString *error = nullptr);

    static QString serviceName(Service service);
    static QString authModeName(AuthMode mode);
    static QString keySlotName(KeySlot slot);

    // Field checks, for validation as the user types. Each returns a translated problem, or
    // an empty string when the value is fine.

    //! A GUID in the 8-4-4-4-12 form, not all zeros.
    static QString accountIdProblem(const QString &accountId);
    //! Not empty, and without the typical mistakes (AccountDomain::hintFor()).
    static QString accountDomainProblem(const QString &domain);
    //! Empty, or a valid https URL (http only for loopback hosts).
    static QString endpointProblem(const QUrl &url);
    //! A GUID or a domain name.
    static QString tenantIdProblem(const QString &tenantId);
    //! A GUID.
    static QString clientIdProblem(const QString &clientId);
    //! True for the 8-4-4-4-12 hexadecimal form (braces not allowed).
    static bool isGuid(const QString &text);

    friend bool operator==(const Account &a, const Account &b);
    friend bool operator!=(const Account &a, const Account &b) { return !(a == b); }

private:
    QUuid m_uuid;
    QString m_displayName;
    Service m_service = Service::SpatialAnchors;
    QString m_customServiceName;
    QUrl m_customServiceUrl;
    QString m_accountId;
    QString m_accountDomain;
    QUrl m_customEndpoint;
    QString m_caCertificateFile;
    AuthMode m_authMode = AuthMode::AccountKey;
    KeySlot m_keySlot = KeySlot::Primary;
    QString m_tenantId;
    QString m_clientId;
    QUrl m_authorityHost;
    QString m_aadScope;
    bool m_autoRefresh = true;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::Account)
