#include "stsprotocol_p.h"

#include <mrauth/accountdomain.h>
#include <mrauth/jwt.h>

#include "messages_p.h"
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace MrAuth {

namespace {
void setError(Error *target, const Error &error)
{
    if (target)
        *target = error;
}

int monthNumber(const QString &name)
{
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    return int(months.indexOf(name)) + 1;
}

QDateTime utcDateTime(int year, const QString &month, int day, int hour, int minute, int second)
{
    const QDate date(year, monthNumber(month), day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// An HTTP-date (RFC 9110, section 5.6.7) in any of its three forms, which recipients must all
// accept. Qt's RFC2822Date parser takes neither the "GMT" of the preferred form nor the two
// obsolete ones, so they are matched here; numeric zones still go through Qt.
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).simplified();
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    static const QRegularExpression imfFixdate(QStringLiteral(
        R"(^[A-Za-z]{3}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^[A-Za-z]{6,9}, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folded the double space)
    static const QRegularExpression asctime(QStringLiteral(
        R"(^[A-Za-z]{3} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));
    QRegularExpressionMatch match = imfFixdate.match(text);
    if (match.hasMatch()) {
        return utcDateTime(match.captured(3).toInt(), match.captured(2), match.captured(1).toInt(),
                           match.captured(4).toInt(), match.captured(5).toInt(),
                           match.captured(6).toInt());
    }
    match = rfc850.match(text);
    if (match.hasMatch()) {
        // A two-digit year more than 50 years ahead is the most recent past one (RFC 9110).
        int year = now.date().year() / 100 * 100 + match.captured(3).toInt();
        if (year > now.date().year() + 50)
            year -= 100;
        return utcDateTime(year, match.captured(2), match.captured(1).toInt(),
                           match.captured(4).toInt(), match.captured(5).toInt(),
                           match.captured(6).toInt());
    }
    match = asctime.match(text);
    if (match.hasMatch()) {
        return utcDateTime(match.captured(6).toInt(), match.captured(1), match.captured(2).toInt(),
                           match.captured(3).toInt(), match.captured(4).toInt(),
                           match.captured(5).toInt());
    }
    return QDateTime::fromString(text, Qt::RFC2822Date);
}
} // namespace

Error validateAccountId(const QString &accountId)
{
    const QString id = accountId.trimmed();
    if (id.isEmpty())
        return Error(Error::Code::InvalidArgument, Messages::tr("The account ID is empty."));
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull()) {
        if (id.count(u'0') == 32)
            return Error(
                Error::Code::InvalidArgument,
                Messages::tr("The account ID is the all-zero GUID, which no account has."));
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The account ID '%1' is not a GUID (like "
                                  "87e9abb1-79b9-4502-bbae-cfae8c610f23).")
                         .arg(id));
    }
    if (id.startsWith(u'{'))
        return Error(Error::Code::InvalidArgument,
                     Messages::tr("The account ID must be a bare GUID, without braces."));
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl stsEndpointUrl(const QString &accountDomain, const QUrl &customEndpoint, Error *error)
{
    setError(error, Error());
    if (customEndpoint.isEmpty()) {
        const QString domain = accountDomain.trimmed();
        if (domain.isEmpty()) {
            setError(error,
                     Error(Error::Code::InvalidArgument,
                           Messages::tr("The accountDomain is empty: give the account's domain, "
                                        "for example 'eastus.mixedreality.azure.com'.")));
            return {};
        }
        const QString hint = AccountDomain::hintFor(domain);
        if (!hint.isEmpty()) {
            setError(
                error,
                Error(Error::Code::InvalidArgument,
                      Messages::tr("The accountDomain '%1' is not valid. %2").arg(domain, hint)));
            return {};
        }
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("sts.") + domain.toLower());
        if (!url.isValid() || url.host().isEmpty()) {
            setError(
                error,
                Error(
                    Error::Code::InvalidArgument,
                    Messages::tr("The accountDomain '%1' is not a valid host name.").arg(domain)));
            return {};
        }
        return url;
    }

    QUrl url = customEndpoint;
    // Without "scheme://", QUrl reads "host:port" as scheme "host" and path "port".
    const QString endpointText = customEndpoint.toString();
    if (!endpointText.contains(QStringLiteral("://")) && !endpointText.startsWith(u'#'))
        url = QUrl(QStringLiteral("https://") + endpointText, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
        !url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty()) {
        setError(error,
                 Error(Error::Code::InvalidArgument,
                       Messages::tr("The custom endpoint '%1' is not a valid URL: it must be "
                                    "https://host[:port][/path].")
                           .arg(customEndpoint.toDisplayString())));
        return {};
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        setError(error,
                 Error(Error::Code::InvalidArgument,
                       Messages::tr("The custom endpoint '%1' uses plain http, which is allowed "
                                    "only on this machine (loopback). Use https.")
                           .arg(url.toDisplayString())));
        return {};
    }
    return url;
}

QUrl stsTokenUrl(const QUrl &endpoint, const QString &accountId, const QString &apiVersion)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/Accounts/") + accountId.trimmed().toLower() +
                QStringLiteral("/token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), apiVersion);
    url.setQuery(query);
    return url;
}

Error::Code errorCodeForHttpStatus(int status)
{
    switch (status) {
    case 400:
        return Error::Code::InvalidRequest;
    case 401:
        return Error::Code::AuthenticationFailed;
    case 403:
        return Error::Code::Forbidden;
    case 404:
        return Error::Code::AccountNotFound;
    case 408:
        return Error::Code::Timeout;
    case 429:
        return Error::Code::Throttled;
    default:
        if (status >= 500)
            return Error::Code::ServerError;
        if (status >= 400)
            return Error::Code::InvalidRequest;
        return Error::Code::InvalidResponse;
    }
}

bool isRetryableHttpStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0
                   ? std::nullopt
                   : std::optional(std::chrono::milliseconds(qMin(seconds, 86400LL) * 1000));
    const QDateTime date = parseHttpDate(text, now);
    if (!date.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(qMax<qint64>(0, now.msecsTo(date)));
}

AccessToken parseStsTokenResponse(const QByteArray &body, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error,
                 Error(Error::Code::InvalidResponse,
                       Messages::tr("The STS answered 200 but the body is not a JSON object.")));
        return {};
    }
    const QString token = document.object().value(QStringLiteral("AccessToken")).toString();
    if (token.isEmpty()) {
        setError(error, Error(Error::Code::InvalidResponse,
                              Messages::tr("The STS answered 200 without an AccessToken.")));
        return {};
    }
    Error jwtError;
    const QDateTime expiresOn = Jwt::expiryOf(token, &jwtError);
    if (jwtError) {
        jwtError.setMessage(Messages::tr("The STS returned a token that cannot be used: %1")
                                .arg(jwtError.message()));
        setError(error, jwtError);
        return {};
    }
    setError(error, Error());
    return AccessToken(token, expiresOn);
}

QString stsHttpErrorMessage(int status, const QString &wwwAuthenticate)
{
    QString message;
    switch (status) {
    case 400:
        message = Messages::tr("The STS rejected the request as invalid (HTTP 400).");
        break;
    case 401:
        message = Messages::tr(
            "The STS rejected the credential (HTTP 401): check the account ID and key, "
            "or the Azure AD token.");
        break;
    case 403:
        message =
            Messages::tr("The STS refused access (HTTP 403): the Azure AD principal has no role on "
                         "this account.");
        break;
    case 404:
        message =
            Messages::tr("The STS does not know this account (HTTP 404): check the account ID and "
                         "domain.");
        break;
    case 429:
        message =
            Messages::tr("The STS is throttling requests (HTTP 429); retries did not get through.");
        break;
    default:
        message = status >= 500
                      ? Messages::tr("The STS failed with a server error (HTTP %1).").arg(status)
                      : Messages::tr("The STS answered with HTTP %1.").arg(status);
        break;
    }
    if (!wwwAuthenticate.isEmpty())
        message += u' ' + Messages::tr("The server said: %1").arg(wwwAuthenticate);
    return message;
}

} // namespace MrAuth
