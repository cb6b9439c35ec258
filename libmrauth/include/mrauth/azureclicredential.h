#pragma once

#include <mrauth/azureclicredentialoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

class AzureCliCredentialPrivate;

//! The account signed in to the Azure CLI (`az login`), for developers' machines.
//!
//! Runs `az account get-access-token --scope {scope} --output json` (found on PATH) with a
//! timeout and reads `accessToken` and `expires_on` (POSIX seconds, CLI 2.54 and later), falling
//! back to `expiresOn` (local time). Fails with Error::Code::CredentialUnavailable when `az` is
//! missing, not logged in or does not finish in time. The token never reaches a log. Lives in,
//! and is used from, one thread.
class MRAUTH_EXPORT AzureCliCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit AzureCliCredential(const AzureCliCredentialOptions &options = {},
                                QObject *parent = nullptr);
    ~AzureCliCredential() override;

    Error configurationError() const;

    //! A token for exactly one scope.
    TokenReply *getToken(const QStringList &scopes) override;

private:
    std::unique_ptr<AzureCliCredentialPrivate> d;
};

} // namespace MrAuth
