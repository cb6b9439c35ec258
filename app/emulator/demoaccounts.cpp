#include "demoaccounts.h"

namespace MrAuth {

QString DemoAccounts::spatialAnchorsAccountId()
{
    return QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
}

QString DemoAccounts::remoteRenderingAccountId()
{
    return QStringLiteral("3b2c6f4e-9d1a-4c7e-8f25-6a0b7d9e1c42");
}

QString DemoAccounts::objectAnchorsAccountId()
{
    return QStringLiteral("c5e8a1d7-2f4b-4e96-a3c0-9b8d7f6e5a14");
}

QString DemoAccounts::accountDomain()
{
    return QStringLiteral("eastus.mixedreality.azure.com");
}

QString DemoAccounts::tenantId()
{
    return QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
}

QString DemoAccounts::servicePrincipalClientId()
{
    return QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60");
}

QString DemoAccounts::publicClientId()
{
    return QStringLiteral("9c1f3e7b-5a2d-4b8e-a6f0-1d4c7e9b2a35");
}

QString DemoAccounts::username()
{
    return QStringLiteral("alice@contoso.com");
}

AccountsConfig DemoAccounts::config()
{
    // The keys are demo values, public on purpose: the demo file is for local use only.
    AccountsConfig config;
    const QString domain = accountDomain();
    config.m_accounts = {
        {QStringLiteral("demo-spatial-anchors"), spatialAnchorsAccountId(), domain,
         QStringLiteral("spatial-anchors"), QStringLiteral("eastus"),
         QStringLiteral("ZGVtby1zcGF0aWFsLWFuY2hvcnMtcHJpbWFyeS1rZXk="),
         QStringLiteral("ZGVtby1zcGF0aWFsLWFuY2hvcnMtc2Vjb25kYXJ5LWs="),
         QStringLiteral("00000000-0000-4000-8000-00000000e001"), QStringLiteral("mrauth-demo")},
        {QStringLiteral("demo-remote-rendering"), remoteRenderingAccountId(), domain,
         QStringLiteral("remote-rendering"), QStringLiteral("eastus"),
         QStringLiteral("ZGVtby1yZW1vdGUtcmVuZGVyaW5nLXByaW1hcnkta2V5"),
         QStringLiteral("ZGVtby1yZW1vdGUtcmVuZGVyaW5nLXNlY29uZGFyeS0="),
         QStringLiteral("00000000-0000-4000-8000-00000000e001"), QStringLiteral("mrauth-demo")},
        {QStringLiteral("demo-object-anchors"), objectAnchorsAccountId(), domain,
         QStringLiteral("object-anchors"), QStringLiteral("eastus"),
         QStringLiteral("ZGVtby1vYmplY3QtYW5jaG9ycy1wcmltYXJ5LWtleQ=="),
         QStringLiteral("ZGVtby1vYmplY3QtYW5jaG9ycy1zZWNvbmRhcnkta2U="),
         QStringLiteral("00000000-0000-4000-8000-00000000e001"), QStringLiteral("mrauth-demo")},
    };
    AccountsConfig::Tenant tenant;
    tenant.tenantId = tenantId();
    tenant.servicePrincipals = {{servicePrincipalClientId(),
                                 QStringLiteral("demo-client-secret-6Q8~vWl2dQ3xZp"),
                                 QStringLiteral("MrAuth demo build agent")}};
    tenant.publicClients = {{publicClientId(), QStringLiteral("MrAuth desktop (demo)")}};
    tenant.users = {{username(), QStringLiteral("5d7e2b9c-3a1f-4e8d-b6c4-8f0a2e1d7b93")}};
    tenant.managedIdentities = {{QStringLiteral("b8a3d6f1-4c2e-4f7a-9d5b-0e6c3a8f1d27"),
                                 QStringLiteral("e2f7c4a9-1b6d-4a3e-8c5f-7d9b0a2e4c61")}};
    config.m_tenants = {tenant};
    const QString user = tenant.users.first().objectId;
    const QString identity = tenant.managedIdentities.first().objectId;
    for (const QString &principal : {servicePrincipalClientId(), user, identity}) {
        config.m_roleAssignments.append({principal, spatialAnchorsAccountId(),
                                         QStringLiteral("Spatial Anchors Account Owner")});
        config.m_roleAssignments.append({principal, remoteRenderingAccountId(),
                                         QStringLiteral("Remote Rendering Administrator")});
        config.m_roleAssignments.append(
            {principal, objectAnchorsAccountId(), QStringLiteral("Spatial Anchors Account Owner")});
    }
    return config;
}

} // namespace MrAuth
