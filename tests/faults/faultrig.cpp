#include "faultrig.h"

#include <QJsonArray>
#include <QTcpServer>

namespace MrAuth {

using namespace std::chrono_literals;

namespace {

constexpr qint64 oversizedBytes = 1024 * 1024; // 16 times the client's 64 KiB cap

TestTls::Certificate certificateFor(FaultCase::Network network)
{
    switch (network) {
    case FaultCase::Network::SelfSigned:
        return TestTls::Certificate::Untrusted;
    case FaultCase::Network::UntrustedCa:
        return TestTls::Certificate::OtherCa;
    case FaultCase::Network::Expired:
        return TestTls::Certificate::Expired;
    case FaultCase::Network::HostnameMismatch:
        return TestTls::Certificate::WrongHost;
    default:
        return TestTls::Certificate::Valid;
    }
}

// A loopback port that was free a moment ago and that nothing listens on now.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QJsonObject demoAccount()
{
    return EmulatorProcess::demoAccounts()
        .value(QStringLiteral("accounts"))
        .toArray()
        .at(0)
        .toObject();
}

} // namespace

FaultRig::FaultRig() : m_emulator(std::make_unique<EmulatorProcess>()) {}

FaultRig::~FaultRig() = default;

bool FaultRig::start(QString *error)
{
    return m_emulator->start(EmulatorProcess::demoAccounts(), {}, error);
}

bool FaultRig::inject(const FaultCase &fault, FaultTarget *target, QString *error)
{
    m_case = fault;
    m_server.reset();
    if (!m_emulator->clearFaults() || !m_emulator->clearRequests()) {
        *error = QStringLiteral("the emulator did not clear its faults and requests");
        return false;
    }

    const QJsonObject account = demoAccount();
    *target = FaultTarget();
    target->accountId = account.value(QStringLiteral("accountId")).toString();
    target->accountDomain = account.value(QStringLiteral("accountDomain")).toString();
    target->accountKey = account.value(QStringLiteral("primaryKey")).toString();

    if (fault.isEmulatorFault()) {
        target->endpoint = m_emulator->url();
        target->caFile = m_emulator->caCertificatePath();
        target->sslConfiguration = m_emulator->sslConfiguration();
        if (m_emulator->addFault(fault.emulatorFault) < 0) {
            *error = QStringLiteral("the emulator refused the fault");
            return false;
        }
        return true;
    }

    target->caFile = TestTls::directory() + QStringLiteral("/ca.pem");
    target->sslConfiguration = TestTls::clientConfiguration();
    switch (fault.network) {
    case FaultCase::Network::None:
        break;
    case FaultCase::Network::ConnectionRefused:
        target->endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(closedPort()));
        return true;
    case FaultCase::Network::DnsFailure:
        target->accountDomain = QStringLiteral("mrauth-faults.invalid");
        return true;
    default:
        break;
    }

    m_server = std::make_unique<TestStsServer>();
    if (!m_server->listen(TestStsServer::Transport::Tls, certificateFor(fault.network))) {
        *error = QStringLiteral("the test server did not listen");
        return false;
    }
    target->endpoint = m_server->url();
    switch (fault.network) {
    case FaultCase::Network::RedirectToHttp: {
        // The same host, port and path, over plain http: the credential must not follow.
        QUrl plain = m_server->url();
        plain.setScheme(QStringLiteral("http"));
        plain.setPath(QStringLiteral("/Accounts/%1/token").arg(target->accountId));
        m_server->setDefaultResponse(ScriptedResponse::redirect(plain));
        break;
    }
    case FaultCase::Network::OversizedBody:
        m_server->setDefaultResponse(ScriptedResponse::hugeBody(oversizedBytes, true));
        break;
    case FaultCase::Network::OversizedStream:
        m_server->setDefaultResponse(ScriptedResponse::hugeBody(oversizedBytes, false));
        break;
    default:
        // TLS faults: the handshake must fail; should it not, the client gets an answer that
        // is not the expected error.
        m_server->setDefaultResponse(ScriptedResponse::httpStatus(418, "faults.0"));
        break;
    }
    return true;
}

int FaultRig::serverRequests() const
{
    if (m_server)
        return m_server->requestCount();
    if (!m_case.isEmulatorFault())
        return 0; // nothing listens, or the name does not resolve
    int count = 0;
    const QJsonArray requests = m_emulator->requests();
    for (const QJsonValue entry : requests) {
        const QString path = entry.toObject().value(QStringLiteral("path")).toString();
        count += path.contains(QStringLiteral("/token")) ? 1 : 0;
    }
    return count;
}

int FaultRig::handshakeFailures() const
{
    return m_server ? m_server->handshakeFailureCount() : 0;
}

RetryPolicy FaultRig::retryPolicy(int retries)
{
    RetryPolicy policy;
    policy.maxRetries = retries;
    policy.initialDelay = 20ms;
    policy.maxDelay = 100ms;
    policy.jitter = false;
    return policy;
}

std::chrono::milliseconds FaultRig::transferTimeout(const FaultCase &fault)
{
    return fault.hangs ? 1500ms : 20000ms;
}

} // namespace MrAuth
