// EnvironmentCredential: a service principal from AZURE_TENANT_ID, AZURE_CLIENT_ID,
// AZURE_CLIENT_SECRET and AZURE_AUTHORITY_HOST, against the emulator.

#include "aadtestsupport.h"

#include <mrauth/environmentcredential.h>
#include <mrauth/mixedrealitystsclientoptions.h>

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;

namespace {
const QStringList stsScope = {MixedRealityStsClientOptions::defaultAadScope()};
const QList<const char *> variables = {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                                       "AZURE_AUTHORITY_HOST"};
} // namespace

class tst_AadEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void servicePrincipalFromTheEnvironment();
    void authorityHostWithoutScheme();
    void readAtConstruction();
    void missingVariables_data();
    void missingVariables();
    void wrongSecret();

private:
    void setEnvironment(const QString &secret = ownerSecret);
    //! Options whose own authority host is the public cloud: only the variable leads to the
    //! emulator.
    AzureCredentialOptions options() const;

    EmulatorProcess m_emulator;
};

void tst_AadEnvironment::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadEnvironment::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
}

void tst_AadEnvironment::cleanup()
{
    for (const char *name : variables)
        qunsetenv(name);
}

void tst_AadEnvironment::setEnvironment(const QString &secret)
{
    qputenv("AZURE_TENANT_ID", tenantId.toUtf8());
    qputenv("AZURE_CLIENT_ID", ownerClientId.toUtf8());
    qputenv("AZURE_CLIENT_SECRET", secret.toUtf8());
    qputenv("AZURE_AUTHORITY_HOST", m_emulator.url().toEncoded());
}

AzureCredentialOptions tst_AadEnvironment::options() const
{
    AzureCredentialOptions options = emulatorOptions(m_emulator);
    options.authorityHost = AzureCredentialOptions::publicCloudAuthorityHost();
    return options;
}

void tst_AadEnvironment::servicePrincipalFromTheEnvironment()
{
    setEnvironment();
    EnvironmentCredential environment(options());
    QVERIFY(environment.isConfigured());
    QVERIFY(environment.missingVariables().isEmpty());
    std::unique_ptr<TokenReply> reply(environment.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("appid")), ownerClientId);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/%1/oauth2/v2.0/token").arg(tenantId)), 1);
}

void tst_AadEnvironment::authorityHostWithoutScheme()
{
    setEnvironment();
    qputenv("AZURE_AUTHORITY_HOST",
            QByteArray("localhost:") + QByteArray::number(m_emulator.url().port()));
    EnvironmentCredential environment(options());
    std::unique_ptr<TokenReply> reply(environment.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
}

void tst_AadEnvironment::readAtConstruction()
{
    setEnvironment();
    EnvironmentCredential environment(options());
    cleanup();
    std::unique_ptr<TokenReply> reply(environment.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
}

void tst_AadEnvironment::missingVariables_data()
{
    QTest::addColumn<QStringList>("unset");
    QTest::newRow("tenant") << QStringList{QStringLiteral("AZURE_TENANT_ID")};
    QTest::newRow("client") << QStringList{QStringLiteral("AZURE_CLIENT_ID")};
    QTest::newRow("secret") << QStringList{QStringLiteral("AZURE_CLIENT_SECRET")};
    QTest::newRow("all") << QStringList{QStringLiteral("AZURE_TENANT_ID"),
                                        QStringLiteral("AZURE_CLIENT_ID"),
                                        QStringLiteral("AZURE_CLIENT_SECRET")};
}

void tst_AadEnvironment::missingVariables()
{
    QFETCH(QStringList, unset);
    setEnvironment();
    for (const QString &name : unset)
        qunsetenv(name.toLatin1().constData());
    EnvironmentCredential environment(options());
    QVERIFY(!environment.isConfigured());
    QCOMPARE(environment.missingVariables(), unset);
    std::unique_ptr<TokenReply> reply(environment.getToken(stsScope));
    QVERIFY(!reply->isFinished());
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    for (const QString &name : unset)
        QVERIFY(reply->errorString().contains(name));
    QCOMPARE(m_emulator.requests().size(), 0);
}

void tst_AadEnvironment::wrongSecret()
{
    setEnvironment(QStringLiteral("wrong-secret-from-env"));
    EnvironmentCredential environment(options());
    std::unique_ptr<TokenReply> reply(environment.getToken(stsScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(!reply->errorInfo().toString().contains(u"wrong-secret-from-env"));
}

QTEST_GUILESS_MAIN(tst_AadEnvironment)
#include "tst_aad_environment.moc"
