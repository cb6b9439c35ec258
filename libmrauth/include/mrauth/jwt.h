#pragma once

#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace MrAuth {

//! A decoded (not verified) JSON Web Token.
//!
//! Decodes real base64url (with '-' and '_'), with or without '=' padding. Numeric claims such
//! as `exp` may be JSON numbers or numeric strings. Signature verification is the service's
//! job; this type reads the claims a client needs (expiry, account, audience).
class MRAUTH_EXPORT Jwt
{
public:
    //! An invalid token.
    Jwt() = default;

    //! Decodes \a token. On failure returns an invalid Jwt and sets \a error (InvalidToken for
    //! malformed input). The expiry is not required here; see expiresOn().
    static Jwt decode(const QString &token, Error *error = nullptr);

    //! Decodes \a token and returns its `exp` as UTC. Returns an invalid QDateTime and sets
    //! \a error to InvalidToken (malformed) or MissingExpiry (no or non-numeric `exp`).
    static QDateTime expiryOf(const QString &token, Error *error = nullptr);

    bool isValid() const { return m_valid; }
    //! The JOSE header; empty when the header segment is not base64url-encoded JSON (tokens
    //! are still usable then: only the claims are needed).
    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }

    //! A numeric date claim (`exp`, `iat`, `nbf`) as UTC, or an invalid QDateTime when the
    //! claim is missing or not numeric.
    QDateTime dateClaim(const QString &name) const;
    QDateTime expiresOn() const { return dateClaim(QStringLiteral("exp")); }
    QDateTime issuedAt() const { return dateClaim(QStringLiteral("iat")); }
    QDateTime notBefore() const { return dateClaim(QStringLiteral("nbf")); }

    //! Decodes base64url with or without padding; returns false on characters outside the
    //! base64url alphabet or an impossible length.
    static bool decodeBase64Url(const QByteArray &input, QByteArray *output);

private:
    bool m_valid = false;
    QJsonObject m_header;
    QJsonObject m_claims;
};

} // namespace MrAuth
