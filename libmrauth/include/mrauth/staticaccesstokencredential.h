#pragma once

#include <mrauth/accesstoken.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

namespace MrAuth {

//! A credential that hands out one ready access token, unchanged, whatever the scopes.
//!
//! Lets downstream clients take either an MR access token obtained elsewhere or a credential
//! that fetches one.
class MRAUTH_EXPORT StaticAccessTokenCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit StaticAccessTokenCredential(const AccessToken &token, QObject *parent = nullptr);
    ~StaticAccessTokenCredential() override;

    //! A reply that finishes (on the next event-loop turn) with the token given at construction.
    TokenReply *getToken(const QStringList &scopes) override;

private:
    AccessToken m_token;
};

} // namespace MrAuth
