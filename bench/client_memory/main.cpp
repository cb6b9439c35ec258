// client_memory: figure 7 of the benchmarks. Resident memory of a process holding 1,000
// MixedRealityTokenCredentials (each over its own MixedRealityStsClient, all sharing one
// network access manager as the documentation recommends) with a cached token each.
// Prints a markdown table and a JSON line; never fails on size.
#include "benchaccounts.h"
#include "benchemulator.h"
#include "benchreport.h"
#include "emulatorprocess.h"
#include "processstats.h"

#include <mrauth/accountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/tokenreply.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>

#include <memory>
#include <vector>

using namespace MrAuth;
using namespace MrAuth::Bench;

namespace {

const char *const programName = "client_memory";

//! Fetches a token on every credential at once; returns how many got one.
int fillCaches(const std::vector<std::unique_ptr<MixedRealityTokenCredential>> &credentials,
               size_t from)
{
    int done = 0;
    int ok = 0;
    for (size_t i = from; i < credentials.size(); ++i) {
        TokenReply *reply = credentials[i]->getToken();
        QObject::connect(reply, &TokenReply::finished, credentials[i].get(), [reply, &done, &ok] {
            ok += reply->accessToken().isNull() ? 0 : 1;
            ++done;
            reply->deleteLater();
        });
    }
    const QDeadlineTimer deadline(300000);
    while (done < int(credentials.size() - from) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Resident memory of a process holding many clients with cached tokens."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients (1000)."), QStringLiteral("N"),
                                           QStringLiteral("1000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smoke run: 20 clients."));
    parser.addOptions({clientsOption, quickOption});
    parser.process(app);
    const int clientCount =
        parser.isSet(quickOption) ? 20 : qMax(2, parser.value(clientsOption).toInt());

    // One account per client: every cached token is a different one, as with real accounts.
    const QList<BenchAccount> accounts = generateAccounts(clientCount);
    EmulatorProcess emulator;
    startEmulator(emulator, accounts, programName);
    // The support code's own network access manager (the emulator's admin API) is idle.
    const double startMb = residentMb();

    QNetworkAccessManager network;
    std::vector<std::unique_ptr<MixedRealityTokenCredential>> credentials;
    const auto add = [&](const BenchAccount &account) {
        credentials.push_back(std::make_unique<MixedRealityTokenCredential>(
            new MixedRealityStsClient(account.accountId, account.accountDomain,
                                      std::make_shared<AccountKeyCredential>(account.primaryKey),
                                      clientOptions(emulator, &network))));
    };
    // The first client: Qt's TLS backend, the network stack and the connection are paid here.
    add(accounts.first());
    if (fillCaches(credentials, 0) != 1)
        fail(programName, QStringLiteral("no first token"));
    const double oneClientMb = residentMb();
    for (qsizetype i = 1; i < accounts.size(); ++i)
        add(accounts.at(i));
    const int ok = fillCaches(credentials, 1) + 1;
    const double allMb = residentMb();
    const double peakMb = peakResidentMb();
    qsizetype tokenBytes = 0;
    for (const auto &credential : credentials)
        tokenBytes += credential->cachedToken().token().size();
    const double perClientKb = (allMb - oneClientMb) * 1024.0 / double(clientCount - 1);

    BenchReport report(QString::fromLatin1(programName));
    report.beginTable(QStringLiteral("7. Memory: %1 clients with cached tokens in one process")
                          .arg(BenchReport::number(clientCount)),
                      {QStringLiteral("measure"), QStringLiteral("resident memory")});
    report.addRow({QStringLiteral("process after QCoreApplication (before any client)"),
                   BenchReport::number(startMb, 1) + QStringLiteral(" MB")});
    report.addRow({QStringLiteral("one client with a cached token (TLS and network stack loaded)"),
                   BenchReport::number(oneClientMb, 1) + QStringLiteral(" MB")});
    report.addRow({QStringLiteral("%1 clients with cached tokens (%2 got one)")
                       .arg(BenchReport::number(clientCount))
                       .arg(ok),
                   BenchReport::number(allMb, 1) + QStringLiteral(" MB (peak ") +
                       BenchReport::number(peakMb, 1) + QStringLiteral(" MB)")});
    report.addRow(
        {QStringLiteral("per additional client"),
         BenchReport::number(perClientKb, 1) + QStringLiteral(" KB (the token itself: ") +
             BenchReport::number(double(tokenBytes) / double(clientCount) * 2 / 1024.0, 1) +
             QStringLiteral(" KB as UTF-16)")});
    report.addNote(QStringLiteral("Each credential owns a MixedRealityStsClient; all share one "
                                  "QNetworkAccessManager (6 connections to the host)."));
    report.setValue(QStringLiteral("clients"), clientCount);
    report.setValue(QStringLiteral("clientsWithToken"), ok);
    report.setValue(QStringLiteral("startResidentMb"), startMb);
    report.setValue(QStringLiteral("oneClientResidentMb"), oneClientMb);
    report.setValue(QStringLiteral("allClientsResidentMb"), allMb);
    report.setValue(QStringLiteral("peakResidentMb"), peakMb);
    report.setValue(QStringLiteral("perClientKb"), perClientKb);
    report.print();
    return ok == clientCount ? 0 : 1;
}
