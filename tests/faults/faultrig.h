#pragma once

#include "emulatorprocess.h"
#include "faultcase.h"
#include "teststsserver.h"

#include <mrauth/retrypolicy.h>

#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace MrAuth {

//! Where a front sends its token request for one fault case, and with what.
struct FaultTarget
{
    QString accountId;
    QString accountDomain;
    QString accountKey;
    //! The STS endpoint; empty: the default `https://sts.{accountDomain}`.
    QUrl endpoint;
    //! The PEM file of the CA the client trusts (the CLI's --ca-file, an account's CA file).
    QString caFile;
    //! The client's one TLS configuration, trusting that CA only.
    QSslConfiguration sslConfiguration;
};

//! Plays the faults of the matrix: the emulator (started once, its faults posted through the
//! admin endpoint) or a TestStsServer made for the case. Lives in the test's thread, whose
//! event loop must run while a front waits for its answer.
class FaultRig
{
public:
    FaultRig();
    ~FaultRig();

    //! Starts the emulator with its demo accounts.
    bool start(QString *error);
    //! Clears the previous case (faults, request log, test server) and sets up \a fault.
    bool inject(const FaultCase &fault, FaultTarget *target, QString *error);
    //! Token requests the server of the current case has seen.
    int serverRequests() const;
    //! TLS handshakes the test server of the current case saw fail.
    int handshakeFailures() const;

    EmulatorProcess &emulator() { return *m_emulator; }

    //! The retry policy every front uses: \a retries retries, 20 ms doubling, no jitter, at
    //! most 100 ms between tries (a 429's `Retry-After: 1` is honoured up to that cap).
    static RetryPolicy retryPolicy(int retries);
    //! The transfer timeout of one try: short for the hanging cases, generous otherwise.
    static std::chrono::milliseconds transferTimeout(const FaultCase &fault);

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<TestStsServer> m_server;
    FaultCase m_case;
};

} // namespace MrAuth
