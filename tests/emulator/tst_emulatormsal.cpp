#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace MrAuth;

// A real MSAL-based client (MSAL for Python, Debian's python3-msal) gets tokens from the
// emulator's Azure AD with instance discovery off.
class TestEmulatorMsal : public QObject
{
    Q_OBJECT

private:
    // A Python that can import msal, or empty.
    static QString pythonWithMsal()
    {
        QStringList candidates{QStringLiteral("/usr/bin/python3")};
        const QString fromPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!fromPath.isEmpty())
            candidates.append(fromPath);
        for (const QString &python : std::as_const(candidates)) {
            QProcess probe;
            probe.start(python, {QStringLiteral("-c"), QStringLiteral("import msal, requests")});
            if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0)
                return python;
        }
        return {};
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void msalFlows()
    {
        const QString python = pythonWithMsal();
        if (python.isEmpty())
            QSKIP("MSAL for Python is not installed (apt-get install python3-msal)");
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(),
                                {QStringLiteral("--device-code-interval"), QStringLiteral("1")},
                                &error),
                 qPrintable(error));
        QProcess msal;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // MSAL 1.21 does not pass `verify` to every request it makes.
        environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), emulator.caCertificatePath());
        msal.setProcessEnvironment(environment);
        msal.setProcessChannelMode(QProcess::MergedChannels);
        msal.start(python,
                   {QStringLiteral(MRAUTH_MSAL_SCRIPT), emulator.url().toString(),
                    emulator.caCertificatePath(), TestData::tenantId(), TestData::clientId(),
                    TestData::clientSecret(), TestData::publicClientId()});
        QVERIFY(msal.waitForFinished(60000));
        const QByteArray output = msal.readAll();
        qInfo("%s", output.constData());
        QCOMPARE(msal.exitCode(), 0);
        QCOMPARE(output.count(": ok"), 4);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorMsal)
#include "tst_emulatormsal.moc"
