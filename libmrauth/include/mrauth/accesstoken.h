#pragma once

#include <mrauth/mrauth_export.h>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace MrAuth {

//! An access token and the moment it expires (the seed's `AccessToken`).
//!
//! A plain value type. The token is a secret: do not log it; show it only where a user asked.
class MRAUTH_EXPORT AccessToken
{
public:
    //! A null token.
    AccessToken() = default;
    //! A token that expires at \a expiresOn (converted to UTC).
    AccessToken(const QString &token, const QDateTime &expiresOn);

    //! The token text.
    QString token() const { return m_token; }
    //! When the token expires, in UTC. Invalid for a null token.
    QDateTime expiresOn() const { return m_expiresOn; }

    //! True when there is no token.
    bool isNull() const { return m_token.isEmpty(); }
    //! True when the token is expired at \a now.
    bool isExpiredAt(const QDateTime &now) const;

    //! The expiry used for tokens that never expire (account-key "tokens").
    static QDateTime neverExpires();

    friend bool operator==(const AccessToken &a, const AccessToken &b)
    {
        return a.m_token == b.m_token && a.m_expiresOn == b.m_expiresOn;
    }
    friend bool operator!=(const AccessToken &a, const AccessToken &b) { return !(a == b); }

private:
    QString m_token;
    QDateTime m_expiresOn;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::AccessToken)
