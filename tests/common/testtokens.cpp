#include "testtokens.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace MrAuth {

QByteArray TestTokens::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString TestTokens::jwt(const QJsonObject &claims)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("3bE6vQ8aYbWcEyGNA2kUEybsLg8")},
                             {QStringLiteral("x5t"), QStringLiteral("3bE6vQ8aYbWcEyGNA2kUEybsLg8")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    // A stand-in for the 2048-bit RSA signature: 256 bytes derived from the payload.
    QByteArray signature;
    for (int i = 0; signature.size() < 256; ++i) {
        signature += QCryptographicHash::hash(QByteArray(payload + QByteArray::number(i)),
                                              QCryptographicHash::Sha256);
    }
    signature.truncate(256);
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                               '.' + base64Url(payload) + '.' + base64Url(signature));
}

QJsonObject TestTokens::stsClaims(const QString &accountId, const QDateTime &issuedAt)
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    return {
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("cai"), accountId},
        {QStringLiteral("aid"), accountId},
        {QStringLiteral("tid"), QStringLiteral("00000000-0000-0000-0000-000000000000")},
        {QStringLiteral("aao"), QStringLiteral("True")},
        {QStringLiteral("apr"), QStringLiteral("eastus")},
        {QStringLiteral("rid"),
         QStringLiteral("/subscriptions/3e2ae6bd-5e21-4f8e-8c6f-a3b1fd4e0fc1/resourceGroups/mr/"
                        "providers/Microsoft.MixedReality/SpatialAnchorsAccounts/test")},
        {QStringLiteral("att"), 1},
        {QStringLiteral("nbf"), iat},
        {QStringLiteral("iat"), iat},
        {QStringLiteral("exp"), iat + 86400},
        {QStringLiteral("iss"), QStringLiteral("https://sts.eastus.mixedreality.azure.com/")},
        {QStringLiteral("aud"), QStringLiteral("https://manage.sa.eastus.mixedreality.azure.com/")},
    };
}

QString TestTokens::stsToken(const QString &accountId, const QDateTime &issuedAt)
{
    return jwt(stsClaims(accountId, issuedAt));
}

} // namespace MrAuth
