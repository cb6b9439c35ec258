#include "faultcase.h"

#include <QTest>

namespace MrAuth {

using namespace std::chrono_literals;
using Code = Error::Code;
using Network = FaultCase::Network;

namespace {

QJsonObject fault(const QString &kind, int count = 0)
{
    QJsonObject object{{QStringLiteral("kind"), kind}};
    if (count > 0)
        object.insert(QStringLiteral("count"), count);
    return object;
}

FaultCase emulatorCase(const QString &name, const QJsonObject &spec, int retries, Code expected,
                       int attempts, int serverRequests, int httpStatus)
{
    FaultCase c;
    c.name = name;
    c.emulatorFault = spec;
    c.retries = retries;
    c.expected = expected;
    c.attempts = attempts;
    c.serverRequests = serverRequests;
    c.httpStatus = httpStatus;
    return c;
}

FaultCase networkCase(const QString &name, Network network, int retries, Code expected,
                      int attempts, int serverRequests, int httpStatus)
{
    FaultCase c;
    c.name = name;
    c.network = network;
    c.retries = retries;
    c.expected = expected;
    c.attempts = attempts;
    c.serverRequests = serverRequests;
    c.httpStatus = httpStatus;
    return c;
}

} // namespace

bool FaultCase::isThrottle() const
{
    return emulatorFault.value(QStringLiteral("kind")).toString() == u"throttle";
}

QList<FaultCase> faultMatrix()
{
    QList<FaultCase> cases;

    // The emulator's faults (docs/emulator.md, "Faults").
    FaultCase latency = emulatorCase(QStringLiteral("latency 200-250 ms"),
                                     {{QStringLiteral("kind"), QStringLiteral("latency")},
                                      {QStringLiteral("latencyMs"), 200},
                                      {QStringLiteral("latencyJitterMs"), 50}},
                                     0, Code::NoError, 1, 1, 200);
    latency.minimumDuration = 200ms;
    cases << latency;

    QJsonObject throttle = fault(QStringLiteral("throttle"));
    throttle.insert(QStringLiteral("retryAfter"), 1);
    cases << emulatorCase(QStringLiteral("429 Retry-After, retries exhausted"), throttle, 1,
                          Code::Throttled, 2, 2, 429);
    cases << emulatorCase(QStringLiteral("500 empty body, retries exhausted"),
                          fault(QStringLiteral("server-error")), 1, Code::ServerError, 2, 2, 500);
    cases << emulatorCase(QStringLiteral("503, retries exhausted"),
                          fault(QStringLiteral("unavailable")), 1, Code::ServerError, 2, 2, 503);
    // Qt resends a request whose connection closed without an answer, so the server may see
    // more requests than the client made tries.
    cases << emulatorCase(QStringLiteral("dropped connection"), fault(QStringLiteral("drop")), 0,
                          Code::ConnectionFailed, 1, -1, 0);
    FaultCase hang = emulatorCase(QStringLiteral("no answer (hang)"), fault(QStringLiteral("hang")),
                                  0, Code::Timeout, 1, 1, 0);
    hang.hangs = true;
    cases << hang;
    // Not worth a retry: the same server would answer the same way.
    cases << emulatorCase(QStringLiteral("malformed JSON"), fault(QStringLiteral("malformed-json")),
                          3, Code::InvalidResponse, 1, 1, 200);
    cases << emulatorCase(QStringLiteral("missing AccessToken"),
                          fault(QStringLiteral("missing-token")), 3, Code::InvalidResponse, 1, 1,
                          200);
    // A body cut short is a broken connection, not an answer: transient, like a reset.
    cases << emulatorCase(QStringLiteral("truncated body"), fault(QStringLiteral("truncated")), 0,
                          Code::ConnectionFailed, 1, 1, 200);

    // N failures, then success: the retries see it through, request by request.
    cases << emulatorCase(QStringLiteral("500 x2 then token"),
                          fault(QStringLiteral("server-error"), 2), 3, Code::NoError, 3, 3, 200);
    QJsonObject throttleOnce = fault(QStringLiteral("throttle"), 1);
    throttleOnce.insert(QStringLiteral("retryAfter"), 1);
    cases << emulatorCase(QStringLiteral("429 x1 then token"), throttleOnce, 3, Code::NoError, 2, 2,
                          200);
    cases << emulatorCase(QStringLiteral("503 x3 then token on the last retry"),
                          fault(QStringLiteral("unavailable"), 3), 3, Code::NoError, 4, 4, 200);
    cases << emulatorCase(QStringLiteral("503 x4, one more than the retries"),
                          fault(QStringLiteral("unavailable"), 4), 3, Code::ServerError, 4, 4, 503);
    FaultCase hangOnce =
        emulatorCase(QStringLiteral("hang x1 then token"), fault(QStringLiteral("hang"), 1), 1,
                     Code::NoError, 2, 2, 200);
    hangOnce.hangs = true;
    hangOnce.cliSkipReason = QStringLiteral(
        "mrauth's --timeout bounds the whole command, retries included, so a hung try is never "
        "followed by another one");
    cases << hangOnce;

    // The network's and TLS's faults. Only transient ones are retried: a refused connection
    // is, a DNS failure, a certificate or a redirect is not.
    cases << networkCase(QStringLiteral("connection refused"), Network::ConnectionRefused, 1,
                         Code::ConnectionFailed, 2, 0, 0);
    cases << networkCase(QStringLiteral("DNS failure (.invalid)"), Network::DnsFailure, 3,
                         Code::HostNotFound, 1, 0, 0);
    cases << networkCase(QStringLiteral("untrusted certificate (self-signed)"), Network::SelfSigned,
                         3, Code::TlsError, 1, 0, 0);
    cases << networkCase(QStringLiteral("untrusted certificate (other CA)"), Network::UntrustedCa,
                         3, Code::TlsError, 1, 0, 0);
    cases << networkCase(QStringLiteral("expired certificate"), Network::Expired, 3, Code::TlsError,
                         1, 0, 0);
    cases << networkCase(QStringLiteral("hostname mismatch"), Network::HostnameMismatch, 3,
                         Code::TlsError, 1, 0, 0);
    cases << networkCase(QStringLiteral("redirect to http://"), Network::RedirectToHttp, 3,
                         Code::InsecureRedirect, 1, 1, 302);
    cases << networkCase(QStringLiteral("oversized body (Content-Length)"), Network::OversizedBody,
                         3, Code::InvalidResponse, 1, 1, 200);
    cases << networkCase(QStringLiteral("oversized body (no length)"), Network::OversizedStream, 3,
                         Code::InvalidResponse, 1, 1, 200);
    return cases;
}

void addFaultRows()
{
    QTest::addColumn<FaultCase>("fault");
    const QList<FaultCase> cases = faultMatrix();
    for (const FaultCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c;
}

int expectedCliExitCode(Error::Code code)
{
    // docs/cli.md, "Errors and exit codes".
    switch (code) {
    case Code::NoError:
        return 0;
    case Code::InvalidArgument:
        return 2;
    case Code::InvalidRequest:
    case Code::AuthenticationFailed:
    case Code::Forbidden:
        return 3;
    case Code::AccountNotFound:
        return 4;
    case Code::HostNotFound:
    case Code::ConnectionFailed:
    case Code::TlsError:
    case Code::InsecureRedirect:
    case Code::Timeout:
        return 5;
    case Code::InvalidResponse:
    case Code::InvalidToken:
    case Code::MissingExpiry:
        return 6;
    case Code::Throttled:
    case Code::ServerError:
    case Code::Canceled:
    case Code::CredentialUnavailable:
        return 1;
    }
    return 1;
}

} // namespace MrAuth
