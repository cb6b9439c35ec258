// InteractiveBrowserCredential end to end: the test plays the browser, following the
// emulator's authorize redirect to the credential's loopback listener. PKCE and state are
// checked by the emulator and the credential; refusals, a state from elsewhere, a browser that
// does not open, a user who never finishes, silent renewal, and the STS with the user's token.

#include "aadtestsupport.h"

#include "aadbrowserflow_p.h"

#include <mrauth/interactivebrowsercredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace MrAuth;
using namespace MrAuth::AadTest;
using namespace std::chrono_literals;

namespace {
const QStringList signInScope = {MixedRealityStsClientOptions::userSignInScope()};

QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}
} // namespace

class tst_AadInteractiveBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signIn();
    void silentRenewalWithTheRefreshToken();
    void otherRequestsToTheListenerAreIgnored();
    void stateFromAnotherSignIn();
    void signInRefused();
    void browserDoesNotOpen();
    void userNeverFinishes();
    void fixedRedirectPortInUse();
    void userTokenAtTheSts();

private:
    std::unique_ptr<InteractiveBrowserCredential> credential(TestBrowser *browser,
                                                             const QString &tenant = tenantId,
                                                             std::chrono::seconds timeout = 30s);

    EmulatorProcess m_emulator;
};

void tst_AadInteractiveBrowser::initTestCase()
{
    QString error;
    QVERIFY2(startEmulator(m_emulator, &error), qPrintable(error));
}

void tst_AadInteractiveBrowser::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_emulator.clearRequests());
}

std::unique_ptr<InteractiveBrowserCredential>
tst_AadInteractiveBrowser::credential(TestBrowser *browser, const QString &tenant,
                                      std::chrono::seconds timeout)
{
    InteractiveBrowserCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.browserTimeout = timeout;
    options.loginHint = userName;
    if (browser)
        options.openBrowser = [browser](const QUrl &url) {
            return browser->open(url);
        };
    return std::make_unique<InteractiveBrowserCredential>(tenant, publicClientId, options);
}

void tst_AadInteractiveBrowser::signIn()
{
    TestBrowser browser(m_emulator);
    auto aad = credential(&browser);
    QSignalSpy urlReady(aad.get(), &InteractiveBrowserCredential::authorizationUrlReady);
    QSignalSpy refreshChanged(aad.get(), &InteractiveBrowserCredential::refreshTokenChanged);
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(browser.opened(), 1);

    // The authorize request, as the browser saw it.
    const QUrl authorize = browser.authorizationUrl();
    QCOMPARE(urlReady.size(), 1);
    QCOMPARE(urlReady.first().first().toUrl(), authorize);
    QCOMPARE(authorize.path(), QStringLiteral("/%1/oauth2/v2.0/authorize").arg(tenantId));
    QCOMPARE(queryValue(authorize, QStringLiteral("client_id")), publicClientId);
    QCOMPARE(queryValue(authorize, QStringLiteral("code_challenge_method")),
             QStringLiteral("S256"));
    QCOMPARE(queryValue(authorize, QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(queryValue(authorize, QStringLiteral("login_hint")), userName);
    const QUrl redirectUri(queryValue(authorize, QStringLiteral("redirect_uri")));
    QCOMPARE(redirectUri.scheme(), QStringLiteral("http"));
    QCOMPARE(redirectUri.host(), QStringLiteral("localhost"));
    QVERIFY(redirectUri.port() > 0);
    QCOMPARE(queryValue(browser.redirect(), QStringLiteral("state")),
             queryValue(authorize, QStringLiteral("state")));

    // What the browser showed after the redirect.
    QCOMPARE(browser.loopbackStatus(), 200);
    QVERIFY(browser.loopbackBody().contains("Signed in"));

    const QString token = reply->accessToken().token();
    QCOMPARE(audienceOf(token), QStringLiteral("https://sts.mixedreality.azure.com"));
    QCOMPARE(claimOf(token, QStringLiteral("upn")), userName);
    QCOMPARE(claimOf(token, QStringLiteral("scp")), QStringLiteral("mixedreality.signin"));
    QVERIFY(!aad->refreshToken().isEmpty());
    QCOMPARE(refreshChanged.size(), 1);

    // The listener is closed once the code arrived.
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> late(nam.get(QNetworkRequest(redirectUri)));
    QSignalSpy lateFinished(late.get(), &QNetworkReply::finished);
    QVERIFY(lateFinished.wait());
    QCOMPARE(late->error(), QNetworkReply::ConnectionRefusedError);
}

void tst_AadInteractiveBrowser::silentRenewalWithTheRefreshToken()
{
    TestBrowser browser(m_emulator);
    auto aad = credential(&browser);
    std::unique_ptr<TokenReply> first(aad->getToken(signInScope));
    QVERIFY(waitForFinished(first.get()));
    QCOMPARE(first->error(), Error::Code::NoError);
    const QString refreshToken = aad->refreshToken();

    // A new credential (a new run of the app) with the refresh token kept in a keychain.
    TestBrowser secondBrowser(m_emulator);
    auto restored = credential(&secondBrowser);
    restored->setRefreshToken(refreshToken);
    std::unique_ptr<TokenReply> silent(restored->getToken(signInScope));
    QVERIFY(waitForFinished(silent.get()));
    QVERIFY2(silent->error() == Error::Code::NoError, qPrintable(silent->errorInfo().toString()));
    QCOMPARE(secondBrowser.opened(), 0);
    QCOMPARE(claimOf(silent->accessToken().token(), QStringLiteral("upn")), userName);
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/authorize")), 1);

    // A refresh token Azure AD refuses: back to the browser.
    TestBrowser thirdBrowser(m_emulator);
    auto stale = credential(&thirdBrowser);
    stale->setRefreshToken(QStringLiteral("revoked-refresh-token-0123456789"));
    std::unique_ptr<TokenReply> again(stale->getToken(signInScope));
    QVERIFY(waitForFinished(again.get()));
    QCOMPARE(again->error(), Error::Code::NoError);
    QCOMPARE(thirdBrowser.opened(), 1);
    QVERIFY(stale->refreshToken() != QStringLiteral("revoked-refresh-token-0123456789"));
}

void tst_AadInteractiveBrowser::otherRequestsToTheListenerAreIgnored()
{
    TestBrowser browser(m_emulator);
    browser.setRequestFavicon(true);
    auto aad = credential(&browser);
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(browser.faviconStatus(), 404);
    QCOMPARE(browser.loopbackStatus(), 200);
    QCOMPARE(reply->error(), Error::Code::NoError);
}

void tst_AadInteractiveBrowser::stateFromAnotherSignIn()
{
    TestBrowser browser(m_emulator);
    browser.setRedirectRewriter([](const QUrl &redirect) {
        QUrl changed = redirect;
        QUrlQuery query(changed);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        changed.setQuery(query);
        return changed;
    });
    auto aad = credential(&browser);
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY(reply->errorString().contains(u"state"));
    QTRY_VERIFY(browser.isDone());
    QCOMPARE(browser.loopbackStatus(), 400);
    // The code was never redeemed.
    QCOMPARE(requestCount(m_emulator, QStringLiteral("/oauth2/v2.0/token")), 0);
}

void tst_AadInteractiveBrowser::signInRefused()
{
    // The other tenant has no user: the emulator redirects back with access_denied.
    TestBrowser browser(m_emulator);
    auto aad = credential(&browser, otherTenantId);
    std::unique_ptr<TokenReply> reply(aad->getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::AuthenticationFailed);
    QVERIFY2(reply->errorString().contains(u"access_denied"), qPrintable(reply->errorString()));
    QTRY_VERIFY(browser.isDone());
    QCOMPARE(browser.loopbackStatus(), 400);
    QVERIFY(browser.loopbackBody().contains("Sign-in failed"));
}

void tst_AadInteractiveBrowser::browserDoesNotOpen()
{
    InteractiveBrowserCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.openBrowser = [](const QUrl &) {
        return false;
    };
    InteractiveBrowserCredential aad(tenantId, publicClientId, options);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
}

void tst_AadInteractiveBrowser::userNeverFinishes()
{
    InteractiveBrowserCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.browserTimeout = 1s;
    QUrl opened;
    options.openBrowser = [&opened](const QUrl &url) {
        opened = url;
        return true;
    };
    InteractiveBrowserCredential aad(tenantId, publicClientId, options);
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::Timeout);
    QVERIFY(elapsed.elapsed() >= 900);
    QVERIFY(opened.isValid());
}

void tst_AadInteractiveBrowser::fixedRedirectPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost));
    InteractiveBrowserCredentialOptions options;
    static_cast<AzureCredentialOptions &>(options) = emulatorOptions(m_emulator);
    options.redirectPort = occupier.serverPort();
    options.openBrowser = [](const QUrl &) {
        return true;
    };
    InteractiveBrowserCredential aad(tenantId, publicClientId, options);
    std::unique_ptr<TokenReply> reply(aad.getToken(signInScope));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QVERIFY(reply->errorString().contains(QString::number(occupier.serverPort())));
}

void tst_AadInteractiveBrowser::userTokenAtTheSts()
{
    TestBrowser browser(m_emulator);
    auto aad = std::shared_ptr<InteractiveBrowserCredential>(credential(&browser));
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = m_emulator.url();
    options.sslConfiguration = m_emulator.sslConfiguration();
    options.aadScopes = signInScope;
    MixedRealityStsClient client(accountId, accountDomain, aad, options);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QVERIFY(waitForFinished(reply.get()));
    QVERIFY2(reply->error() == Error::Code::NoError, qPrintable(reply->errorInfo().toString()));
    QCOMPARE(claimOf(reply->accessToken().token(), QStringLiteral("aid")), accountId);
}

QTEST_GUILESS_MAIN(tst_AadInteractiveBrowser)
#include "tst_aad_interactivebrowser.moc"
