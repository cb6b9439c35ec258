// The fault matrix against `mrauth token` as a process, as a script runs it: an ad-hoc account
// with its key in MIXEDREALITY_ACCOUNT_KEY. Each fault ends in the exit code of docs/cli.md and
// exactly one line on stderr naming the typed error with the HTTP status and the request's
// correlation vector, or in the token after the retries --retries allows.
#include "cliprocess.h"
#include "faultcase.h"
#include "faultrig.h"

#include <mrauth/jwt.h>

#include <QRegularExpression>
#include <QTest>

using namespace MrAuth;

namespace {

// Under LeakSanitizer, a run with suppressed (system library) leaks ends with a summary of the
// suppressions on stderr; that is the sanitizer's output, not mrauth's.
QByteArray withoutSanitizerSummary(const QByteArray &err)
{
    const qsizetype summary = err.indexOf("Suppressions used:");
    if (summary < 0)
        return err;
    const qsizetype dashes = err.lastIndexOf('\n', summary - 2); // the line of dashes before it
    return err.left(dashes < 0 ? 0 : dashes + 1);
}

} // namespace

class TestFaultsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void token_data();
    void token();

private:
    FaultRig m_rig;
};

void TestFaultsCli::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
}

void TestFaultsCli::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestFaultsCli::token_data()
{
    addFaultRows();
}

void TestFaultsCli::token()
{
    QFETCH(FaultCase, fault);
    if (!fault.cliSkipReason.isEmpty())
        QSKIP(qPrintable(fault.cliSkipReason));
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));

    CliProcess cli;
    cli.setVariable(QStringLiteral("MIXEDREALITY_ACCOUNT_KEY"), target.accountKey);
    QStringList arguments{QStringLiteral("token"),
                          QStringLiteral("--account-id"),
                          target.accountId,
                          QStringLiteral("--account-domain"),
                          target.accountDomain,
                          QStringLiteral("--ca-file"),
                          target.caFile,
                          QStringLiteral("--retries"),
                          QString::number(fault.retries),
                          QStringLiteral("--format"),
                          QStringLiteral("json")};
    if (!target.endpoint.isEmpty())
        arguments << QStringLiteral("--endpoint") << target.endpoint.toString();
    if (fault.hangs)
        arguments << QStringLiteral("--timeout") << QStringLiteral("2");

    // The test server lives in this process: keep its event loop running while mrauth works.
    const std::unique_ptr<QProcess> process = cli.start(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 60000);
    CliProcess::Result result = CliProcess::finish(process.get());
    result.err = withoutSanitizerSummary(result.err);

    QVERIFY2(result.exitCode == expectedCliExitCode(fault.expected), result.describe().constData());
    QVERIFY(!result.err.contains(target.accountKey.toUtf8()));
    QVERIFY(!result.out.contains(target.accountKey.toUtf8()));
    if (fault.expected == Error::Code::NoError) {
        QVERIFY2(result.err.isEmpty(), result.describe().constData());
        const QJsonObject json = result.json();
        const Jwt jwt = Jwt::decode(json.value(QStringLiteral("accessToken")).toString());
        QVERIFY2(jwt.isValid(), result.describe().constData());
        QCOMPARE(jwt.claims().value(QStringLiteral("aid")).toString(), target.accountId);
        QVERIFY(!json.value(QStringLiteral("responseCorrelationVector")).toString().isEmpty());
    } else {
        QVERIFY2(result.out.isEmpty(), result.describe().constData());
        // One line: the typed error, the status, both vectors (docs/cli.md).
        QVERIFY2(result.err.count('\n') == 1 && result.err.endsWith('\n'),
                 result.describe().constData());
        const QString line = result.errText().trimmed();
        const QString prefix = QStringLiteral("mrauth: %1: ").arg(Error::codeName(fault.expected));
        QVERIFY2(line.startsWith(prefix), qPrintable(line));
        const QString status =
            fault.httpStatus == 0 ? QStringLiteral("none") : QString::number(fault.httpStatus);
        QVERIFY2(line.contains(QStringLiteral("[HTTP %1]").arg(status)), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("[X-MRC-CV: ")) &&
                     !line.contains(QStringLiteral("[X-MRC-CV: none]")),
                 qPrintable(line));
        if (fault.isEmulatorFault() && fault.httpStatus != 0)
            QVERIFY2(!line.contains(QStringLiteral("[MS-CV: none]")), qPrintable(line));
    }

    // mrauth's tries under --retries: the same count the library's policy gives.
    if (fault.serverRequests < 0)
        QTRY_VERIFY(m_rig.serverRequests() >= fault.attempts);
    else
        QTRY_COMPARE(m_rig.serverRequests(), fault.serverRequests);
    if (fault.isTlsFault())
        QTRY_VERIFY(m_rig.handshakeFailures() >= 1);
}

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faultscli.moc"
