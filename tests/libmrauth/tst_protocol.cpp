// The pure protocol functions: retry delays, Retry-After, HTTP status mapping, account domain
// hints, account id validation, endpoint and token URLs, and Error's one-line form.

#include <mrauth/accountdomain.h>
#include <mrauth/error.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/retrypolicy.h>

#include "stsprotocol_p.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace MrAuth;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(std::optional<milliseconds>)

namespace {
const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
const QDateTime retryNow(QDate(2015, 10, 21), QTime(7, 27, 50), Qt::UTC);
} // namespace

class tst_Protocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void retryDelay_data();
    void retryDelay();
    void retryJitterBounds_data();
    void retryJitterBounds();
    void retryPolicyDefaults();

    void parseRetryAfter_data();
    void parseRetryAfter();

    void errorCodeForHttpStatus_data();
    void errorCodeForHttpStatus();
    void isRetryableHttpStatus_data();
    void isRetryableHttpStatus();
    void httpErrorMessage_data();
    void httpErrorMessage();

    void accountDomainHint_data();
    void accountDomainHint();
    void accountDomainRegions();
    void domainWithoutDotFailsBeforeSending_data();
    void domainWithoutDotFailsBeforeSending();

    void validateAccountId_data();
    void validateAccountId();

    void customEndpoint_data();
    void customEndpoint();
    void tokenUrl_data();
    void tokenUrl();
    void isLoopbackHost_data();
    void isLoopbackHost();

    void errorToString_data();
    void errorToString();
    void errorIsImplicitlyShared();

    void base64Url_data();
    void base64Url();
    void numericClaims_data();
    void numericClaims();
};

void tst_Protocol::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Protocol::retryDelay_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<bool>("jitter");
    QTest::addColumn<double>("random");
    QTest::addColumn<std::optional<milliseconds>>("retryAfter");
    QTest::addColumn<qint64>("expectedMs");

    const std::optional<milliseconds> none;
    // Exponential from 0.8 s: 0.8, 1.6, 3.2, 6.4 … (random 0.5 is the middle of the jitter).
    QTest::newRow("first retry") << 1 << true << 0.5 << none << qint64(800);
    QTest::newRow("second retry") << 2 << true << 0.5 << none << qint64(1600);
    QTest::newRow("third retry") << 3 << true << 0.5 << none << qint64(3200);
    QTest::newRow("no jitter") << 3 << false << 0.0 << none << qint64(3200);
    QTest::newRow("jitter low end") << 1 << true << 0.0 << none << qint64(640);
    QTest::newRow("jitter high end") << 1 << true << 1.0 << none << qint64(960);
    QTest::newRow("random clamped below") << 1 << true << -3.0 << none << qint64(640);
    QTest::newRow("random clamped above") << 1 << true << 7.0 << none << qint64(960);
    QTest::newRow("retry 0 as first") << 0 << false << 0.0 << none << qint64(800);
    // Max 60 s, jitter included.
    QTest::newRow("capped at 60 s") << 8 << false << 0.0 << none << qint64(60000);
    QTest::newRow("capped with jitter") << 8 << true << 1.0 << none << qint64(60000);
    QTest::newRow("huge retry number") << 1000 << true << 0.99 << none << qint64(60000);
    // Retry-After is a lower bound, itself capped at the maximum.
    QTest::newRow("Retry-After above exponential")
        << 1 << true << 1.0 << std::optional(milliseconds(5000)) << qint64(5000);
    QTest::newRow("Retry-After below exponential")
        << 3 << true << 0.5 << std::optional(milliseconds(1000)) << qint64(3200);
    QTest::newRow("Retry-After zero")
        << 1 << false << 0.0 << std::optional(milliseconds(0)) << qint64(800);
    QTest::newRow("Retry-After above max")
        << 1 << true << 0.5 << std::optional(milliseconds(3600000)) << qint64(60000);
}

void tst_Protocol::retryDelay()
{
    QFETCH(int, retry);
    QFETCH(bool, jitter);
    QFETCH(double, random);
    QFETCH(std::optional<milliseconds>, retryAfter);
    QFETCH(qint64, expectedMs);

    RetryPolicy policy;
    policy.jitter = jitter;
    QCOMPARE(policy.delayForRetry(retry, retryAfter, random).count(), expectedMs);
}

void tst_Protocol::retryJitterBounds_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("nominalMs");
    QTest::newRow("retry 1") << 1 << qint64(800);
    QTest::newRow("retry 2") << 2 << qint64(1600);
    QTest::newRow("retry 3") << 3 << qint64(3200);
    QTest::newRow("retry 6") << 6 << qint64(25600);
}

void tst_Protocol::retryJitterBounds()
{
    QFETCH(int, retry);
    QFETCH(qint64, nominalMs);

    // Drawn from QRandomGenerator: always within 80–120 %, and actually spread out.
    const RetryPolicy policy;
    QSet<qint64> seen;
    for (int i = 0; i < 2000; ++i) {
        const qint64 delay = policy.delayForRetry(retry).count();
        QVERIFY2(delay >= nominalMs * 8 / 10 && delay <= nominalMs * 12 / 10,
                 qPrintable(QString::number(delay)));
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 50);
    QVERIFY(*std::min_element(seen.cbegin(), seen.cend()) < nominalMs * 85 / 100);
    QVERIFY(*std::max_element(seen.cbegin(), seen.cend()) > nominalMs * 115 / 100);
}

void tst_Protocol::retryPolicyDefaults()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxRetries, 3);
    QCOMPARE(policy.initialDelay, milliseconds(800));
    QCOMPARE(policy.maxDelay, milliseconds(60000));
    QVERIFY(policy.jitter);
    QCOMPARE(RetryPolicy::none().maxRetries, 0);

    const MixedRealityStsClientOptions options;
    QCOMPARE(options.retryPolicy.maxRetries, 3);
    QVERIFY(options.transferTimeout.count() > 0);
    QCOMPARE(options.apiVersion, QStringLiteral("2019-02-28-preview"));
}

void tst_Protocol::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<milliseconds>>("expected");

    const std::optional<milliseconds> none;
    QTest::newRow("seconds") << QByteArray("5") << std::optional(milliseconds(5000));
    QTest::newRow("seconds with spaces")
        << QByteArray(" 120 ") << std::optional(milliseconds(120000));
    QTest::newRow("zero") << QByteArray("0") << std::optional(milliseconds(0));
    QTest::newRow("a day at most")
        << QByteArray("99999999") << std::optional(milliseconds(86400000));
    QTest::newRow("negative") << QByteArray("-5") << none;
    QTest::newRow("fraction") << QByteArray("1.5") << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("garbage") << QByteArray("soon") << none;
    // The three HTTP-date forms (RFC 9110 section 5.6.7), now being 07:27:50 GMT.
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                                 << std::optional(milliseconds(10000));
    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT")
                                  << std::optional(milliseconds(10000));
    QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:28:00 2015")
                                  << std::optional(milliseconds(10000));
    QTest::newRow("asctime one-digit day")
        << QByteArray("Thu Oct  1 07:28:00 2015") << std::optional(milliseconds(0));
    QTest::newRow("date in the past")
        << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << std::optional(milliseconds(0));
    QTest::newRow("date with numeric zone")
        << QByteArray("Wed, 21 Oct 2015 09:28:30 +0200") << std::optional(milliseconds(40000));
    QTest::newRow("bad date") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << none;
}

void tst_Protocol::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<milliseconds>, expected);
    QCOMPARE(MrAuth::parseRetryAfter(value, retryNow), expected);
}

void tst_Protocol::errorCodeForHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("400") << 400 << Error::Code::InvalidRequest;
    QTest::newRow("401") << 401 << Error::Code::AuthenticationFailed;
    QTest::newRow("403") << 403 << Error::Code::Forbidden;
    QTest::newRow("404") << 404 << Error::Code::AccountNotFound;
    QTest::newRow("408") << 408 << Error::Code::Timeout;
    QTest::newRow("409") << 409 << Error::Code::InvalidRequest;
    QTest::newRow("429") << 429 << Error::Code::Throttled;
    QTest::newRow("500") << 500 << Error::Code::ServerError;
    QTest::newRow("501") << 501 << Error::Code::ServerError;
    QTest::newRow("502") << 502 << Error::Code::ServerError;
    QTest::newRow("503") << 503 << Error::Code::ServerError;
    QTest::newRow("504") << 504 << Error::Code::ServerError;
    QTest::newRow("304") << 304 << Error::Code::InvalidResponse;
    QTest::newRow("302") << 302 << Error::Code::InvalidResponse;
}

void tst_Protocol::errorCodeForHttpStatus()
{
    QFETCH(int, status);
    QFETCH(Error::Code, code);
    QCOMPARE(MrAuth::errorCodeForHttpStatus(status), code);
}

void tst_Protocol::isRetryableHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");

    for (int status : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << true;
    for (int status : {200, 302, 400, 401, 403, 404, 409, 501, 505})
        QTest::addRow("%d", status) << status << false;
}

void tst_Protocol::isRetryableHttpStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(MrAuth::isRetryableHttpStatus(status), retryable);
}

void tst_Protocol::httpErrorMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("wwwAuthenticate");

    QTest::newRow("400") << 400 << QStringLiteral("Invalid request: bad account id");
    QTest::newRow("401") << 401 << QStringLiteral("Invalid token: the key is wrong");
    QTest::newRow("403") << 403 << QString();
    QTest::newRow("404") << 404 << QString();
    QTest::newRow("429") << 429 << QString();
    QTest::newRow("500") << 500 << QString();
    QTest::newRow("418") << 418 << QString();
}

void tst_Protocol::httpErrorMessage()
{
    QFETCH(int, status);
    QFETCH(QString, wwwAuthenticate);

    const QString message = stsHttpErrorMessage(status, wwwAuthenticate);
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    if (!wwwAuthenticate.isEmpty())
        QVERIFY2(message.contains(wwwAuthenticate), qPrintable(message));
}

void tst_Protocol::accountDomainHint_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("hintPart"); // empty: no hint

    QTest::newRow("full domain") << QStringLiteral("eastus.mixedreality.azure.com") << QString();
    QTest::newRow("regionless domain") << QStringLiteral("mixedreality.azure.com") << QString();
    QTest::newRow("custom domain") << QStringLiteral("sts.contoso.example") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("bare region") << QStringLiteral("eastus")
                                 << QStringLiteral("eastus.mixedreality.azure.com");
    QTest::newRow("bare region, mixed case")
        << QStringLiteral(" WestEurope ") << QStringLiteral("westeurope.mixedreality.azure.com");
    QTest::newRow("bare regionless region")
        << QStringLiteral("eastus2") << QStringLiteral("'mixedreality.azure.com'");
    QTest::newRow("no dot") << QStringLiteral("contoso") << QStringLiteral("'contoso' has none");
}

void tst_Protocol::accountDomainHint()
{
    QFETCH(QString, domain);
    QFETCH(QString, hintPart);

    const QString hint = AccountDomain::hintFor(domain);
    if (hintPart.isEmpty()) {
        QVERIFY2(hint.isEmpty(), qPrintable(hint));
        return;
    }
    QVERIFY2(hint.contains(hintPart), qPrintable(hint));
}

void tst_Protocol::accountDomainRegions()
{
    const QStringList regions = AccountDomain::knownRegions();
    for (const QString &region :
         {QStringLiteral("australiaeast"), QStringLiteral("eastus"), QStringLiteral("eastus2"),
          QStringLiteral("japaneast"), QStringLiteral("northeurope"),
          QStringLiteral("southcentralus"), QStringLiteral("southeastasia"),
          QStringLiteral("uksouth"), QStringLiteral("westeurope"), QStringLiteral("westus2")}) {
        QVERIFY2(regions.contains(region), qPrintable(region));
        const QString domain = AccountDomain::forRegion(region);
        QCOMPARE(AccountDomain::regionOf(domain), region);
    }
    QCOMPARE(AccountDomain::forRegion(QStringLiteral("eastus2")),
             QStringLiteral("mixedreality.azure.com"));
    QCOMPARE(AccountDomain::forRegion(QStringLiteral("EastUS")),
             QStringLiteral("eastus.mixedreality.azure.com"));
    QCOMPARE(AccountDomain::forRegion(QStringLiteral("mars")), QString());
    QCOMPARE(AccountDomain::regionOf(QStringLiteral("sts.contoso.example")), QString());
    QCOMPARE(AccountDomain::regionOf(QStringLiteral("mars.mixedreality.azure.com")), QString());
}

void tst_Protocol::domainWithoutDotFailsBeforeSending_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("hintPart");
    QTest::newRow("bare region") << QStringLiteral("eastus")
                                 << QStringLiteral("eastus.mixedreality.azure.com");
    QTest::newRow("no dot") << QStringLiteral("contoso") << QStringLiteral("has none");
}

void tst_Protocol::domainWithoutDotFailsBeforeSending()
{
    QFETCH(QString, domain);
    QFETCH(QString, hintPart);

    Error error;
    QVERIFY(stsEndpointUrl(domain, {}, &error).isEmpty());
    QCOMPARE(error.code(), Error::Code::InvalidArgument);
    QVERIFY2(error.message().contains(hintPart), qPrintable(error.message()));

    // Said before anything is sent: the client is invalid and its reply fails without a try.
    MixedRealityStsClient client(accountId, domain,
                                 std::make_shared<AccountKeyCredential>(QStringLiteral("key")));
    QCOMPARE(client.configurationError().code(), Error::Code::InvalidArgument);
    QVERIFY(client.configurationError().message().contains(hintPart));
    std::unique_ptr<TokenReply> reply(client.getToken());
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(reply->requestCorrelationVector(), QString());
}

void tst_Protocol::validateAccountId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("GUID") << accountId << true << QString();
    QTest::newRow("upper-case GUID") << accountId.toUpper() << true << QString();
    QTest::newRow("surrounding spaces") << u' ' + accountId + u' ' << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("all zero") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false
                              << QStringLiteral("all-zero");
    QTest::newRow("not a GUID") << QStringLiteral("my-account") << false
                                << QStringLiteral("'my-account' is not a GUID");
    QTest::newRow("GUID too short") << QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f2")
                                    << false << QStringLiteral("not a GUID");
    QTest::newRow("braces") << u'{' + accountId + u'}' << false << QStringLiteral("braces");
}

void tst_Protocol::validateAccountId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);

    const Error error = MrAuth::validateAccountId(id);
    QCOMPARE(error.isError(), !valid);
    if (!valid) {
        QCOMPARE(error.code(), Error::Code::InvalidArgument);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }
}

void tst_Protocol::customEndpoint_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QString>("expected"); // empty: an error

    QTest::newRow("https") << QUrl(QStringLiteral("https://my.custom.endpoint"))
                           << QStringLiteral("https://my.custom.endpoint");
    QTest::newRow("https with port and path")
        << QUrl(QStringLiteral("https://my.custom.endpoint:8443/sts"))
        << QStringLiteral("https://my.custom.endpoint:8443/sts");
    QTest::newRow("no scheme") << QUrl(QStringLiteral("my.custom.endpoint"))
                               << QStringLiteral("https://my.custom.endpoint");
    QTest::newRow("no scheme, with port") << QUrl(QStringLiteral("my.custom.endpoint:8443"))
                                          << QStringLiteral("https://my.custom.endpoint:8443");
    QTest::newRow("no scheme, localhost with port")
        << QUrl(QStringLiteral("localhost:8443")) << QStringLiteral("https://localhost:8443");
    QTest::newRow("http on loopback")
        << QUrl(QStringLiteral("http://127.0.0.1:8080")) << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http on localhost")
        << QUrl(QStringLiteral("http://localhost:8080")) << QStringLiteral("http://localhost:8080");
    QTest::newRow("http on ::1") << QUrl(QStringLiteral("http://[::1]:8080"))
                                 << QStringLiteral("http://[::1]:8080");
    QTest::newRow("http elsewhere")
        << QUrl(QStringLiteral("http://my.custom.endpoint")) << QString();
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://my.custom.endpoint")) << QString();
    QTest::newRow("query") << QUrl(QStringLiteral("https://my.custom.endpoint?x=1")) << QString();
    QTest::newRow("user info") << QUrl(QStringLiteral("https://user:secret@my.custom.endpoint"))
                               << QString();
    QTest::newRow("fragment only") << QUrl(QStringLiteral("#")) << QString();
}

void tst_Protocol::customEndpoint()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QString, expected);

    Error error;
    const QUrl url = stsEndpointUrl(QStringLiteral("mixedreality.azure.com"), endpoint, &error);
    if (expected.isEmpty()) {
        QCOMPARE(error.code(), Error::Code::InvalidArgument);
        QVERIFY(url.isEmpty());
        QVERIFY(!error.message().contains(QStringLiteral("secret")));
        return;
    }
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(url.toString(), expected);
}

void tst_Protocol::tokenUrl_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << QUrl(QStringLiteral("https://sts.mixedreality.azure.com"))
                             << accountId
                             << QStringLiteral("https://sts.mixedreality.azure.com/Accounts/") +
                                    accountId +
                                    QStringLiteral("/token?api-version=2019-02-28-preview");
    QTest::newRow("upper-case id sent lower-case")
        << QUrl(QStringLiteral("https://sts.mixedreality.azure.com")) << accountId.toUpper()
        << QStringLiteral("https://sts.mixedreality.azure.com/Accounts/") + accountId +
               QStringLiteral("/token?api-version=2019-02-28-preview");
    QTest::newRow("endpoint with path and slash")
        << QUrl(QStringLiteral("https://127.0.0.1:8443/prefix/")) << accountId
        << QStringLiteral("https://127.0.0.1:8443/prefix/Accounts/") + accountId +
               QStringLiteral("/token?api-version=2019-02-28-preview");
}

void tst_Protocol::tokenUrl()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(stsTokenUrl(endpoint, id, QStringLiteral("2019-02-28-preview")).toString(), expected);
}

void tst_Protocol::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Protocol::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(MrAuth::isLoopbackHost(host), loopback);
}

void tst_Protocol::errorToString_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QStringList>("parts");

    Error authentication(Error::Code::AuthenticationFailed, QStringLiteral("The key is wrong."));
    authentication.setHttpStatus(401);
    authentication.setWwwAuthenticate(QStringLiteral("Invalid token: signature mismatch"));
    authentication.setRequestCorrelationVector(QStringLiteral("DQzdx06xR5GYcLGnQTzs3w"));
    authentication.setResponseCorrelationVector(QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"));
    QTest::newRow("401 with both CVs")
        << authentication
        << QStringList{QStringLiteral("AuthenticationFailed"),
                       QStringLiteral("The key is wrong."),
                       QStringLiteral("HTTP 401"),
                       QStringLiteral("Invalid token: signature mismatch"),
                       QStringLiteral("X-MRC-CV: DQzdx06xR5GYcLGnQTzs3w"),
                       QStringLiteral("MS-CV: gKXl1CkeG0mRb6HEtMUmHQ.0")};

    Error network(Error::Code::HostNotFound, QStringLiteral("No such host."));
    network.setRequestCorrelationVector(QStringLiteral("x90MDbFOkUeYcLGnQTzs3w"));
    QTest::newRow("network error, request CV only")
        << network
        << QStringList{QStringLiteral("HostNotFound"), QStringLiteral("No such host."),
                       QStringLiteral("X-MRC-CV: x90MDbFOkUeYcLGnQTzs3w")};
}

void tst_Protocol::errorToString()
{
    QFETCH(Error, error);
    QFETCH(QStringList, parts);

    const QString text = error.toString();
    for (const QString &part : parts)
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
    if (error.responseCorrelationVector().isEmpty())
        QVERIFY(!text.contains(QStringLiteral("MS-CV")));
    if (error.httpStatus() == 0)
        QVERIFY(!text.contains(QStringLiteral("HTTP")));
    QCOMPARE(Error().toString(), QString());
    QVERIFY(!Error().isError());
    QVERIFY(error.isError());
    QVERIFY(bool(error));
}

void tst_Protocol::errorIsImplicitlyShared()
{
    Error original(Error::Code::Throttled, QStringLiteral("slow down"));
    original.setHttpStatus(429);
    Error copy = original;
    copy.setHttpStatus(500);
    copy.setMessage(QStringLiteral("changed"));
    QCOMPARE(original.httpStatus(), 429);
    QCOMPARE(original.message(), QStringLiteral("slow down"));
    Error moved = std::move(copy);
    QCOMPARE(moved.httpStatus(), 500);
    QCOMPARE(Error::codeName(Error::Code::InsecureRedirect), QStringLiteral("InsecureRedirect"));
}

void tst_Protocol::base64Url_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unpadded") << QByteArray("-_8") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("padded") << QByteArray("-_8=") << true << QByteArray("\xfb\xff", 2);
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("standard alphabet +") << QByteArray("+_8") << false << QByteArray();
    QTest::newRow("standard alphabet /") << QByteArray("-/8") << false << QByteArray();
    QTest::newRow("impossible length") << QByteArray("abcde") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("ab=c") << false << QByteArray();
    QTest::newRow("space") << QByteArray("ab c") << false << QByteArray();
}

void tst_Protocol::base64Url()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);

    QByteArray output("untouched");
    QCOMPARE(Jwt::decodeBase64Url(input, &output), ok);
    if (ok)
        QCOMPARE(output, expected);
}

void tst_Protocol::numericClaims_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QDateTime>("expiry"); // invalid: none

    const QDateTime expected = QDateTime::fromSecsSinceEpoch(1610898650, Qt::UTC);
    QTest::newRow("number") << QByteArray(R"({"exp":1610898650})") << expected;
    QTest::newRow("numeric string") << QByteArray(R"({"exp":"1610898650"})") << expected;
    QTest::newRow("fractional number") << QByteArray(R"({"exp":1610898650.7})") << expected;
    QTest::newRow("string with spaces") << QByteArray(R"({"exp":" 1610898650 "})") << expected;
    QTest::newRow("not numeric") << QByteArray(R"({"exp":"tomorrow"})") << QDateTime();
    QTest::newRow("null") << QByteArray(R"({"exp":null})") << QDateTime();
    QTest::newRow("boolean") << QByteArray(R"({"exp":true})") << QDateTime();
    QTest::newRow("out of range") << QByteArray(R"({"exp":1e300})") << QDateTime();
}

void tst_Protocol::numericClaims()
{
    QFETCH(QByteArray, payload);
    QFETCH(QDateTime, expiry);

    const QString token = QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.") +
                          QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)) +
                          u'.';
    Error error;
    const QDateTime decoded = Jwt::expiryOf(token, &error);
    QCOMPARE(decoded, expiry);
    QCOMPARE(error.code(), expiry.isValid() ? Error::Code::NoError : Error::Code::MissingExpiry);
}

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
