// cli_coldstart: figure 4 of the benchmarks. Cold start to a printed token: `mrauth token`
// (key in MIXEDREALITY_ACCOUNT_KEY) against one curl invocation (key in a 0600 config file) and
// a Python SDK script (key in the environment), the peers alternating, N runs each, medians.
// A process that does nothing (/bin/true) shows what starting any process costs here.
// Prints a markdown table and a JSON line; never fails on time.
#include "benchaccounts.h"
#include "benchemulator.h"
#include "benchreport.h"
#include "benchstats.h"
#include "emulatorprocess.h"
#include "peerprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace MrAuth;
using namespace MrAuth::Bench;

namespace {

const char *const programName = "cli_coldstart";
const QString cliPeer = QStringLiteral("mrauth token");
const QString curlPeer = QStringLiteral("curl (one request)");
const QString pythonPeer = QStringLiteral("Python SDK script");
const QString truePeer = QStringLiteral("/bin/true (process start alone)");

//! What one peer needs to run once.
struct Invocation
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    //! What the output must contain for the run to count as a printed token.
    QByteArray expected;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cold start to a printed token: mrauth against curl and the Python SDK."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per peer (20)."), QStringLiteral("N"),
                                        QStringLiteral("20"));
    const QCommandLineOption cliOption(QStringLiteral("mrauth"),
                                       QStringLiteral("The mrauth binary."), QStringLiteral("PATH"),
                                       QStringLiteral(MRAUTH_CLI_PATH));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smoke run: 2 runs, no Python."));
    parser.addOptions({runsOption, cliOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int runs = quick ? 2 : qMax(1, parser.value(runsOption).toInt());

    const QList<BenchAccount> accounts = generateAccounts(1);
    const BenchAccount &account = accounts.first();
    EmulatorProcess emulator;
    startEmulator(emulator, accounts, programName);
    QTemporaryDir work;

    QHash<QString, Invocation> invocations;
    QStringList peers;
    QStringList skipped;

    // The CLI with its own empty configuration and data directories (no stored accounts).
    QProcessEnvironment cliEnvironment = peerEnvironment(emulator, &account);
    cliEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                          work.filePath(QStringLiteral("config")));
    cliEnvironment.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
    invocations.insert(
        cliPeer,
        {parser.value(cliOption),
         {QStringLiteral("token"), QStringLiteral("--account-id"), account.accountId,
          QStringLiteral("--account-domain"), account.accountDomain, QStringLiteral("--endpoint"),
          emulator.url().toString(), QStringLiteral("--ca-file"), emulator.caCertificatePath()},
         cliEnvironment,
         "eyJ"});
    peers << cliPeer;

    if (!curlProgram().isEmpty()) {
        const QString config = work.filePath(QStringLiteral("curl.conf"));
        const QByteArray url = emulator
                                   .url(QStringLiteral("/Accounts/%1/token?api-version=2019-02-"
                                                       "28-preview")
                                            .arg(account.accountId))
                                   .toEncoded();
        if (!writePrivateFile(
                config,
                curlConfigLine("cacert", emulator.caCertificatePath()) +
                    curlConfigLine("header", QStringLiteral("Authorization: Bearer %1:%2")
                                                 .arg(account.accountId, account.primaryKey)) +
                    "silent\nshow-error\nfail\nurl = \"" + url + "\"\n"))
            fail(programName, QStringLiteral("cannot write the curl config"));
        invocations.insert(curlPeer, {curlProgram(),
                                      {QStringLiteral("--config"), config},
                                      QProcessEnvironment::systemEnvironment(),
                                      "\"AccessToken\""});
        peers << curlPeer;
    } else {
        skipped << curlPeer + QStringLiteral(": curl is not installed");
    }

    const QString pythonProblem =
        quick ? QStringLiteral("left out of the quick run") : pythonSdkProblem();
    if (pythonProblem.isEmpty()) {
        invocations.insert(pythonPeer, {pythonProgram(),
                                        {pythonPeerScript(), QStringLiteral("once")},
                                        peerEnvironment(emulator, &account),
                                        "eyJ"});
        peers << pythonPeer;
    } else {
        skipped << pythonPeer + QStringLiteral(": ") + pythonProblem;
    }
    invocations.insert(
        truePeer, {QStringLiteral("/bin/true"), {}, QProcessEnvironment::systemEnvironment(), {}});
    peers << truePeer;

    // One unmeasured run each: the emulator's first token, the page cache.
    for (const QString &peer : std::as_const(peers)) {
        const Invocation &invocation = invocations[peer];
        runPeer(invocation.program, invocation.arguments, invocation.environment);
    }

    QHash<QString, QList<double>> wallMs;
    QHash<QString, QList<double>> cpuMs;
    QHash<QString, QStringList> problems;
    QHash<QString, int> decodeFailures;
    for (int run = 0; run < runs; ++run) {
        for (const QString &peer : rotated(peers, run)) {
            const Invocation &invocation = invocations[peer];
            const PeerRun result =
                runPeer(invocation.program, invocation.arguments, invocation.environment);
            if (peer == pythonPeer && result.started && result.exitCode == 3) {
                // The SDK received the token but its base64 decoding failed: the time counts.
                ++decodeFailures[peer];
                wallMs[peer] << result.wallMs;
                cpuMs[peer] << result.cpuMs;
            } else if (result.isSuccess() && result.standardOutput.contains(invocation.expected)) {
                wallMs[peer] << result.wallMs;
                cpuMs[peer] << result.cpuMs;
            } else {
                problems[peer] << QStringLiteral("exit %1: %2")
                                      .arg(result.exitCode)
                                      .arg(QString::fromLocal8Bit(
                                          result.standardError.left(200).simplified()));
            }
        }
    }

    BenchReport report(QString::fromLatin1(programName));
    report.beginTable(
        QStringLiteral("4. Cold start to a printed token, median of %1 runs each").arg(runs),
        {QStringLiteral("peer"), QStringLiteral("ms"), QStringLiteral("range (ms)"),
         QStringLiteral("÷ curl"), QStringLiteral("CPU ms"), QStringLiteral("notes")});
    const double curlMs = median(wallMs.value(curlPeer));
    QJsonObject json;
    for (const QString &peer : std::as_const(peers)) {
        const QList<double> values = wallMs.value(peer);
        QStringList notes = problems.value(peer);
        if (decodeFailures.value(peer) > 0) {
            notes << QStringLiteral("%1 runs received a token the SDK could not decode")
                         .arg(decodeFailures.value(peer));
        }
        if (peer == curlPeer)
            notes << QStringLiteral("prints the JSON body, not the bare token");
        report.addRow({peer, BenchReport::number(median(values), 1),
                       BenchReport::number(minimum(values), 1) + QStringLiteral("–") +
                           BenchReport::number(maximum(values), 1),
                       curlMs > 0 ? BenchReport::ratio(median(values) / curlMs) : QString(),
                       BenchReport::number(median(cpuMs.value(peer)), 1),
                       notes.join(QStringLiteral("; "))});
        json.insert(peer,
                    QJsonObject{{QStringLiteral("medianMs"), median(values)},
                                {QStringLiteral("medianCpuMs"), median(cpuMs.value(peer))},
                                {QStringLiteral("ms"), BenchReport::jsonArray(values)},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(notes)}});
    }
    for (const QString &skip : std::as_const(skipped))
        report.addRow({skip.section(QStringLiteral(": "), 0, 0), QStringLiteral("skipped"),
                       QString(), QString(), QString(), skip.section(QStringLiteral(": "), 1)});
    const double cliMs = median(wallMs.value(cliPeer));
    if (curlMs > 0 && cliMs > 0) {
        report.addNote(
            QStringLiteral("Target: `mrauth token` within 3× of curl: %1 — **%2**.")
                .arg(BenchReport::ratio(cliMs / curlMs),
                     cliMs / curlMs <= 3 ? QStringLiteral("met") : QStringLiteral("missed")));
        report.setValue(QStringLiteral("cliOverCurl"), cliMs / curlMs);
    }
    report.addNote(QStringLiteral("Wall time from fork to exit, each a new process with a new "
                                  "TLS handshake, against the emulator on loopback."));
    report.setValue(QStringLiteral("runs"), runs);
    report.setValue(QStringLiteral("peers"), json);
    report.setValue(QStringLiteral("skipped"), QJsonArray::fromStringList(skipped));
    report.print();
    return 0;
}
