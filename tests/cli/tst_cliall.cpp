// `mrauth token --all`: every stored account (keys in the real keychain) fetched concurrently,
// 50 of them, with the overlap of their requests shown by the emulator's own request log; and
// the array with error objects, the per-account error lines and the exit code of mixed results.
#include "accountstore.h"
#include "cliprocess.h"
#include "keychainsecretstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace MrAuth;
using namespace Qt::StringLiterals;

class TestCliAll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fiftyAccountsConcurrently();
    void mixedResults();
    void sameFailureEverywhere();
    void noAccounts();

private:
    //! Stores \a count accounts (demo accounts 0, 1, 2 in turn, named account-NN) for \a cli,
    //! with \a keyFor giving each one's key (empty: none stored).
    void storeAccounts(const CliProcess &cli, int count, const std::function<QString(int)> &keyFor);

    EmulatorProcess m_emulator;
};

void TestCliAll::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestCliAll::init()
{
    QVERIFY(m_emulator.clearFaults());
    QVERIFY(m_emulator.clearRequests());
}

void TestCliAll::storeAccounts(const CliProcess &cli, int count,
                               const std::function<QString(int)> &keyFor)
{
    AccountStore store(cli.accountsFilePath());
    store.setWatching(false);
    store.load();
    KeychainSecretStore secrets;
    QList<Account> accounts;
    int pending = 0;
    bool ok = true;
    for (int index = 0; index < count; ++index) {
        Account account = Account::create();
        account.setDisplayName(u"account-%1"_s.arg(index, 2, 10, QLatin1Char('0')));
        account.setAccountId(CliProcess::demoAccountId(index % 3));
        account.setAccountDomain(CliProcess::demoAccountDomain(index % 3));
        account.setCustomEndpoint(m_emulator.url());
        account.setCaCertificateFile(m_emulator.caCertificatePath());
        accounts.append(account);
        const QString key = keyFor(index);
        if (key.isEmpty())
            continue;
        SecretJob *job = secrets.writeSecret(account.uuid(), SecretKind::PrimaryKey, key);
        ++pending;
        connect(job, &SecretJob::finished, this, [&pending, &ok](SecretJob *finished) {
            ok = ok && !finished->error().isError();
            --pending;
        });
    }
    QVERIFY(store.upsert(accounts));
    QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 60000);
    QVERIFY(ok);
}

void TestCliAll::fiftyAccountsConcurrently()
{
    CliProcess cli;
    storeAccounts(cli, 50, [](int index) { return CliProcess::demoKey(index % 3); });
    if (QTest::currentTestFailed())
        return;
    // Every answer takes 400 ms, so that requests in flight at the same time are visible.
    QVERIFY(m_emulator.addFault({{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 400}}) >= 0);

    const CliProcess::Result result = cli.run({u"token"_s, u"--all"_s}, {}, 120000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    const QJsonArray array = result.jsonArray();
    QCOMPARE(array.size(), 50);
    QSet<QString> vectors;
    for (int index = 0; index < 50; ++index) {
        const QJsonObject entry = array.at(index).toObject();
        QCOMPARE(entry.value(u"name"_s).toString(),
                 u"account-%1"_s.arg(index, 2, 10, QLatin1Char('0')));
        QCOMPARE(entry.value(u"accountId"_s).toString(), CliProcess::demoAccountId(index % 3));
        QVERIFY(entry.value(u"accessToken"_s).toString().startsWith(u"ey"_s));
        QVERIFY(!entry.contains(u"error"_s));
        vectors.insert(entry.value(u"requestCorrelationVector"_s).toString());
    }
    QCOMPARE(vectors.size(), 50);

    // The emulator logs when each answer went out and how long it took: the intervals of
    // requests fetched one after the other would never overlap.
    struct Interval
    {
        qint64 start;
        qint64 end;
    };
    QList<Interval> intervals;
    const QJsonArray logged = m_emulator.requests();
    for (const QJsonValue value : logged) {
        const QJsonObject entry = value.toObject();
        if (!entry.value(u"path"_s).toString().contains(u"/token?"_s))
            continue;
        QCOMPARE(entry.value(u"status"_s).toInt(), 200);
        const qint64 end =
            QDateTime::fromString(entry.value(u"time"_s).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const qint64 latency = qRound64(entry.value(u"latencyMs"_s).toDouble());
        QVERIFY(latency >= 400);
        intervals.append({end - latency, end});
    }
    QCOMPARE(intervals.size(), 50);
    int mostAtOnce = 0;
    for (const Interval &interval : std::as_const(intervals)) {
        const int atOnce = int(
            std::count_if(intervals.cbegin(), intervals.cend(), [&interval](const Interval &other) {
                return other.start <= interval.start && interval.start < other.end;
            }));
        mostAtOnce = qMax(mostAtOnce, atOnce);
    }
    qInfo("most STS requests in flight at once: %d of 50", mostAtOnce);
    QVERIFY2(mostAtOnce >= 2, "the requests did not overlap");
}

void TestCliAll::mixedResults()
{
    CliProcess cli;
    // 0: good key; 1: wrong key (401, exit 3); 2: no key stored (exit 7).
    storeAccounts(cli, 3, [](int index) {
        return index == 0 ? CliProcess::demoKey(0) : index == 1 ? u"d3Jvbmcta2V5"_s : QString();
    });
    if (QTest::currentTestFailed())
        return;
    const CliProcess::Result result = cli.run({u"token"_s, u"--all"_s, u"--format"_s, u"json"_s});
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    const QJsonArray array = result.jsonArray();
    QCOMPARE(array.size(), 3);
    QVERIFY(array.at(0).toObject().contains(u"accessToken"_s));

    const QJsonObject rejected = array.at(1).toObject();
    QVERIFY(!rejected.contains(u"accessToken"_s));
    const QJsonObject error = rejected.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"type"_s).toString(), u"AuthenticationFailed"_s);
    QCOMPARE(error.value(u"httpStatus"_s).toInt(), 401);
    QCOMPARE(error.value(u"exitCode"_s).toInt(), 3);
    QVERIFY(!error.value(u"requestCorrelationVector"_s).toString().isEmpty());
    QVERIFY(!error.value(u"responseCorrelationVector"_s).toString().isEmpty());
    QCOMPARE(rejected.value(u"requestCorrelationVector"_s),
             error.value(u"requestCorrelationVector"_s));

    const QJsonObject keyless = array.at(2).toObject().value(u"error"_s).toObject();
    QCOMPARE(keyless.value(u"type"_s).toString(), u"SecretNotFound"_s);
    QCOMPARE(keyless.value(u"exitCode"_s).toInt(), 7);

    const QStringList lines = result.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"mrauth: account-01: AuthenticationFailed: "_s));
    QVERIFY(lines.at(1).startsWith(u"mrauth: account-02: SecretNotFound: "_s));
}

void TestCliAll::sameFailureEverywhere()
{
    CliProcess cli;
    storeAccounts(cli, 2, [](int) { return u"d3Jvbmcta2V5"_s; });
    if (QTest::currentTestFailed())
        return;
    const CliProcess::Result result = cli.run({u"token"_s, u"--all"_s});
    QVERIFY2(result.exitCode == 3, result.describe().constData());
    QCOMPARE(result.jsonArray().size(), 2);
}

void TestCliAll::noAccounts()
{
    CliProcess cli;
    const CliProcess::Result result = cli.run({u"token"_s, u"--all"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.jsonArray().size(), 0);
    QVERIFY(result.outText().trimmed().startsWith(u'['));
    QVERIFY(result.errText().contains(u"No account is stored yet"_s));
    QVERIFY(cli.run({u"token"_s, u"--all"_s, u"-q"_s}).err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAll)
#include "tst_cliall.moc"
