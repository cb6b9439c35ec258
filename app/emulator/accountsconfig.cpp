#include "accountsconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace MrAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::AccountsConfig", text);
}

bool isGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString string(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString().trimmed();
}

// Reads the array \a name of \a object; a missing member is an empty array.
bool objects(const QJsonObject &object, const char *name, QList<QJsonObject> *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = tr("\"%1\" must be an array.").arg(QLatin1String(name));
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (!item.isObject()) {
            *error = tr("Every item of \"%1\" must be an object.").arg(QLatin1String(name));
            return false;
        }
        out->append(item.toObject());
    }
    return true;
}

bool requireGuid(const QString &value, const QString &what, QString *error)
{
    if (isGuid(value))
        return true;
    *error = tr("%1 must be a GUID, not \"%2\".").arg(what, value);
    return false;
}

} // namespace

QStringList AccountsConfig::knownRoles()
{
    return {QStringLiteral("Spatial Anchors Account Owner"),
            QStringLiteral("Spatial Anchors Account Contributor"),
            QStringLiteral("Spatial Anchors Account Reader"),
            QStringLiteral("Remote Rendering Administrator"),
            QStringLiteral("Remote Rendering Client")};
}

QStringList AccountsConfig::knownServices()
{
    return {QStringLiteral("spatial-anchors"), QStringLiteral("remote-rendering"),
            QStringLiteral("object-anchors")};
}

QString AccountsConfig::serviceAudience(const Account &account)
{
    if (account.service == QLatin1String("remote-rendering"))
        return QStringLiteral("https://remoterendering.%1.mixedreality.azure.com/")
            .arg(account.region);
    if (account.service == QLatin1String("object-anchors"))
        return QStringLiteral("https://aoa.%1/").arg(account.accountDomain);
    return QStringLiteral("https://manage.sa.%1/").arg(account.accountDomain);
}

QString AccountsConfig::resourceType(const QString &service)
{
    if (service == QLatin1String("remote-rendering"))
        return QStringLiteral("Microsoft.MixedReality/remoteRenderingAccounts");
    if (service == QLatin1String("object-anchors"))
        return QStringLiteral("Microsoft.MixedReality/objectAnchorsAccounts");
    return QStringLiteral("Microsoft.MixedReality/spatialAnchorsAccounts");
}

std::optional<AccountsConfig> AccountsConfig::fromJson(const QJsonObject &json, QString *error)
{
    AccountsConfig config;
    QList<QJsonObject> accounts;
    QList<QJsonObject> tenants;
    QList<QJsonObject> roles;
    if (!objects(json, "accounts", &accounts, error) ||
        !objects(json, "tenants", &tenants, error) ||
        !objects(json, "roleAssignments", &roles, error))
        return std::nullopt;

    QSet<QString> accountIds;
    for (const QJsonObject &object : std::as_const(accounts)) {
        Account account;
        account.name = string(object, "name");
        account.accountId = string(object, "accountId").toLower();
        account.accountDomain = string(object, "accountDomain");
        account.service = string(object, "service");
        account.region = string(object, "region");
        account.primaryKey = string(object, "primaryKey");
        account.secondaryKey = string(object, "secondaryKey");
        account.subscriptionId = string(object, "subscriptionId");
        account.resourceGroup = string(object, "resourceGroup");
        if (!requireGuid(account.accountId, tr("accountId"), error))
            return std::nullopt;
        if (accountIds.contains(account.accountId)) {
            *error = tr("The account %1 is listed twice.").arg(account.accountId);
            return std::nullopt;
        }
        accountIds.insert(account.accountId);
        if (account.name.isEmpty())
            account.name = account.accountId;
        if (account.accountDomain.isEmpty()) {
            *error = tr("The account %1 has no accountDomain.").arg(account.accountId);
            return std::nullopt;
        }
        if (account.service.isEmpty())
            account.service = QStringLiteral("spatial-anchors");
        if (!knownServices().contains(account.service)) {
            *error = tr("The account %1 has an unknown service \"%2\" (use %3).")
                         .arg(account.accountId, account.service,
                              knownServices().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (account.primaryKey.isEmpty() && account.secondaryKey.isEmpty()) {
            *error = tr("The account %1 has no key.").arg(account.accountId);
            return std::nullopt;
        }
        if (account.region.isEmpty()) {
            // The regionless domain is East US 2's; {region}.mixedreality.azure.com otherwise.
            const QString domain = account.accountDomain;
            const qsizetype dot = domain.indexOf(u'.');
            account.region = domain == QLatin1String("mixedreality.azure.com")
                                 ? QStringLiteral("eastus2")
                                 : domain.left(dot);
        }
        if (account.subscriptionId.isEmpty())
            account.subscriptionId = QStringLiteral("00000000-0000-4000-8000-00000000e001");
        if (account.resourceGroup.isEmpty())
            account.resourceGroup = QStringLiteral("mrauth-emulator");
        config.m_accounts.append(account);
    }

    for (const QJsonObject &object : std::as_const(tenants)) {
        Tenant tenant;
        tenant.tenantId = string(object, "tenantId").toLower();
        if (!requireGuid(tenant.tenantId, tr("tenantId"), error))
            return std::nullopt;
        QList<QJsonObject> items;
        if (!objects(object, "servicePrincipals", &items, error))
            return std::nullopt;
        for (const QJsonObject &item : std::as_const(items)) {
            ServicePrincipal principal{string(item, "clientId").toLower(),
                                       item.value(QLatin1String("clientSecret")).toString(),
                                       string(item, "displayName")};
            if (!requireGuid(principal.clientId, tr("A service principal's clientId"), error))
                return std::nullopt;
            if (principal.clientSecret.isEmpty()) {
                *error =
                    tr("The service principal %1 has no clientSecret.").arg(principal.clientId);
                return std::nullopt;
            }
            tenant.servicePrincipals.append(principal);
        }
        items.clear();
        if (!objects(object, "publicClients", &items, error))
            return std::nullopt;
        for (const QJsonObject &item : std::as_const(items)) {
            PublicClient client{string(item, "clientId").toLower(), string(item, "displayName")};
            if (!requireGuid(client.clientId, tr("A public client's clientId"), error))
                return std::nullopt;
            tenant.publicClients.append(client);
        }
        items.clear();
        if (!objects(object, "users", &items, error))
            return std::nullopt;
        for (const QJsonObject &item : std::as_const(items)) {
            User user{string(item, "username"), string(item, "objectId").toLower()};
            if (user.username.isEmpty()) {
                *error = tr("A user has no username.");
                return std::nullopt;
            }
            if (!requireGuid(user.objectId, tr("A user's objectId"), error))
                return std::nullopt;
            tenant.users.append(user);
        }
        items.clear();
        if (!objects(object, "managedIdentities", &items, error))
            return std::nullopt;
        for (const QJsonObject &item : std::as_const(items)) {
            ManagedIdentity identity{string(item, "clientId").toLower(),
                                     string(item, "objectId").toLower()};
            if (!requireGuid(identity.clientId, tr("A managed identity's clientId"), error) ||
                !requireGuid(identity.objectId, tr("A managed identity's objectId"), error))
                return std::nullopt;
            tenant.managedIdentities.append(identity);
        }
        config.m_tenants.append(tenant);
    }

    for (const QJsonObject &object : std::as_const(roles)) {
        RoleAssignment assignment{string(object, "principalId").toLower(),
                                  string(object, "accountId").toLower(), string(object, "role")};
        if (assignment.principalId.isEmpty() || assignment.accountId.isEmpty()) {
            *error = tr("A role assignment needs principalId and accountId.");
            return std::nullopt;
        }
        if (!knownRoles().contains(assignment.role)) {
            *error = tr("Unknown role \"%1\" (use %2).")
                         .arg(assignment.role, knownRoles().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        config.m_roleAssignments.append(assignment);
    }
    return config;
}

QJsonObject AccountsConfig::toJson() const
{
    QJsonArray accounts;
    for (const Account &account : m_accounts) {
        accounts.append(QJsonObject{{QStringLiteral("name"), account.name},
                                    {QStringLiteral("accountId"), account.accountId},
                                    {QStringLiteral("accountDomain"), account.accountDomain},
                                    {QStringLiteral("service"), account.service},
                                    {QStringLiteral("region"), account.region},
                                    {QStringLiteral("primaryKey"), account.primaryKey},
                                    {QStringLiteral("secondaryKey"), account.secondaryKey},
                                    {QStringLiteral("subscriptionId"), account.subscriptionId},
                                    {QStringLiteral("resourceGroup"), account.resourceGroup}});
    }
    QJsonArray tenants;
    for (const Tenant &tenant : m_tenants) {
        QJsonArray principals;
        for (const ServicePrincipal &principal : tenant.servicePrincipals) {
            principals.append(QJsonObject{{QStringLiteral("clientId"), principal.clientId},
                                          {QStringLiteral("clientSecret"), principal.clientSecret},
                                          {QStringLiteral("displayName"), principal.displayName}});
        }
        QJsonArray clients;
        for (const PublicClient &client : tenant.publicClients) {
            clients.append(QJsonObject{{QStringLiteral("clientId"), client.clientId},
                                       {QStringLiteral("displayName"), client.displayName}});
        }
        QJsonArray users;
        for (const User &user : tenant.users) {
            users.append(QJsonObject{{QStringLiteral("username"), user.username},
                                     {QStringLiteral("objectId"), user.objectId}});
        }
        QJsonArray identities;
        for (const ManagedIdentity &identity : tenant.managedIdentities) {
            identities.append(QJsonObject{{QStringLiteral("clientId"), identity.clientId},
                                          {QStringLiteral("objectId"), identity.objectId}});
        }
        tenants.append(QJsonObject{{QStringLiteral("tenantId"), tenant.tenantId},
                                   {QStringLiteral("servicePrincipals"), principals},
                                   {QStringLiteral("publicClients"), clients},
                                   {QStringLiteral("users"), users},
                                   {QStringLiteral("managedIdentities"), identities}});
    }
    QJsonArray roles;
    for (const RoleAssignment &assignment : m_roleAssignments) {
        roles.append(QJsonObject{{QStringLiteral("principalId"), assignment.principalId},
                                 {QStringLiteral("accountId"), assignment.accountId},
                                 {QStringLiteral("role"), assignment.role}});
    }
    return QJsonObject{{QStringLiteral("accounts"), accounts},
                       {QStringLiteral("tenants"), tenants},
                       {QStringLiteral("roleAssignments"), roles}};
}

const AccountsConfig::Account *AccountsConfig::account(const QString &accountId) const
{
    for (const Account &account : m_accounts) {
        if (account.accountId.compare(accountId, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

const AccountsConfig::Tenant *AccountsConfig::tenant(const QString &tenantId) const
{
    for (const Tenant &tenant : m_tenants) {
        if (tenant.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return &tenant;
    }
    return nullptr;
}

QStringList AccountsConfig::rolesOf(const QString &principalId, const QString &accountId) const
{
    QStringList roles;
    for (const RoleAssignment &assignment : m_roleAssignments) {
        if (assignment.principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
            assignment.accountId.compare(accountId, Qt::CaseInsensitive) == 0)
            roles.append(assignment.role);
    }
    return roles;
}

} // namespace MrAuth
