// Soak: 10,000 token requests through MixedRealityTokenCredential over 100 accounts, against a
// real HTTPS STS on loopback (TestStsServer, the test CA) that injects a random fault into
// about a quarter of its answers. A manual clock jumps a day (or to within the refresh margin)
// after every round, so that cached tokens expire and refresh for real.
//
// Checks: every reply finishes exactly once and never inside getToken(); every outcome is a
// valid token of its account or the typed error of the fault injected into the last try (after
// every retry for retryable faults); a failed refresh while the cached token is valid gives that
// token; memory stays flat between warm-up and the end. Prints the figures as a table.
//
// Environment: MRAUTH_SOAK_SEED (the fault sequence; printed), MRAUTH_SOAK_REQUESTS (10000),
// MRAUTH_SOAK_ACCOUNTS (100). Requests race over the connections, so a seed reproduces which
// faults are drawn, not which request meets which.

#include <mrauth/accountkeycredential.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitytokencredential.h>

#include "manualclock.h"
#include "teststsserver.h"
#include "testtokens.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <unistd.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace MrAuth {

namespace {

enum class Fault {
    None,
    Throttled,
    ServerError,
    Unavailable,
    Unauthorized,
    BadRequest,
    Forbidden,
    NotFound,
    MalformedJson,
    MissingToken,
    MissingExpiry,
    TruncatedBody,
    OversizedBody,
    DroppedConnection,
    NoAnswer,
};

struct FaultKind
{
    Fault fault;
    int weight;
    const char *name;
    Error::Code expected;
    bool retried;
};

// Weights out of their sum: about 70 % of the answers are good tokens.
const FaultKind faultKinds[] = {
    {Fault::None, 7000, "none", Error::Code::NoError, false},
    {Fault::Throttled, 500, "429 + Retry-After", Error::Code::Throttled, true},
    {Fault::ServerError, 400, "500, empty body", Error::Code::ServerError, true},
    {Fault::Unavailable, 300, "503", Error::Code::ServerError, true},
    {Fault::Unauthorized, 150, "401 + WWW-Authenticate", Error::Code::AuthenticationFailed, false},
    {Fault::BadRequest, 50, "400", Error::Code::InvalidRequest, false},
    {Fault::Forbidden, 50, "403", Error::Code::Forbidden, false},
    {Fault::NotFound, 50, "404", Error::Code::AccountNotFound, false},
    {Fault::MalformedJson, 250, "malformed JSON", Error::Code::InvalidResponse, false},
    {Fault::MissingToken, 200, "no AccessToken", Error::Code::InvalidResponse, false},
    {Fault::MissingExpiry, 100, "token without exp", Error::Code::MissingExpiry, false},
    {Fault::TruncatedBody, 300, "truncated body", Error::Code::ConnectionFailed, true},
    {Fault::OversizedBody, 50, "oversized body", Error::Code::InvalidResponse, false},
    {Fault::DroppedConnection, 400, "dropped connection", Error::Code::ConnectionFailed, true},
    {Fault::NoAnswer, 10, "no answer", Error::Code::Timeout, true},
};

const FaultKind &kindOf(Fault fault)
{
    for (const FaultKind &kind : faultKinds) {
        if (kind.fault == fault)
            return kind;
    }
    return faultKinds[0];
}

constexpr int maxRetries = 3;
const QString accountDomain = QStringLiteral("eastus.mixedreality.azure.com");
const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

QString codeName(Error::Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Error::Code>().valueToKey(int(code)));
}

// The STS side: answers with a fresh token or a fault drawn from the seeded generator, and
// remembers which fault each try (by its X-MRC-CV) met.
class FaultyStsServer
{
public:
    FaultyStsServer(quint32 seed, const QHash<QString, QString> &keys, const ManualClock *clock)
        : m_random(seed), m_keys(keys), m_clock(clock)
    {
        for (const FaultKind &kind : faultKinds)
            m_totalWeight += kind.weight;
        m_server.setHandler([this](const RecordedRequest &request) { return answer(request); });
    }

    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }

    //! The fault the try with \a requestCv met last (QNAM may resend a try on a fresh
    //! connection; the resend's answer is the one that counts). Null when no such try.
    std::optional<Fault> faultOf(const QString &requestCv) const
    {
        const auto it = m_faultByCv.constFind(requestCv);
        return it == m_faultByCv.cend() ? std::nullopt : std::optional<Fault>(*it);
    }
    //! Forgets the tries of a finished round, so that the soak's own bookkeeping stays flat.
    void forgetRound()
    {
        m_faultByCv.clear();
        m_server.clearRequests();
    }

    int httpRequests() const { return m_httpRequests; }
    int badAuthorizations() const { return m_badAuthorizations; }
    int connections() const { return m_server.connectionCount(); }
    int handshakeFailures() const { return m_server.handshakeFailureCount(); }
    const QMap<QString, int> &injected() const { return m_injected; }

private:
    Fault draw()
    {
        int pick = int(m_random.bounded(quint32(m_totalWeight)));
        for (const FaultKind &kind : faultKinds) {
            if (pick < kind.weight)
                return kind.fault;
            pick -= kind.weight;
        }
        return Fault::None;
    }

    ScriptedResponse answer(const RecordedRequest &request)
    {
        ++m_httpRequests;
        const QString accountId = request.path.section(u'/', 2, 2);
        const QByteArray msCv =
            QUuid::createUuid().toRfc4122().toBase64(QByteArray::OmitTrailingEquals) + ".0";
        const QByteArray expectedAuthorization =
            "Bearer " + accountId.toLatin1() + ':' + m_keys.value(accountId).toLatin1();
        Fault fault = draw();
        if (!m_keys.contains(accountId) ||
            request.header("Authorization") != expectedAuthorization) {
            ++m_badAuthorizations;
            fault = Fault::Unauthorized;
        }
        m_faultByCv.insert(QString::fromLatin1(request.header("X-MRC-CV")), fault);
        ++m_injected[QString::fromLatin1(kindOf(fault).name)];

        const QDateTime now = m_clock->currentDateTimeUtc();
        switch (fault) {
        case Fault::None:
            return ScriptedResponse::token(TestTokens::stsToken(accountId, now), msCv);
        case Fault::Throttled:
            return ScriptedResponse::httpStatus(429, msCv).withHeader("Retry-After", "5");
        case Fault::ServerError:
            return ScriptedResponse::httpStatus(500, msCv);
        case Fault::Unavailable:
            return ScriptedResponse::httpStatus(503, msCv, "Service Unavailable");
        case Fault::Unauthorized:
            return ScriptedResponse::httpStatus(401, msCv).withHeader(
                "WWW-Authenticate", "Invalid token: The account key is not valid.");
        case Fault::BadRequest:
            return ScriptedResponse::httpStatus(400, msCv).withHeader("WWW-Authenticate",
                                                                      "Invalid request: soak.");
        case Fault::Forbidden:
            return ScriptedResponse::httpStatus(403, msCv);
        case Fault::NotFound:
            return ScriptedResponse::httpStatus(404, msCv);
        case Fault::MalformedJson:
            return ScriptedResponse::json("{\"AccessToken\": eyJhbGciOiJSUzI1NiJ9<html>", msCv);
        case Fault::MissingToken:
            return ScriptedResponse::json("{}", msCv);
        case Fault::MissingExpiry: {
            QJsonObject claims = TestTokens::stsClaims(accountId, now);
            claims.remove(QStringLiteral("exp"));
            return ScriptedResponse::token(TestTokens::jwt(claims), msCv);
        }
        case Fault::TruncatedBody: {
            const QByteArray body =
                "{\"AccessToken\":\"" + TestTokens::stsToken(accountId, now).toLatin1() + "\"}";
            ScriptedResponse response = ScriptedResponse::json(body.left(body.size() / 2), msCv);
            response.withHeader("Content-Length", QByteArray::number(body.size()));
            response.closeAfter = true;
            return response;
        }
        case Fault::OversizedBody:
            return ScriptedResponse::hugeBody(256 * 1024, true);
        case Fault::DroppedConnection:
            return ScriptedResponse::closeConnection();
        case Fault::NoAnswer:
            return ScriptedResponse::neverAnswer();
        }
        return ScriptedResponse::httpStatus(599, msCv);
    }

    TestStsServer m_server;
    QRandomGenerator m_random;
    QHash<QString, QString> m_keys;
    const ManualClock *m_clock;
    int m_totalWeight = 0;
    QHash<QString, Fault> m_faultByCv;
    QMap<QString, int> m_injected;
    int m_httpRequests = 0;
    int m_badAuthorizations = 0;
};

struct Figures
{
    int requests = 0;
    int ok = 0;
    int okFromCache = 0;
    QMap<QString, int> failedByCode;
    int fetches = 0;
    int retries = 0;
    int lostTries = 0;
    QStringList violations;

    void violation(const QString &text)
    {
        if (violations.size() < 20)
            violations << text;
        else if (violations.size() == 20)
            violations << QStringLiteral("(further violations not listed)");
    }
};

// One request of the soak: its reply, and what was true when it was made.
struct Request
{
    int account = 0;
    std::unique_ptr<TokenReply> reply;
    AccessToken cachedBefore;
    bool cachedValidBefore = false;
    int finishedCount = 0;
    bool returned = false;
};

class Soak
{
public:
    Soak(quint32 seed, int requestCount, int accountCount)
        : m_seed(seed)
        , m_requestCount(requestCount)
        , m_accountCount(accountCount)
        , m_random(seed ^ 0x5eedu)
        , m_clock(start)
    {
        QHash<QString, QString> keys;
        for (int i = 0; i < accountCount; ++i) {
            // A random (version 4) GUID from the seeded generator.
            QByteArray bytes(16, Qt::Uninitialized);
            m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
            bytes[6] = char((bytes[6] & 0x0f) | 0x40);
            bytes[8] = char((bytes[8] & 0x3f) | 0x80);
            m_accountIds << QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
            keys.insert(m_accountIds.last(),
                        QString::fromLatin1(QByteArray::number(m_random.generate64(), 36)));
        }
        m_server = std::make_unique<FaultyStsServer>(seed, keys, &m_clock);
        m_keys = keys;
    }

    bool run()
    {
        if (!m_server->listen()) {
            std::fprintf(stderr, "soak: the test server cannot listen\n");
            return false;
        }
        createCredentials();

        QElapsedTimer wall;
        wall.start();
        constexpr int roundSize = 250;
        const int warmUpRequests = qMin(m_requestCount / 5, 2000);
        double rssWarm = 0;
        int issued = 0;
        while (issued < m_requestCount) {
            const int size = qMin(roundSize, m_requestCount - issued);
            if (!runRound(size))
                return false;
            issued += size;
            m_server->forgetRound();
            // Mostly a day later (every token expired); sometimes to within the refresh margin
            // of the tokens issued this round (still valid, refreshed; a failure keeps them).
            m_clock.advance(m_random.bounded(4) == 0 ? 86400s - 120s : 86400s + 60s);
            if (rssWarm == 0 && issued >= warmUpRequests)
                rssWarm = residentMegabytes();
        }
        const double rssEnd = residentMegabytes();
        const qint64 wallMs = wall.elapsed();

        const bool memoryFlat = !(rssEnd > rssWarm * 1.2 && rssEnd - rssWarm > 10.0);
        printTable(rssWarm, rssEnd, wallMs, memoryFlat);
        for (const QString &violation : std::as_const(m_figures.violations))
            std::fprintf(stderr, "VIOLATION: %s\n", qPrintable(violation));
        if (!memoryFlat)
            std::fprintf(stderr, "FAIL: resident memory grew from %.1f MB to %.1f MB\n", rssWarm,
                         rssEnd);
        if (m_server->badAuthorizations() > 0)
            std::fprintf(stderr, "FAIL: %d requests had a wrong Authorization header\n",
                         m_server->badAuthorizations());
        return m_figures.violations.isEmpty() && memoryFlat && m_server->badAuthorizations() == 0 &&
               m_figures.requests == m_requestCount;
    }

private:
    void createCredentials()
    {
        MixedRealityStsClientOptions options;
        options.customEndpointUrl = m_server->url();
        options.sslConfiguration = TestTls::clientConfiguration();
        options.networkAccessManager = &m_network;
        options.transferTimeout = 1000ms;
        options.retryPolicy.maxRetries = maxRetries;
        options.retryPolicy.initialDelay = 2ms;
        // Also caps Retry-After: 5, so that throttling costs milliseconds here.
        options.retryPolicy.maxDelay = 10ms;
        for (const QString &accountId : std::as_const(m_accountIds)) {
            auto *client = new MixedRealityStsClient(
                accountId, accountDomain,
                std::make_shared<AccountKeyCredential>(m_keys.value(accountId)), options);
            auto credential = std::make_unique<MixedRealityTokenCredential>(client);
            credential->setClock(&m_clock);
            m_credentials.push_back(std::move(credential));
        }
    }

    bool runRound(int size)
    {
        std::vector<std::unique_ptr<Request>> requests;
        requests.reserve(size_t(size));
        int pending = size;
        QEventLoop loop;
        for (int i = 0; i < size; ++i) {
            auto request = std::make_unique<Request>();
            request->account = int(m_random.bounded(quint32(m_accountCount)));
            MixedRealityTokenCredential *credential =
                m_credentials.at(size_t(request->account)).get();
            request->cachedBefore = credential->cachedToken();
            request->cachedValidBefore =
                !request->cachedBefore.isNull() &&
                !request->cachedBefore.isExpiredAt(m_clock.currentDateTimeUtc());
            Request *raw = request.get();
            request->reply.reset(credential->getToken());
            QObject::connect(
                request->reply.get(), &TokenReply::finished, &loop, [this, raw, &pending, &loop] {
                    if (!raw->returned)
                        m_figures.violation(QStringLiteral("finished() inside getToken()"));
                    if (++raw->finishedCount == 1 && --pending == 0)
                        loop.quit();
                });
            request->returned = true;
            ++m_figures.requests;
            requests.push_back(std::move(request));
        }
        // A watchdog, not a pace: a round takes well under a second when nothing hangs.
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        watchdog.start(60000);
        if (pending > 0 && loop.exec() != 0) {
            std::fprintf(stderr, "FAIL: %d requests of a round never finished\n", pending);
            return false;
        }
        // Let any second finished() of this round surface before counting.
        QCoreApplication::processEvents();
        // The replies of one fetch share its last X-MRC-CV and its count of tries.
        QHash<QString, int> triesByFetch;
        for (const auto &request : requests) {
            check(*request);
            const QString cv = request->reply->requestCorrelationVector();
            if (request->finishedCount == 1 && !cv.isEmpty())
                triesByFetch.insert(cv, request->reply->attempts());
        }
        m_figures.fetches += int(triesByFetch.size());
        for (const int tries : std::as_const(triesByFetch))
            m_figures.retries += tries - 1;
        return true;
    }

    void check(const Request &request)
    {
        const QString accountId = m_accountIds.at(request.account);
        if (request.finishedCount != 1) {
            m_figures.violation(
                QStringLiteral("a reply finished %1 times").arg(request.finishedCount));
            return;
        }
        const TokenReply &reply = *request.reply;
        const std::optional<Fault> fault = m_server->faultOf(reply.requestCorrelationVector());
        if (reply.error() == Error::Code::NoError) {
            ++m_figures.ok;
            const AccessToken token = reply.accessToken();
            const Jwt jwt = Jwt::decode(token.token());
            if (token.isExpiredAt(m_clock.currentDateTimeUtc()) ||
                jwt.claims().value(QStringLiteral("aid")).toString() != accountId) {
                m_figures.violation(
                    QStringLiteral("a token that is expired or of another account"));
            } else if (fault && *fault != Fault::None) {
                // The fetch failed: only the still valid cached token may stand in.
                ++m_figures.okFromCache;
                if (!request.cachedValidBefore || token != request.cachedBefore)
                    m_figures.violation(QStringLiteral("a token after the fault '%1' without a "
                                                       "valid cached token")
                                            .arg(QString::fromLatin1(kindOf(*fault).name)));
            }
            return;
        }

        ++m_figures.failedByCode[codeName(reply.error())];
        if (!fault && reply.error() == Error::Code::ConnectionFailed) {
            // The last try met a connection the server had closed (after a dropped or truncated
            // answer) and never reached it: Qt 6.4 reuses such connections for new requests.
            // A connection failure is the right outcome then.
            ++m_figures.lostTries;
            return;
        }
        if (!fault) {
            m_figures.violation(QStringLiteral("error %1 after %2 tries for a try the server "
                                               "never saw: %3")
                                    .arg(codeName(reply.error()))
                                    .arg(reply.attempts())
                                    .arg(reply.errorString()));
            return;
        }
        const FaultKind &kind = kindOf(*fault);
        if (reply.error() != kind.expected)
            m_figures.violation(QStringLiteral("fault '%1' ended in %2, expected %3")
                                    .arg(QString::fromLatin1(kind.name), codeName(reply.error()),
                                         codeName(kind.expected)));
        if (kind.retried && reply.attempts() != maxRetries + 1)
            m_figures.violation(QStringLiteral("fault '%1' ended after %2 tries, expected %3")
                                    .arg(QString::fromLatin1(kind.name))
                                    .arg(reply.attempts())
                                    .arg(maxRetries + 1));
        if (request.cachedValidBefore)
            m_figures.violation(QStringLiteral("an error although the cached token was valid"));
    }

    void printTable(double rssWarm, double rssEnd, qint64 wallMs, bool memoryFlat) const
    {
        const auto row = [](const char *name, const QString &value) {
            std::printf("| %-34s | %20s |\n", name, qPrintable(value));
        };
        std::printf("\nMixedRealityTokenCredential soak (seed %u; MRAUTH_SOAK_SEED=%u repeats "
                    "the fault draws)\n\n",
                    m_seed, m_seed);
        std::printf("| %-34s | %20s |\n|%s|%s|\n", "figure", "value", qPrintable(QString(36, u'-')),
                    qPrintable(QString(22, u'-')));
        row("accounts", QString::number(m_accountCount));
        row("token requests", QString::number(m_figures.requests));
        row("ok (token)", QString::number(m_figures.ok));
        row("  of which cached after a failure", QString::number(m_figures.okFromCache));
        for (auto it = m_figures.failedByCode.cbegin(); it != m_figures.failedByCode.cend(); ++it)
            row(qPrintable(QStringLiteral("failed: %1").arg(it.key())),
                QString::number(it.value()));
        row("STS fetches (shared by waiters)", QString::number(m_figures.fetches));
        row("retries", QString::number(m_figures.retries));
        row("last try never reached the server", QString::number(m_figures.lostTries));
        row("HTTP requests at the server", QString::number(m_server->httpRequests()));
        row("TLS connections accepted", QString::number(m_server->connections()));
        row("TLS handshakes failed", QString::number(m_server->handshakeFailures()));
        for (auto it = m_server->injected().cbegin(); it != m_server->injected().cend(); ++it)
            row(qPrintable(QStringLiteral("answered: %1").arg(it.key())),
                QString::number(it.value()));
        row("RSS after warm-up (MB)", QString::number(rssWarm, 'f', 1));
        row("RSS at the end (MB)", QString::number(rssEnd, 'f', 1));
        row("memory", memoryFlat ? QStringLiteral("flat") : QStringLiteral("GREW"));
        row("wall time (s)", QString::number(double(wallMs) / 1000.0, 'f', 1));
        row("violations", QString::number(m_figures.violations.size()));
        std::printf("\n");
        std::fflush(stdout);
    }

    quint32 m_seed;
    int m_requestCount;
    int m_accountCount;
    QRandomGenerator m_random;
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    QStringList m_accountIds;
    QHash<QString, QString> m_keys;
    std::unique_ptr<FaultyStsServer> m_server;
    std::vector<std::unique_ptr<MixedRealityTokenCredential>> m_credentials;
    Figures m_figures;
};

} // namespace

} // namespace MrAuth

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool seedGiven = false;
    const uint seedValue = qEnvironmentVariable("MRAUTH_SOAK_SEED").toUInt(&seedGiven);
    const quint32 seed = seedGiven ? seedValue : QRandomGenerator::global()->generate();
    MrAuth::Soak soak(seed, MrAuth::envInt("MRAUTH_SOAK_REQUESTS", 10000),
                      MrAuth::envInt("MRAUTH_SOAK_ACCOUNTS", 100));
    return soak.run() ? 0 : 1;
}
