#pragma once

// The fault matrix: one table of every emulator fault and every network fault, with what each
// must end in. The library, CLI and token-board suites all read their _data() rows from here,
// so the three fronts are held to the same expectations.

#include <mrauth/error.h>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace MrAuth {

//! One fault: how to inject it, how the client is configured for it and what must happen.
struct FaultCase
{
    //! Faults of the network or of TLS, played by a TestStsServer (or by nothing at all).
    enum class Network {
        None,              //!< An emulator fault (emulatorFault) instead.
        ConnectionRefused, //!< A loopback port where nothing listens.
        DnsFailure,        //!< An account domain under `.invalid`, no custom endpoint.
        SelfSigned,        //!< A self-signed server certificate: a CA the client does not trust.
        UntrustedCa,       //!< A leaf signed by a second CA the client does not trust.
        Expired,           //!< Signed by the trusted test CA, expired in 2020.
        HostnameMismatch,  //!< Signed by the trusted test CA for another host name.
        RedirectToHttp,    //!< A 302 to the same host and path over plain http.
        OversizedBody,     //!< 200 with 1 MiB of body, announced by Content-Length.
        OversizedStream,   //!< 200 with 1 MiB of body, no length, ended by closing.
    };

    QString name;
    //! The fault posted to the emulator's `/_emulator/faults` (docs/emulator.md).
    QJsonObject emulatorFault;
    Network network = Network::None;

    //! RetryPolicy::maxRetries, or the CLI's --retries.
    int retries = 0;
    //! The server never answers: the client needs a short transfer timeout (--timeout).
    bool hangs = false;
    //! Why the CLI cannot play this row, if it cannot (empty: it can).
    QString cliSkipReason;

    //! Error::Code::NoError: the request ends with a token.
    Error::Code expected = Error::Code::NoError;
    //! Requests the client sends (TokenReply::attempts()): the first try and its retries.
    int attempts = 1;
    //! Token requests the server sees; -1: at least `attempts` (Qt itself resends a request
    //! whose connection was dropped).
    int serverRequests = 1;
    //! The HTTP status of the last answer (0: none).
    int httpStatus = 200;
    //! A lower bound of the whole request's duration (injected latency).
    std::chrono::milliseconds minimumDuration{0};

    bool isEmulatorFault() const { return network == Network::None; }
    bool isTlsFault() const
    {
        return network == Network::SelfSigned || network == Network::UntrustedCa ||
               network == Network::Expired || network == Network::HostnameMismatch;
    }
    //! The retry delay of a 429 with `Retry-After: 1` under faultRetryPolicy(): the policy's
    //! cap, far above its exponential delay, so that honouring Retry-After shows.
    bool isThrottle() const;
};

//! Every fault, in the order of docs/faults.md.
QList<FaultCase> faultMatrix();

//! Adds the column "fault" and one row per fault case, for a test's _data() function.
void addFaultRows();

//! The exit code docs/cli.md promises for \a code.
int expectedCliExitCode(Error::Code code);

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::FaultCase)
