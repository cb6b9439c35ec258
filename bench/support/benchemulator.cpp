#include "benchemulator.h"

#include "emulatorprocess.h"

#include <cstdio>
#include <cstdlib>

namespace MrAuth::Bench {

void startEmulator(EmulatorProcess &emulator, const QList<BenchAccount> &accounts,
                   const char *programName)
{
    QString error;
    const QString log = emulator.temporaryPath() + QStringLiteral("/requests.log");
    if (!emulator.start(accountsFile(accounts),
                        {QStringLiteral("--log"), log, QStringLiteral("--log-capacity"),
                         QStringLiteral("20000")},
                        &error)) {
        fail(programName, QStringLiteral("the emulator did not start: ") + error);
    }
}

MixedRealityStsClientOptions clientOptions(const EmulatorProcess &emulator,
                                           QNetworkAccessManager *network)
{
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = emulator.url();
    options.sslConfiguration = emulator.sslConfiguration();
    options.networkAccessManager = network;
    return options;
}

QProcessEnvironment peerEnvironment(const EmulatorProcess &emulator, const BenchAccount *account)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), emulator.caCertificatePath());
    environment.insert(QStringLiteral("MRAUTH_BENCH_ENDPOINT"), emulator.url().toString());
    if (account) {
        environment.insert(QStringLiteral("MRAUTH_BENCH_ACCOUNT_ID"), account->accountId);
        environment.insert(QStringLiteral("MRAUTH_BENCH_ACCOUNT_DOMAIN"), account->accountDomain);
        environment.insert(QStringLiteral("MIXEDREALITY_ACCOUNT_KEY"), account->primaryKey);
    }
    return environment;
}

void fail(const char *programName, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", programName, qPrintable(message));
    std::exit(1);
}

} // namespace MrAuth::Bench
