#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace MrAuth {

//! Builds JWT-shaped tokens like the STS issues, for servers that tests script.
class TestTokens
{
public:
    //! Base64url without padding, as JWT segments are encoded.
    static QByteArray base64Url(const QByteArray &data);
    //! `{header}.{payload}.{signature}` with an RS256 header (`alg`, `kid`, `x5t`, `typ`), the
    //! \a claims as payload and 256 bytes of stand-in signature.
    static QString jwt(const QJsonObject &claims);
    //! The claims of a real STS token for \a accountId issued at \a issuedAt: the account
    //! claims, `nbf` = `iat` and `exp` = `iat` + 86400, as JSON numbers.
    static QJsonObject stsClaims(const QString &accountId, const QDateTime &issuedAt);
    //! jwt(stsClaims(accountId, issuedAt)).
    static QString stsToken(const QString &accountId, const QDateTime &issuedAt);
};

} // namespace MrAuth
