#include "tokenoutput.h"

#include "copyformats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MrAuth {

std::optional<TokenOutput::Format> TokenOutput::formatFromName(const QString &name)
{
    if (name == QLatin1String("token"))
        return Format::Token;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("header"))
        return Format::Header;
    if (name == QLatin1String("env"))
        return Format::Env;
    if (name == QLatin1String("curl"))
        return Format::Curl;
    return std::nullopt;
}

QJsonObject TokenOutput::toJson(const TokenResult &result)
{
    QJsonObject json;
    if (!result.name.isEmpty())
        json.insert(QStringLiteral("name"), result.name);
    if (result.isSuccess()) {
        const QDateTime expiresOn = result.token.expiresOn().toUTC();
        json.insert(QStringLiteral("accessToken"), result.token.token());
        json.insert(QStringLiteral("expiresOn"), expiresOn.toString(Qt::ISODate));
        json.insert(QStringLiteral("expiresOnEpoch"), expiresOn.toSecsSinceEpoch());
    } else {
        json.insert(QStringLiteral("error"), result.error.toJson());
    }
    json.insert(QStringLiteral("accountId"), result.account.accountId().trimmed());
    json.insert(QStringLiteral("accountDomain"), result.account.accountDomain().trimmed());
    json.insert(QStringLiteral("endpoint"), result.endpoint.toString(QUrl::FullyEncoded));
    json.insert(QStringLiteral("requestCorrelationVector"), result.requestCorrelationVector);
    json.insert(QStringLiteral("responseCorrelationVector"), result.responseCorrelationVector);
    return json;
}

QString TokenOutput::format(Format format, const TokenResult &result)
{
    const QString token = result.token.token();
    switch (format) {
    case Format::Token:
        return CopyFormats::format(CopyFormats::Format::Token, token) + u'\n';
    case Format::Json:
        return QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented));
    case Format::Header:
        return CopyFormats::format(CopyFormats::Format::AuthorizationHeader, token) + u'\n';
    case Format::Env:
        return CopyFormats::format(CopyFormats::Format::ShellExport, token) + u'\n';
    case Format::Curl:
        return CopyFormats::format(CopyFormats::Format::CurlCommand, token,
                                   result.account.serviceUrl()) +
               u'\n';
    }
    return {};
}

QString TokenOutput::formatAll(const QList<TokenResult> &results)
{
    QJsonArray array;
    for (const TokenResult &result : results)
        array.append(toJson(result));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

ExitCode TokenOutput::exitCodeOfAll(const QList<TokenResult> &results)
{
    std::optional<ExitCode> common;
    for (const TokenResult &result : results) {
        if (result.isSuccess())
            continue;
        const ExitCode code = result.error.isError() ? result.error.exitCode() : ExitCode::Failure;
        if (!common)
            common = code;
        else if (*common != code)
            return ExitCode::Failure;
    }
    return common.value_or(ExitCode::Success);
}

} // namespace MrAuth
