#include "secretkind.h"

#include <QCoreApplication>

namespace MrAuth {

QList<SecretKind> allSecretKinds()
{
    return {SecretKind::PrimaryKey, SecretKind::SecondaryKey, SecretKind::ClientSecret,
            SecretKind::RefreshToken};
}

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::PrimaryKey:
        return QStringLiteral("primary-key");
    case SecretKind::SecondaryKey:
        return QStringLiteral("secondary-key");
    case SecretKind::ClientSecret:
        return QStringLiteral("client-secret");
    case SecretKind::RefreshToken:
        return QStringLiteral("refresh-token");
    }
    return {};
}

QString secretKindDisplayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::PrimaryKey:
        return QCoreApplication::translate("MrAuth::SecretKind", "primary key");
    case SecretKind::SecondaryKey:
        return QCoreApplication::translate("MrAuth::SecretKind", "secondary key");
    case SecretKind::ClientSecret:
        return QCoreApplication::translate("MrAuth::SecretKind", "client secret");
    case SecretKind::RefreshToken:
        return QCoreApplication::translate("MrAuth::SecretKind", "Azure AD refresh token");
    }
    return {};
}

} // namespace MrAuth
