#include "secretkind.h"

#include <QCoreApplication>

namespace MrAuth {

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
    const char *context = "MrAuth::SecretKind";
    switch (kind) {
    case SecretKind::PrimaryKey:
        return QCoreApplication::translate(context, "primary key");
    case SecretKind::SecondaryKey:
        return QCoreApplication::translate(context, "secondary key");
    case SecretKind::ClientSecret:
        return QCoreApplication::translate(context, "client secret");
    case SecretKind::RefreshToken:
        return QCoreApplication::translate(context, "Azure AD refresh token");
    }
    return {};
}

} // namespace MrAuth
