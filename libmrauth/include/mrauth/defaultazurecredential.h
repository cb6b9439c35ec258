#pragma once

#include <mrauth/chainedtokencredential.h>
#include <mrauth/defaultazurecredentialoptions.h>
#include <mrauth/mrauth_export.h>

class QNetworkAccessManager;

namespace MrAuth {

//! The credential for "works on my machine and in Azure": a chain of, in this order,
//! EnvironmentCredential, ManagedIdentityCredential, AzureCliCredential and, only when
//! DefaultAzureCredentialOptions::includeInteractiveBrowserCredential is set,
//! InteractiveBrowserCredential.
//!
//! Once a link has given a token it is used for every later request. When no link can, the
//! error lists why each failed. Lives in, and is used from, one thread.
class MRAUTH_EXPORT DefaultAzureCredential : public ChainedTokenCredential
{
    Q_OBJECT
public:
    explicit DefaultAzureCredential(const DefaultAzureCredentialOptions &options = {},
                                    QObject *parent = nullptr);
    ~DefaultAzureCredential() override;

    //! The Azure CLI's public client id, the default for the interactive link.
    static QString defaultInteractiveClientId();

private:
    DefaultAzureCredential(const DefaultAzureCredentialOptions &options,
                           QNetworkAccessManager *sharedNam, QObject *parent);
};

} // namespace MrAuth
