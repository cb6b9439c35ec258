#pragma once

#include <mrauth/accountkeycredential.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

//! The STS bearer for account-key authentication: `{accountId}:{accountKey}`, never expiring.
//!
//! MixedRealityStsClient builds one for you when given an AccountKeyCredential; use it directly
//! only to pass account-key authentication to code that takes a TokenCredential.
class MRAUTH_EXPORT MixedRealityAccountKeyCredential : public TokenCredential
{
    Q_OBJECT
public:
    MixedRealityAccountKeyCredential(const QString &accountId,
                                     std::shared_ptr<AccountKeyCredential> keyCredential,
                                     QObject *parent = nullptr);
    ~MixedRealityAccountKeyCredential() override;

    //! Finishes with the bearer `{accountId}:{key}` that never expires, or with
    //! Error::Code::InvalidArgument when the key is empty or the account id is not a GUID.
    TokenReply *getToken(const QStringList &scopes) override;

    //! The same as getToken(), synchronously: the key is local, no I/O happens.
    AccessToken token(Error *error = nullptr) const;

private:
    QString m_accountId;
    std::shared_ptr<AccountKeyCredential> m_keyCredential;
};

} // namespace MrAuth
