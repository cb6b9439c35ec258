#pragma once

#include <mrauth/error.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace MrAuth {

//! What a token says about itself, for the token details view and `mrauth decode`: decoded
//! header and claims with their meaning, the date claims, and whether it is valid at a given
//! time. Pure; the signature is not verified (the service does that).
struct TokenInspection
{
    enum class Validity {
        Malformed,   //!< Not a JWT.
        NoExpiry,    //!< Decodes, but has no usable `exp`.
        NotYetValid, //!< `nbf` is in the future.
        Valid,       //!< Between `nbf` and `exp`.
        Expired,     //!< `exp` has passed.
    };

    struct Field
    {
        QString name;
        //! The value as JSON text (strings without quotes).
        QString value;
        //! What the field means, translated; empty for fields MrAuth does not know.
        QString meaning;
        //! For date claims (`iat`, `nbf`, `exp`): the time, UTC.
        QDateTime time;
    };

    Validity validity = Validity::Malformed;
    //! Why the token is malformed or has no expiry.
    Error error;
    QList<Field> header;
    QList<Field> claims;
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresOn;

    //! Inspects \a text at \a now. \a text may carry an `Authorization: Bearer ` or
    //! `Bearer ` prefix, quotes or surrounding white space (see extractToken()).
    static TokenInspection inspect(const QString &text, const QDateTime &now);
    //! The JWT inside pasted text: strips white space, quotes, `Authorization:`, `Bearer`, and
    //! an `export NAME=` prefix.
    static QString extractToken(const QString &text);
    //! One translated sentence: "Valid for another 23 h 59 min", "Expired 3 min ago", …
    QString validityText(const QDateTime &now) const;
    //! The meaning of a header field or claim, translated; empty when unknown.
    static QString headerMeaning(const QString &name);
    static QString claimMeaning(const QString &name);
};

} // namespace MrAuth
