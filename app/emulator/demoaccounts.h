#pragma once

#include "accountsconfig.h"

#include <QString>

namespace MrAuth {

//! The fixed demo accounts and tenant used by `--demo`, and by the app's and CLI's demo modes.
//! Every demo id and key is defined here, and only here.
class DemoAccounts
{
public:
    static QString spatialAnchorsAccountId();
    static QString remoteRenderingAccountId();
    static QString objectAnchorsAccountId();
    static QString accountDomain();
    static QString tenantId();
    static QString servicePrincipalClientId();
    static QString publicClientId();
    static QString username();

    //! The whole demo configuration (accounts, tenant, principals, roles).
    static AccountsConfig config();
};

} // namespace MrAuth
