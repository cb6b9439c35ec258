#pragma once

#include <QList>
#include <QString>

namespace MrAuth {

//! The kinds of secret an account can have; each is one keychain entry.
enum class SecretKind {
    PrimaryKey,   //!< The account's primary key.
    SecondaryKey, //!< The account's secondary key.
    ClientSecret, //!< An Azure AD application's client secret.
    RefreshToken, //!< The Azure AD refresh token of a user sign-in, for silent renewal.
};

//! Every kind, in the order above: what removing an account deletes.
QList<SecretKind> allSecretKinds();
//! The stable name of \a kind in keychain entry keys, e.g. "primary-key".
QString secretKindKey(SecretKind kind);
//! The translated name of \a kind for people, e.g. "primary key".
QString secretKindDisplayName(SecretKind kind);

} // namespace MrAuth
