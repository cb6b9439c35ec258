// No secret leaks: the account key never reaches stdout, stderr, the debug logs
// (QT_LOGGING_RULES=mrauth.*.debug=true and --verbose), the files under HOME or the process's
// argv; the token appears on stdout only where it was asked for, never on stderr.
#include "cliprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

//! Every way the key could show up: as is, and in the bearer the STS gets.
QList<QByteArray> keyForms(const QString &key, const QString &accountId)
{
    return {key.toUtf8(), (accountId + u':' + key).toUtf8(), key.toUtf8().toBase64()};
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void adHocKeyStaysHidden_data();
    void adHocKeyStaysHidden();
    void storedAccountKeyStaysHidden();
    void allPrintsTokensOnlyOnStdout();
    void keyIsNeverInArgv();
    void secretArgumentsAreRefusedUnechoed();
    void decodeKeepsTheTokenOffStderr();

private:
    static void verifyAbsent(const QByteArray &haystack, const QList<QByteArray> &secrets,
                             const char *where);
    void verifyNoFileHolds(const CliProcess &cli, const QList<QByteArray> &secrets);

    EmulatorProcess m_emulator;
};

void TestCliSecrets::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestCliSecrets::init()
{
    QVERIFY(m_emulator.clearFaults());
}

void TestCliSecrets::verifyAbsent(const QByteArray &haystack, const QList<QByteArray> &secrets,
                                  const char *where)
{
    for (const QByteArray &secret : secrets)
        QVERIFY2(!haystack.contains(secret), qPrintable(QString::fromLatin1(where) + u": "_s +
                                                        QString::fromUtf8(haystack.left(3000))));
}

void TestCliSecrets::verifyNoFileHolds(const CliProcess &cli, const QList<QByteArray> &secrets)
{
    QDirIterator files(cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyAbsent(file.readAll(), secrets, qPrintable(file.fileName()));
    }
}

void TestCliSecrets::adHocKeyStaysHidden_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("fromEnvironment");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("stdin, accepted") << CliProcess::demoKey(0) << false << 0;
    QTest::newRow("environment, accepted") << CliProcess::demoKey(0) << true << 0;
    QTest::newRow("stdin, rejected") << u"d3Jvbmcta2V5LXNlY3JldA=="_s << false << 3;
    QTest::newRow("environment, rejected") << u"d3Jvbmcta2V5LXNlY3JldA=="_s << true << 3;
}

void TestCliSecrets::adHocKeyStaysHidden()
{
    QFETCH(QString, key);
    QFETCH(bool, fromEnvironment);
    QFETCH(int, exitCode);
    for (const QString &logging : {u"--verbose"_s, QString()}) {
        CliProcess cli;
        cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
        QStringList arguments = QStringList{u"token"_s} + CliProcess::adHocOptions(0) +
                                CliProcess::emulatorOptions(m_emulator);
        if (!logging.isEmpty())
            arguments.append(logging);
        QByteArray input;
        if (fromEnvironment) {
            cli.setVariable(u"MIXEDREALITY_ACCOUNT_KEY"_s, key);
        } else {
            arguments.append(u"--key-stdin"_s);
            input = key.toUtf8() + '\n';
        }
        const CliProcess::Result result = cli.run(arguments, input);
        QVERIFY2(result.exitCode == exitCode, result.describe().constData());
        // The logging is really on: the requests are logged, with their vectors.
        QVERIFY2(result.err.contains("X-MRC-CV"), result.describe().constData());
        QVERIFY(result.err.contains("Authorization: <redacted>"));
        const QList<QByteArray> secrets = keyForms(key, CliProcess::demoAccountId(0));
        verifyAbsent(result.out, secrets, "stdout");
        verifyAbsent(result.err, secrets, "stderr");
        if (exitCode == 0) {
            const QByteArray token = result.out.trimmed();
            QVERIFY(token.startsWith("ey"));
            QCOMPARE(result.out, token + '\n');
            verifyAbsent(result.err, {token, token.split('.').value(2)}, "stderr");
        }
        verifyNoFileHolds(cli, secrets);
    }
    // The emulator did receive the key, and logs it redacted.
    QVERIFY(!m_emulator.standardOutput().contains(key.toUtf8()));
}

void TestCliSecrets::storedAccountKeyStaysHidden()
{
    CliProcess cli;
    cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
    const QList<QByteArray> secrets =
        keyForms(CliProcess::demoKey(1), CliProcess::demoAccountId(1));

    CliProcess::Result result = cli.addDemoAccount(u"rendering"_s, m_emulator, 1, {u"--verbose"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    verifyAbsent(result.out + result.err, secrets, "accounts add");

    for (const QStringList &arguments :
         {QStringList{u"accounts"_s, u"show"_s, u"rendering"_s},
          QStringList{u"accounts"_s, u"show"_s, u"rendering"_s, u"-f"_s, u"json"_s},
          QStringList{u"accounts"_s, u"list"_s, u"-f"_s, u"json"_s}}) {
        result = cli.run(arguments + QStringList{u"--verbose"_s});
        QVERIFY2(result.exitCode == 0, result.describe().constData());
        verifyAbsent(result.out + result.err, secrets, "accounts show/list");
    }

    result = cli.run({u"token"_s, u"rendering"_s, u"--verbose"_s, u"-f"_s, u"json"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.err.contains("X-MRC-CV"));
    verifyAbsent(result.out + result.err, secrets, "token NAME");
    const QByteArray token = result.json().value(u"accessToken"_s).toString().toUtf8();
    QVERIFY(!token.isEmpty());
    verifyAbsent(result.err, {token}, "stderr");

    // A wrong stored key: rejected, and still not shown.
    QCOMPARE(cli.run({u"accounts"_s, u"edit"_s, u"rendering"_s, u"--key-stdin"_s},
                     "d3Jvbmcta2V5LXNlY3JldA==\n")
                 .exitCode,
             0);
    result = cli.run({u"token"_s, u"rendering"_s, u"--verbose"_s});
    QVERIFY2(result.exitCode == 3, result.describe().constData());
    verifyAbsent(result.out + result.err, {"d3Jvbmcta2V5LXNlY3JldA=="}, "rejected stored key");

    QVERIFY(QFile::exists(cli.accountsFilePath()));
    verifyNoFileHolds(cli, secrets + QList<QByteArray>{"d3Jvbmcta2V5LXNlY3JldA==", token});
}

void TestCliSecrets::allPrintsTokensOnlyOnStdout()
{
    CliProcess cli;
    cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    QCOMPARE(cli.addDemoAccount(u"objects"_s, m_emulator, 2).exitCode, 0);
    const CliProcess::Result result = cli.run({u"token"_s, u"--all"_s, u"--verbose"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonArray array = result.jsonArray();
    QCOMPARE(array.size(), 2);
    for (const QJsonValue entry : array) {
        const QByteArray token = entry.toObject().value(u"accessToken"_s).toString().toUtf8();
        QVERIFY(result.out.contains(token));
        verifyAbsent(result.err, {token}, "stderr");
    }
    verifyAbsent(result.out + result.err,
                 keyForms(CliProcess::demoKey(0), CliProcess::demoAccountId(0)) +
                     keyForms(CliProcess::demoKey(2), CliProcess::demoAccountId(2)),
                 "token --all");
}

void TestCliSecrets::keyIsNeverInArgv()
{
    // Slow answers keep the process alive long enough to read its command line.
    QVERIFY(m_emulator.addFault({{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 1500}}) >= 0);
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    const QList<QByteArray> secrets =
        keyForms(CliProcess::demoKey(0), CliProcess::demoAccountId(0));

    const QList<QPair<QStringList, QByteArray>> runs{
        {QStringList{u"token"_s, u"anchors"_s}, QByteArray()},
        {QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
             CliProcess::emulatorOptions(m_emulator),
         CliProcess::demoKey(0).toUtf8() + '\n'},
    };
    for (const auto &[arguments, input] : runs) {
        const std::unique_ptr<QProcess> process = cli.start(arguments, input);
        QVERIFY(process->state() == QProcess::Running);
        const QString cmdline = u"/proc/%1/cmdline"_s.arg(process->processId());
        QByteArray seen;
        int reads = 0;
        // Read it until the process ends; it is the whole argv, NUL-separated.
        while (process->state() == QProcess::Running) {
            QFile file(cmdline);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray argv = file.readAll();
                if (!argv.isEmpty()) {
                    seen = argv;
                    ++reads;
                }
            }
            process->waitForFinished(50);
        }
        QVERIFY2(reads > 0, "the process ended before its argv could be read");
        QVERIFY(seen.contains("mrauth"));
        QVERIFY(seen.contains(arguments.constFirst().toUtf8()));
        verifyAbsent(seen, secrets, "argv");
        const CliProcess::Result result = CliProcess::finish(process.get());
        QVERIFY2(result.exitCode == 0, result.describe().constData());
    }
}

void TestCliSecrets::secretArgumentsAreRefusedUnechoed()
{
    CliProcess cli;
    const QString key = CliProcess::demoKey(0);
    for (const QStringList &arguments :
         {QStringList{u"token"_s, u"--key"_s, key}, QStringList{u"token"_s, u"--key="_s + key},
          QStringList{u"token"_s, u"anchors"_s, key},
          QStringList{u"accounts"_s, u"add"_s, u"x"_s, u"--client-secret"_s, key}}) {
        const CliProcess::Result result = cli.run(arguments + CliProcess::adHocOptions(0));
        QVERIFY2(result.exitCode == 2, result.describe().constData());
        QVERIFY(result.out.isEmpty());
        verifyAbsent(result.err, {key.toUtf8()}, "stderr");
    }
}

void TestCliSecrets::decodeKeepsTheTokenOffStderr()
{
    CliProcess cli;
    CliProcess::Result result =
        cli.run(QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
                    CliProcess::emulatorOptions(m_emulator),
                CliProcess::demoKey(0).toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    const QByteArray token = result.out.trimmed();
    cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
    result = cli.run({u"decode"_s, u"-"_s, u"--check"_s, u"--verbose"_s}, token + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    verifyAbsent(result.out + result.err, {token, token.split('.').value(2)}, "decode");
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
