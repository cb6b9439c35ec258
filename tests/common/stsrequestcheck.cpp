#include "stsrequestcheck.h"

#include <mrauth/mrauth_version.h>

#include <QRegularExpression>

namespace MrAuth {

bool looksLikeCorrelationVector(const QByteArray &cv)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]{22}$"));
    return pattern.match(QString::fromLatin1(cv)).hasMatch();
}

QString stsRequestProblem(const RecordedRequest &request, const QString &accountId,
                          const QByteArray &authorization)
{
    if (request.method != "GET")
        return QStringLiteral("method is %1, not GET").arg(QString::fromLatin1(request.method));
    const QString expectedPath =
        QStringLiteral("/Accounts/") + accountId + QStringLiteral("/token");
    if (request.path != expectedPath)
        return QStringLiteral("path is %1, not %2").arg(request.path, expectedPath);
    if (request.query.queryItems() !=
        QList<QPair<QString, QString>>{
            {QStringLiteral("api-version"), QStringLiteral("2019-02-28-preview")}})
        return QStringLiteral("query is '%1', not 'api-version=2019-02-28-preview'")
            .arg(request.query.toString());
    if (request.headerCount("Authorization") != 1)
        return QStringLiteral("Authorization sent %1 times")
            .arg(request.headerCount("Authorization"));
    if (request.header("Authorization") != authorization)
        return QStringLiteral("Authorization is not the exact expected value");
    if (request.headerCount("X-MRC-CV") != 1 ||
        !looksLikeCorrelationVector(request.header("X-MRC-CV")))
        return QStringLiteral("X-MRC-CV '%1' is not 22 characters of base64")
            .arg(QString::fromLatin1(request.header("X-MRC-CV")));
    if (request.header("Accept") != "application/json")
        return QStringLiteral("Accept is '%1', not application/json")
            .arg(QString::fromLatin1(request.header("Accept")));
    const QByteArray userAgent = request.header("User-Agent");
    if (!userAgent.startsWith("mrauth/" MRAUTH_VERSION_STRING " Qt/"))
        return QStringLiteral("User-Agent '%1' does not start with mrauth/%2 Qt/")
            .arg(QString::fromLatin1(userAgent), QStringLiteral(MRAUTH_VERSION_STRING));
    if (!request.body.isEmpty())
        return QStringLiteral("the request has a body");
    return {};
}

} // namespace MrAuth
