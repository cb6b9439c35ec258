// `mrauth token` signing in with Azure AD against the emulator's Azure AD over TLS: a service
// principal (secret from stdin, from AZURE_CLIENT_SECRET, or stored in the keychain), a
// device-code sign-in approved through the emulator (its refresh token kept in the keychain
// for a silent second run), the Azure CLI (a fake `az` on PATH), and their failures.
#include "cliprocess.h"

#include <mrauth/jwt.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

const QString tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
const QString servicePrincipal = u"0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60"_s;
const QString publicClient = u"9c1f3e7b-5a2d-4b8e-a6f0-1d4c7e9b2a35"_s;

QString clientSecret()
{
    return EmulatorProcess::demoAccounts()
        .value(u"tenants"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"servicePrincipals"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"clientSecret"_s)
        .toString();
}

} // namespace

class TestCliAad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void clientSecretFromStdin();
    void clientSecretFromEnvironment();
    void wrongClientSecret();
    void storedServicePrincipal();
    void deviceCode();
    void deviceCodeDeclined();
    void storedDeviceCodeKeepsItsRefreshToken();
    void azureCli();
    void azureCliMissing();

private:
    QStringList aadOptions() const;
    //! Waits for the device code the running \a process asked for; empty after 20 s.
    QString waitForUserCode(QProcess *process, QByteArray *stderrSeen);

    EmulatorProcess m_emulator;
    QString m_secret;
    QSet<QString> m_usedCodes;
};

void TestCliAad::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(),
                              {u"--device-code-interval"_s, u"1"_s}, &error),
             qPrintable(error));
    m_secret = clientSecret();
    QVERIFY(!m_secret.isEmpty());
}

void TestCliAad::init()
{
    QVERIFY(m_emulator.clearFaults());
}

QStringList TestCliAad::aadOptions() const
{
    return CliProcess::adHocOptions(0) + CliProcess::emulatorOptions(m_emulator) +
           QStringList{u"--authority-host"_s, m_emulator.url().toString()};
}

QString TestCliAad::waitForUserCode(QProcess *process, QByteArray *stderrSeen)
{
    process->setReadChannel(QProcess::StandardError);
    for (int round = 0; round < 200; ++round) {
        const QJsonArray pending = m_emulator.pendingDeviceCodes();
        for (const QJsonValue entry : pending) {
            QString code = entry.toObject().value(u"userCode"_s).toString();
            if (m_usedCodes.contains(code))
                continue; // an earlier test's
            m_usedCodes.insert(code);
            // The code reaches the user on stderr. It may be buffered already (read while the
            // emulator was asked), and waitForReadyRead() only waits for data not yet read.
            *stderrSeen += process->readAllStandardError();
            while (!stderrSeen->contains(code.toUtf8()) && process->waitForReadyRead(10000))
                *stderrSeen += process->readAllStandardError();
            return code;
        }
        process->waitForReadyRead(100);
        *stderrSeen += process->readAllStandardError();
    }
    return {};
}

void TestCliAad::clientSecretFromStdin()
{
    CliProcess cli;
    cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
    const CliProcess::Result result = cli.run(
        QStringList{u"token"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, servicePrincipal,
                    u"--client-secret-stdin"_s, u"--format"_s, u"json"_s, u"--verbose"_s} +
            aadOptions(),
        m_secret.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QString token = result.json().value(u"accessToken"_s).toString();
    QCOMPARE(Jwt::decode(token).claims().value(u"aid"_s).toString(), CliProcess::demoAccountId(0));
    // The Azure AD leg was logged, without the secret or either token.
    QVERIFY2(result.err.contains("mrauth.aad"), result.describe().constData());
    QVERIFY(!result.err.contains(m_secret.toUtf8()));
    QVERIFY(!result.out.contains(m_secret.toUtf8()));
    QVERIFY(!result.err.contains(token.toUtf8()));
}

void TestCliAad::clientSecretFromEnvironment()
{
    CliProcess cli;
    cli.setVariable(u"AZURE_TENANT_ID"_s, tenant);
    cli.setVariable(u"AZURE_CLIENT_ID"_s, servicePrincipal);
    cli.setVariable(u"AZURE_CLIENT_SECRET"_s, m_secret);
    cli.setVariable(u"AZURE_AUTHORITY_HOST"_s, m_emulator.url().toString());
    const CliProcess::Result result =
        cli.run(QStringList{u"token"_s, u"--tenant-id"_s, tenant} + CliProcess::adHocOptions(0) +
                CliProcess::emulatorOptions(m_emulator));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(Jwt::decode(result.outText().trimmed()).isValid());
}

void TestCliAad::wrongClientSecret()
{
    CliProcess cli;
    const CliProcess::Result result =
        cli.run(QStringList{u"token"_s, u"--tenant-id"_s, tenant, u"--client-id"_s,
                            servicePrincipal, u"--client-secret-stdin"_s} +
                    aadOptions(),
                "not-the-secret\n");
    QVERIFY2(result.exitCode == 3, result.describe().constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().startsWith(u"mrauth: AuthenticationFailed: "_s),
             result.describe().constData());
    QVERIFY(result.errText().contains(u"[HTTP 401]"_s));
    QVERIFY(!result.err.contains("not-the-secret"));
}

void TestCliAad::storedServicePrincipal()
{
    CliProcess cli;
    cli.setVariable(u"QT_LOGGING_RULES"_s, u"mrauth.*=true"_s);
    CliProcess::Result result =
        cli.run(QStringList{u"accounts"_s, u"add"_s, u"principal"_s, u"--auth"_s,
                            u"client-secret"_s, u"--tenant-id"_s, tenant, u"--client-id"_s,
                            servicePrincipal, u"--client-secret-stdin"_s, u"--verbose"_s} +
                    aadOptions(),
                m_secret.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.errText().contains(u"client secret stored in"_s));
    QVERIFY(!result.err.contains(m_secret.toUtf8()));

    const QJsonObject shown =
        cli.run({u"accounts"_s, u"show"_s, u"principal"_s, u"-f"_s, u"json"_s}).json();
    QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"client-secret"_s).toString(),
             u"stored"_s);

    result = cli.run({u"token"_s, u"principal"_s, u"--verbose"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(Jwt::decode(result.outText().trimmed()).isValid());
    QVERIFY(!result.err.contains(m_secret.toUtf8()));
    QFile file(cli.accountsFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_secret.toUtf8()));
}

void TestCliAad::deviceCode()
{
    CliProcess cli;
    const std::unique_ptr<QProcess> process =
        cli.start(QStringList{u"token"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, publicClient,
                              u"--device-code"_s, u"--quiet"_s} +
                  aadOptions());
    QByteArray seen;
    const QString code = waitForUserCode(process.get(), &seen);
    QVERIFY2(!code.isEmpty(), seen.constData());
    // Shown even with --quiet: the sign-in cannot go on without it.
    QVERIFY2(seen.contains(code.toUtf8()), seen.constData());
    QVERIFY(seen.contains("/devicelogin"));
    QVERIFY(m_emulator.approveDeviceCode(code));
    const CliProcess::Result result = CliProcess::finish(process.get(), 60000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(Jwt::decode(result.outText().trimmed()).claims().value(u"aid"_s).toString(),
             CliProcess::demoAccountId(0));
}

void TestCliAad::deviceCodeDeclined()
{
    CliProcess cli;
    const std::unique_ptr<QProcess> process =
        cli.start(QStringList{u"token"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, publicClient,
                              u"--device-code"_s} +
                  aadOptions());
    QByteArray seen;
    const QString code = waitForUserCode(process.get(), &seen);
    QVERIFY2(!code.isEmpty(), seen.constData());
    QVERIFY(m_emulator.declineDeviceCode(code));
    const CliProcess::Result result = CliProcess::finish(process.get(), 60000);
    QVERIFY2(result.exitCode == 3, result.describe().constData());
    QVERIFY2(result.errText().contains(u"mrauth: AuthenticationFailed: "_s),
             result.describe().constData());
}

void TestCliAad::storedDeviceCodeKeepsItsRefreshToken()
{
    CliProcess cli;
    CliProcess::Result result =
        cli.run(QStringList{u"accounts"_s, u"add"_s, u"alice"_s, u"--auth"_s, u"device-code"_s,
                            u"--tenant-id"_s, tenant, u"--client-id"_s, publicClient} +
                aadOptions());
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    const std::unique_ptr<QProcess> process = cli.start({u"token"_s, u"alice"_s});
    QByteArray seen;
    const QString code = waitForUserCode(process.get(), &seen);
    QVERIFY2(!code.isEmpty(), seen.constData());
    QVERIFY2(seen.startsWith("alice: "), seen.constData());
    QVERIFY(m_emulator.approveDeviceCode(code));
    result = CliProcess::finish(process.get(), 60000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    // The refresh token went to the keychain: the next run signs in silently.
    const QJsonObject shown =
        cli.run({u"accounts"_s, u"show"_s, u"alice"_s, u"-f"_s, u"json"_s}).json();
    QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"refresh-token"_s).toString(),
             u"stored"_s);
    result = cli.run({u"token"_s, u"alice"_s, u"--timeout"_s, u"30"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    const QJsonArray pending = m_emulator.pendingDeviceCodes();
    for (const QJsonValue entry : pending)
        QVERIFY(m_usedCodes.contains(entry.toObject().value(u"userCode"_s).toString()));
}

void TestCliAad::azureCli()
{
    // An Azure AD token for the STS scope, as `az account get-access-token` would print it.
    const EmulatorProcess::Reply reply =
        m_emulator.postForm(u"/"_s + tenant + u"/oauth2/v2.0/token"_s,
                            {{u"grant_type"_s, u"client_credentials"_s},
                             {u"client_id"_s, servicePrincipal},
                             {u"client_secret"_s, m_secret},
                             {u"scope"_s, u"https://sts.mixedreality.azure.com//.default"_s}});
    QCOMPARE(reply.status, 200);
    const QString aadToken = reply.json().value(u"access_token"_s).toString();
    QVERIFY(!aadToken.isEmpty());

    CliProcess cli;
    const QString bin = cli.home() + u"/bin"_s;
    QVERIFY(QDir().mkpath(bin));
    QFile az(bin + u"/az"_s);
    QVERIFY(az.open(QIODevice::WriteOnly));
    const QJsonObject printed{
        {u"accessToken"_s, aadToken},
        {u"expires_on"_s, QDateTime::currentDateTimeUtc().addSecs(3000).toSecsSinceEpoch()},
        {u"tokenType"_s, u"Bearer"_s}};
    az.write("#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/az-arguments\"\ncat <<'EOF'\n" +
             QJsonDocument(printed).toJson() + "EOF\n");
    az.close();
    QVERIFY(az.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    cli.setVariable(u"PATH"_s, bin + u':' + cli.environment().value(u"PATH"_s));

    const CliProcess::Result result =
        cli.run(QStringList{u"token"_s, u"--azure-cli"_s, u"-f"_s, u"json"_s} +
                CliProcess::adHocOptions(0) + CliProcess::emulatorOptions(m_emulator));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(Jwt::decode(result.json().value(u"accessToken"_s).toString()).isValid());
    QFile arguments(bin + u"/az-arguments"_s);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QVERIFY2(arguments.readAll().contains("get-access-token"), "az was not asked for a token");
}

void TestCliAad::azureCliMissing()
{
    CliProcess cli;
    cli.setVariable(u"PATH"_s, cli.home()); // no az anywhere
    const CliProcess::Result result =
        cli.run(QStringList{u"token"_s, u"--azure-cli"_s} + CliProcess::adHocOptions(0) +
                CliProcess::emulatorOptions(m_emulator));
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.errText().startsWith(u"mrauth: CredentialUnavailable: "_s),
             result.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliAad)
#include "tst_cliaad.moc"
