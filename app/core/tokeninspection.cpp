#include "tokeninspection.h"

#include "timeformat.h"

#include <mrauth/jwt.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace MrAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::TokenInspection", text);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString TokenInspection::extractToken(const QString &text)
{
    QString token = text.trimmed();
    static const QRegularExpression exportPrefix(
        QStringLiteral("^export\\s+[A-Za-z_][A-Za-z0-9_]*="));
    token.remove(exportPrefix);
    static const QRegularExpression headerPrefix(QStringLiteral("^authorization\\s*:\\s*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    token.remove(headerPrefix);
    static const QRegularExpression bearerPrefix(QStringLiteral("^bearer\\s+"),
                                                 QRegularExpression::CaseInsensitiveOption);
    token.remove(bearerPrefix);
    token = token.trimmed();
    while (token.size() >= 2 && (token.startsWith(u'"') || token.startsWith(u'\'')) &&
           token.endsWith(token.front())) {
        token = token.mid(1, token.size() - 2).trimmed();
    }
    // A token wrapped over lines by a terminal or an email.
    token.remove(QRegularExpression(QStringLiteral("\\s+")));
    return token;
}

TokenInspection TokenInspection::inspect(const QString &text, const QDateTime &now)
{
    TokenInspection result;
    const QString token = extractToken(text);
    const Jwt jwt = Jwt::decode(token, &result.error);
    if (!jwt.isValid()) {
        result.validity = Validity::Malformed;
        return result;
    }
    const QJsonObject header = jwt.header();
    for (auto it = header.begin(); it != header.end(); ++it)
        result.header << Field{it.key(), valueText(it.value()), headerMeaning(it.key()), {}};
    const QJsonObject claims = jwt.claims();
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        Field field{it.key(), valueText(it.value()), claimMeaning(it.key()), {}};
        if (it.key() == QLatin1String("iat") || it.key() == QLatin1String("nbf") ||
            it.key() == QLatin1String("exp")) {
            field.time = jwt.dateClaim(it.key());
        }
        result.claims << field;
    }
    result.issuedAt = jwt.issuedAt();
    result.notBefore = jwt.notBefore();
    result.expiresOn = Jwt::expiryOf(token, &result.error);
    if (!result.expiresOn.isValid()) {
        result.validity = Validity::NoExpiry;
    } else if (now >= result.expiresOn) {
        result.validity = Validity::Expired;
    } else if (result.notBefore.isValid() && now < result.notBefore) {
        result.validity = Validity::NotYetValid;
    } else {
        result.validity = Validity::Valid;
    }
    return result;
}

QString TokenInspection::validityText(const QDateTime &now) const
{
    switch (validity) {
    case Validity::Malformed:
        return tr("Not a JSON Web Token: %1").arg(error.message());
    case Validity::NoExpiry:
        return tr("The token has no usable expiry: %1").arg(error.message());
    case Validity::NotYetValid:
        return tr("Not valid yet: valid from %1 (%2).")
            .arg(TimeFormat::localDateTime(notBefore), TimeFormat::relative(notBefore, now));
    case Validity::Valid:
        return tr("Valid for another %1 (until %2).")
            .arg(TimeFormat::duration(now.secsTo(expiresOn)), TimeFormat::localDateTime(expiresOn));
    case Validity::Expired:
        return tr("Expired %1 (at %2).")
            .arg(TimeFormat::relative(expiresOn, now), TimeFormat::localDateTime(expiresOn));
    }
    return {};
}

QString TokenInspection::headerMeaning(const QString &name)
{
    if (name == QLatin1String("alg"))
        return tr("Signature algorithm (RS256: RSA signature with SHA-256)");
    if (name == QLatin1String("kid"))
        return tr("Key ID: which of the issuer's keys signed the token");
    if (name == QLatin1String("x5t"))
        return tr("Thumbprint (SHA-1) of the signing certificate");
    if (name == QLatin1String("typ"))
        return tr("Token type");
    return {};
}

QString TokenInspection::claimMeaning(const QString &name)
{
    if (name == QLatin1String("aid"))
        return tr("Account ID: the Mixed Reality account the token gives access to");
    if (name == QLatin1String("cai"))
        return tr("Account ID the token was requested for");
    if (name == QLatin1String("apr"))
        return tr("Account region, such as eastus");
    if (name == QLatin1String("rid"))
        return tr("Azure resource ID of the account (subscription, resource group, name)");
    if (name == QLatin1String("iss"))
        return tr("Issuer: the STS that issued and signed the token");
    if (name == QLatin1String("aud"))
        return tr("Audience: the service host that accepts the token");
    if (name == QLatin1String("tid"))
        return tr("Azure AD tenant of the caller (all zeros for account-key sign-in)");
    if (name == QLatin1String("att"))
        return tr("How the caller signed in (account key or Azure AD)");
    if (name == QLatin1String("aao"))
        return tr("Whether the caller has owner access to the account");
    if (name == QLatin1String("jti"))
        return tr("Token ID, unique for each token");
    if (name == QLatin1String("iat"))
        return tr("Issued at");
    if (name == QLatin1String("nbf"))
        return tr("Not valid before");
    if (name == QLatin1String("exp"))
        return tr("Expires at");
    return {};
}

} // namespace MrAuth
