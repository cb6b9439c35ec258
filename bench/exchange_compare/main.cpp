// exchange_compare: figures 1 and 2 of the benchmarks. libmrauth against curl (one process,
// keep-alive: the practical floor) and the official Python SDK, against the emulator over TLS
// on loopback, the peers alternating within each round:
//   1. sequential exchange: N requests over one keep-alive connection, µs per token;
//   2. fan-out: M accounts refreshed at once, total time.
// Prints markdown tables and a JSON line; never passes or fails on time.
#include "benchaccounts.h"
#include "benchemulator.h"
#include "benchreport.h"
#include "benchstats.h"
#include "emulatorprocess.h"
#include "peerprocess.h"
#include "processstats.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/tokenreply.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

using namespace MrAuth;
using namespace MrAuth::Bench;

namespace {

const char *const programName = "exchange_compare";
const QString libmrauthPeer = QStringLiteral("libmrauth");
const QString curlPeer = QStringLiteral("curl");
const QString pythonPeer = QStringLiteral("Python SDK");

//! One measured run of one peer.
struct Sample
{
    double seconds = 0;
    //! CPU time of the client alone (this process, or the peer process).
    double cpuSeconds = 0;
    int ok = 0;
    int decodeFailures = 0;
    QString problem;
};

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

std::shared_ptr<AccountKeyCredential> keyOf(const BenchAccount &account)
{
    return std::make_shared<AccountKeyCredential>(account.primaryKey);
}

// One client, one network access manager (one keep-alive connection), each request started when
// the previous one finished. The first TLS handshake is included, as it is for the peers.
Sample libmrauthSequential(const EmulatorProcess &emulator, const BenchAccount &account,
                           int requests)
{
    QNetworkAccessManager network;
    MixedRealityStsClient client(account.accountId, account.accountDomain, keyOf(account),
                                 clientOptions(emulator, &network));
    Sample sample;
    int done = 0;
    std::function<void()> next = [&] {
        TokenReply *reply = client.getToken();
        QObject::connect(reply, &TokenReply::finished, &client, [&, reply] {
            sample.ok += reply->error() == Error::Code::NoError ? 1 : 0;
            reply->deleteLater();
            if (++done < requests)
                next();
        });
    };
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    next();
    waitUntil([&] { return done >= requests; }, 600000);
    sample.seconds = double(clock.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = cpuSeconds() - cpuBefore;
    return sample;
}

// One client per account sharing one network access manager (as the app does), all started at
// once: Qt opens up to 6 HTTP/1.1 connections to the host and queues the rest.
Sample libmrauthFanOut(const EmulatorProcess &emulator, const QList<BenchAccount> &accounts)
{
    QNetworkAccessManager network;
    std::vector<std::unique_ptr<MixedRealityStsClient>> clients;
    for (const BenchAccount &account : accounts) {
        clients.push_back(std::make_unique<MixedRealityStsClient>(
            account.accountId, account.accountDomain, keyOf(account),
            clientOptions(emulator, &network)));
    }
    Sample sample;
    int done = 0;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (const auto &client : clients) {
        TokenReply *reply = client->getToken();
        QObject::connect(reply, &TokenReply::finished, client.get(), [&sample, &done, reply] {
            sample.ok += reply->error() == Error::Code::NoError ? 1 : 0;
            ++done;
            reply->deleteLater();
        });
    }
    waitUntil([&] { return done >= int(clients.size()); }, 600000);
    sample.seconds = double(clock.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = cpuSeconds() - cpuBefore;
    return sample;
}

QByteArray tokenUrl(const EmulatorProcess &emulator, const BenchAccount &account)
{
    return emulator
        .url(QStringLiteral("/Accounts/%1/token?api-version=2019-02-28-preview")
                 .arg(account.accountId))
        .toEncoded();
}

// The per-request options of a curl transfer: the key is in this file (mode 0600), not argv.
QByteArray curlRequestOptions(const EmulatorProcess &emulator, const BenchAccount &account)
{
    return curlConfigLine("cacert", emulator.caCertificatePath()) +
           curlConfigLine("header", QStringLiteral("Authorization: Bearer %1:%2")
                                        .arg(account.accountId, account.primaryKey)) +
           curlConfigLine("header", QStringLiteral("Accept: application/json")) +
           curlConfigLine("header", QStringLiteral("X-MRC-CV: AAAAAAAAAAAAAAAAAAAAAA")) +
           curlConfigLine("write-out", QStringLiteral("%{http_code}\\n")) + "silent\nshow-error\n";
}

Sample runCurl(const QString &configPath, const QByteArray &config)
{
    Sample sample;
    if (!writePrivateFile(configPath, config)) {
        sample.problem = QStringLiteral("cannot write the curl config");
        return sample;
    }
    const PeerRun run = runPeer(curlProgram(), {QStringLiteral("--config"), configPath},
                                QProcessEnvironment::systemEnvironment());
    sample.seconds = run.wallMs / 1000.0;
    sample.cpuSeconds = run.cpuMs / 1000.0;
    sample.ok = int(run.standardOutput.count("200\n"));
    if (!run.isSuccess())
        sample.problem = run.failureText();
    return sample;
}

// ONE curl process, all URLs in one operation: one keep-alive connection. Its process start
// (a few ms over the whole run) is charged to curl.
Sample curlSequential(const EmulatorProcess &emulator, const BenchAccount &account, int requests,
                      const QString &configPath)
{
    QByteArray config = curlRequestOptions(emulator, account);
    const QByteArray url = tokenUrl(emulator, account);
    for (int i = 0; i < requests; ++i)
        config += "url = \"" + url + "\"\noutput = \"/dev/null\"\n";
    return runCurl(configPath, config);
}

// One curl process, one transfer per account, `--parallel --parallel-max 6` (Qt's connections
// per host), connections reused.
Sample curlFanOut(const EmulatorProcess &emulator, const QList<BenchAccount> &accounts,
                  const QString &configPath)
{
    QByteArray config = "parallel\nparallel-max = 6\n";
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (i > 0)
            config += "next\n";
        config += curlRequestOptions(emulator, accounts.at(i)) + "url = \"" +
                  tokenUrl(emulator, accounts.at(i)) + "\"\noutput = \"/dev/null\"\n";
    }
    return runCurl(configPath, config);
}

// The Python SDK times itself (after its imports and client construction).
Sample runPython(const QString &mode, const QProcessEnvironment &environment)
{
    Sample sample;
    const PeerRun run =
        runPeer(pythonProgram(), {pythonPeerScript(), mode}, environment, {}, 600000);
    const QJsonObject result = QJsonDocument::fromJson(run.lastOutputLine()).object();
    if (!run.isSuccess() || result.isEmpty()) {
        sample.problem = run.failureText();
        return sample;
    }
    sample.seconds = result.value(QStringLiteral("seconds")).toDouble();
    sample.cpuSeconds = result.value(QStringLiteral("cpuSeconds")).toDouble();
    sample.ok = result.value(QStringLiteral("ok")).toInt();
    sample.decodeFailures = result.value(QStringLiteral("decodeFailures")).toInt();
    return sample;
}

// Which HTTP version the emulator settles on when curl offers HTTP/2 over TLS (ALPN).
QString negotiatedHttpVersion(const EmulatorProcess &emulator, const QString &configPath)
{
    if (curlProgram().isEmpty())
        return {};
    const QByteArray config =
        curlConfigLine("cacert", emulator.caCertificatePath()) + "http2\nsilent\n" +
        curlConfigLine("write-out", QStringLiteral("%{http_version}")) +
        "output = \"/dev/null\"\nurl = \"" +
        emulator.url(QStringLiteral("/_emulator/health")).toEncoded() + "\"\n";
    if (!writePrivateFile(configPath, config))
        return {};
    const PeerRun run = runPeer(curlProgram(), {QStringLiteral("--config"), configPath},
                                QProcessEnvironment::systemEnvironment());
    return QString::fromLatin1(run.standardOutput.trimmed());
}

//! Samples of every peer, in the order the peers were measured.
using Samples = QHash<QString, QList<Sample>>;

QList<double> perUnit(const QList<Sample> &samples, int units, double scale, bool cpu = false)
{
    QList<double> values;
    for (const Sample &sample : samples) {
        if (sample.problem.isEmpty())
            values.append((cpu ? sample.cpuSeconds : sample.seconds) / double(units) * scale);
    }
    return values;
}

QString problemsOf(const QList<Sample> &samples, int expectedOk)
{
    QStringList problems;
    int decodeFailures = 0;
    int missing = 0;
    for (const Sample &sample : samples) {
        if (!sample.problem.isEmpty())
            problems.append(sample.problem.simplified());
        decodeFailures += sample.decodeFailures;
        missing += sample.problem.isEmpty() ? expectedOk - sample.ok - sample.decodeFailures : 0;
    }
    if (decodeFailures > 0) {
        problems.append(QStringLiteral("%1 of %2 tokens received but not decoded by the SDK "
                                       "(its base64 decoder drops '-' and '_')")
                            .arg(decodeFailures)
                            .arg(expectedOk * samples.size()));
    }
    if (missing > 0)
        problems.append(QStringLiteral("%1 requests failed").arg(missing));
    return problems.join(QStringLiteral("; "));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("libmrauth against curl and the Python SDK: sequential exchange and "
                       "fan-out, peers alternating."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Sequential requests (2000)."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
                                            QStringLiteral("Fan-out accounts (200)."),
                                            QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (5)."),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption peersOption(
        QStringLiteral("peers"),
        QStringLiteral("Comma-separated: libmrauth,curl,python (default: all installed)."),
        QStringLiteral("LIST"), QStringLiteral("libmrauth,curl,python"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Smoke run: 50 requests, 10 accounts, 1 round."));
    parser.addOptions({requestsOption, accountsOption, roundsOption, peersOption, quickOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int requests = quick ? 50 : qMax(1, parser.value(requestsOption).toInt());
    const int accountCount = quick ? 10 : qMax(1, parser.value(accountsOption).toInt());
    const int rounds = quick ? 1 : qMax(1, parser.value(roundsOption).toInt());
    const QStringList wanted = parser.value(peersOption).split(QLatin1Char(','));

    BenchReport report(QString::fromLatin1(programName));
    QStringList peers;
    QStringList skipped;
    if (wanted.contains(QStringLiteral("libmrauth")))
        peers << libmrauthPeer;
    if (wanted.contains(QStringLiteral("curl"))) {
        if (curlProgram().isEmpty())
            skipped << QStringLiteral("curl: not installed");
        else
            peers << curlPeer;
    }
    QString pythonProblem;
    if (wanted.contains(QStringLiteral("python"))) {
        pythonProblem = pythonSdkProblem();
        if (pythonProblem.isEmpty())
            peers << pythonPeer;
        else
            skipped << QStringLiteral("Python SDK: ") + pythonProblem;
    }

    const QList<BenchAccount> accounts = generateAccounts(accountCount);
    EmulatorProcess emulator;
    startEmulator(emulator, accounts, programName);
    QTemporaryDir work;
    const QString curlConfig = work.filePath(QStringLiteral("curl.conf"));
    const QString httpVersion = negotiatedHttpVersion(emulator, curlConfig);

    // Warm-up: the emulator's first token per account costs an RSA signature; keep that out.
    libmrauthFanOut(emulator, accounts);

    Samples sequential;
    Samples fanOut;
    for (int round = 0; round < rounds; ++round) {
        const QStringList order = rotated(peers, round);
        for (const QString &peer : order) {
            if (peer == libmrauthPeer) {
                sequential[peer] << libmrauthSequential(emulator, accounts.first(), requests);
            } else if (peer == curlPeer) {
                sequential[peer] << curlSequential(emulator, accounts.first(), requests,
                                                   curlConfig);
            } else {
                QProcessEnvironment environment = peerEnvironment(emulator, &accounts.first());
                environment.insert(QStringLiteral("MRAUTH_BENCH_REQUESTS"),
                                   QString::number(requests));
                sequential[peer] << runPython(QStringLiteral("sequential"), environment);
            }
        }
        for (const QString &peer : order) {
            if (peer == libmrauthPeer) {
                fanOut[peer] << libmrauthFanOut(emulator, accounts);
            } else if (peer == curlPeer) {
                fanOut[peer] << curlFanOut(emulator, accounts, curlConfig);
            } else {
                QProcessEnvironment environment = peerEnvironment(emulator);
                environment.insert(QStringLiteral("MRAUTH_BENCH_ACCOUNTS_FILE"),
                                   emulator.accountsPath());
                environment.insert(QStringLiteral("MRAUTH_BENCH_ACCOUNTS"),
                                   QString::number(accountCount));
                fanOut[peer] << runPython(QStringLiteral("fanout"), environment);
            }
        }
    }
    QFile::remove(curlConfig);

    // Figure 1.
    QJsonObject sequentialJson;
    QHash<QString, double> microseconds;
    for (const QString &peer : std::as_const(peers)) {
        const QList<double> values = perUnit(sequential.value(peer), requests, 1e6);
        microseconds[peer] = median(values);
        sequentialJson.insert(
            peer,
            QJsonObject{
                {QStringLiteral("medianMicrosecondsPerToken"), median(values)},
                {QStringLiteral("tokensPerSecond"), median(values) > 0 ? 1e6 / median(values) : 0},
                {QStringLiteral("medianCpuMicrosecondsPerToken"),
                 median(perUnit(sequential.value(peer), requests, 1e6, true))},
                {QStringLiteral("microsecondsPerTokenByRound"), BenchReport::jsonArray(values)},
                {QStringLiteral("problems"), problemsOf(sequential.value(peer), requests)}});
    }
    report.beginTable(QStringLiteral("1. Sequential exchange: %1 requests over one keep-alive "
                                     "connection, median of %2 rounds")
                          .arg(BenchReport::number(requests))
                          .arg(rounds),
                      {QStringLiteral("peer"), QStringLiteral("µs per token"),
                       QStringLiteral("tokens/s"), QStringLiteral("range (µs)"),
                       QStringLiteral("÷ libmrauth"), QStringLiteral("client CPU µs per token"),
                       QStringLiteral("notes")});
    const double ours = microseconds.value(libmrauthPeer);
    for (const QString &peer : std::as_const(peers)) {
        const QList<double> values = perUnit(sequential.value(peer), requests, 1e6);
        report.addRow(
            {peer, BenchReport::number(median(values)),
             BenchReport::number(median(values) > 0 ? 1e6 / median(values) : 0),
             BenchReport::number(minimum(values)) + QStringLiteral("–") +
                 BenchReport::number(maximum(values)),
             ours > 0 ? BenchReport::ratio(median(values) / ours) : QStringLiteral("–"),
             BenchReport::number(median(perUnit(sequential.value(peer), requests, 1e6, true))),
             problemsOf(sequential.value(peer), requests)});
    }
    for (const QString &skip : std::as_const(skipped))
        report.addRow({skip.section(QLatin1Char(':'), 0, 0), QStringLiteral("skipped"), QString(),
                       QString(), QString(), QString(),
                       skip.section(QLatin1Char(':'), 1).trimmed()});
    QJsonObject targets;
    if (ours > 0 && microseconds.value(curlPeer) > 0) {
        const double toCurl = ours / microseconds.value(curlPeer);
        targets.insert(QStringLiteral("libmrauthOverCurl"), toCurl);
        report.addNote(QStringLiteral("Target: libmrauth within 1.25× of curl: %1 — **%2**.")
                           .arg(BenchReport::ratio(toCurl),
                                toCurl <= 1.25 ? QStringLiteral("met") : QStringLiteral("missed")));
    }
    if (ours > 0 && microseconds.value(pythonPeer) > 0) {
        const double pythonOverUs = microseconds.value(pythonPeer) / ours;
        targets.insert(QStringLiteral("pythonOverLibmrauth"), pythonOverUs);
        report.addNote(
            QStringLiteral("Target: libmrauth at least 4× faster than the Python SDK: %1 — **%2**.")
                .arg(BenchReport::ratio(pythonOverUs),
                     pythonOverUs >= 4 ? QStringLiteral("met") : QStringLiteral("missed")));
    }
    report.addNote(QStringLiteral(
        "Each figure covers the whole run including its first TLS handshake; curl's includes "
        "its process start, the Python SDK times itself after its imports. libmrauth makes a new "
        "correlation vector per request; curl sends a fixed one."));

    // Figure 2.
    QJsonObject fanOutJson;
    report.beginTable(QStringLiteral("2. Fan-out: %1 accounts refreshed at once, median of %2 "
                                     "rounds")
                          .arg(accountCount)
                          .arg(rounds),
                      {QStringLiteral("peer"), QStringLiteral("protocol"),
                       QStringLiteral("total ms"), QStringLiteral("range (ms)"),
                       QStringLiteral("÷ libmrauth"), QStringLiteral("client CPU ms"),
                       QStringLiteral("notes")});
    const double oursFanOut = median(perUnit(fanOut.value(libmrauthPeer), 1, 1e3));
    for (const QString &peer : std::as_const(peers)) {
        const QList<double> values = perUnit(fanOut.value(peer), 1, 1e3);
        const QString how =
            peer == libmrauthPeer
                ? QStringLiteral("HTTP/1.1, one shared QNetworkAccessManager (6 connections)")
            : peer == curlPeer
                ? QStringLiteral("HTTP/1.1, one process, --parallel-max 6")
                : QStringLiteral("HTTP/1.1, one client per account, ThreadPoolExecutor "
                                 "(default workers)");
        report.addRow(
            {peer, how, BenchReport::number(median(values), 1),
             BenchReport::number(minimum(values), 1) + QStringLiteral("–") +
                 BenchReport::number(maximum(values), 1),
             oursFanOut > 0 ? BenchReport::ratio(median(values) / oursFanOut) : QStringLiteral("–"),
             BenchReport::number(median(perUnit(fanOut.value(peer), 1, 1e3, true)), 1),
             problemsOf(fanOut.value(peer), accountCount)});
        fanOutJson.insert(
            peer, QJsonObject{
                      {QStringLiteral("medianMilliseconds"), median(values)},
                      {QStringLiteral("medianCpuMilliseconds"),
                       median(perUnit(fanOut.value(peer), 1, 1e3, true))},
                      {QStringLiteral("millisecondsByRound"), BenchReport::jsonArray(values)},
                      {QStringLiteral("problems"), problemsOf(fanOut.value(peer), accountCount)}});
    }
    for (const QString &skip : std::as_const(skipped))
        report.addRow({skip.section(QLatin1Char(':'), 0, 0), QString(), QStringLiteral("skipped"),
                       QString(), QString(), QString(),
                       skip.section(QLatin1Char(':'), 1).trimmed()});
    const bool http2 = httpVersion == QStringLiteral("2");
    report.addRow({QStringLiteral("HTTP/2"), QStringLiteral("–"),
                   http2 ? QStringLiteral("not measured") : QStringLiteral("not offered"),
                   QString(), QString(), QString(),
                   http2 ? QStringLiteral("the emulator negotiated HTTP/2")
                         : QStringLiteral("the emulator speaks HTTP/1.0 and 1.1 only: curl "
                                          "--http2 got HTTP/%1 (ALPN)")
                               .arg(httpVersion.isEmpty() ? QStringLiteral("?") : httpVersion)});
    report.addNote(QStringLiteral("Every round starts cold (new connections, new TLS handshakes). "
                                  "curl's figure includes its process start."));

    report.setValue(QStringLiteral("requests"), requests);
    report.setValue(QStringLiteral("accounts"), accountCount);
    report.setValue(QStringLiteral("rounds"), rounds);
    report.setValue(QStringLiteral("sequential"), sequentialJson);
    report.setValue(QStringLiteral("fanOut"), fanOutJson);
    report.setValue(QStringLiteral("emulatorHttpVersionWithHttp2Offered"), httpVersion);
    report.setValue(QStringLiteral("targets"), targets);
    report.setValue(QStringLiteral("skipped"), QJsonArray::fromStringList(skipped));
    report.print();
    return 0;
}
