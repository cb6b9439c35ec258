#pragma once

#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <QList>

#include <memory>

namespace MrAuth {

class ChainedTokenCredentialPrivate;

//! Tries credentials in order and hands out the first token one of them gives.
//!
//! A link failing with Error::Code::CredentialUnavailable (not configured or not usable here)
//! passes to the next. Any other failure, such as a rejected secret, ends the chain: a
//! credential that is set up but broken is reported rather than silently replaced by another
//! identity. The final error lists every link tried and why it failed. Lives in, and is used
//! from, one thread.
class MRAUTH_EXPORT ChainedTokenCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit ChainedTokenCredential(const QList<std::shared_ptr<TokenCredential>> &credentials,
                                    QObject *parent = nullptr);
    ~ChainedTokenCredential() override;

    QList<std::shared_ptr<TokenCredential>> credentials() const;

    //! When true, once a link has given a token every later request goes to that link only
    //! (DefaultAzureCredential's behaviour). Default false.
    bool remembersSuccessfulCredential() const;
    void setRemembersSuccessfulCredential(bool remember);
    //! The link that gave the last token, or null.
    TokenCredential *successfulCredential() const;

    TokenReply *getToken(const QStringList &scopes) override;

    //! The name a link has in error messages, e.g. "EnvironmentCredential".
    static QString credentialName(const TokenCredential *credential);

private:
    std::unique_ptr<ChainedTokenCredentialPrivate> d;
};

} // namespace MrAuth
