#include <mrauth/interactivebrowsercredential.h>

#include "aadappcredential_p.h"
#include "aadbrowserflow_p.h"
#include "logging_p.h"
#include "secrets_p.h"

#include <QPointer>
#include <QTimer>

namespace MrAuth {

class InteractiveBrowserCredentialPrivate
{
public:
    InteractiveBrowserCredentialPrivate(const QString &tenantId, const QString &clientId,
                                        const InteractiveBrowserCredentialOptions &givenOptions,
                                        InteractiveBrowserCredential *owner)
        : q(owner)
        , app(
              tenantId, clientId, TenantUse::UserSignIn, givenOptions,
              [this](const QStringList &scopes) { return fetch(scopes); }, owner)
        , options(givenOptions)
    {}

    TokenReply *fetch(const QStringList &scopes);
    QUrl tokenUrl() const { return app.endpoint(QStringLiteral("oauth2/v2.0/token")); }
    void storeRefreshToken(const QString &token)
    {
        if (app.replaceRefreshToken(token))
            Q_EMIT q->refreshTokenChanged();
    }

    InteractiveBrowserCredential *q = nullptr;
    AadAppCredential app;
    InteractiveBrowserCredentialOptions options;
};

namespace {

//! One sign-in: silent refresh when possible, else the browser, the redirect and the code.
class BrowserSignIn : public QObject
{
public:
    BrowserSignIn(InteractiveBrowserCredentialPrivate *d, const QStringList &scopes,
                  TokenReply *reply)
        : QObject(reply), m_d(d), m_scopes(scopes), m_reply(reply)
    {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            fail(Error(Error::Code::Timeout,
                       InteractiveBrowserCredential::tr(
                           "The sign-in in the browser did not finish within %n s.", nullptr,
                           int(m_d->options.browserTimeout.count()))));
        });
        reply->setAbortHandler([this] { cancel(); });
    }

    ~BrowserSignIn() override { wipeSecrets(); }

    void start()
    {
        if (m_d->app.refreshToken().isEmpty()) {
            signInInBrowser();
            return;
        }
        m_request = postRefreshTokenRequest(
            m_d->app.http(), this, m_d->tokenUrl(), m_d->app.clientId(), m_d->app.refreshToken(),
            m_scopes,
            [this](const AadTokenResponse &response, const Error &error, const QString &) {
                if (!error) {
                    succeed(response);
                } else if (!refreshNeedsInteraction(error)) {
                    fail(error);
                } else {
                    qCInfo(lcMrAuthAad).noquote()
                        << "refresh token refused, opening the browser:" << error.toString();
                    m_d->storeRefreshToken(QString());
                    signInInBrowser();
                }
            },
            m_reply);
    }

private:
    void signInInBrowser()
    {
        m_verifier = generatePkceVerifier();
        m_state = generateOAuthState();
        m_listener = new LoopbackRedirectListener(
            [this](const QUrlQuery &query) { return onRedirect(query); }, this);
        Error error;
        if (!m_listener->listen(m_d->options.redirectPort, &error)) {
            fail(error);
            return;
        }
        AuthorizationRequest request;
        request.authorityHost = m_d->app.http().authorityHost();
        request.tenantId = m_d->app.tenantId();
        request.clientId = m_d->app.clientId();
        // Kept: the listener forgets its port once it is closed.
        m_redirectUri = m_listener->redirectUri();
        request.redirectUri = m_redirectUri;
        request.scope = scopeParameter(m_scopes, {QStringLiteral("offline_access")});
        request.state = m_state;
        request.codeChallenge = pkceChallengeS256(m_verifier);
        request.loginHint = m_d->options.loginHint;
        const QUrl url = authorizationUrl(request);
        qCDebug(lcMrAuthAad).noquote() << "opening the browser at" << urlForLog(url);
        m_timeout.start(m_d->options.browserTimeout);

        // The caller's slot or callback may abort the reply, which deletes this object.
        QPointer<BrowserSignIn> self(this);
        Q_EMIT m_d->q->authorizationUrlReady(url);
        if (!self)
            return;
        const bool opened =
            m_d->options.openBrowser ? m_d->options.openBrowser(url) : openSystemBrowser(url);
        if (!self)
            return;
        if (!opened) {
            fail(Error(
                Error::Code::CredentialUnavailable,
                InteractiveBrowserCredential::tr("No browser could be opened for the sign-in.")));
        }
    }

    LoopbackRedirectListener::Answer onRedirect(const QUrlQuery &query)
    {
        Error error;
        const QString code = authorizationCodeFrom(query, m_state, &error);
        // Act on the next turn: finishing the reply may delete the listener that calls us.
        if (error) {
            QTimer::singleShot(0, this, [this, error] { fail(error); });
            return {400, MrAuth::InteractiveBrowserCredential::tr("Sign-in failed"),
                    error.message()};
        }
        m_listener->close();
        m_timeout.stop();
        QTimer::singleShot(0, this, [this, code] { redeem(code); });
        return {200, MrAuth::InteractiveBrowserCredential::tr("Signed in"),
                MrAuth::InteractiveBrowserCredential::tr(
                    "You are signed in. You can close this window and return to the application.")};
    }

    void redeem(QString code)
    {
        const FormFields form = {
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), m_d->app.clientId()},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
            {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
            {QStringLiteral("scope"), scopeParameter(m_scopes, {QStringLiteral("offline_access")})},
        };
        wipe(code);
        m_request = postTokenRequest(
            m_d->app.http(), this, m_d->tokenUrl(), form,
            [this](const AadTokenResponse &response, const Error &error, const QString &) {
                if (error)
                    fail(error);
                else
                    succeed(response);
            },
            m_reply);
    }

    void succeed(const AadTokenResponse &response)
    {
        wipeSecrets();
        if (!response.refreshToken.isEmpty())
            m_d->storeRefreshToken(response.refreshToken);
        m_reply->finishWithToken(response.accessToken);
    }

    void fail(const Error &error)
    {
        stop();
        m_reply->finishWithError(error);
    }

    void cancel() { stop(); }

    void stop()
    {
        m_timeout.stop();
        if (m_listener)
            m_listener->close();
        if (m_request)
            m_request->abort();
        wipeSecrets();
    }

    void wipeSecrets()
    {
        wipe(m_verifier);
        wipe(m_state);
    }

    InteractiveBrowserCredentialPrivate *m_d;
    QStringList m_scopes;
    TokenReply *m_reply;
    QPointer<LoopbackRedirectListener> m_listener;
    QUrl m_redirectUri;
    QPointer<AadRequest> m_request;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
};

} // namespace

TokenReply *InteractiveBrowserCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    if (app.configurationError()) {
        finishLater(reply, app.configurationError());
        return reply;
    }
    auto *signIn = new BrowserSignIn(this, scopes, reply);
    // Start on the next turn: authorizationUrlReady() must not fire inside getToken().
    QTimer::singleShot(0, signIn, [signIn] { signIn->start(); });
    return reply;
}

InteractiveBrowserCredential::InteractiveBrowserCredential(
    const QString &tenantId, const QString &clientId,
    const InteractiveBrowserCredentialOptions &options, QObject *parent)
    : TokenCredential(parent)
    , d(std::make_unique<InteractiveBrowserCredentialPrivate>(tenantId, clientId, options, this))
{}

InteractiveBrowserCredential::~InteractiveBrowserCredential()
{
    d->app.releaseCache();
}

QString InteractiveBrowserCredential::tenantId() const
{
    return d->app.tenantId();
}

QString InteractiveBrowserCredential::clientId() const
{
    return d->app.clientId();
}

Error InteractiveBrowserCredential::configurationError() const
{
    return d->app.configurationError();
}

TokenReply *InteractiveBrowserCredential::getToken(const QStringList &scopes)
{
    return d->app.getToken(scopes);
}

QString InteractiveBrowserCredential::refreshToken() const
{
    return d->app.refreshToken();
}

void InteractiveBrowserCredential::setRefreshToken(const QString &refreshToken)
{
    d->storeRefreshToken(refreshToken);
}

} // namespace MrAuth
