#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <QStringList>

#include <memory>

namespace MrAuth {

class EnvironmentCredentialPrivate;

//! A service principal described by environment variables, as on build agents.
//!
//! Reads `AZURE_TENANT_ID`, `AZURE_CLIENT_ID` and `AZURE_CLIENT_SECRET` (and
//! `AZURE_AUTHORITY_HOST`, which replaces AzureCredentialOptions::authorityHost) when it is
//! constructed, and then works as a ClientSecretCredential. With a variable missing, getToken()
//! fails with Error::Code::CredentialUnavailable naming it. Lives in, and is used from, one
//! thread.
class MRAUTH_EXPORT EnvironmentCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit EnvironmentCredential(const AzureCredentialOptions &options = {},
                                   QObject *parent = nullptr);
    ~EnvironmentCredential() override;

    //! True when every required variable was set.
    bool isConfigured() const;
    //! The required variables that were missing or empty.
    QStringList missingVariables() const;

    TokenReply *getToken(const QStringList &scopes) override;

private:
    std::unique_ptr<EnvironmentCredentialPrivate> d;
};

} // namespace MrAuth
