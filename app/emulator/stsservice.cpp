#include "stsservice.h"

#include "tokensigner.h"

#include <mrauth/correlationvector.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace MrAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::StsService", text);
}

// Compares secrets in time independent of where they differ.
bool equalSecrets(const QString &a, const QString &b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    if (left.size() != right.size() || left.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left.at(i) ^ right.at(i));
    return difference == 0;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

const QStringList ownerRoles = {QStringLiteral("Spatial Anchors Account Owner"),
                                QStringLiteral("Remote Rendering Administrator")};

} // namespace

StsService::StsService(const std::function<const AccountsConfig &()> &config,
                       const TokenSigner *signer)
    : m_config(config), m_signer(signer)
{}

QString StsService::globalResource()
{
    return QStringLiteral("https://sts.mixedreality.azure.com");
}

HttpResponse StsService::baseResponse(int status)
{
    HttpResponse response;
    response.status = status;
    response.headers.reserve(6);
    response.headers.append(
        {QByteArray("MS-CV"), QByteArray(CorrelationVector::generate().toLatin1() + ".0")});
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store, no-cache")});
    response.headers.append({QByteArray("Pragma"), QByteArray("no-cache")});
    response.headers.append({QByteArray("X-Content-Type-Options"), QByteArray("nosniff")});
    return response;
}

HttpResponse StsService::error(int status, const QByteArray &header, const QString &message) const
{
    HttpResponse response = baseResponse(status);
    if (!header.isEmpty())
        response.setHeader("WWW-Authenticate", header + ": " + message.toUtf8());
    return response;
}

HttpResponse StsService::handle(const HttpRequest &request, const QString &accountId)
{
    if (request.method != "GET") {
        HttpResponse response = error(405, {}, {});
        response.setHeader("Allow", "GET");
        return response;
    }
    if (request.query.hasQueryItem(QStringLiteral("api-version"))) {
        const QString version = request.queryValue(QStringLiteral("api-version"));
        if (version != QLatin1String(supportedApiVersion)) {
            return error(400, "Invalid request",
                         tr("The api-version '%1' is not supported. Supported versions: %2.")
                             .arg(version, QLatin1String(supportedApiVersion)));
        }
    }
    if (QUuid::fromString(accountId).isNull() || accountId.size() != 36) {
        return error(400, "Invalid request",
                     tr("The account id '%1' is not a valid GUID.").arg(accountId.left(64)));
    }
    const AccountsConfig &config = m_config();
    const AccountsConfig::Account *account = config.account(accountId);
    if (!account)
        return error(404, {}, {});

    const QByteArray authorization = request.header("Authorization").trimmed();
    if (authorization.isEmpty())
        return error(401, "Invalid token", tr("The Authorization header is missing."));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
        return error(401, "Invalid token",
                     tr("The Authorization header must use the Bearer scheme."));
    }
    const QString credential = QString::fromUtf8(authorization.mid(7).trimmed());
    const bool looksLikeJwt = credential.count(u'.') == 2 && !credential.contains(u':');

    if (!looksLikeJwt) {
        const qsizetype colon = credential.indexOf(u':');
        if (colon < 0)
            return error(401, "Invalid token",
                         tr("The token is neither an account key nor a JWT."));
        const QString keyAccount = credential.left(colon);
        const QString key = credential.mid(colon + 1);
        if (keyAccount.compare(account->accountId, Qt::CaseInsensitive) != 0) {
            return error(401, "Invalid token",
                         tr("The account key was presented for another account."));
        }
        if (!equalSecrets(key, account->primaryKey) && !equalSecrets(key, account->secondaryKey))
            return error(401, "Invalid token", tr("The account key is not valid."));
        HttpResponse response = baseResponse(200);
        response.setJson(QJsonDocument(
            QJsonObject{{QStringLiteral("AccessToken"),
                         mint(*account, QStringLiteral("00000000-0000-0000-0000-000000000000"),
                              QStringLiteral("key"), true)}}));
        return response;
    }

    QJsonObject claims;
    QString reason;
    if (!m_signer->verify(credential, &claims, &reason))
        return error(401, "Invalid token", reason);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expiry = qint64(claims.value(QStringLiteral("exp")).toDouble());
    if (expiry <= now)
        return error(401, "Invalid token", tr("The token has expired."));
    const qint64 notBefore = qint64(claims.value(QStringLiteral("nbf")).toDouble());
    if (notBefore > now + 300)
        return error(401, "Invalid token", tr("The token is not valid yet."));
    const QString audience = withoutTrailingSlash(claims.value(QStringLiteral("aud")).toString());
    if (audience != globalResource() &&
        audience != QStringLiteral("https://sts.") + account->accountDomain) {
        return error(401, "Invalid token",
                     tr("The token audience '%1' is not the Mixed Reality STS.").arg(audience));
    }
    const QString objectId = claims.value(QStringLiteral("oid")).toString();
    const QString appId = claims.value(QStringLiteral("appid")).toString();
    const bool isApp = claims.value(QStringLiteral("idtyp")).toString() == QLatin1String("app");
    QStringList roles = config.rolesOf(objectId, account->accountId);
    if (isApp)
        roles += config.rolesOf(appId, account->accountId);
    if (roles.isEmpty() || objectId.isEmpty())
        return error(403, {}, {});
    const bool owner = std::any_of(roles.cbegin(), roles.cend(),
                                   [](const QString &role) { return ownerRoles.contains(role); });
    HttpResponse response = baseResponse(200);
    response.setJson(QJsonDocument(
        QJsonObject{{QStringLiteral("AccessToken"),
                     mint(*account, claims.value(QStringLiteral("tid")).toString(),
                          QStringLiteral("aad:") + objectId + u':' + appId, owner)}}));
    return response;
}

QString StsService::mint(const AccountsConfig::Account &account, const QString &tenantId,
                         const QString &principal, bool owner)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != m_cacheSecond) {
        m_cache.clear();
        m_cacheSecond = now;
    }
    const QString cacheKey = account.accountId + u'|' + principal;
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.cend())
        return *cached;

    const QString resourceId =
        QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4")
            .arg(account.subscriptionId, account.resourceGroup,
                 AccountsConfig::resourceType(account.service), account.name);
    QJsonObject claims;
    claims.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    claims.insert(QStringLiteral("cai"), account.accountId);
    claims.insert(QStringLiteral("aid"), account.accountId);
    claims.insert(QStringLiteral("tid"), tenantId);
    claims.insert(QStringLiteral("aao"), owner ? QStringLiteral("True") : QStringLiteral("False"));
    claims.insert(QStringLiteral("apr"), account.region);
    claims.insert(QStringLiteral("rid"), resourceId);
    claims.insert(QStringLiteral("att"), principal == QLatin1String("key")
                                             ? QStringLiteral("AccountKey")
                                             : QStringLiteral("AAD"));
    claims.insert(QStringLiteral("nbf"), now);
    claims.insert(QStringLiteral("exp"), now + m_tokenLifetime);
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("iss"),
                  QStringLiteral("https://sts.%1/").arg(account.accountDomain));
    claims.insert(QStringLiteral("aud"), AccountsConfig::serviceAudience(account));
    QString token = m_signer->sign(claims);
    m_cache.insert(cacheKey, token);
    return token;
}

} // namespace MrAuth
