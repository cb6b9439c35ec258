// `mrauth token` for ad-hoc accounts, the real binary against the emulator over TLS: every
// format, the key from the environment and from stdin, and the exit codes of rejected keys,
// unknown accounts, TLS failures and usage errors, each error one line with both vectors.
#include "cliprocess.h"

#include <mrauth/correlationvector.h>
#include <mrauth/jwt.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

class TestCliToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void formats_data();
    void formats();
    void jsonCarriesTheExchange();
    void keyFromEnvironment();
    void keyFromStdinWithWindowsLineEnd();
    void endpointWithoutScheme();
    void accountFromEnvironment();
    void exitCodes_data();
    void exitCodes();
    void emptyStdinIsAUsageError();
    void missingCaFile();
    void versionAndHelp();

private:
    //! The STS requests the emulator logged since init().
    QJsonArray stsRequests();

    EmulatorProcess m_emulator;
    CliProcess m_cli;
};

void TestCliToken::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestCliToken::init()
{
    QVERIFY(m_emulator.clearFaults());
    QVERIFY(m_emulator.clearRequests());
}

QJsonArray TestCliToken::stsRequests()
{
    QJsonArray result;
    const QJsonArray all = m_emulator.requests();
    for (const QJsonValue entry : all) {
        if (entry.toObject().value(u"path"_s).toString().contains(u"/token?"_s))
            result.append(entry);
    }
    return result;
}

void TestCliToken::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("token (default)") << QString() << QString() << QString();
    QTest::newRow("token") << u"token"_s << QString() << QString();
    QTest::newRow("header") << u"header"_s << u"Authorization: Bearer "_s << QString();
    QTest::newRow("env") << u"env"_s << u"export MIXEDREALITY_ACCESS_TOKEN='"_s << u"'"_s;
    QTest::newRow("curl") << u"curl"_s << u"curl --fail-with-body -H 'Authorization: Bearer "_s
                          << u"' 'https://remoterendering.eastus.mixedreality.azure.com/'"_s;
}

void TestCliToken::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    QStringList arguments{u"token"_s, u"--key-stdin"_s, u"--service"_s, u"remote-rendering"_s};
    arguments += CliProcess::adHocOptions(1) + CliProcess::emulatorOptions(m_emulator);
    if (!format.isEmpty())
        arguments += {u"--format"_s, format};
    const CliProcess::Result result = m_cli.run(arguments, CliProcess::demoKey(1).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QString text = result.outText();
    QVERIFY(text.endsWith(u'\n'));
    text.chop(1);
    QVERIFY(!text.contains(u'\n'));
    QVERIFY2(text.startsWith(prefix), qPrintable(text.left(80)));
    QVERIFY2(text.endsWith(suffix), qPrintable(text.right(80)));
    const QString token = text.mid(prefix.size(), text.size() - prefix.size() - suffix.size());
    Error error;
    const Jwt jwt = Jwt::decode(token, &error);
    QVERIFY2(jwt.isValid(), qPrintable(error.toString()));
    QCOMPARE(jwt.claims().value(u"aid"_s).toString(), CliProcess::demoAccountId(1));
    QCOMPARE(stsRequests().size(), 1);
}

void TestCliToken::jsonCarriesTheExchange()
{
    QStringList arguments{u"token"_s, u"--key-stdin"_s, u"-f"_s, u"json"_s};
    arguments += CliProcess::adHocOptions(0) + CliProcess::emulatorOptions(m_emulator);
    const CliProcess::Result result = m_cli.run(arguments, CliProcess::demoKey(0).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonObject json = result.json();
    const QStringList keys = json.keys();
    QCOMPARE(keys, (QStringList{u"accessToken"_s, u"accountDomain"_s, u"accountId"_s, u"endpoint"_s,
                                u"expiresOn"_s, u"expiresOnEpoch"_s, u"requestCorrelationVector"_s,
                                u"responseCorrelationVector"_s}));
    const QString token = json.value(u"accessToken"_s).toString();
    const QDateTime expiry = Jwt::expiryOf(token);
    QCOMPARE(json.value(u"expiresOnEpoch"_s).toInteger(), expiry.toSecsSinceEpoch());
    QCOMPARE(json.value(u"expiresOn"_s).toString(), expiry.toUTC().toString(Qt::ISODate));
    QVERIFY(json.value(u"expiresOn"_s).toString().endsWith(u'Z'));
    QCOMPARE(json.value(u"accountId"_s).toString(), CliProcess::demoAccountId(0));
    QCOMPARE(json.value(u"accountDomain"_s).toString(), CliProcess::demoAccountDomain(0));
    QCOMPARE(json.value(u"endpoint"_s).toString(), m_emulator.url().toString());

    const QJsonArray requests = stsRequests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject logged = requests.at(0).toObject();
    QCOMPARE(json.value(u"requestCorrelationVector"_s).toString(),
             logged.value(u"xMrcCv"_s).toString());
    QCOMPARE(json.value(u"responseCorrelationVector"_s).toString(),
             logged.value(u"msCv"_s).toString());
    QVERIFY(CorrelationVector::isValid(json.value(u"requestCorrelationVector"_s).toString()));
}

void TestCliToken::keyFromEnvironment()
{
    CliProcess cli;
    cli.setVariable(u"MIXEDREALITY_ACCOUNT_KEY"_s, CliProcess::demoKey(2));
    const CliProcess::Result result =
        cli.run(QStringList{u"token"_s} + CliProcess::adHocOptions(2) +
                CliProcess::emulatorOptions(m_emulator));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(Jwt::decode(result.outText().trimmed()).claims().value(u"aid"_s).toString(),
             CliProcess::demoAccountId(2));
}

void TestCliToken::keyFromStdinWithWindowsLineEnd()
{
    const CliProcess::Result result =
        m_cli.run(QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
                      CliProcess::emulatorOptions(m_emulator),
                  CliProcess::demoKey(0).toUtf8() + "\r\nthe next line is not read\n");
    QVERIFY2(result.exitCode == 0, result.describe().constData());
}

void TestCliToken::endpointWithoutScheme()
{
    const QString hostAndPort =
        m_emulator.url().host() + u':' + QString::number(m_emulator.url().port());
    const CliProcess::Result result = m_cli.run(
        QStringList{u"token"_s, u"--key-stdin"_s, u"--endpoint"_s, hostAndPort, u"--ca-file"_s,
                    m_emulator.caCertificatePath(), u"--format"_s, u"json"_s} +
            CliProcess::adHocOptions(0),
        CliProcess::demoKey(0).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.json().value(u"endpoint"_s).toString(), m_emulator.url().toString());
}

void TestCliToken::accountFromEnvironment()
{
    CliProcess cli;
    cli.setVariable(u"MIXEDREALITY_ACCOUNT_ID"_s, CliProcess::demoAccountId(0));
    cli.setVariable(u"MIXEDREALITY_ACCOUNT_DOMAIN"_s, CliProcess::demoAccountDomain(0));
    cli.setVariable(u"MIXEDREALITY_ACCOUNT_KEY"_s, CliProcess::demoKey(0));
    cli.setVariable(u"MIXEDREALITY_STS_ENDPOINT"_s, m_emulator.url().toString());
    cli.setVariable(u"MIXEDREALITY_CA_FILE"_s, m_emulator.caCertificatePath());
    const CliProcess::Result result = cli.run({u"token"_s, u"--format"_s, u"header"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().startsWith(u"Authorization: Bearer ey"_s));
}

void TestCliToken::exitCodes_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("trustEmulator");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("wrong key: 401") << CliProcess::demoAccountId(0) << u"d3Jvbmcta2V5"_s << true
                                    << 3 << u"AuthenticationFailed"_s << 401;
    QTest::newRow("other account's key: 401")
        << CliProcess::demoAccountId(0) << CliProcess::demoKey(1) << true << 3
        << u"AuthenticationFailed"_s << 401;
    QTest::newRow("unknown account: 404")
        << u"0b7c1f6e-2d4a-4c8e-9f31-5a6b7c8d9e0f"_s << CliProcess::demoKey(0) << true << 4
        << u"AccountNotFound"_s << 404;
    QTest::newRow("untrusted certificate") << CliProcess::demoAccountId(0) << CliProcess::demoKey(0)
                                           << false << 5 << u"TlsError"_s << 0;
}

void TestCliToken::exitCodes()
{
    QFETCH(QString, accountId);
    QFETCH(QString, key);
    QFETCH(bool, trustEmulator);
    QFETCH(int, exitCode);
    QFETCH(QString, type);
    QFETCH(int, httpStatus);
    QStringList arguments{
        u"token"_s,      u"--key-stdin"_s,           u"--account-id"_s,
        accountId,       u"--account-domain"_s,      CliProcess::demoAccountDomain(0),
        u"--endpoint"_s, m_emulator.url().toString()};
    if (trustEmulator)
        arguments += {u"--ca-file"_s, m_emulator.caCertificatePath()};
    const CliProcess::Result result = m_cli.run(arguments, key.toUtf8() + '\n');
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    // One line: the typed error, the HTTP status and both correlation vectors.
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1,
             result.describe().constData());
    const QString line = result.errText().trimmed();
    QVERIFY2(line.startsWith(u"mrauth: "_s + type + u": "_s), qPrintable(line));
    const QString status = httpStatus ? QString::number(httpStatus) : u"none"_s;
    QVERIFY2(line.contains(u"[HTTP "_s + status + u']'), qPrintable(line));
    const QRegularExpression vectors(
        u"\\[X-MRC-CV: ([A-Za-z0-9+/]{22})\\] \\[MS-CV: ([A-Za-z0-9+/]{22}\\.0|none)\\]"_s);
    const QRegularExpressionMatch match = vectors.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(!line.contains(key));

    const QJsonArray requests = stsRequests();
    if (httpStatus) {
        QCOMPARE(requests.size(), 1); // 400-404 are never retried
        const QJsonObject logged = requests.at(0).toObject();
        QCOMPARE(match.captured(1), logged.value(u"xMrcCv"_s).toString());
        QCOMPARE(match.captured(2), logged.value(u"msCv"_s).toString());
    } else {
        QCOMPARE(match.captured(2), u"none"_s);
        QVERIFY(line.contains(u"--ca-file"_s));
    }
}

void TestCliToken::emptyStdinIsAUsageError()
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\n"), QByteArray("   \n")}) {
        const CliProcess::Result result =
            m_cli.run(QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
                          CliProcess::emulatorOptions(m_emulator),
                      input);
        QVERIFY2(result.exitCode == 2, result.describe().constData());
        QVERIFY(result.errText().startsWith(u"mrauth: UsageError: "_s));
    }
    QCOMPARE(stsRequests().size(), 0);
}

void TestCliToken::missingCaFile()
{
    const CliProcess::Result result =
        m_cli.run(QStringList{u"token"_s, u"--key-stdin"_s, u"--ca-file"_s,
                              m_cli.home() + u"/missing.pem"_s} +
                      CliProcess::adHocOptions(0),
                  CliProcess::demoKey(0).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.errText().contains(u"does not exist"_s));
}

void TestCliToken::versionAndHelp()
{
    CliProcess::Result result = m_cli.run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.outText().startsWith(u"mrauth "_s));
    QVERIFY(result.outText().contains(u"Qt "_s));

    for (const QStringList &arguments :
         {QStringList{u"--help"_s}, QStringList{u"help"_s}, QStringList{u"token"_s, u"-h"_s},
          QStringList{u"help"_s, u"accounts"_s, u"add"_s},
          QStringList{u"accounts"_s, u"edit"_s, u"--help"_s}}) {
        result = m_cli.run(arguments);
        QVERIFY2(result.exitCode == 0, result.describe().constData());
        QVERIFY(result.outText().startsWith(u"Usage: "_s) ||
                result.outText().startsWith(u"mrauth "_s));
        QVERIFY(result.err.isEmpty());
    }

    result = m_cli.run({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errText().contains(u"Usage: mrauth COMMAND"_s));

    result = m_cli.run({u"token"_s, u"--frmat"_s, u"json"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errText(),
             u"mrauth: UsageError: 'mrauth token' has no option --frmat. Try 'mrauth token "
             "--help'.\n"_s);
}

QTEST_GUILESS_MAIN(TestCliToken)
#include "tst_clitoken.moc"
