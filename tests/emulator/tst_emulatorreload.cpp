#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <QFile>
#include <QtTest>

using namespace MrAuth;

// The accounts file is reloaded when it changes: key rotation works without a restart, and a
// broken file keeps the previous accounts.
class TestEmulatorReload : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;

    int statusWithKey(const QString &key)
    {
        return m_emulator
            .get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization(key)}})
            .status;
    }

private Q_SLOTS:
    void init()
    {
        // Any Qt warning (TLS, sockets, JSON) is a failure.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QString error;
        QVERIFY2(m_emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        QCOMPARE(statusWithKey(TestData::primaryKey()), 200);
    }

    void cleanup() { m_emulator.stop(); }

    void keyRotationByReplacingTheFile()
    {
        // Rotation: the secondary key becomes primary, a new secondary key is issued.
        const QString newKey = QStringLiteral("rotated-secondary-key-Tt5Yy6Uu7");
        QVERIFY(m_emulator.writeAccounts(TestData::accounts(TestData::secondaryKey(), newKey)));
        QTRY_COMPARE_WITH_TIMEOUT(statusWithKey(TestData::primaryKey()), 401, 10000);
        QCOMPARE(statusWithKey(TestData::secondaryKey()), 200);
        QCOMPARE(statusWithKey(newKey), 200);
        QTRY_VERIFY(m_emulator.standardOutput().contains("Accounts reloaded"));

        // The file is still watched after a replacement: rotate again.
        const QString newestKey = QStringLiteral("rotated-again-key-Ii8Oo9Pp0");
        QVERIFY(m_emulator.writeAccounts(TestData::accounts(newKey, newestKey)));
        QTRY_COMPARE_WITH_TIMEOUT(statusWithKey(TestData::secondaryKey()), 401, 10000);
        QCOMPARE(statusWithKey(newestKey), 200);
    }

    void keyRotationByRewritingInPlace()
    {
        const QString newKey = QStringLiteral("in-place-key-Aa1Ss2Dd3Ff4");
        QFile file(m_emulator.accountsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(TestData::accounts(newKey, TestData::secondaryKey())).toJson());
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(statusWithKey(newKey), 200, 10000);
        QCOMPARE(statusWithKey(TestData::primaryKey()), 401);
    }

    void invalidFileKeepsPreviousAccounts_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{ this is not json");
        QTest::newRow("bad account id") << QByteArray(
            R"({"accounts":[{"accountId":"nope","accountDomain":"x.y","primaryKey":"k"}]})");
        QTest::newRow("unknown role") << QByteArray(
            R"({"roleAssignments":[{"principalId":"a","accountId":"b","role":"King"}]})");
    }

    void invalidFileKeepsPreviousAccounts()
    {
        QFETCH(QByteArray, content);
        QFile file(m_emulator.accountsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator.standardError().contains("previous accounts stay"),
                                 10000);
        QVERIFY(m_emulator.standardOutput().contains("\"level\":\"error\""));
        QCOMPARE(statusWithKey(TestData::primaryKey()), 200);
        QVERIFY(m_emulator.isRunning());

        // A good file later is taken again.
        const QString newKey = QStringLiteral("after-error-key-Gg5Hh6Jj7");
        QVERIFY(m_emulator.writeAccounts(TestData::accounts(newKey, TestData::secondaryKey())));
        QTRY_COMPARE_WITH_TIMEOUT(statusWithKey(newKey), 200, 10000);
    }

    void roleRemovalTakesEffect()
    {
        const QString aadToken =
            m_emulator
                .postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(TestData::tenantId()),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), TestData::clientId()},
                           {QStringLiteral("client_secret"), TestData::clientSecret()},
                           {QStringLiteral("scope"), TestData::stsScope()}})
                .json()
                .value(QStringLiteral("access_token"))
                .toString();
        const auto status = [this, &aadToken] {
            return m_emulator
                .get(TestData::tokenPath(), {{"Authorization", "Bearer " + aadToken.toLatin1()}})
                .status;
        };
        QCOMPARE(status(), 200);
        QJsonObject accounts = TestData::accounts();
        accounts.insert(QStringLiteral("roleAssignments"), QJsonArray());
        QVERIFY(m_emulator.writeAccounts(accounts));
        QTRY_COMPARE_WITH_TIMEOUT(status(), 403, 10000);
    }

    void unreadableAtStartIsAnError()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY(!emulator.start(QJsonObject{{QStringLiteral("accounts"), QStringLiteral("nope")}},
                                {}, &error));
        QVERIFY2(error.contains(QStringLiteral("accounts")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorReload)
#include "tst_emulatorreload.moc"
