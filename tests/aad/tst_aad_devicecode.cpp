// DeviceCodeCredential end to end against the emulator: the code reaches the caller by
// callback and signal, and the emulator's admin endpoint approves, declines, expires or slows
// down the sign-in; silent renewal with the refresh token; cancel; and the STS with the
// user's token.

#include "aadtestsupport.h"

#include <mrauth/devicecodecredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

#include <cstdio>
#include <unistd.h>

using namespace MrAuth;
using namespace MrAuth::AadTest;

namespace {
const QStringList signInScope = {MixedRealityStsClientOptions::userSignInScope()};
const QString tokenPath = QStringLiteral("/oauth2/v2.0/token");
} // namespace

class tst_AadDeviceCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void approved();
    void declined();
    void expired();
    void slowDown();
    void abortStopsPolling();
    void unknownPublicClient();
    void refusedRefreshTokenStartsASignIn();
    void userTokenAtTheSts();
    void unobservedCodeIsPrintedToStderr();

private:
    std::unique_ptr<DeviceCodeCredential> credential(const QString &tenant = tenantId);
    //! Waits until the credential announced a code, and returns it.
    QString waitForUserCode();

    EmulatorProcess m_emulator;
    QList<DeviceCodeInfo> m_announced;
};

void tst_AadDeviceCode::initTestCase()
{
    qRegisterMetaType<DeviceCodeInfo>();
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadDeviceCode::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
    m_announced.clear();
}

std::unique_ptr<DeviceCodeCredential> tst_AadDeviceCode::credential(const QString &tenant)
{
    DeviceCodeCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.deviceCodeCallback = [this](const DeviceCodeInfo &info) {
        m_announced << info;
    };
    return std::make_unique<DeviceCodeCredential>(tenant, publicClientId, options);
}

QString tst_AadDeviceCode::waitForUserCode()
{
    const bool announced = QTest::qWaitFor([this] { return !m_announced.isEmpty(); }, 10000);
    return announced ? m_announced.last().userCode() : QString();
}

void tst_AadDeviceCode::approved()
{
    auto aad = credential();
    QSignalSpy received(aad.get(), &DeviceCodeCredential::deviceCodeReceived);
    QSignalSpy refreshChanged(aad.get(), &DeviceCodeCredential::refreshTokenChanged);
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    const QString userCode = waitForUserCode();
    QVERIFY(!userCode.isEmpty());
    QCOMPARE(received.size(), 1);
    const DeviceCodeInfo info = received.first().first().value<DeviceCodeInfo>();
    QCOMPARE(info.userCode(), userCode);
    QCOMPARE(info.verificationUri(), m_emulator.url(QStringLiteral("/devicelogin")));
    QVERIFY(info.message().contains(userCode));
    QVERIFY(info.expiresOn() > QDateTime::currentDateTimeUtc());

    const QJsonArray pending = m_emulator.pendingDeviceCodes();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("userCode")).toString(), userCode);
    QVERIFY(pending.first()
                .toObject()
                .value(QStringLiteral("scope"))
                .toString()
                .contains(u"offline_access"));

    QVERIFY(m_emulator.approveDeviceCode(userCode, userName));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    const QString token = reply->accessToken().token();
    QCOMPARE(audienceOf(token), QStringLiteral("https://sts.mixedreality.azure.com"));
    QCOMPARE(claimOf(token, QStringLiteral("scp")), QStringLiteral("mixedreality.signin"));
    QCOMPARE(claimOf(token, QStringLiteral("upn")), userName);
    QVERIFY(!aad->refreshToken().isEmpty());
    QCOMPARE(refreshChanged.size(), 1);

    // Cached for this scope; another scope comes silently through the refresh token.
    std::unique_ptr<TokenReply> cached(aad->getToken(signInScope));
    QVERIFY(waitForFinished(cached.get()));
    QCOMPARE(cached->accessToken(), reply->accessToken());
    const int polls = requestCount(m_emulator, tokenPath);
    std::unique_ptr<TokenReply> silent(
        aad->getToken({QStringLiteral("https://management.azure.com/user_impersonation")}));
    QVERIFY(waitForFinished(silent.get()));
    QVERIFY2(silent->error() == Error::Code::NoError, qPrintable(silent->errorInfo().toString()));
    QCOMPARE(audienceOf(silent->accessToken().token()),
             QStringLiteral("https://management.azure.com"));
    QCOMPARE(m_announced.size(), 1);
    QCOMPARE(requestCount(m_emulator, tokenPath), polls + 1);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/devicecode")), 1);
}

void tst_AadDeviceCode::declined()
{
    auto aad = credential();
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    const QString userCode = waitForUserCode();
    QVERIFY(m_emulator.declineDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"declined"));
    QVERIFY(aad->refreshToken().isEmpty());
}

void tst_AadDeviceCode::expired()
{
    auto aad = credential();
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    const QString userCode = waitForUserCode();
    QVERIFY(m_emulator.expireDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::Timeout);
    QVERIFY(reply->errorString().contains(u"expired"));
}

void tst_AadDeviceCode::slowDown()
{
    auto aad = credential();
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    const QString userCode = waitForUserCode();
    QElapsedTimer elapsed;
    elapsed.start();
    // The first poll (after the 1 s interval) hears slow_down; the next waits 1 + 5 s.
    QVERIFY(m_emulator.slowDownDeviceCode(userCode));
    QTRY_COMPARE_WITH_TIMEOUT(requestCount(m_emulator, tokenPath), 1, 5000);
    QVERIFY(m_emulator.approveDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get(), 20000));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QVERIFY2(elapsed.elapsed() >= 6000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(requestCount(m_emulator, tokenPath), 2);
}

void tst_AadDeviceCode::abortStopsPolling()
{
    auto aad = credential();
    std::unique_ptr<TokenReply> first(aad->getToken(signInScope));
    const QString firstCode = waitForUserCode();
    first->abort();
    QCOMPARE(first->error(), Error::Code::Canceled);
    QVERIFY(m_emulator.approveDeviceCode(firstCode));

    // A second sign-in: while it waits its one interval, an abandoned first one would poll too
    // (its interval started earlier) and redeem the approved code.
    m_announced.clear();
    std::unique_ptr<TokenReply> second(aad->getToken(signInScope));
    const QString secondCode = waitForUserCode();
    QVERIFY(secondCode != firstCode);
    QVERIFY(m_emulator.approveDeviceCode(secondCode));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(second->error(), Error::Code::NoError);
    QCOMPARE(requestCount(m_emulator, tokenPath), 1);
}

void tst_AadDeviceCode::unknownPublicClient()
{
    DeviceCodeCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    DeviceCodeCredential aad(tenantId, QStringLiteral("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"),
                             options);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"unauthorized_client"));
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/devicecode")), 1);
}

void tst_AadDeviceCode::refusedRefreshTokenStartsASignIn()
{
    auto aad = credential();
    aad->setRefreshToken(QStringLiteral("a-refresh-token-azure-ad-no-longer-knows"));
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    const QString userCode = waitForUserCode();
    QVERIFY(!userCode.isEmpty());
    QVERIFY(aad->refreshToken().isEmpty());
    QVERIFY(m_emulator.approveDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::NoError);
    QVERIFY(!aad->refreshToken().isEmpty());
}

void tst_AadDeviceCode::userTokenAtTheSts()
{
    auto aad = std::shared_ptr<DeviceCodeCredential>(credential());
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    options.aadScopes = signInScope;
    MixedRealityStsClient client(accountId, accountDomain, aad, options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    const QString userCode = waitForUserCode();
    QVERIFY(m_emulator.approveDeviceCode(userCode));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("aid")), accountId);
}

void tst_AadDeviceCode::unobservedCodeIsPrintedToStderr()
{
    // Nobody connected, no callback: the code must still reach the user, as Azure Identity's
    // default prompt does it.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    DeviceCodeCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    DeviceCodeCredential aad(tenantId, publicClientId, options);

    std::fflush(stderr);
    const int savedStderr = ::dup(2);
    QVERIFY(savedStderr >= 0);
    ::dup2(capture.handle(), 2);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    const bool printed = QTest::qWaitFor([&capture] { return capture.size() > 0; }, 10000);
    std::fflush(stderr);
    ::dup2(savedStderr, 2);
    ::close(savedStderr);

    QVERIFY(printed);
    const QJsonArray pending = m_emulator.pendingDeviceCodes();
    QCOMPARE(pending.size(), 1);
    const QString userCode =
        pending.first().toObject().value(QStringLiteral("userCode")).toString();
    QFile printedFile(capture.fileName());
    QVERIFY(printedFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(printedFile.readAll());
    QVERIFY2(text.contains(userCode), qPrintable(text));
    QVERIFY(text.contains(u"To sign in"));
    reply->abort();
    QVERIFY(m_emulator.declineDeviceCode(userCode)); // leaves no pending code for other tests
}

QTEST_GUILESS_MAIN(tst_AadDeviceCode)
#include "tst_aad_devicecode.moc"
