#include "requestlogentry.h"

namespace MrAuth {

QString RequestLogEntry::statusText() const
{
    if (isSuccess())
        return httpStatus != 0 ? QString::number(httpStatus) : QStringLiteral("OK");
    const QString code = Error::codeName(errorCode);
    return httpStatus != 0 ? QString::number(httpStatus) + u' ' + code : code;
}

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("account"), account.toString(QUuid::WithoutBraces)},
        {QStringLiteral("accountName"), accountName},
        {QStringLiteral("operation"), operation},
        {QStringLiteral("status"), statusText()},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("requestCv"), requestCorrelationVector},
        {QStringLiteral("responseCv"), responseCorrelationVector},
    };
    if (!isSuccess()) {
        json.insert(QStringLiteral("error"), Error::codeName(errorCode));
        json.insert(QStringLiteral("errorText"), errorText);
    }
    return json;
}

RequestLogEntry RequestLogEntry::fromResult(const QUuid &account, const QString &accountName,
                                            const QString &operation, const Error &error,
                                            int httpStatus, const QString &requestCv,
                                            const QString &responseCv, qint64 latencyMs,
                                            int attempts, const QDateTime &time)
{
    RequestLogEntry entry;
    entry.time = time.toUTC();
    entry.account = account;
    entry.accountName = accountName;
    entry.operation = operation;
    entry.errorCode = error.code();
    entry.httpStatus = httpStatus != 0 ? httpStatus : error.httpStatus();
    entry.latencyMs = latencyMs;
    entry.attempts = attempts;
    entry.requestCorrelationVector =
        requestCv.isEmpty() ? error.requestCorrelationVector() : requestCv;
    entry.responseCorrelationVector =
        responseCv.isEmpty() ? error.responseCorrelationVector() : responseCv;
    if (error.isError()) {
        entry.errorText = error.message();
        if (!error.wwwAuthenticate().isEmpty() &&
            !entry.errorText.contains(error.wwwAuthenticate()))
            entry.errorText +=
                QStringLiteral(" (WWW-Authenticate: ") + error.wwwAuthenticate() + u')';
    }
    return entry;
}

} // namespace MrAuth
