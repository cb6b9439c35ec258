// `mrauth token` against the emulator's faults: throttling with retries exhausted (and
// recovered), server errors, a hanging server with --timeout, dropped connections and
// malformed answers, each with its exit code and a one-line error with both vectors.
#include "cliprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

class TestCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void faults_data();
    void faults();
    void throttledThenServed();
    void timeoutCoversTheRetries();
    void unreachableEndpoint();

private:
    CliProcess::Result token(const QStringList &extraArguments);
    int stsRequestCount();

    EmulatorProcess m_emulator;
    CliProcess m_cli;
};

void TestCliFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestCliFaults::init()
{
    QVERIFY(m_emulator.clearFaults());
    QVERIFY(m_emulator.clearRequests());
}

CliProcess::Result TestCliFaults::token(const QStringList &extraArguments)
{
    return m_cli.run(QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
                         CliProcess::emulatorOptions(m_emulator) + extraArguments,
                     CliProcess::demoKey(0).toUtf8() + '\n');
}

int TestCliFaults::stsRequestCount()
{
    int count = 0;
    const QJsonArray all = m_emulator.requests();
    for (const QJsonValue entry : all)
        count += entry.toObject().value(u"path"_s).toString().contains(u"/token?"_s) ? 1 : 0;
    return count;
}

void TestCliFaults::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("requests"); // -1: at least one
    QTest::addColumn<bool>("responseCv");

    QTest::newRow("429, retries exhausted")
        << QJsonObject{{u"kind"_s, u"throttle"_s}, {u"retryAfter"_s, 1}}
        << QStringList{u"--retries"_s, u"1"_s} << 1 << u"Throttled"_s << u"429"_s << 2 << true;
    QTest::newRow("500") << QJsonObject{{u"kind"_s, u"server-error"_s}}
                         << QStringList{u"--retries"_s, u"0"_s} << 1 << u"ServerError"_s << u"500"_s
                         << 1 << true;
    QTest::newRow("503, retries exhausted")
        << QJsonObject{{u"kind"_s, u"unavailable"_s}} << QStringList{u"--retries"_s, u"2"_s} << 1
        << u"ServerError"_s << u"503"_s << 3 << true;
    QTest::newRow("hang, --timeout") << QJsonObject{{u"kind"_s, u"hang"_s}}
                                     << QStringList{u"--timeout"_s, u"1"_s, u"--retries"_s, u"0"_s}
                                     << 5 << u"Timeout"_s << u"none"_s << 1 << false;
    QTest::newRow("malformed JSON")
        << QJsonObject{{u"kind"_s, u"malformed-json"_s}} << QStringList() << 6
        << u"InvalidResponse"_s << u"200"_s << 1 << true;
    QTest::newRow("no token in the answer")
        << QJsonObject{{u"kind"_s, u"missing-token"_s}} << QStringList() << 6
        << u"InvalidResponse"_s << u"200"_s << 1 << true;
    QTest::newRow("dropped connection")
        << QJsonObject{{u"kind"_s, u"drop"_s}} << QStringList{u"--retries"_s, u"0"_s} << 5
        << u"ConnectionFailed"_s << u"none"_s << -1 << false;
}

void TestCliFaults::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(int, requests);
    QFETCH(bool, responseCv);
    QVERIFY(m_emulator.addFault(fault) >= 0);
    const CliProcess::Result result = token(arguments);
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    const QString line = result.errText().trimmed();
    QVERIFY2(line.startsWith(u"mrauth: "_s + type + u": "_s), qPrintable(line));
    QVERIFY2(line.contains(u"[HTTP "_s + status + u']'), qPrintable(line));
    QVERIFY2(line.contains(u"[X-MRC-CV: "_s) && !line.contains(u"[X-MRC-CV: none]"_s),
             qPrintable(line));
    QVERIFY2(line.contains(u"[MS-CV: none]"_s) != responseCv, qPrintable(line));
    if (requests < 0)
        QVERIFY(stsRequestCount() >= 1); // Qt itself resends on a dropped connection
    else
        QTRY_COMPARE(stsRequestCount(), requests);
}

void TestCliFaults::throttledThenServed()
{
    // Two 429s, then the token: the retries (Retry-After 1 s) see it through.
    QVERIFY(m_emulator.addFault(
                {{u"kind"_s, u"throttle"_s}, {u"retryAfter"_s, 1}, {u"count"_s, 2}}) >= 0);
    const CliProcess::Result result = token({u"--retries"_s, u"2"_s, u"--format"_s, u"json"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.json().value(u"accessToken"_s).toString().startsWith(u"ey"_s));
    QCOMPARE(stsRequestCount(), 3);
}

void TestCliFaults::timeoutCoversTheRetries()
{
    // Every try hangs; the tries would go on for minutes, --timeout ends them all.
    QVERIFY(m_emulator.addFault({{u"kind"_s, u"hang"_s}}) >= 0);
    const CliProcess::Result result = token({u"--timeout"_s, u"1.5"_s, u"--retries"_s, u"10"_s});
    QVERIFY2(result.exitCode == 5, result.describe().constData());
    QVERIFY2(result.errText().startsWith(u"mrauth: Timeout: "_s), result.describe().constData());
}

void TestCliFaults::unreachableEndpoint()
{
    // A port where nothing listens: connection refused, a network error (5).
    QUrl closed = m_emulator.url();
    closed.setPort(1);
    const CliProcess::Result result =
        m_cli.run(QStringList{u"token"_s, u"--key-stdin"_s, u"--retries"_s, u"0"_s, u"--endpoint"_s,
                              closed.toString()} +
                      CliProcess::adHocOptions(0),
                  CliProcess::demoKey(0).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 5, result.describe().constData());
    QVERIFY2(result.errText().startsWith(u"mrauth: ConnectionFailed: "_s),
             result.describe().constData());
    QVERIFY(result.errText().contains(u"[HTTP none]"_s));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
