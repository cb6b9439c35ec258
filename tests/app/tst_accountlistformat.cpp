// AccountListFormat: the metadata file format and the salvage of damaged files.
#include "accountlistformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace MrAuth;

namespace {
Account makeAccount(const QString &name)
{
    Account account = Account::create();
    account.setDisplayName(name);
    account.setAccountId(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
    account.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    return account;
}
} // namespace

class TestAccountListFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void emptyIsAnEmptyList();
    void roundTrip();
    void invalidEntryIsDropped();
    void truncatedFileIsSalvaged_data();
    void truncatedFileIsSalvaged();
    void bracesInsideStrings();
    void duplicateUuids();
    void newerVersionIsRejected();
    void notAnAccountList();
};

void TestAccountListFormat::emptyIsAnEmptyList()
{
    const auto result = AccountListFormat::parse(QByteArray("  \n"));
    QVERIFY(result.intact);
    QVERIFY(result.accounts.isEmpty());
}

void TestAccountListFormat::roundTrip()
{
    const QList<Account> accounts{makeAccount(QStringLiteral("one")),
                                  makeAccount(QStringLiteral("two"))};
    const QByteArray data = AccountListFormat::serialize(accounts);
    QVERIFY(data.contains("\"format\": \"mrauth-accounts\""));
    const auto result = AccountListFormat::parse(data);
    QVERIFY(result.intact);
    QCOMPARE(result.droppedEntries, 0);
    QCOMPARE(result.accounts, accounts);
}

void TestAccountListFormat::invalidEntryIsDropped()
{
    const Account good = makeAccount(QStringLiteral("good"));
    QJsonObject badMode = makeAccount(QStringLiteral("bad")).toJson();
    badMode.insert(QStringLiteral("auth"),
                   QJsonObject{{QStringLiteral("mode"), QStringLiteral("password")}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("mrauth-accounts")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("accounts"), QJsonArray{badMode, 42, good.toJson()}}};
    const auto result = AccountListFormat::parse(QJsonDocument(root).toJson());
    QVERIFY(result.documentValid);
    QVERIFY(!result.intact);
    QCOMPARE(result.droppedEntries, 2);
    QCOMPARE(result.accounts, QList<Account>{good});
    QCOMPARE(result.problems.size(), 2);
}

void TestAccountListFormat::truncatedFileIsSalvaged_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<int>("expected");
    const QByteArray data = AccountListFormat::serialize({makeAccount(QStringLiteral("one")),
                                                          makeAccount(QStringLiteral("two")),
                                                          makeAccount(QStringLiteral("three"))});
    // Cut inside the third entry, between the second and third, and inside the first.
    const qsizetype third = data.lastIndexOf("\"name\": \"three\"");
    const qsizetype second = data.indexOf("\"name\": \"two\"");
    const qsizetype first = data.indexOf("\"name\": \"one\"");
    QTest::newRow("inside the third") << int(third) << 2;
    QTest::newRow("inside the second") << int(second) << 1;
    QTest::newRow("inside the first") << int(first) << 0;
}

void TestAccountListFormat::truncatedFileIsSalvaged()
{
    QFETCH(int, cut);
    QFETCH(int, expected);
    const QByteArray data = AccountListFormat::serialize({makeAccount(QStringLiteral("one")),
                                                          makeAccount(QStringLiteral("two")),
                                                          makeAccount(QStringLiteral("three"))});
    const auto result = AccountListFormat::parse(data.left(cut));
    QVERIFY(!result.documentValid);
    QVERIFY(!result.intact);
    QCOMPARE(result.accounts.size(), expected);
    QVERIFY(!result.problems.isEmpty());
}

void TestAccountListFormat::bracesInsideStrings()
{
    const Account tricky = makeAccount(QStringLiteral("a } tricky { \"name\" ]"));
    const QByteArray data =
        AccountListFormat::serialize({tricky, makeAccount(QStringLiteral("two"))});
    // Damage the second entry: the first, with its braces in strings, survives.
    const auto result = AccountListFormat::parse(data.left(data.indexOf("\"name\": \"two\"")));
    QCOMPARE(result.accounts.size(), 1);
    QCOMPARE(result.accounts.first(), tricky);
}

void TestAccountListFormat::duplicateUuids()
{
    const Account one = makeAccount(QStringLiteral("one"));
    Account copy = makeAccount(QStringLiteral("copy"));
    copy.setUuid(one.uuid());
    const auto result = AccountListFormat::parse(AccountListFormat::serialize({one, copy}));
    QCOMPARE(result.accounts, QList<Account>{one});
    QCOMPARE(result.droppedEntries, 1);
}

void TestAccountListFormat::newerVersionIsRejected()
{
    QByteArray data = AccountListFormat::serialize({makeAccount(QStringLiteral("one"))});
    data.replace("\"version\": 1", "\"version\": 2");
    const auto result = AccountListFormat::parse(data);
    QVERIFY(!result.documentValid);
    QVERIFY(!result.intact);
}

void TestAccountListFormat::notAnAccountList()
{
    const auto result =
        AccountListFormat::parse(QByteArray(R"({"format":"something-else","accounts":[]})"));
    QVERIFY(!result.documentValid);
    QVERIFY(result.accounts.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountListFormat)
#include "tst_accountlistformat.moc"
