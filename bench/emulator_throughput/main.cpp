// emulator_throughput: how many STS token requests per second the emulator serves over
// keep-alive TLS, with latency percentiles. Prints a markdown table and a JSON line; it never
// passes or fails on time.
#include "demoaccounts.h"
#include "loadclient.h"
#include "processstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace MrAuth;

namespace {

void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 percentile(const std::vector<qint64> &sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())));
    return sorted[index];
}

void fail(const QString &message)
{
    std::fprintf(stderr, "emulator_throughput: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the STS emulator's token throughput over keep-alive TLS."));
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Concurrent connections (16)."),
                                               QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Client threads (1)."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QStringLiteral("Measured seconds (5)."),
                                            QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Warm-up seconds (1)."),
                                          QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"), QStringLiteral("The emulator binary to start."),
        QStringLiteral("PATH"), QStringLiteral(MRAUTH_EMULATOR_PATH));
    const QCommandLineOption logOption(
        QStringLiteral("emulator-log"),
        QStringLiteral("Where the started emulator logs (default: a temporary file)."),
        QStringLiteral("FILE"));
    parser.addOptions({connectionsOption, threadsOption, durationOption, warmupOption,
                       emulatorOption, logOption});
    parser.process(app);
    const int connections = std::max(1, parser.value(connectionsOption).toInt());
    const int threads = std::clamp(parser.value(threadsOption).toInt(), 1, connections);
    const int duration = std::max(1, parser.value(durationOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

    // The emulator, with the demo accounts and its own TLS files.
    QTemporaryDir directory;
    QProcess emulator;
    emulator.setProcessChannelMode(QProcess::SeparateChannels);
    const QString logPath = parser.isSet(logOption)
                                ? parser.value(logOption)
                                : directory.filePath(QStringLiteral("requests.log"));
    emulator.start(parser.value(emulatorOption),
                   {QStringLiteral("--demo"), QStringLiteral("--demo-dir"), directory.path(),
                    QStringLiteral("--tls-dir"), directory.filePath(QStringLiteral("tls")),
                    QStringLiteral("--log"), logPath});
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (output.count('\n') < 2 && !deadline.hasExpired() &&
           emulator.state() != QProcess::NotRunning) {
        emulator.waitForReadyRead(500);
        output += emulator.readAllStandardOutput();
    }
    const QList<QByteArray> lines = output.split('\n');
    if (lines.size() < 3 || !lines.at(0).startsWith("listening on ") ||
        !lines.at(1).startsWith("ca certificate "))
        fail(QStringLiteral("the emulator did not start: ") +
             QString::fromLocal8Bit(emulator.readAllStandardError()));
    const QUrl url = QUrl::fromEncoded(lines.at(0).mid(13).trimmed());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(
        QSslCertificate::fromPath(QString::fromLocal8Bit(lines.at(1).mid(15).trimmed())));

    const AccountsConfig::Account account = DemoAccounts::config().accounts().first();
    const QByteArray request =
        "GET /Accounts/" + account.accountId.toLatin1() +
        "/token?api-version=2019-02-28-preview HTTP/1.1\r\nHost: " + url.authority().toLatin1() +
        "\r\nAuthorization: Bearer " + account.accountId.toLatin1() + ':' +
        account.primaryKey.toLatin1() +
        "\r\nX-MRC-CV: AAAAAAAAAAAAAAAAAAAAAA\r\nAccept: application/json\r\n\r\n";

    // Client threads, each with its share of the connections.
    std::vector<std::unique_ptr<QThread>> clientThreads;
    std::vector<LoadClient *> clients;
    for (int i = 0; i < threads; ++i) {
        const int share = connections / threads + (i < connections % threads ? 1 : 0);
        auto thread = std::make_unique<QThread>();
        auto *client =
            new LoadClient(url.host(), quint16(url.port()), configuration, request, share);
        client->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, client, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(client, &LoadClient::start, Qt::QueuedConnection);
        clients.push_back(client);
        clientThreads.push_back(std::move(thread));
    }
    const auto connectedCount = [&clients] {
        int total = 0;
        for (const LoadClient *client : clients)
            total += client->connected();
        return total;
    };
    const QDeadlineTimer connectDeadline(30000);
    while (connectedCount() < connections && !connectDeadline.hasExpired())
        wait(20);
    if (connectedCount() < connections)
        fail(QStringLiteral("only %1 of %2 connections came up")
                 .arg(connectedCount())
                 .arg(connections));

    wait(warmup * 1000);
    const double cpuBefore = Bench::cpuSeconds(emulator.processId());
    QElapsedTimer window;
    window.start();
    for (LoadClient *client : clients)
        client->setMeasuring(true);
    wait(duration * 1000);
    for (LoadClient *client : clients)
        client->setMeasuring(false);
    const double seconds = double(window.nsecsElapsed()) / 1e9;
    const double cpuAfter = Bench::cpuSeconds(emulator.processId());
    // Collect in each client's own thread; the clients delete themselves when it ends.
    qint64 answered = 0;
    qint64 failures = 0;
    std::vector<qint64> latencies;
    for (LoadClient *client : clients) {
        QMetaObject::invokeMethod(
            client,
            [client, &answered, &failures, &latencies] {
                client->stop();
                answered += client->answered();
                failures += client->failures();
                latencies.insert(latencies.end(), client->latencies().cbegin(),
                                 client->latencies().cend());
            },
            Qt::BlockingQueuedConnection);
    }
    for (auto &thread : clientThreads) {
        thread->quit();
        thread->wait();
    }
    clientThreads.clear();
    std::sort(latencies.begin(), latencies.end());
    emulator.terminate();
    emulator.waitForFinished(5000);

    const double rate = double(answered) / seconds;
    const double serverCpu =
        cpuBefore >= 0 && cpuAfter >= 0 ? (cpuAfter - cpuBefore) / seconds * 100.0 : -1;
    // What one fully used core of the emulator would serve: comparable on a busy machine.
    const double perCpuSecond = serverCpu > 0 ? rate / (serverCpu / 100.0) : -1;
    const auto ms = [](qint64 microseconds) {
        return double(microseconds) / 1000.0;
    };
    std::printf("### 6. Emulator throughput: token requests over keep-alive TLS, %.0f s after "
                "%d s warm-up\n\n",
                seconds, warmup);
    std::printf("| connections | client threads | seconds | requests | failures | requests/s "
                "| p50 ms | p90 ms | p99 ms | max ms | emulator CPU %% "
                "| requests per emulator CPU-second |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    std::printf(
        "| %d | %d | %.1f | %lld | %lld | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f |\n",
        connections, threads, seconds, answered, failures, rate, ms(percentile(latencies, 0.50)),
        ms(percentile(latencies, 0.90)), ms(percentile(latencies, 0.99)),
        ms(latencies.empty() ? 0 : latencies.back()), serverCpu, perCpuSecond);
    const QJsonObject json{{QStringLiteral("benchmark"), QStringLiteral("emulator_throughput")},
                           {QStringLiteral("connections"), connections},
                           {QStringLiteral("clientThreads"), threads},
                           {QStringLiteral("seconds"), seconds},
                           {QStringLiteral("requests"), answered},
                           {QStringLiteral("failures"), failures},
                           {QStringLiteral("requestsPerSecond"), rate},
                           {QStringLiteral("p50Ms"), ms(percentile(latencies, 0.50))},
                           {QStringLiteral("p90Ms"), ms(percentile(latencies, 0.90))},
                           {QStringLiteral("p99Ms"), ms(percentile(latencies, 0.99))},
                           {QStringLiteral("maxMs"), ms(latencies.empty() ? 0 : latencies.back())},
                           {QStringLiteral("emulatorCpuPercent"), serverCpu},
                           {QStringLiteral("requestsPerEmulatorCpuSecond"), perCpuSecond}};
    std::printf("\nThe last column is requests/s divided by the emulator's share of one core: "
                "what it serves per second of its own CPU time (the load client shares the "
                "cores).\n\n");
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
