// app_startup: figure 5 of the benchmarks. The desktop app with 100 accounts (default) whose
// tokens come from the local emulator: start to first paint, idle CPU while every countdown
// ticks (60 s by default) and resident memory, as a markdown table and a JSON line. It never
// passes or fails on time. Targets: first paint < 300 ms, idle CPU < 1 % of a core, < 80 MB.
//
//   app_startup [--accounts N] [--idle-seconds S] [--keychain]
//                                                (QT_QPA_PLATFORM=offscreen or a display)
//
// With --keychain the keys live in the system keychain, as they do for users: they are written
// there before the measurement and the app reads them while it starts. Run it in a private
// keyring session (scripts/bench.sh does). Without it, the keys are in memory.
#include "accountlistformat.h"
#include "benchaccounts.h"
#include "benchemulator.h"
#include "benchreport.h"
#include "desktopapp.h"
#include "emulatorprocess.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "processstats.h"
#include "secretstore.h"
#include "tokenboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace MrAuth;
using namespace MrAuth::Bench;

namespace {

const char *const programName = "app_startup";
QElapsedTimer sinceMain;

// Runs the event loop for \a milliseconds (sleeping while there is nothing to do).
void runEventLoop(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Reports the first paint of the token board (the moment it is on screen, painted).
class FirstPaint : public QObject
{
public:
    double elapsedMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && elapsedMs < 0) {
            // After this paint event has been handled.
            QTimer::singleShot(0, this, [this] {
                if (elapsedMs < 0)
                    elapsedMs = double(sinceMain.nsecsElapsed()) / 1e6;
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

// Writes every account's key into \a store and waits until the store has written them all.
void writeKeys(SecretStore &store, const QList<Account> &accounts, const QString &key)
{
    int failures = 0;
    for (const Account &account : accounts) {
        SecretJob *job = store.writeSecret(account.uuid(), SecretKind::PrimaryKey, key);
        QObject::connect(job, &SecretJob::finished, &store, [&failures](SecretJob *finished) {
            failures += finished->error().isError() ? 1 : 0;
        });
    }
    QDeadlineTimer deadline(60000);
    while (store.pendingJobCount() > 0 && !deadline.hasExpired())
        runEventLoop(10);
    if (store.pendingJobCount() > 0 || failures > 0)
        fail(programName, QStringLiteral("the keychain did not take the keys (is a Secret "
                                         "Service running and unlocked?)"));
}

} // namespace

int main(int argc, char *argv[])
{
    sinceMain.start();
    // Loading the program and its libraries, before main() (clock-tick resolution).
    const double processToMainMs = processAgeMs();
    QApplication app(argc, argv);
    const double applicationMs = double(sinceMain.nsecsElapsed()) / 1e6;
    QApplication::setOrganizationName(QStringLiteral("MrAuth"));
    QApplication::setApplicationName(QStringLiteral("mrauth-gui-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up, idle CPU and memory of the desktop app."));
    parser.addHelpOption();
    const QCommandLineOption accountsOption(QStringLiteral("accounts"),
                                            QStringLiteral("Accounts (100)."), QStringLiteral("N"),
                                            QStringLiteral("100"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Idle measurement (60)."),
                                        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption keychainOption(
        QStringLiteral("keychain"),
        QStringLiteral("Keys in the system keychain (a private session), as for users."));
    parser.addOptions({accountsOption, idleOption, keychainOption});
    parser.process(app);
    const int accountCount = qMax(1, parser.value(accountsOption).toInt());
    const int idleSeconds = qMax(1, parser.value(idleOption).toInt());
    const bool keychain = parser.isSet(keychainOption);

    // The emulator, for real tokens (its start is not part of the app's start-up). All the
    // app's accounts use one emulator account.
    const QList<BenchAccount> emulatorAccounts = generateAccounts(1);
    const BenchAccount &emulatorAccount = emulatorAccounts.first();
    EmulatorProcess emulator;
    startEmulator(emulator, emulatorAccounts, programName);

    QTemporaryDir work;
    QList<Account> accounts;
    for (int i = 0; i < accountCount; ++i) {
        Account account = Account::create();
        account.setDisplayName(QStringLiteral("Account %1").arg(i + 1, 3, 10, QLatin1Char('0')));
        account.setAccountId(emulatorAccount.accountId);
        account.setAccountDomain(emulatorAccount.accountDomain);
        account.setCustomEndpoint(emulator.url());
        account.setCaCertificateFile(emulator.caCertificatePath());
        account.setAutoRefresh(true);
        accounts << account;
    }
    {
        QFile file(work.filePath(QStringLiteral("accounts.json")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(AccountListFormat::serialize(accounts)) < 0)
            fail(programName, QStringLiteral("cannot write the account list"));
    }
    if (keychain) {
        KeychainSecretStore store;
        writeKeys(store, accounts, emulatorAccount.primaryKey);
    }

    // The app's start-up, as main.cpp does it, from here to the first painted frame.
    sinceMain.restart();
    DesktopApp::Options options;
    options.accountsFile = work.filePath(QStringLiteral("accounts.json"));
    options.settingsFile = work.filePath(QStringLiteral("mrauth.conf"));
    options.keychain = keychain;
    DesktopApp desktop(options);
    if (!keychain) {
        for (const Account &account : std::as_const(accounts)) {
            desktop.secrets()->writeSecret(account.uuid(), SecretKind::PrimaryKey,
                                           emulatorAccount.primaryKey);
        }
    }
    FirstPaint firstPaint;
    desktop.start();
    desktop.window()->installEventFilter(&firstPaint);
    if (auto *view =
            desktop.window()->findChild<QAbstractItemView *>(QStringLiteral("tokenBoardView")))
        view->viewport()->installEventFilter(&firstPaint);
    QDeadlineTimer paintDeadline(10000);
    while (firstPaint.elapsedMs < 0 && !paintDeadline.hasExpired())
        runEventLoop(1);
    if (firstPaint.elapsedMs < 0)
        fail(programName, QStringLiteral("nothing was painted (is there a platform plugin?)"));

    // Every token live.
    QElapsedTimer tokens;
    tokens.start();
    TokenBoard *board = desktop.board();
    auto liveTokens = [board] {
        int live = 0;
        for (int row = 0; row < board->count(); ++row)
            live += board->stateOf(board->accountAt(row)) == TokenEntry::State::Valid ? 1 : 0;
        return live;
    };
    QDeadlineTimer tokenDeadline(60000);
    while (liveTokens() < accountCount && !tokenDeadline.hasExpired())
        runEventLoop(20);
    const int live = liveTokens();
    const double allTokensMs = double(tokens.elapsed());

    // Idle: nothing but the one-second tick of every countdown.
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    runEventLoop(idleSeconds * 1000);
    const double idleWall = double(idle.elapsed()) / 1000.0;
    const double idleCpuPercent = (cpuSeconds() - cpuBefore) / idleWall * 100.0;
    const double rss = residentMb();
    const double peak = peakResidentMb();
    const double startToPaint = processToMainMs + applicationMs + firstPaint.elapsedMs;

    const QString platform = QGuiApplication::platformName();
    const auto verdict = [](bool met) {
        return met ? QStringLiteral("met") : QStringLiteral("**missed**");
    };
    BenchReport report(QString::fromLatin1(programName));
    report.beginTable(
        QStringLiteral("5. Desktop app: %1 accounts, platform %2, keys %3")
            .arg(accountCount)
            .arg(platform, keychain ? QStringLiteral("in the keychain (private session)")
                                    : QStringLiteral("in memory")),
        {QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("target")});
    report.addRow({QStringLiteral("start to first paint"),
                   BenchReport::number(startToPaint) + QStringLiteral(" ms"),
                   QStringLiteral("< 300 ms: ") + verdict(startToPaint < 300)});
    report.addRow({QStringLiteral("… loading before main()"),
                   BenchReport::number(processToMainMs) + QStringLiteral(" ms"), QString()});
    report.addRow({QStringLiteral("… QApplication"),
                   BenchReport::number(applicationMs) + QStringLiteral(" ms"), QString()});
    report.addRow({QStringLiteral("… accounts, keychain, board, window to the painted board"),
                   BenchReport::number(firstPaint.elapsedMs) + QStringLiteral(" ms"), QString()});
    report.addRow(
        {QStringLiteral("all %1 tokens live after first paint").arg(accountCount),
         QStringLiteral("%1 ms (%2 live)").arg(BenchReport::number(allTokensMs)).arg(live),
         QString()});
    report.addRow({QStringLiteral("idle CPU over %1 s, %2 countdowns ticking")
                       .arg(BenchReport::number(idleWall))
                       .arg(accountCount),
                   BenchReport::number(idleCpuPercent, 2) + QStringLiteral(" % of a core"),
                   QStringLiteral("< 1 %: ") + verdict(idleCpuPercent < 1)});
    report.addRow({QStringLiteral("resident memory (peak)"),
                   QStringLiteral("%1 MB (%2 MB)")
                       .arg(BenchReport::number(rss, 1), BenchReport::number(peak, 1)),
                   QStringLiteral("< 80 MB: ") + verdict(rss < 80)});
    report.setValue(QStringLiteral("accounts"), accountCount);
    report.setValue(QStringLiteral("platform"), platform);
    report.setValue(QStringLiteral("keychain"), keychain);
    report.setValue(QStringLiteral("startToFirstPaintMs"), startToPaint);
    report.setValue(QStringLiteral("processToMainMs"), processToMainMs);
    report.setValue(QStringLiteral("applicationMs"), applicationMs);
    report.setValue(QStringLiteral("setUpToFirstPaintMs"), firstPaint.elapsedMs);
    report.setValue(QStringLiteral("allTokensMs"), allTokensMs);
    report.setValue(QStringLiteral("liveTokens"), live);
    report.setValue(QStringLiteral("idleSeconds"), idleWall);
    report.setValue(QStringLiteral("idleCpuPercent"), idleCpuPercent);
    report.setValue(QStringLiteral("residentMb"), rss);
    report.setValue(QStringLiteral("peakResidentMb"), peak);
    report.print();
    return live == accountCount ? 0 : 1;
}
