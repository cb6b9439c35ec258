#pragma once

#include "benchaccounts.h"

#include <mrauth/mixedrealitystsclientoptions.h>

#include <QList>
#include <QProcessEnvironment>
#include <QString>

class QNetworkAccessManager;

namespace MrAuth {
class EmulatorProcess;
}

namespace MrAuth::Bench {

//! Starts \a emulator (TLS on loopback, the tests' EmulatorProcess) serving \a accounts, its
//! request log written to a file in its temporary directory rather than to a pipe this process
//! would have to drain while it measures. Exits the program with a message when it fails.
void startEmulator(EmulatorProcess &emulator, const QList<BenchAccount> &accounts,
                   const char *programName);

//! Client options for \a emulator: its URL as custom endpoint, its CA, \a network (may be null).
MixedRealityStsClientOptions clientOptions(const EmulatorProcess &emulator,
                                           QNetworkAccessManager *network);

//! The environment of a peer process (curl, Python, the CLI) talking to \a emulator: the
//! system's, plus REQUESTS_CA_BUNDLE (its CA) and MRAUTH_BENCH_ENDPOINT (its URL); with
//! \a account, also MRAUTH_BENCH_ACCOUNT_ID, MRAUTH_BENCH_ACCOUNT_DOMAIN and the key in
//! MIXEDREALITY_ACCOUNT_KEY (the environment, never argv).
QProcessEnvironment peerEnvironment(const EmulatorProcess &emulator,
                                    const BenchAccount *account = nullptr);

//! Prints "<programName>: <message>" to stderr and exits with status 1.
[[noreturn]] void fail(const char *programName, const QString &message);

} // namespace MrAuth::Bench
