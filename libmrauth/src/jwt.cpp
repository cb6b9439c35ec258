#include <mrauth/jwt.h>

#include "messages_p.h"
#include <QJsonDocument>

namespace MrAuth {

namespace {

void setError(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

// A JSON number or a numeric string (SDK fixtures use "exp":"1610898650"), as seconds.
std::optional<qint64> numericClaim(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds < -62135596800.0 || seconds > 253402300799.0) // years 1 to 9999
            return std::nullopt;
        return qint64(seconds);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().trimmed().toLongLong(&ok);
        if (ok && seconds >= -62135596800LL && seconds <= 253402300799LL)
            return seconds;
    }
    return std::nullopt;
}

QJsonObject decodeJsonSegment(const QByteArray &segment, bool *ok)
{
    QByteArray json;
    *ok = false;
    if (segment.isEmpty() || !Jwt::decodeBase64Url(segment, &json))
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    *ok = true;
    return document.object();
}

} // namespace

bool Jwt::decodeBase64Url(const QByteArray &input, QByteArray *output)
{
    QByteArray data = input;
    while (data.endsWith('='))
        data.chop(1);
    if (data.size() % 4 == 1)
        return false;
    for (const char c : std::as_const(data)) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    const auto result = QByteArray::fromBase64Encoding(
        data, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *output = *result;
    return true;
}

Jwt Jwt::decode(const QString &token, Error *error)
{
    Jwt jwt;
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, Error(Error::Code::InvalidToken, Messages::tr("The token is empty.")));
        return jwt;
    }
    const QList<QByteArray> segments = trimmed.toLatin1().split('.');
    if (segments.size() != 3) {
        setError(error, Error(Error::Code::InvalidToken,
                              Messages::tr("The token is not a JWT: it has %n segment(s) "
                                           "instead of three.",
                                           nullptr, int(segments.size()))));
        return jwt;
    }
    // Only the claims matter to a client: an unreadable header (conformance case J8's "fake")
    // leaves header() empty instead of failing, as the SDKs that read only the payload do.
    bool ok = false;
    jwt.m_header = decodeJsonSegment(segments.at(0), &ok);
    jwt.m_claims = decodeJsonSegment(segments.at(1), &ok);
    if (!ok) {
        setError(error, Error(Error::Code::InvalidToken,
                              Messages::tr("The token's payload is not base64url-encoded JSON.")));
        return Jwt();
    }
    jwt.m_valid = true;
    setError(error, Error());
    return jwt;
}

QDateTime Jwt::expiryOf(const QString &token, Error *error)
{
    const Jwt jwt = decode(token, error);
    if (!jwt.isValid())
        return {};
    QDateTime expiry = jwt.expiresOn();
    if (!expiry.isValid()) {
        setError(error, Error(Error::Code::MissingExpiry,
                              Messages::tr("The token has no numeric expiry (exp) claim.")));
    }
    return expiry;
}

QDateTime Jwt::dateClaim(const QString &name) const
{
    const auto seconds = numericClaim(m_claims.value(name));
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

} // namespace MrAuth
