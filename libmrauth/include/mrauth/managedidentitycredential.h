#pragma once

#include <mrauth/managedidentitycredentialoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

class ManagedIdentityCredentialPrivate;

//! The managed identity of the Azure resource the program runs on.
//!
//! IMDS: `GET {imdsEndpoint}?api-version=2018-02-01&resource=…` with `Metadata: true`. App
//! Service: `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=…` with the
//! `X-IDENTITY-HEADER` secret. The resource is the scope without `/.default`. When IMDS does not
//! answer the first request within the probe timeout, or has no identity, getToken() fails with
//! Error::Code::CredentialUnavailable (and keeps doing so for an unreachable endpoint). Lives
//! in, and is used from, one thread.
class MRAUTH_EXPORT ManagedIdentityCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit ManagedIdentityCredential(const ManagedIdentityCredentialOptions &options = {},
                                       QObject *parent = nullptr);
    ~ManagedIdentityCredential() override;

    //! The kind of endpoint in use.
    enum class Source { Imds, AppService };
    Q_ENUM(Source)
    Source source() const;
    //! The token endpoint in use.
    QUrl endpoint() const;
    Error configurationError() const;

    //! A token for exactly one scope.
    TokenReply *getToken(const QStringList &scopes) override;

private:
    std::unique_ptr<ManagedIdentityCredentialPrivate> d;
};

} // namespace MrAuth
