#include "aadazurecli_p.h"

#include "messages_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace MrAuth {

namespace {

void setError(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

//! The CLI's message without its "ERROR: " prefix, on one line, at most 400 characters.
QString cliMessage(const QByteArray &standardError)
{
    QStringList lines;
    const QList<QByteArray> rawLines = standardError.split('\n');
    for (const QByteArray &raw : rawLines) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QStringLiteral("ERROR:")))
            line = line.mid(6).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    QString message = lines.join(u' ');
    if (message.size() > 400)
        message = message.left(400) + QStringLiteral("…");
    return message;
}

} // namespace

QStringList azureCliArguments(const QString &scope, const QString &tenantId)
{
    QStringList arguments = {QStringLiteral("account"),  QStringLiteral("get-access-token"),
                             QStringLiteral("--scope"),  scope,
                             QStringLiteral("--output"), QStringLiteral("json")};
    if (!tenantId.isEmpty())
        arguments << QStringLiteral("--tenant") << tenantId;
    return arguments;
}

AccessToken parseAzureCliOutput(const QByteArray &output, Error *error)
{
    setError(error, Error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The Azure CLI printed something that is not the "
                                           "JSON object of 'az account get-access-token'.")));
        return {};
    }
    const QJsonObject object = document.object();
    const QString token = object.value(QStringLiteral("accessToken")).toString();
    if (token.isEmpty()) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The Azure CLI's answer has no accessToken.")));
        return {};
    }

    QDateTime expiresOn;
    const QJsonValue posix = object.value(QStringLiteral("expires_on"));
    if (posix.isDouble()) {
        expiresOn = QDateTime::fromSecsSinceEpoch(qint64(posix.toDouble()), Qt::UTC);
    } else if (posix.isString()) {
        bool ok = false;
        const qint64 seconds = posix.toString().trimmed().toLongLong(&ok);
        if (ok)
            expiresOn = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    if (!expiresOn.isValid()) {
        // Before CLI 2.54 only the local time, with microseconds: "2023-10-31 21:59:10.000000".
        const QString local = object.value(QStringLiteral("expiresOn")).toString().trimmed();
        expiresOn = QDateTime::fromString(local.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (expiresOn.isValid())
            expiresOn.setTimeSpec(Qt::LocalTime);
    }
    if (!expiresOn.isValid()) {
        setError(error, Error(Error::Code::MissingExpiry,
                              Messages::tr("The Azure CLI's answer has neither a usable "
                                           "expires_on nor expiresOn.")));
        return {};
    }
    return AccessToken(token, expiresOn.toUTC());
}

Error azureCliFailure(int exitCode, const QByteArray &standardError)
{
    const QString message = cliMessage(standardError);
    if (message.contains(QStringLiteral("az login")) ||
        message.contains(QStringLiteral("az account set"))) {
        return Error(Error::Code::CredentialUnavailable,
                     Messages::tr("The Azure CLI is not logged in: run 'az login'. It said: %1")
                         .arg(message));
    }
    if (message.isEmpty()) {
        return Error(
            Error::Code::AuthenticationFailed,
            Messages::tr("The Azure CLI failed with exit code %1 and said nothing.").arg(exitCode));
    }
    return Error(
        Error::Code::AuthenticationFailed,
        Messages::tr("The Azure CLI failed with exit code %1: %2").arg(exitCode).arg(message));
}

} // namespace MrAuth
