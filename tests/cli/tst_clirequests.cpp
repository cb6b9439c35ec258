// TokenRequest and AccountEdit: what `mrauth token` and `accounts add/edit` make of their
// options and the environment, and the usage errors (exit 2) that say what to do.
#include "accountedit.h"
#include "tokenrequest.h"

#include <QDir>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

using Variables = QList<QPair<QString, QString>>;

namespace {

const QString accountId = u"87e9abb1-79b9-4502-bbae-cfae8c610f23"_s;
const QString domain = u"eastus.mixedreality.azure.com"_s;
const QString tenant = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
const QString client = u"0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60"_s;

CommandLine parse(const QStringList &words)
{
    CommandLine line = CommandLine::parse(QStringList{u"mrauth"_s} + words);
    if (line.hasError())
        qWarning("parse error: %s", qPrintable(line.error()));
    return line;
}

QProcessEnvironment environment(const Variables &variables)
{
    QProcessEnvironment result;
    for (const auto &[name, value] : variables)
        result.insert(name, value);
    return result;
}

TokenRequest tokenRequest(const QStringList &words, const QProcessEnvironment &env, CliError *error)
{
    return TokenRequest::fromCommandLine(parse(QStringList{u"token"_s} + words), env, error);
}

Account storedAccount(const QString &name)
{
    Account account = Account::create();
    account.setDisplayName(name);
    account.setAccountId(accountId);
    account.setAccountDomain(domain);
    return account;
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenTargets();
    void adHocFromEnvironment();
    void adHocOptionsWinOverEnvironment();
    void adHocKeyFromStdin();
    void adHocAzureAd_data();
    void adHocAzureAd();
    void tokenLimitsAndOutput();
    void tokenUsageErrors_data();
    void tokenUsageErrors();
    void parseSeconds_data();
    void parseSeconds();

    void addAccount();
    void addAccountWithRegionAndClientSecret();
    void editAccount();
    void editClearsOptionalFields();
    void accountEditErrors_data();
    void accountEditErrors();
};

void TestCliRequests::tokenTargets()
{
    CliError error;
    TokenRequest request = tokenRequest({u"demo"_s}, {}, &error);
    QVERIFY(!error.isError());
    QCOMPARE(request.target, TokenRequest::Target::StoredAccount);
    QCOMPARE(request.accountName, u"demo"_s);
    QCOMPARE(request.format, TokenOutput::Format::Token);

    request = tokenRequest({u"--all"_s}, {}, &error);
    QVERIFY(!error.isError());
    QCOMPARE(request.target, TokenRequest::Target::AllStoredAccounts);
    QCOMPARE(request.format, TokenOutput::Format::Json);

    request = tokenRequest({u"demo"_s, u"--key-slot"_s, u"secondary"_s, u"--endpoint"_s,
                            u"127.0.0.1:8443"_s, u"--ca-file"_s, u"ca.pem"_s},
                           {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(request.keySlotOverride, Account::KeySlot::Secondary);
    QCOMPARE(request.endpointOverride, QUrl(u"https://127.0.0.1:8443"_s));
    QCOMPARE(request.caFile, u"ca.pem"_s);
}

void TestCliRequests::adHocFromEnvironment()
{
    CliError error;
    const TokenRequest request =
        tokenRequest({},
                     environment({{u"MIXEDREALITY_ACCOUNT_ID"_s, accountId},
                                  {u"MIXEDREALITY_ACCOUNT_DOMAIN"_s, domain},
                                  {u"MIXEDREALITY_ACCOUNT_KEY"_s, u"a2V5"_s},
                                  {u"MIXEDREALITY_STS_ENDPOINT"_s, u"https://sts.test"_s},
                                  {u"MIXEDREALITY_CA_FILE"_s, u"/tmp/ca.pem"_s}}),
                     &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(request.target, TokenRequest::Target::AdHocAccount);
    QCOMPARE(request.adHocAccount.accountId(), accountId);
    QCOMPARE(request.adHocAccount.accountDomain(), domain);
    QCOMPARE(request.adHocAccount.authMode(), Account::AuthMode::AccountKey);
    QCOMPARE(request.adHocAccount.customEndpoint(), QUrl(u"https://sts.test"_s));
    QCOMPARE(request.keyFromEnvironment, u"a2V5"_s);
    QVERIFY(!request.readKeyFromStdin);
    QCOMPARE(request.caFile, u"/tmp/ca.pem"_s);
    // Unknown service: the curl format leaves the URL to the caller.
    QVERIFY(request.adHocAccount.serviceUrl().isEmpty());
}

void TestCliRequests::adHocOptionsWinOverEnvironment()
{
    CliError error;
    const QString otherId = u"3b2c6f4e-9d1a-4c7e-8f25-6a0b7d9e1c42"_s;
    const TokenRequest request = tokenRequest(
        {u"--account-id"_s, otherId, u"--account-domain"_s, u"westeurope.mixedreality.azure.com"_s,
         u"--service"_s, u"remote-rendering"_s},
        environment({{u"MIXEDREALITY_ACCOUNT_ID"_s, accountId},
                     {u"MIXEDREALITY_ACCOUNT_DOMAIN"_s, domain},
                     {u"MIXEDREALITY_ACCOUNT_KEY"_s, u"a2V5"_s}}),
        &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(request.adHocAccount.accountId(), otherId);
    QCOMPARE(request.adHocAccount.accountDomain(), u"westeurope.mixedreality.azure.com"_s);
    QCOMPARE(request.adHocAccount.serviceUrl(),
             QUrl(u"https://remoterendering.westeurope.mixedreality.azure.com/"_s));
}

void TestCliRequests::adHocKeyFromStdin()
{
    CliError error;
    // --key-stdin wins over the environment's key.
    const TokenRequest request = tokenRequest(
        {u"--account-id"_s, accountId, u"--account-domain"_s, domain, u"--key-stdin"_s},
        environment({{u"MIXEDREALITY_ACCOUNT_KEY"_s, u"a2V5"_s}}), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QVERIFY(request.readKeyFromStdin);
    QVERIFY(request.keyFromEnvironment.isEmpty());
}

void TestCliRequests::adHocAzureAd_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<Variables>("variables");
    QTest::addColumn<Account::AuthMode>("mode");
    QTest::addColumn<bool>("secretFromStdin");
    QTest::addColumn<QString>("secretFromEnvironment");

    const QStringList base{u"--account-id"_s, accountId, u"--account-domain"_s, domain};
    QTest::newRow("client secret from stdin")
        << base + QStringList{u"--tenant-id"_s, tenant, u"--client-id"_s, client,
                              u"--client-secret-stdin"_s}
        << Variables() << Account::AuthMode::ClientSecret << true << QString();
    QTest::newRow("client secret from AZURE_CLIENT_SECRET")
        << base + QStringList{u"--tenant-id"_s, tenant, u"--client-id"_s, client}
        << Variables{{u"AZURE_CLIENT_SECRET"_s, u"c2VjcmV0"_s}} << Account::AuthMode::ClientSecret
        << false << u"c2VjcmV0"_s;
    QTest::newRow("tenant and client from the environment")
        << base + QStringList{u"--device-code"_s}
        << Variables{{u"AZURE_TENANT_ID"_s, tenant}, {u"AZURE_CLIENT_ID"_s, client}}
        << Account::AuthMode::DeviceCode << false << QString();
    QTest::newRow("azure cli") << base + QStringList{u"--azure-cli"_s} << Variables()
                               << Account::AuthMode::AzureCli << false << QString();
}

void TestCliRequests::adHocAzureAd()
{
    QFETCH(QStringList, words);
    QFETCH(Variables, variables);
    QFETCH(Account::AuthMode, mode);
    QFETCH(bool, secretFromStdin);
    QFETCH(QString, secretFromEnvironment);
    CliError error;
    const TokenRequest request =
        tokenRequest(words + QStringList{u"--authority-host"_s, u"https://127.0.0.1:9"_s},
                     environment(variables), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(request.adHocAccount.authMode(), mode);
    QCOMPARE(request.readClientSecretFromStdin, secretFromStdin);
    QCOMPARE(request.clientSecretFromEnvironment, secretFromEnvironment);
    QCOMPARE(request.adHocAccount.authorityHost(), QUrl(u"https://127.0.0.1:9"_s));
    if (mode != Account::AuthMode::AzureCli) {
        QCOMPARE(request.adHocAccount.tenantId(), tenant);
        QCOMPARE(request.adHocAccount.clientId(), client);
    }
}

void TestCliRequests::tokenLimitsAndOutput()
{
    CliError error;
    const TokenRequest request =
        tokenRequest({u"demo"_s, u"-f"_s, u"curl"_s, u"--copy"_s, u"--clear-after"_s, u"0"_s,
                      u"--timeout"_s, u"2.5"_s, u"--retries"_s, u"0"_s},
                     {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(request.format, TokenOutput::Format::Curl);
    QVERIFY(request.copy);
    QCOMPARE(request.clearAfterSeconds, 0);
    QCOMPARE(request.timeoutMs, qint64(2500));
    QCOMPARE(request.retries, 0);

    const TokenRequest defaults = tokenRequest({u"demo"_s}, {}, &error);
    QVERIFY(!defaults.copy);
    QVERIFY(!defaults.clearAfterSeconds);
    QVERIFY(!defaults.timeoutMs);
    QVERIFY(!defaults.retries);
}

void TestCliRequests::tokenUsageErrors_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<Variables>("variables");
    QTest::addColumn<QString>("expected");
    const QStringList adHoc{u"--account-id"_s, accountId, u"--account-domain"_s, domain};
    const Variables key{{u"MIXEDREALITY_ACCOUNT_KEY"_s, u"a2V5"_s}};

    QTest::newRow("nothing") << QStringList() << Variables() << u"Name a stored account"_s;
    QTest::newRow("id without domain")
        << QStringList{u"--account-id"_s, accountId} << key << u"needs --account-domain"_s;
    QTest::newRow("domain without id")
        << QStringList() << Variables{{u"MIXEDREALITY_ACCOUNT_DOMAIN"_s, domain}}
        << u"needs --account-id"_s;
    QTest::newRow("no key") << adHoc << Variables() << u"pipe it to --key-stdin"_s;
    QTest::newRow("bad id") << QStringList{u"--account-id"_s, u"nope"_s, u"--account-domain"_s,
                                           domain}
                            << key << u"GUID"_s;
    QTest::newRow("region as domain")
        << QStringList{u"--account-id"_s, accountId, u"--account-domain"_s, u"eastus"_s} << key
        << u"did you mean 'eastus.mixedreality.azure.com'"_s;
    QTest::newRow("plain http endpoint")
        << adHoc + QStringList{u"--endpoint"_s, u"http://sts.example.com"_s} << key
        << u"Plain http"_s;
    QTest::newRow("NAME and ad hoc") << QStringList{u"demo"_s, u"--account-id"_s, accountId}
                                     << Variables() << u"give one or the other"_s;
    QTest::newRow("--all and NAME")
        << QStringList{u"--all"_s, u"demo"_s} << Variables() << u"give no NAME"_s;
    QTest::newRow("--all and --copy")
        << QStringList{u"--all"_s, u"--copy"_s} << Variables() << u"cannot --copy"_s;
    QTest::newRow("--all and a text format")
        << QStringList{u"--all"_s, u"--format"_s, u"env"_s} << Variables() << u"JSON array"_s;
    QTest::newRow("two sign-ins") << adHoc + QStringList{u"--device-code"_s, u"--azure-cli"_s}
                                  << Variables() << u"Choose one Azure AD sign-in"_s;
    QTest::newRow("tenant without a sign-in")
        << adHoc + QStringList{u"--tenant-id"_s, tenant, u"--client-id"_s, client} << Variables()
        << u"need a way to sign in"_s;
    QTest::newRow("key with Azure AD")
        << adHoc + QStringList{u"--key-stdin"_s, u"--device-code"_s, u"--tenant-id"_s,
                               tenant,           u"--client-id"_s,   client}
        << Variables() << u"--key-stdin is for account keys"_s;
    QTest::newRow("device code without tenant")
        << adHoc + QStringList{u"--device-code"_s} << Variables() << u"tenant ID"_s;
    QTest::newRow("key slot ad hoc")
        << adHoc + QStringList{u"--key-slot"_s, u"primary"_s} << key << u"--key-slot chooses"_s;
    QTest::newRow("clear-after without copy") << QStringList{u"demo"_s, u"--clear-after"_s, u"5"_s}
                                              << Variables() << u"--clear-after goes with --copy"_s;
    QTest::newRow("negative clear-after")
        << QStringList{u"demo"_s, u"--copy"_s, u"--clear-after"_s, u"-1"_s} << Variables()
        << u"whole number of seconds"_s;
    QTest::newRow("zero timeout") << QStringList{u"demo"_s, u"--timeout"_s, u"0"_s} << Variables()
                                  << u"greater than 0"_s;
    QTest::newRow("too many retries")
        << QStringList{u"demo"_s, u"--retries"_s, u"11"_s} << Variables() << u"from 0 to 10"_s;
    QTest::newRow("empty ca-file")
        << QStringList{u"demo"_s, u"--ca-file="_s} << Variables() << u"PEM file"_s;
}

void TestCliRequests::tokenUsageErrors()
{
    QFETCH(QStringList, words);
    QFETCH(Variables, variables);
    QFETCH(QString, expected);
    CliError error;
    tokenRequest(words, environment(variables), &error);
    QVERIFY(error.isError());
    QCOMPARE(error.exitCode(), ExitCode::Usage);
    QCOMPARE(error.type(), u"UsageError"_s);
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    QVERIFY2(error.toLine().endsWith(u"Try 'mrauth token --help'."_s), qPrintable(error.toLine()));
}

void TestCliRequests::parseSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("whole") << u"30"_s << qint64(30000);
    QTest::newRow("fraction") << u"0.25"_s << qint64(250);
    QTest::newRow("spaces") << u" 2 "_s << qint64(2000);
    QTest::newRow("zero") << u"0"_s << qint64(-1);
    QTest::newRow("negative") << u"-3"_s << qint64(-1);
    QTest::newRow("text") << u"soon"_s << qint64(-1);
    QTest::newRow("infinite") << u"inf"_s << qint64(-1);
    QTest::newRow("too long") << u"90000"_s << qint64(-1);
}

void TestCliRequests::parseSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, milliseconds);
    const std::optional<qint64> parsed = TokenRequest::parseSeconds(text, 0.001, 86400);
    QCOMPARE(parsed.value_or(-1), milliseconds);
}

void TestCliRequests::addAccount()
{
    CliError error;
    const AccountEdit edit = AccountEdit::fromCommandLine(
        parse({u"accounts"_s, u"add"_s, u"my anchors"_s, u"--account-id"_s, accountId.toUpper(),
               u"--account-domain"_s, domain, u"--endpoint"_s, u"127.0.0.1:8443"_s,
               u"--key-stdin"_s, u"--key-slot"_s, u"secondary"_s, u"--auto-refresh"_s, u"off"_s,
               u"--service"_s, u"object-anchors"_s}),
        Account(), {storedAccount(u"other"_s)}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    const Account account = edit.account;
    QVERIFY(!account.uuid().isNull());
    QCOMPARE(account.displayName(), u"my anchors"_s);
    QCOMPARE(account.accountId(), accountId);
    QCOMPARE(account.accountDomain(), domain);
    QCOMPARE(account.customEndpoint(), QUrl(u"https://127.0.0.1:8443"_s));
    QCOMPARE(account.authMode(), Account::AuthMode::AccountKey);
    QCOMPARE(account.keySlot(), Account::KeySlot::Secondary);
    QCOMPARE(account.service(), Account::Service::ObjectAnchors);
    QVERIFY(!account.isAutoRefresh());
    QVERIFY(edit.readKeyFromStdin);
    QCOMPARE(edit.keySlotForKey, Account::KeySlot::Secondary);
    QVERIFY(!edit.readClientSecretFromStdin);
}

void TestCliRequests::addAccountWithRegionAndClientSecret()
{
    CliError error;
    const AccountEdit edit = AccountEdit::fromCommandLine(
        parse({u"accounts"_s, u"add"_s, u"sp"_s, u"--account-id"_s, accountId, u"--region"_s,
               u"eastus2"_s, u"--tenant-id"_s, tenant, u"--client-id"_s, client,
               u"--client-secret-stdin"_s, u"--ca-file"_s, u"relative/ca.pem"_s}),
        Account(), {}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(edit.account.accountDomain(), u"mixedreality.azure.com"_s);
    QCOMPARE(edit.account.authMode(), Account::AuthMode::ClientSecret);
    QCOMPARE(edit.account.tenantId(), tenant);
    QCOMPARE(edit.account.clientId(), client);
    QVERIFY(edit.readClientSecretFromStdin);
    QVERIFY(QDir::isAbsolutePath(edit.account.caCertificateFile()));
    QVERIFY(edit.account.caCertificateFile().endsWith(u"/relative/ca.pem"_s));
}

void TestCliRequests::editAccount()
{
    const Account base = storedAccount(u"demo"_s);
    CliError error;
    const AccountEdit edit = AccountEdit::fromCommandLine(
        parse({u"accounts"_s, u"edit"_s, u"demo"_s, u"--rename"_s, u"renamed"_s, u"--key-slot"_s,
               u"secondary"_s, u"--key-stdin"_s}),
        base, {base}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(edit.account.uuid(), base.uuid());
    QCOMPARE(edit.account.displayName(), u"renamed"_s);
    QCOMPARE(edit.account.keySlot(), Account::KeySlot::Secondary);
    QCOMPARE(edit.keySlotForKey, Account::KeySlot::Secondary);
    QCOMPARE(edit.account.accountId(), base.accountId());
    QVERIFY(edit.changedFields.contains(u"name"_s));
    QVERIFY(edit.changedFields.contains(u"secondary key"_s));

    // Renaming to its own name in another case is not a clash with itself.
    const AccountEdit recased = AccountEdit::fromCommandLine(
        parse({u"accounts"_s, u"edit"_s, u"demo"_s, u"--rename"_s, u"DEMO"_s}), base, {base},
        &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QCOMPARE(recased.account.displayName(), u"DEMO"_s);
}

void TestCliRequests::editClearsOptionalFields()
{
    Account base = storedAccount(u"demo"_s);
    base.setCustomEndpoint(QUrl(u"https://127.0.0.1:1"_s));
    base.setCaCertificateFile(u"/tmp/ca.pem"_s);
    CliError error;
    const AccountEdit edit = AccountEdit::fromCommandLine(
        parse({u"accounts"_s, u"edit"_s, u"demo"_s, u"--endpoint="_s, u"--ca-file="_s}), base,
        {base}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toLine()));
    QVERIFY(edit.account.customEndpoint().isEmpty());
    QVERIFY(edit.account.caCertificateFile().isEmpty());
}

void TestCliRequests::accountEditErrors_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    const QStringList add{u"accounts"_s,         u"add"_s, u"new"_s, u"--account-id"_s, accountId,
                          u"--account-domain"_s, domain};
    QTest::newRow("name taken, other case")
        << QStringList{u"accounts"_s,         u"add"_s, u"DEMO"_s, u"--account-id"_s, accountId,
                       u"--account-domain"_s, domain}
        << u"exists already"_s;
    QTest::newRow("missing id") << QStringList{u"accounts"_s, u"add"_s, u"new"_s,
                                               u"--account-domain"_s, domain}
                                << u"Enter the account ID"_s;
    QTest::newRow("domain and region")
        << add + QStringList{u"--region"_s, u"eastus"_s} << u"not both"_s;
    QTest::newRow("tenant without --auth")
        << add + QStringList{u"--tenant-id"_s, tenant} << u"--auth client-secret"_s;
    QTest::newRow("Azure AD field on a key account")
        << add + QStringList{u"--auth"_s, u"account-key"_s, u"--client-id"_s, client}
        << u"--client-id is for Azure AD"_s;
    QTest::newRow("key for Azure AD")
        << add + QStringList{u"--auth"_s,      u"device-code"_s, u"--tenant-id"_s, tenant,
                             u"--client-id"_s, client,           u"--key-stdin"_s}
        << u"--key-stdin stores an account key"_s;
    QTest::newRow("secret without client-secret sign-in")
        << add + QStringList{u"--auth"_s, u"azure-cli"_s, u"--client-secret-stdin"_s}
        << u"does not sign in with one"_s;
    QTest::newRow("custom service without a name")
        << add + QStringList{u"--service"_s, u"custom"_s} << u"custom service needs a name"_s;
    QTest::newRow("edit without changes")
        << QStringList{u"accounts"_s, u"edit"_s, u"demo"_s} << u"Nothing to change"_s;
    QTest::newRow("rename to a taken name")
        << QStringList{u"accounts"_s, u"edit"_s, u"demo"_s, u"--rename"_s, u"Other"_s}
        << u"exists already"_s;
}

void TestCliRequests::accountEditErrors()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    const Account demo = storedAccount(u"demo"_s);
    const Account other = storedAccount(u"other"_s);
    const bool isEdit = words.value(1) == QLatin1String("edit");
    CliError error;
    AccountEdit::fromCommandLine(parse(words), isEdit ? demo : Account(), {demo, other}, &error);
    QVERIFY(error.isError());
    QCOMPARE(error.exitCode(), ExitCode::Usage);
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_clirequests.moc"
