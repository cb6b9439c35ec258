#include "decodeoutput.h"

#include "timeformat.h"

#include <mrauth/jwt.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace MrAuth {

namespace {

QString dateText(const QDateTime &time, const QDateTime &now)
{
    return TimeFormat::utcDateTime(time) + QStringLiteral(" (") + TimeFormat::relative(time, now) +
           u')';
}

QString section(const QString &title, const QList<TokenInspection::Field> &fields,
                const QDateTime &now)
{
    int nameWidth = 0;
    for (const TokenInspection::Field &field : fields)
        nameWidth = qMax(nameWidth, int(field.name.size()));
    QString text = title + u'\n';
    for (const TokenInspection::Field &field : fields) {
        QString value = field.value;
        if (field.time.isValid())
            value += QStringLiteral("  ") + dateText(field.time, now);
        text += QStringLiteral("  ") + field.name.leftJustified(nameWidth + 2) + value;
        if (!field.meaning.isEmpty())
            text += QStringLiteral("  # ") + field.meaning;
        text += u'\n';
    }
    return text;
}

} // namespace

QString DecodeOutput::statusName(TokenInspection::Validity validity)
{
    switch (validity) {
    case TokenInspection::Validity::Malformed:
        return QStringLiteral("malformed");
    case TokenInspection::Validity::NoExpiry:
        return QStringLiteral("no-expiry");
    case TokenInspection::Validity::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case TokenInspection::Validity::Valid:
        return QStringLiteral("valid");
    case TokenInspection::Validity::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString DecodeOutput::text(const QString &token, const QDateTime &now)
{
    const TokenInspection inspection = TokenInspection::inspect(token, now);
    QString text = section(tr("Header"), inspection.header, now) + u'\n' +
                   section(tr("Claims"), inspection.claims, now) + u'\n' + tr("Status:") + u' ';
    switch (inspection.validity) {
    case TokenInspection::Validity::Valid:
        text += tr("valid, expires %1").arg(dateText(inspection.expiresOn, now));
        break;
    case TokenInspection::Validity::Expired:
        text += tr("expired %1").arg(dateText(inspection.expiresOn, now));
        break;
    case TokenInspection::Validity::NotYetValid:
        text += tr("not valid yet, valid from %1").arg(dateText(inspection.notBefore, now));
        break;
    case TokenInspection::Validity::NoExpiry:
        text += tr("no usable expiry (%1)").arg(inspection.error.message());
        break;
    case TokenInspection::Validity::Malformed:
        text += tr("not a JSON Web Token");
        break;
    }
    return text + u'\n';
}

QString DecodeOutput::json(const QString &token, const QDateTime &now)
{
    const TokenInspection inspection = TokenInspection::inspect(token, now);
    const Jwt jwt = Jwt::decode(TokenInspection::extractToken(token));
    QJsonObject dates;
    for (const QString &name :
         {QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("exp")}) {
        const QDateTime time = jwt.dateClaim(name);
        if (!time.isValid())
            continue;
        dates.insert(name, QJsonObject{
                               {QStringLiteral("epoch"), time.toSecsSinceEpoch()},
                               {QStringLiteral("utc"), time.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("relative"), TimeFormat::relative(time, now)},
                           });
    }
    QJsonObject json{
        {QStringLiteral("header"), jwt.header()},
        {QStringLiteral("claims"), jwt.claims()},
        {QStringLiteral("dates"), dates},
        {QStringLiteral("status"), statusName(inspection.validity)},
        {QStringLiteral("valid"), inspection.validity == TokenInspection::Validity::Valid},
    };
    if (inspection.expiresOn.isValid()) {
        json.insert(QStringLiteral("expiresOn"),
                    inspection.expiresOn.toUTC().toString(Qt::ISODate));
        json.insert(QStringLiteral("expiresOnEpoch"), inspection.expiresOn.toSecsSinceEpoch());
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

CliError DecodeOutput::malformedError(const TokenInspection &inspection)
{
    if (inspection.validity != TokenInspection::Validity::Malformed)
        return {};
    return CliError(Error::codeName(Error::Code::InvalidToken),
                    tr("This is not a JSON Web Token: %1").arg(inspection.error.message()),
                    ExitCode::InvalidResponse,
                    tr("Pass the whole token (three base64url parts separated by dots)."));
}

ExitCode DecodeOutput::exitCode(const TokenInspection &inspection, bool check)
{
    switch (inspection.validity) {
    case TokenInspection::Validity::Malformed:
        return ExitCode::InvalidResponse;
    case TokenInspection::Validity::NoExpiry:
        return check ? ExitCode::InvalidResponse : ExitCode::Success;
    case TokenInspection::Validity::Expired:
    case TokenInspection::Validity::NotYetValid:
        return check ? ExitCode::TokenNotValid : ExitCode::Success;
    case TokenInspection::Validity::Valid:
        break;
    }
    return ExitCode::Success;
}

CliError DecodeOutput::checkError(const TokenInspection &inspection, const QDateTime &now)
{
    switch (inspection.validity) {
    case TokenInspection::Validity::Expired:
        return CliError(QStringLiteral("TokenExpired"),
                        tr("The token expired %1.").arg(dateText(inspection.expiresOn, now)),
                        ExitCode::TokenNotValid);
    case TokenInspection::Validity::NotYetValid:
        return CliError(
            QStringLiteral("TokenNotYetValid"),
            tr("The token is valid only from %1.").arg(dateText(inspection.notBefore, now)),
            ExitCode::TokenNotValid);
    case TokenInspection::Validity::NoExpiry:
        return CliError(Error::codeName(Error::Code::MissingExpiry),
                        tr("The token has no usable expiry, so it cannot be checked: %1")
                            .arg(inspection.error.message()),
                        ExitCode::InvalidResponse);
    case TokenInspection::Validity::Malformed:
        return malformedError(inspection);
    case TokenInspection::Validity::Valid:
        break;
    }
    return {};
}

} // namespace MrAuth
