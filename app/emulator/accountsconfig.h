#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace MrAuth {

//! The emulator's accounts file: Mixed Reality accounts, Azure AD tenants and their
//! principals, and role assignments. A value type; parsing and lookups have no I/O.
class AccountsConfig
{
public:
    struct Account
    {
        QString name;
        QString accountId; // lower case
        QString accountDomain;
        QString service; // spatial-anchors, remote-rendering, object-anchors
        QString region;
        QString primaryKey;
        QString secondaryKey;
        QString subscriptionId;
        QString resourceGroup;
    };
    struct ServicePrincipal
    {
        QString clientId;
        QString clientSecret;
        QString displayName;
    };
    struct PublicClient
    {
        QString clientId;
        QString displayName;
    };
    struct User
    {
        QString username;
        QString objectId;
    };
    struct ManagedIdentity
    {
        QString clientId;
        QString objectId;
    };
    struct Tenant
    {
        QString tenantId;
        QList<ServicePrincipal> servicePrincipals;
        QList<PublicClient> publicClients;
        QList<User> users;
        QList<ManagedIdentity> managedIdentities;
    };
    struct RoleAssignment
    {
        QString principalId;
        QString accountId;
        QString role;
    };

    //! Parses and validates \a json; on failure returns nullopt and sets \a error.
    static std::optional<AccountsConfig> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    const QList<Account> &accounts() const { return m_accounts; }
    const QList<Tenant> &tenants() const { return m_tenants; }
    const QList<RoleAssignment> &roleAssignments() const { return m_roleAssignments; }

    //! The account with \a accountId (case-insensitive), or null.
    const Account *account(const QString &accountId) const;
    //! The tenant with \a tenantId (case-insensitive), or null.
    const Tenant *tenant(const QString &tenantId) const;
    //! The role names \a principalId holds on \a accountId.
    QStringList rolesOf(const QString &principalId, const QString &accountId) const;

    //! The roles the protocol document names, and the services.
    static QStringList knownRoles();
    static QStringList knownServices();
    //! The audience of the service's access tokens, e.g. `https://manage.sa.{domain}/`.
    static QString serviceAudience(const Account &account);
    //! `Microsoft.MixedReality/spatialAnchorsAccounts` etc.
    static QString resourceType(const QString &service);

    QList<Account> m_accounts;
    QList<Tenant> m_tenants;
    QList<RoleAssignment> m_roleAssignments;
};

} // namespace MrAuth
