#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace MrAuth::TestData {

// The emulator's accounts for its own tests: one account per service, a tenant with a
// service principal that holds a role, one that holds none, a public client, two users and a
// managed identity.
inline QString accountId()
{
    return QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
}
inline QString renderingAccountId()
{
    return QStringLiteral("1c0e2f5a-3b4d-4e6f-8a9b-0c1d2e3f4a5b");
}
inline QString accountDomain()
{
    return QStringLiteral("eastus.mixedreality.azure.com");
}
inline QString primaryKey()
{
    return QStringLiteral("test-primary-key-Xq7Vb2Nw9Lk4Rz8T");
}
inline QString secondaryKey()
{
    return QStringLiteral("test-secondary-key-Pm3Hd6Gy1Jc5Wf0S");
}
inline QString renderingKey()
{
    return QStringLiteral("test-rendering-key-Ab1Cd2Ef3Gh4Ij5K");
}
inline QString tenantId()
{
    return QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
}
inline QString clientId()
{
    return QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60");
}
inline QString clientSecret()
{
    return QStringLiteral("test-client-secret-Qw8~Er7Ty6Ui5Op4");
}
inline QString roleLessClientId()
{
    return QStringLiteral("2a2b2c2d-1111-4222-8333-444455556666");
}
inline QString roleLessSecret()
{
    return QStringLiteral("role-less-secret-Zx9Cv8Bn7Mm6");
}
inline QString publicClientId()
{
    return QStringLiteral("9c1f3e7b-5a2d-4b8e-a6f0-1d4c7e9b2a35");
}
inline QString username()
{
    return QStringLiteral("alice@contoso.com");
}
inline QString userObjectId()
{
    return QStringLiteral("5d7e2b9c-3a1f-4e8d-b6c4-8f0a2e1d7b93");
}
inline QString otherUsername()
{
    return QStringLiteral("bob@contoso.com");
}
inline QString otherUserObjectId()
{
    return QStringLiteral("6e8f3c0d-4b2a-4f9e-a7d5-9a1b3f2e8c04");
}
inline QString identityClientId()
{
    return QStringLiteral("b8a3d6f1-4c2e-4f7a-9d5b-0e6c3a8f1d27");
}
inline QString identityObjectId()
{
    return QStringLiteral("e2f7c4a9-1b6d-4a3e-8c5f-7d9b0a2e4c61");
}
inline QString stsScope()
{
    return QStringLiteral("https://sts.mixedreality.azure.com//.default");
}
inline QString tokenPath(const QString &account = accountId())
{
    return QStringLiteral("/Accounts/") + account +
           QStringLiteral("/token?api-version=2019-02-28-preview");
}

inline QJsonObject accounts(const QString &primary = primaryKey(),
                            const QString &secondary = secondaryKey())
{
    const QJsonArray accountList{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("test-anchors")},
                    {QStringLiteral("accountId"), accountId()},
                    {QStringLiteral("accountDomain"), accountDomain()},
                    {QStringLiteral("service"), QStringLiteral("spatial-anchors")},
                    {QStringLiteral("region"), QStringLiteral("eastus")},
                    {QStringLiteral("primaryKey"), primary},
                    {QStringLiteral("secondaryKey"), secondary}},
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("test-rendering")},
            {QStringLiteral("accountId"), renderingAccountId()},
            {QStringLiteral("accountDomain"), QStringLiteral("westeurope.mixedreality.azure.com")},
            {QStringLiteral("service"), QStringLiteral("remote-rendering")},
            {QStringLiteral("primaryKey"), renderingKey()}}};
    const QJsonObject tenant{
        {QStringLiteral("tenantId"), tenantId()},
        {QStringLiteral("servicePrincipals"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), clientId()},
                                {QStringLiteral("clientSecret"), clientSecret()},
                                {QStringLiteral("displayName"), QStringLiteral("build agent")}},
                    QJsonObject{{QStringLiteral("clientId"), roleLessClientId()},
                                {QStringLiteral("clientSecret"), roleLessSecret()}}}},
        {QStringLiteral("publicClients"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), publicClientId()}}}},
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("username"), username()},
                                {QStringLiteral("objectId"), userObjectId()}},
                    QJsonObject{{QStringLiteral("username"), otherUsername()},
                                {QStringLiteral("objectId"), otherUserObjectId()}}}},
        {QStringLiteral("managedIdentities"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), identityClientId()},
                                {QStringLiteral("objectId"), identityObjectId()}}}}};
    const QJsonArray roles{
        QJsonObject{{QStringLiteral("principalId"), clientId()},
                    {QStringLiteral("accountId"), accountId()},
                    {QStringLiteral("role"), QStringLiteral("Spatial Anchors Account Reader")}},
        QJsonObject{{QStringLiteral("principalId"), userObjectId()},
                    {QStringLiteral("accountId"), accountId()},
                    {QStringLiteral("role"), QStringLiteral("Spatial Anchors Account Owner")}},
        QJsonObject{
            {QStringLiteral("principalId"), identityObjectId()},
            {QStringLiteral("accountId"), accountId()},
            {QStringLiteral("role"), QStringLiteral("Spatial Anchors Account Contributor")}}};
    return QJsonObject{{QStringLiteral("accounts"), accountList},
                       {QStringLiteral("tenants"), QJsonArray{tenant}},
                       {QStringLiteral("roleAssignments"), roles}};
}

inline QByteArray keyAuthorization(const QString &key = primaryKey(),
                                   const QString &account = accountId())
{
    return "Bearer " + account.toUtf8() + ':' + key.toUtf8();
}

} // namespace MrAuth::TestData
