#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace MrAuth {

//! Signs and verifies the emulator's RS256 JWTs (STS and Azure AD tokens) with one RSA-2048
//! key, new every run, and publishes it as a JWKS.
//!
//! The header is `{"alg":"RS256","kid":…,"x5t":…,"typ":"JWT"}`; `kid` and `x5t` are the SHA-1
//! thumbprint (base64url) of a self-signed certificate of the key, as Azure AD does, and the
//! JWKS carries that certificate in `x5c`. Segments are base64url without padding.
class TokenSigner
{
public:
    TokenSigner();
    ~TokenSigner();
    TokenSigner(const TokenSigner &) = delete;
    TokenSigner &operator=(const TokenSigner &) = delete;

    //! False when key generation failed.
    bool isValid() const;
    QString keyId() const;
    //! A signed JWT carrying \a claims.
    QString sign(const QJsonObject &claims) const;
    //! Checks the signature (and that the token is RS256 with our key id) and returns the
    //! claims; on failure returns false and sets \a reason (for `Invalid token: …`). Expiry and
    //! audience are the caller's business.
    bool verify(const QString &token, QJsonObject *claims, QString *reason) const;
    //! `{"keys":[{kty,use,alg,kid,x5t,n,e,x5c}]}`.
    QJsonObject jwks() const;

    static QByteArray base64Url(const QByteArray &data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MrAuth
