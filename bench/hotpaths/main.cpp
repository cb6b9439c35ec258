// hotpaths: instruction counts (valgrind --tool=callgrind, stable on a noisy machine) and CPU
// time of libmrauth's hot paths: one token exchange (client side), the cached getToken(), JWT
// decoding and parsing an STS response.
//
//   hotpaths [--callgrind] [--quick]   the table (with --callgrind: runs itself under valgrind)
//   hotpaths --path P --iterations N   one path, N times
//
// Under callgrind, instrumentation is switched on only around each path's loop (callgrind's
// client requests, --instr-atstart=no), for every thread of the process: Qt's network thread
// is counted with the caller's, the emulator (another process) is not. One dump per path.
// `perf stat -e instructions` would be cheaper but is not supported on this VM.
#include "benchaccounts.h"
#include "benchemulator.h"
#include "benchreport.h"
#include "benchstats.h"
#include "emulatorprocess.h"
#include "peerprocess.h"
#include "processstats.h"
#include "stsprotocol_p.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/tokenreply.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define MRAUTH_HAVE_CALLGRIND 1
#else
#define MRAUTH_HAVE_CALLGRIND 0
#endif

using namespace MrAuth;
using namespace MrAuth::Bench;

namespace {

const char *const programName = "hotpaths";

//! A hot path and how many times it runs under callgrind and natively.
struct HotPath
{
    QString name;
    QString description;
    int callgrindIterations;
    int nativeIterations;
};

const QList<HotPath> &hotPaths()
{
    static const QList<HotPath> paths{
        {QStringLiteral("exchange"),
         QStringLiteral("one token exchange, client side (request, TLS, response, JWT)"), 100,
         1000},
        {QStringLiteral("cached"),
         QStringLiteral("cached getToken() on MixedRealityTokenCredential (reply, finished(), "
                        "delete)"),
         10000, 100000},
        {QStringLiteral("jwt"), QStringLiteral("Jwt::decode of an STS token"), 10000, 100000},
        {QStringLiteral("parse"),
         QStringLiteral("parseStsTokenResponse (JSON body to token and expiry)"), 10000, 100000},
    };
    return paths;
}

void waitUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(600000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

//! Runs \a path \a iterations times against a fresh emulator; returns the CPU nanoseconds of the
//! loop alone (all threads of this process). Under callgrind the loop alone is instrumented and
//! dumped under the path's name. Exits on a failure.
double runPath(const QString &path, int iterations)
{
    const QList<BenchAccount> accounts = generateAccounts(1);
    EmulatorProcess emulator;
    startEmulator(emulator, accounts, programName);
    QNetworkAccessManager network;
    auto *client = new MixedRealityStsClient(
        accounts.first().accountId, accounts.first().accountDomain,
        std::make_shared<AccountKeyCredential>(accounts.first().primaryKey),
        clientOptions(emulator, &network));
    MixedRealityTokenCredential credential(client);

    // The same set-up for every path: one exchange through the credential.
    bool warm = false;
    TokenReply *first = credential.getToken();
    QObject::connect(first, &TokenReply::finished, &credential, [&warm] { warm = true; });
    waitUntil([&warm] { return warm; });
    const QString token = first->accessToken().token();
    delete first;
    if (token.isEmpty())
        fail(programName, QStringLiteral("no first token"));
    const QByteArray body = "{\"AccessToken\":\"" + token.toLatin1() + "\"}";

    int done = 0;
    int failures = 0;
#if MRAUTH_HAVE_CALLGRIND
    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
#endif
    const double cpuBefore = cpuSeconds();
    if (path == QStringLiteral("exchange")) {
        std::function<void()> next = [&] {
            TokenReply *reply = client->getToken();
            QObject::connect(reply, &TokenReply::finished, client, [&, reply] {
                failures += reply->error() == Error::Code::NoError ? 0 : 1;
                reply->deleteLater();
                if (++done < iterations)
                    next();
            });
        };
        next();
        waitUntil([&] { return done >= iterations; });
    } else if (path == QStringLiteral("cached")) {
        constexpr int batch = 1000;
        while (done < iterations) {
            const int target = qMin(iterations, done + batch);
            for (int i = done; i < target; ++i) {
                TokenReply *reply = credential.getToken();
                QObject::connect(reply, &TokenReply::finished, &credential, [&, reply] {
                    failures += reply->accessToken().isNull() ? 1 : 0;
                    ++done;
                    reply->deleteLater();
                });
            }
            waitUntil([&] { return done >= target; });
        }
    } else if (path == QStringLiteral("jwt")) {
        for (; done < iterations; ++done)
            failures += Jwt::decode(token).expiresOn().isValid() ? 0 : 1;
    } else if (path == QStringLiteral("parse")) {
        for (; done < iterations; ++done) {
            Error error;
            failures += parseStsTokenResponse(body, &error).isNull() ? 1 : 0;
        }
    } else {
        fail(programName, QStringLiteral("unknown path ") + path);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const double nanoseconds = (cpuSeconds() - cpuBefore) * 1e9;
#if MRAUTH_HAVE_CALLGRIND
    CALLGRIND_STOP_INSTRUMENTATION;
    CALLGRIND_DUMP_STATS_AT(qPrintable(QStringLiteral("mrauth-hotpath-") + path));
#endif
    if (failures > 0)
        fail(programName, QStringLiteral("%1 of %2 %3 iterations failed")
                              .arg(failures)
                              .arg(iterations)
                              .arg(path));
    return nanoseconds;
}

//! Runs every path once under callgrind (this program with --callgrind-child) and returns the
//! instructions per operation of each, by path name. Sets \a problem when that failed.
QHash<QString, double> callgrindInstructions(const QString &valgrind,
                                             const QString &outputDirectory, QString *problem)
{
    const PeerRun run = runPeer(
        valgrind,
        {QStringLiteral("--tool=callgrind"), QStringLiteral("--instr-atstart=no"),
         QStringLiteral("--callgrind-out-file=") + outputDirectory + QStringLiteral("/cg.out"),
         QStringLiteral("--dump-instr=no"), QStringLiteral("--dump-line=no"),
         QCoreApplication::applicationFilePath(), QStringLiteral("--callgrind-child")},
        QProcessEnvironment::systemEnvironment(), {}, 1800000);
    if (!run.isSuccess()) {
        *problem = QStringLiteral("valgrind failed: ") +
                   QString::fromLocal8Bit(run.standardError.right(300)).simplified();
        return {};
    }
    static const QRegularExpression trigger(
        QStringLiteral("^desc: Trigger: Client Request: mrauth-hotpath-(\\w+)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression totals(QStringLiteral("^totals: (\\d+)"),
                                           QRegularExpression::MultilineOption);
    QHash<QString, double> instructions;
    const QDir directory(outputDirectory);
    const QStringList files = directory.entryList({QStringLiteral("cg.out*")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch path = trigger.match(text);
        const QRegularExpressionMatch total = totals.match(text);
        if (!path.hasMatch() || !total.hasMatch())
            continue;
        for (const HotPath &hotPath : hotPaths()) {
            if (hotPath.name == path.captured(1)) {
                instructions.insert(hotPath.name, total.captured(1).toDouble() /
                                                      double(hotPath.callgrindIterations));
            }
        }
    }
    if (instructions.isEmpty())
        *problem = QStringLiteral("no callgrind dumps found");
    return instructions;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Instruction counts and nanoseconds of libmrauth's hot paths."));
    parser.addHelpOption();
    const QCommandLineOption callgrindOption(
        QStringLiteral("callgrind"),
        QStringLiteral("Count instructions under valgrind --tool=callgrind."));
    const QCommandLineOption pathOption(QStringLiteral("path"),
                                        QStringLiteral("Run one path: exchange, cached, jwt, "
                                                       "parse."),
                                        QStringLiteral("P"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Iterations of --path."),
                                              QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smoke run: few iterations."));
    const QCommandLineOption childOption(
        QStringLiteral("callgrind-child"),
        QStringLiteral("Every path once with its callgrind iterations (what valgrind runs)."));
    parser.addOptions({callgrindOption, pathOption, iterationsOption, quickOption, childOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);

    if (parser.isSet(pathOption)) {
        const int iterations = qMax(1, parser.value(iterationsOption).toInt());
        const double nanoseconds = runPath(parser.value(pathOption), iterations);
        std::printf("%.1f CPU ns per iteration\n", nanoseconds / double(iterations));
        return 0;
    }
    if (parser.isSet(childOption)) {
        for (const HotPath &path : hotPaths())
            runPath(path.name, path.callgrindIterations);
        return 0;
    }

    const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
    QString problem;
    if (!parser.isSet(callgrindOption))
        problem = QStringLiteral("not counted (run with --callgrind)");
    else if (valgrind.isEmpty())
        problem = QStringLiteral("valgrind is not installed");
    else if (!MRAUTH_HAVE_CALLGRIND)
        problem = QStringLiteral("built without valgrind/callgrind.h");
    QTemporaryDir work;
    const QHash<QString, double> instructions =
        problem.isEmpty() ? callgrindInstructions(valgrind, work.path(), &problem)
                          : QHash<QString, double>();
    BenchReport report(QString::fromLatin1(programName));
    report.beginTable(
        QStringLiteral("Hot paths: instructions (callgrind) and CPU time per operation"),
        {QStringLiteral("path"), QStringLiteral("instructions per operation"),
         QStringLiteral("CPU ns per operation (median of 3)")});
    QJsonObject json;
    for (const HotPath &path : hotPaths()) {
        QList<double> nanoseconds;
        const int iterations = quick ? qMax(5, path.nativeIterations / 100) : path.nativeIterations;
        for (int i = 0; i < (quick ? 1 : 3); ++i)
            nanoseconds << runPath(path.name, iterations) / double(iterations);
        const double count = instructions.value(path.name, -1);
        report.addRow({path.description,
                       count >= 0 ? BenchReport::number(count)
                                  : (problem.isEmpty() ? QStringLiteral("no dump") : problem),
                       BenchReport::number(median(nanoseconds), 1)});
        json.insert(path.name,
                    QJsonObject{{QStringLiteral("instructionsPerOperation"), count},
                                {QStringLiteral("cpuNanosecondsPerOperation"), median(nanoseconds)},
                                {QStringLiteral("problem"), problem}});
    }
    report.addNote(
        QStringLiteral(
            "Instructions: valgrind --tool=callgrind with instrumentation on only around each "
            "path's loop (%1 exchanges, 10,000 of the others), every thread of the client process, "
            "not the emulator. CPU time: user + system of the whole process (the exchange includes "
            "Qt's network thread). `perf stat -e instructions` is not supported on this VM.")
            .arg(hotPaths().first().callgrindIterations));
    report.setValue(QStringLiteral("callgrind"), !instructions.isEmpty());
    report.setValue(QStringLiteral("paths"), json);
    report.print();
    return 0;
}
