#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>

#include <QString>

#include <chrono>

namespace MrAuth {

//! Options for AzureCliCredential. Of the common options only the cache settings apply: the
//! CLI makes its own requests.
struct MRAUTH_EXPORT AzureCliCredentialOptions : AzureCredentialOptions
{
    //! Passed as `--tenant` when set; otherwise the CLI's current tenant is used.
    QString tenantId;
    //! How long `az` may run before the credential gives up.
    std::chrono::milliseconds processTimeout{10000};
};

} // namespace MrAuth
