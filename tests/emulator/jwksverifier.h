#pragma once

#include <QJsonObject>
#include <QString>

namespace MrAuth {

//! Verifies an RS256 JWT against a JWKS with OpenSSL, independently of the emulator's code:
//! the key is rebuilt from the published `n` and `e`.
class JwksVerifier
{
public:
    //! True when \a token's signature verifies with the key of \a jwks named by its `kid`;
    //! otherwise false with \a why.
    static bool verify(const QString &token, const QJsonObject &jwks, QString *why);
    //! The decoded payload of \a token (no verification).
    static QJsonObject claims(const QString &token);
    static QJsonObject header(const QString &token);
};

} // namespace MrAuth
