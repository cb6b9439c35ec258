// Account: validation as the user types, JSON round trip, service URLs.
#include "account.h"

#include <QJsonDocument>
#include <QTest>

using namespace MrAuth;

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void accountIdProblem_data();
    void accountIdProblem();
    void accountDomainProblem_data();
    void accountDomainProblem();
    void endpointProblem_data();
    void endpointProblem();
    void tenantAndClientIds_data();
    void tenantAndClientIds();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void accountKeyReadsBackEqual();
    void serviceUrl_data();
    void serviceUrl();
    void sameConnection();
    void problemsOfAnAccount();
};

void TestAccount::accountIdProblem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ok");
    QTest::newRow("lower-case GUID")
        << QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23") << true;
    QTest::newRow("upper-case GUID")
        << QStringLiteral("87E9ABB1-79B9-4502-BBAE-CFAE8C610F23") << true;
    QTest::newRow("surrounding spaces")
        << QStringLiteral(" 87e9abb1-79b9-4502-bbae-cfae8c610f23 ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("braces") << QStringLiteral("{87e9abb1-79b9-4502-bbae-cfae8c610f23}") << false;
    QTest::newRow("too short") << QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f2") << false;
    QTest::newRow("not hex") << QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610fzz") << false;
    QTest::newRow("no dashes") << QStringLiteral("87e9abb179b94502bbaecfae8c610f23") << false;
    QTest::newRow("all zero") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
}

void TestAccount::accountIdProblem()
{
    QFETCH(QString, id);
    QFETCH(bool, ok);
    QCOMPARE(Account::accountIdProblem(id).isEmpty(), ok);
}

void TestAccount::accountDomainProblem_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("hintContains");
    QTest::newRow("regional") << QStringLiteral("eastus.mixedreality.azure.com") << true
                              << QString();
    QTest::newRow("regionless") << QStringLiteral("mixedreality.azure.com") << true << QString();
    QTest::newRow("custom") << QStringLiteral("sts.contoso.example") << true << QString();
    QTest::newRow("empty") << QString() << false << QStringLiteral("eastus.mixedreality.azure.com");
    QTest::newRow("bare region") << QStringLiteral("eastus") << false
                                 << QStringLiteral("eastus.mixedreality.azure.com");
    QTest::newRow("no dot") << QStringLiteral("mixedreality") << false << QStringLiteral("dots");
    QTest::newRow("invalid characters") << QStringLiteral("east us.mixedreality.azure.com") << false
                                        << QStringLiteral("not a valid domain");
}

void TestAccount::accountDomainProblem()
{
    QFETCH(QString, domain);
    QFETCH(bool, ok);
    QFETCH(QString, hintContains);
    const QString problem = Account::accountDomainProblem(domain);
    QCOMPARE(problem.isEmpty(), ok);
    if (!ok)
        QVERIFY2(problem.contains(hintContains), qPrintable(problem));
}

void TestAccount::endpointProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://my.custom.endpoint") << true;
    QTest::newRow("https with port") << QStringLiteral("https://127.0.0.1:41233") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http remote") << QStringLiteral("http://sts.example.com") << false;
    QTest::newRow("hash") << QStringLiteral("#") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://sts.example.com") << false;
}

void TestAccount::endpointProblem()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QCOMPARE(Account::endpointProblem(QUrl(url)).isEmpty(), ok);
}

void TestAccount::tenantAndClientIds_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("tenantOk");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("clientOk");
    QTest::newRow("GUIDs") << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47") << true
                           << QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60") << true;
    QTest::newRow("tenant domain") << QStringLiteral("contoso.onmicrosoft.com") << true
                                   << QStringLiteral("not-a-guid") << false;
    QTest::newRow("empty") << QString() << false << QString() << false;
    QTest::newRow("tenant garbage")
        << QStringLiteral("con toso") << false
        << QStringLiteral("0E4B1C5A-7D2F-4A63-9E81-3F5C2B7A9D60") << true;
}

void TestAccount::tenantAndClientIds()
{
    QFETCH(QString, tenant);
    QFETCH(bool, tenantOk);
    QFETCH(QString, client);
    QFETCH(bool, clientOk);
    QCOMPARE(Account::tenantIdProblem(tenant).isEmpty(), tenantOk);
    QCOMPARE(Account::clientIdProblem(client).isEmpty(), clientOk);
}

void TestAccount::jsonRoundTrip_data()
{
    QTest::addColumn<Account>("account");
    Account key = Account::create();
    key.setDisplayName(QStringLiteral("Anchors (prod)"));
    key.setAccountId(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
    key.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    key.setKeySlot(Account::KeySlot::Secondary);
    key.setAutoRefresh(false);
    QTest::newRow("account key, secondary") << key;

    Account custom = key;
    custom.setUuid(QUuid::createUuid());
    custom.setService(Account::Service::Custom);
    custom.setCustomServiceName(QStringLiteral("Holo service"));
    custom.setCustomServiceUrl(QUrl(QStringLiteral("https://holo.example.com/api")));
    custom.setCustomEndpoint(QUrl(QStringLiteral("https://127.0.0.1:4433")));
    custom.setCaCertificateFile(QStringLiteral("/tmp/ca.pem"));
    QTest::newRow("custom service and endpoint") << custom;

    for (Account::AuthMode mode :
         {Account::AuthMode::ClientSecret, Account::AuthMode::DeviceCode,
          Account::AuthMode::InteractiveBrowser, Account::AuthMode::AzureCli}) {
        Account aad = Account::create();
        aad.setDisplayName(QStringLiteral("Rendering"));
        aad.setService(Account::Service::RemoteRendering);
        aad.setAccountId(QStringLiteral("3b2c6f4e-9d1a-4c7e-8f25-6a0b7d9e1c42"));
        aad.setAccountDomain(QStringLiteral("westeurope.mixedreality.azure.com"));
        aad.setAuthMode(mode);
        aad.setTenantId(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        aad.setClientId(QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60"));
        aad.setAuthorityHost(QUrl(QStringLiteral("https://login.microsoftonline.us")));
        aad.setAadScope(QStringLiteral("https://sts.mixedreality.azure.com//.default"));
        QTest::newRow(qPrintable(Account::authModeName(mode))) << aad;
    }
}

void TestAccount::jsonRoundTrip()
{
    QFETCH(Account, account);
    QString error;
    const Account read = Account::fromJson(account.toJson(), &error);
    QVERIFY2(!read.isNull(), qPrintable(error));
    QCOMPARE(read, account);
    QCOMPARE(read.toJson(), account.toJson());
}

void TestAccount::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(
        R"({"name":"a","service":"spatial-anchors","accountId":"x","accountDomain":"d","auth":{"mode":"account-key"}})");
    QTest::newRow("no name") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","service":"spatial-anchors","accountId":"x","accountDomain":"d","auth":{"mode":"account-key"}})");
    QTest::newRow("unknown service") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"holo","accountId":"x","accountDomain":"d","auth":{"mode":"account-key"}})");
    QTest::newRow("unknown mode") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"spatial-anchors","accountId":"x","accountDomain":"d","auth":{"mode":"password"}})");
    QTest::newRow("no account id") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"spatial-anchors","accountDomain":"d","auth":{"mode":"account-key"}})");
    QTest::newRow("unknown key slot") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"spatial-anchors","accountId":"x","accountDomain":"d","auth":{"mode":"account-key","keySlot":"third"}})");
    // Found by fuzz_accountlist: an invalid URL was kept as an empty one, so saving the account
    // silently lost it (tests/fuzz/regressions/fuzz_accountlist).
    QTest::newRow("invalid service URL") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"custom","serviceUrl":"|||https://my.service.example/","accountId":"x","accountDomain":"d","auth":{"mode":"account-key"}})");
    QTest::newRow("invalid authority host") << QByteArray(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"spatial-anchors","accountId":"x","accountDomain":"d","auth":{"mode":"client-secret","authorityHost":"https://login|microsoftonline.com"}})");
}

void TestAccount::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QString error;
    const Account account = Account::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(account.isNull());
    QVERIFY(!error.isEmpty());
}

// Found by fuzz_accountlist: Azure AD fields on an account-key account were read but never
// written, so the account changed when saved and read again.
void TestAccount::accountKeyReadsBackEqual()
{
    const QByteArray json(
        R"({"id":"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa","name":"a","service":"spatial-anchors","accountId":"87e9abb1-79b9-4502-bbae-cfae8c610f23","accountDomain":"eastus.mixedreality.azure.com","auth":{"mode":"account-key","keySlot":"secondary","tenantId":"organizations","clientId":"x","authorityHost":"https://login.microsoftonline.us","scope":"s"}})");
    const Account account = Account::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!account.isNull());
    QCOMPARE(account.keySlot(), Account::KeySlot::Secondary);
    QVERIFY(account.tenantId().isEmpty());
    QCOMPARE(Account::fromJson(account.toJson()), account);
}

void TestAccount::serviceUrl_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("url");
    QTest::newRow("spatial anchors")
        << int(Account::Service::SpatialAnchors) << QStringLiteral("eastus.mixedreality.azure.com")
        << QStringLiteral("https://manage.sa.eastus.mixedreality.azure.com/");
    QTest::newRow("object anchors")
        << int(Account::Service::ObjectAnchors) << QStringLiteral("westus2.mixedreality.azure.com")
        << QStringLiteral("https://aoa.westus2.mixedreality.azure.com/");
    QTest::newRow("remote rendering")
        << int(Account::Service::RemoteRendering) << QStringLiteral("mixedreality.azure.com")
        << QStringLiteral("https://remoterendering.eastus2.mixedreality.azure.com/");
    QTest::newRow("custom without url")
        << int(Account::Service::Custom) << QStringLiteral("eastus.mixedreality.azure.com")
        << QString();
}

void TestAccount::serviceUrl()
{
    QFETCH(int, service);
    QFETCH(QString, domain);
    QFETCH(QString, url);
    Account account = Account::create();
    account.setService(Account::Service(service));
    account.setAccountDomain(domain);
    QCOMPARE(account.serviceUrl().toString(), url);
}

void TestAccount::sameConnection()
{
    Account a = Account::create();
    a.setDisplayName(QStringLiteral("a"));
    a.setAccountId(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
    a.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    Account renamed = a;
    renamed.setDisplayName(QStringLiteral("b"));
    renamed.setAutoRefresh(!a.isAutoRefresh());
    QVERIFY(a.sameConnectionAs(renamed));
    QVERIFY(a != renamed);
    Account otherKey = a;
    otherKey.setKeySlot(Account::KeySlot::Secondary);
    QVERIFY(!a.sameConnectionAs(otherKey));
    Account otherEndpoint = a;
    otherEndpoint.setCustomEndpoint(QUrl(QStringLiteral("https://127.0.0.1:1")));
    QVERIFY(!a.sameConnectionAs(otherEndpoint));
}

void TestAccount::problemsOfAnAccount()
{
    Account account = Account::create();
    QCOMPARE(account.problems().size(), 3); // name, id, domain
    account.setDisplayName(QStringLiteral("a"));
    account.setAccountId(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
    account.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    QVERIFY(account.problems().isEmpty());
    account.setAuthMode(Account::AuthMode::ClientSecret);
    QCOMPARE(account.problems().size(), 2); // tenant, client
    account.setAuthMode(Account::AuthMode::AzureCli);
    QVERIFY(account.problems().isEmpty()); // the CLI's own tenant and app
    account.setAuthorityHost(QUrl(QStringLiteral("http://login.example.com")));
    QCOMPARE(account.problems().size(), 1);
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
