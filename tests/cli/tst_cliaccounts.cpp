// `mrauth accounts …` and `mrauth token NAME` with the real keychain (gnome-keyring in the
// private session bus that scripts/dev.sh test sets up) and the app's own accounts file:
// what the CLI stores the app reads, secrets only in the keychain, and exit 7 when the
// keychain cannot be reached (with nothing half-saved).
#include "accountstore.h"
#include "cliprocess.h"
#include "keychainsecretstore.h"

#include <mrauth/jwt.h>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

struct Read
{
    SecretError error;
    QString secret;
};

Read readSecret(const QUuid &account, SecretKind kind)
{
    KeychainSecretStore store;
    Read result;
    SecretJob *job = store.readSecret(account, kind);
    QObject::connect(job, &SecretJob::finished, job, [&result](SecretJob *finished) {
        result.error = finished->error();
        result.secret = finished->secret();
    });
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(20000))
        result.error = SecretError(SecretError::Code::Failed, u"test: no answer"_s);
    return result;
}

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void addListShow();
    void theAppReadsWhatTheCliStored();
    void tokenForStoredAccount_data();
    void tokenForStoredAccount();
    void keyRotation();
    void unknownAndAmbiguousNames();
    void missingSecret();
    void addWithoutKey();
    void editFields();
    void removeDeletesTheSecrets();
    void keychainUnavailable();
    void usageErrorsChangeNothing();

private:
    QList<Account> storedAccounts(const CliProcess &cli) const;

    EmulatorProcess m_emulator;
};

void TestCliAccounts::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QFAIL("No session bus: run the suite as scripts/dev.sh test does (dbus-run-session with "
              "an unlocked gnome-keyring).");
    }
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestCliAccounts::init()
{
    QVERIFY(m_emulator.clearFaults());
}

QList<Account> TestCliAccounts::storedAccounts(const CliProcess &cli) const
{
    AccountStore store(cli.accountsFilePath());
    store.setWatching(false);
    store.load();
    return store.accounts();
}

void TestCliAccounts::addListShow()
{
    CliProcess cli;
    CliProcess::Result result = cli.run({u"accounts"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errText().contains(u"mrauth accounts add"_s));
    QCOMPARE(cli.run({u"accounts"_s, u"list"_s, u"--format"_s, u"json"_s}).jsonArray().size(), 0);

    result = cli.addDemoAccount(u"anchors"_s, m_emulator, 0);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(u"Added 'anchors'; primary key stored in"_s),
             result.describe().constData());
    result =
        cli.addDemoAccount(u"rendering"_s, m_emulator, 1, {u"--service"_s, u"remote-rendering"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());

    result = cli.run({u"accounts"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(u"anchors "_s));
    QVERIFY(lines.at(2).startsWith(u"rendering "_s));
    QVERIFY(lines.at(2).contains(u"remote-rendering"_s));

    result = cli.run({u"accounts"_s, u"list"_s, u"--format"_s, u"names"_s});
    QCOMPARE(result.outText(), u"anchors\nrendering\n"_s);

    const QJsonArray json = cli.run({u"accounts"_s, u"list"_s, u"-f"_s, u"json"_s}).jsonArray();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.at(0).toObject().value(u"accountId"_s).toString(), CliProcess::demoAccountId(0));
    QCOMPARE(json.at(0).toObject().value(u"stsEndpoint"_s).toString(), m_emulator.url().toString());

    result = cli.run({u"accounts"_s, u"show"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().contains(u"Primary key:    stored in the keychain"_s));
    QVERIFY(result.outText().contains(u"Secondary key:  missing"_s));
    QVERIFY(result.outText().contains(CliProcess::demoAccountId(0)));
    QVERIFY(!result.outText().contains(CliProcess::demoKey(0)));

    const QJsonObject shown =
        cli.run({u"accounts"_s, u"show"_s, u"anchors"_s, u"--format"_s, u"json"_s}).json();
    QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"primary-key"_s).toString(), u"stored"_s);
    QCOMPARE(shown.value(u"secrets"_s).toObject().value(u"secondary-key"_s).toString(),
             u"missing"_s);
}

void TestCliAccounts::theAppReadsWhatTheCliStored()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    const QList<Account> accounts = storedAccounts(cli);
    QCOMPARE(accounts.size(), 1);
    const Account &account = accounts.constFirst();
    QCOMPARE(account.displayName(), u"anchors"_s);
    QCOMPARE(account.accountId(), CliProcess::demoAccountId(0));
    QCOMPARE(account.customEndpoint(), m_emulator.url());
    QCOMPARE(account.caCertificateFile(), m_emulator.caCertificatePath());
    QCOMPARE(account.authMode(), Account::AuthMode::AccountKey);
    QVERIFY(account.problems().isEmpty());

    const Read key = readSecret(account.uuid(), SecretKind::PrimaryKey);
    QCOMPARE(key.error.code(), SecretError::Code::NoError);
    QCOMPARE(key.secret, CliProcess::demoKey(0));

    QFile file(cli.accountsFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(CliProcess::demoKey(0).toUtf8()));
}

void TestCliAccounts::tokenForStoredAccount_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("token") << u"token"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("env") << u"env"_s;
}

void TestCliAccounts::tokenForStoredAccount()
{
    QFETCH(QString, format);
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    const CliProcess::Result result = cli.run({u"token"_s, u"anchors"_s, u"--format"_s, format});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.err.isEmpty());
    QString token = result.outText().trimmed();
    if (format == QLatin1String("json")) {
        const QJsonObject json = result.json();
        QCOMPARE(json.value(u"name"_s).toString(), u"anchors"_s);
        QCOMPARE(json.value(u"endpoint"_s).toString(), m_emulator.url().toString());
        token = json.value(u"accessToken"_s).toString();
    } else if (format == QLatin1String("env")) {
        token = token.section(u'\'', 1, 1);
    }
    QCOMPARE(Jwt::decode(token).claims().value(u"aid"_s).toString(), CliProcess::demoAccountId(0));
}

void TestCliAccounts::keyRotation()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    // The secondary key is not stored yet: asking for it is exit 7 with the fix in the line.
    CliProcess::Result result =
        cli.run({u"token"_s, u"anchors"_s, u"--key-slot"_s, u"secondary"_s});
    QVERIFY2(result.exitCode == 7, result.describe().constData());
    QVERIFY(result.errText().contains(
        u"mrauth accounts edit anchors --key-slot secondary --key-stdin"_s));

    result = cli.run(
        {u"accounts"_s, u"edit"_s, u"anchors"_s, u"--key-slot"_s, u"secondary"_s, u"--key-stdin"_s},
        CliProcess::demoKey(0, true).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.errText().contains(u"secondary key stored in"_s));
    QCOMPARE(storedAccounts(cli).constFirst().keySlot(), Account::KeySlot::Secondary);

    // The emulator rotates the primary key: the secondary still works, the primary is 401.
    QJsonObject accounts = EmulatorProcess::demoAccounts();
    QJsonArray list = accounts.value(u"accounts"_s).toArray();
    QJsonObject first = list.at(0).toObject();
    first.insert(u"primaryKey"_s, u"cm90YXRlZC1wcmltYXJ5LWtleQ=="_s);
    list.replace(0, first);
    accounts.insert(u"accounts"_s, list);
    QVERIFY(m_emulator.writeAccounts(accounts));
    QTRY_COMPARE_WITH_TIMEOUT(
        cli.run({u"token"_s, u"anchors"_s, u"--key-slot"_s, u"primary"_s}).exitCode, 3, 10000);
    result = cli.run({u"token"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(m_emulator.writeAccounts(EmulatorProcess::demoAccounts()));
    QTRY_COMPARE_WITH_TIMEOUT(
        cli.run({u"token"_s, u"anchors"_s, u"--key-slot"_s, u"primary"_s}).exitCode, 0, 10000);
}

void TestCliAccounts::unknownAndAmbiguousNames()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    for (const QStringList &arguments :
         {QStringList{u"token"_s, u"nope"_s}, QStringList{u"accounts"_s, u"show"_s, u"nope"_s},
          QStringList{u"accounts"_s, u"edit"_s, u"nope"_s, u"--auto-refresh"_s, u"off"_s},
          QStringList{u"accounts"_s, u"remove"_s, u"nope"_s}}) {
        const CliProcess::Result result = cli.run(arguments);
        QVERIFY2(result.exitCode == 4, result.describe().constData());
        QCOMPARE(result.errText(), u"mrauth: AccountNotFound: There is no stored account named "
                                   "'nope'. The stored accounts are: anchors.\n"_s);
    }
    // Names match case-insensitively when that is unambiguous.
    QCOMPARE(cli.run({u"token"_s, u"ANCHORS"_s}).exitCode, 0);
    // A name taken in another case is refused.
    const CliProcess::Result taken = cli.addDemoAccount(u"Anchors"_s, m_emulator, 1);
    QVERIFY2(taken.exitCode == 2, taken.describe().constData());
    QCOMPARE(storedAccounts(cli).size(), 1);
}

void TestCliAccounts::missingSecret()
{
    CliProcess cli;
    const CliProcess::Result added =
        cli.run(QStringList{u"accounts"_s, u"add"_s, u"keyless"_s} + CliProcess::adHocOptions(0) +
                CliProcess::emulatorOptions(m_emulator));
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    QVERIFY(added.errText().contains(u"No key is stored yet"_s));
    const CliProcess::Result result = cli.run({u"token"_s, u"keyless"_s});
    QVERIFY2(result.exitCode == 7, result.describe().constData());
    QVERIFY(result.errText().startsWith(u"mrauth: SecretNotFound: "_s));
    QVERIFY(result.out.isEmpty());
}

void TestCliAccounts::addWithoutKey()
{
    // Device-code and Azure CLI accounts have no secret to store.
    CliProcess cli;
    const CliProcess::Result result =
        cli.run(QStringList{u"accounts"_s, u"add"_s, u"cli"_s, u"--auth"_s, u"azure-cli"_s} +
                CliProcess::adHocOptions(0));
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(storedAccounts(cli).constFirst().authMode(), Account::AuthMode::AzureCli);
    const QJsonObject shown =
        cli.run({u"accounts"_s, u"show"_s, u"cli"_s, u"--format"_s, u"json"_s}).json();
    QVERIFY(shown.value(u"secrets"_s).toObject().isEmpty());
}

void TestCliAccounts::editFields()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    const CliProcess::Result result = cli.run(
        {u"accounts"_s, u"edit"_s, u"anchors"_s, u"--rename"_s, u"spatial"_s, u"--service"_s,
         u"object-anchors"_s, u"--auto-refresh"_s, u"off"_s, u"--endpoint="_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.errText().startsWith(u"Updated 'spatial' (name, service, STS endpoint, "
                                        "auto-refresh)."_s));
    const Account account = storedAccounts(cli).constFirst();
    QCOMPARE(account.displayName(), u"spatial"_s);
    QCOMPARE(account.service(), Account::Service::ObjectAnchors);
    QVERIFY(!account.isAutoRefresh());
    QVERIFY(account.customEndpoint().isEmpty());
    // The key stays with the account through the rename.
    QCOMPARE(readSecret(account.uuid(), SecretKind::PrimaryKey).secret, CliProcess::demoKey(0));
}

void TestCliAccounts::removeDeletesTheSecrets()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    const QUuid uuid = storedAccounts(cli).constFirst().uuid();
    const CliProcess::Result result = cli.run({u"accounts"_s, u"remove"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QCOMPARE(result.errText(), u"Removed 'anchors' and its secrets.\n"_s);
    QVERIFY(storedAccounts(cli).isEmpty());
    QCOMPARE(readSecret(uuid, SecretKind::PrimaryKey).error.code(), SecretError::Code::NotFound);
}

void TestCliAccounts::keychainUnavailable()
{
    CliProcess cli;
    QCOMPARE(cli.addDemoAccount(u"anchors"_s, m_emulator, 0).exitCode, 0);
    // The same HOME, but a session bus that is not there.
    CliProcess &offline = cli;
    offline.setVariable(u"DBUS_SESSION_BUS_ADDRESS"_s,
                        u"unix:path="_s + cli.home() + u"/no-such-bus"_s);

    CliProcess::Result result = offline.run({u"token"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 7, result.describe().constData());
    QVERIFY2(result.errText().startsWith(u"mrauth: KeychainUnavailable: "_s),
             result.describe().constData());
    QVERIFY(result.errText().contains(u"MIXEDREALITY_ACCOUNT_KEY"_s));

    // Nothing is saved when the secret cannot be.
    result = offline.addDemoAccount(u"second"_s, m_emulator, 1);
    QVERIFY2(result.exitCode == 7, result.describe().constData());
    QCOMPARE(storedAccounts(cli).size(), 1);

    // Nothing is removed when the secrets cannot be.
    result = offline.run({u"accounts"_s, u"remove"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 7, result.describe().constData());
    QVERIFY(result.errText().contains(u"was not removed"_s));
    QCOMPARE(storedAccounts(cli).size(), 1);

    // Listing needs no keychain; showing says the secrets are unknown.
    QCOMPARE(offline.run({u"accounts"_s, u"list"_s, u"-f"_s, u"names"_s}).outText(),
             u"anchors\n"_s);
    result = offline.run({u"accounts"_s, u"show"_s, u"anchors"_s});
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().contains(u"unknown (the keychain could not be read)"_s));
    QVERIFY(result.errText().startsWith(u"Warning: the keychain could not be read"_s));

    // The ad-hoc path needs no keychain at all.
    result = offline.run(QStringList{u"token"_s, u"--key-stdin"_s} + CliProcess::adHocOptions(0) +
                             CliProcess::emulatorOptions(m_emulator),
                         CliProcess::demoKey(0).toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.describe().constData());
}

void TestCliAccounts::usageErrorsChangeNothing()
{
    CliProcess cli;
    const CliProcess::Result result =
        cli.run(QStringList{u"accounts"_s, u"add"_s, u"x"_s, u"--account-id"_s, u"not-a-guid"_s,
                            u"--account-domain"_s, u"eastus"_s, u"--key-stdin"_s},
                "a2V5\n");
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.errText().contains(u"GUID"_s));
    QVERIFY(result.errText().contains(u"did you mean 'eastus.mixedreality.azure.com'"_s));
    QVERIFY(storedAccounts(cli).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
