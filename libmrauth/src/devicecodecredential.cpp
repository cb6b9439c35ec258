#include <mrauth/devicecodecredential.h>

#include "aadappcredential_p.h"
#include "logging_p.h"
#include "secrets_p.h"

#include <QDeadlineTimer>
#include <QMetaMethod>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace MrAuth {

DeviceCodeInfo::DeviceCodeInfo(const QString &userCode, const QUrl &verificationUri,
                               const QString &message, const QDateTime &expiresOn)
    : m_userCode(userCode)
    , m_verificationUri(verificationUri)
    , m_message(message)
    , m_expiresOn(expiresOn.toUTC())
{}

class DeviceCodeCredentialPrivate
{
public:
    DeviceCodeCredentialPrivate(const QString &tenantId, const QString &clientId,
                                const DeviceCodeCredentialOptions &options,
                                DeviceCodeCredential *owner)
        : q(owner)
        , app(
              tenantId, clientId, TenantUse::UserSignIn, options,
              [this](const QStringList &scopes) { return fetch(scopes); }, owner)
        , deviceCodeCallback(options.deviceCodeCallback)
    {}

    TokenReply *fetch(const QStringList &scopes);
    void storeRefreshToken(const QString &token)
    {
        if (app.replaceRefreshToken(token))
            Q_EMIT q->refreshTokenChanged();
    }
    //! True when someone shows the user the code.
    bool isDeviceCodeObserved() const
    {
        return bool(deviceCodeCallback) || q->isSignalConnected(QMetaMethod::fromSignal(
                                               &DeviceCodeCredential::deviceCodeReceived));
    }

    DeviceCodeCredential *q = nullptr;
    AadAppCredential app;
    std::function<void(const DeviceCodeInfo &)> deviceCodeCallback;
};

namespace {

//! One sign-in: silent refresh when possible, else the device code and its polling.
class DeviceCodeFlow : public QObject
{
public:
    DeviceCodeFlow(DeviceCodeCredentialPrivate *d, const QStringList &scopes, TokenReply *reply)
        : QObject(reply), m_d(d), m_scopes(scopes), m_reply(reply)
    {
        m_pollTimer.setSingleShot(true);
        connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
        reply->setAbortHandler([this] { cancel(); });
    }

    ~DeviceCodeFlow() override { wipe(m_deviceCode); }

    void start()
    {
        if (m_d->app.refreshToken().isEmpty())
            requestDeviceCode();
        else
            refresh();
    }

private:
    void refresh()
    {
        m_request = postRefreshTokenRequest(
            m_d->app.http(), this, m_d->app.endpoint(QStringLiteral("oauth2/v2.0/token")),
            m_d->app.clientId(), m_d->app.refreshToken(), m_scopes,
            [this](const AadTokenResponse &response, const Error &error, const QString &) {
                if (!error) {
                    succeed(response);
                    return;
                }
                if (!refreshNeedsInteraction(error)) {
                    m_reply->finishWithError(error);
                    return;
                }
                // The refresh token expired or was revoked: the user has to sign in again.
                qCInfo(lcMrAuthAad).noquote()
                    << "refresh token refused, starting a device code sign-in:" << error.toString();
                m_d->storeRefreshToken(QString());
                requestDeviceCode();
            },
            m_reply);
    }

    void requestDeviceCode()
    {
        const FormFields form = {
            {QStringLiteral("client_id"), m_d->app.clientId()},
            {QStringLiteral("scope"), scopeParameter(m_scopes, {QStringLiteral("offline_access")})},
        };
        auto *request =
            new AadRequest(m_d->app.http().httpConfig(DeviceCodeCredential::tr("Azure AD")),
                           m_d->app.http().networkAccessManager(), this);
        m_request = request;
        connect(request, &AadRequest::retryScheduled, m_reply, &TokenReply::retryScheduled);
        connect(request, &AadRequest::finished, this, [this, request] {
            request->deleteLater();
            if (request->error()) {
                m_reply->finishWithError(request->error());
                return;
            }
            Error error;
            const DeviceCodeGrant grant =
                parseDeviceCodeResponse(request->body(), QDateTime::currentDateTimeUtc(), &error);
            if (error) {
                m_reply->finishWithError(error);
                return;
            }
            m_deviceCode = grant.deviceCode;
            m_interval = grant.interval;
            m_deadline.setRemainingTime(
                QDateTime::currentDateTimeUtc().msecsTo(grant.info.expiresOn()));
            qCDebug(lcMrAuthAad).noquote()
                << "device code issued; polling every" << m_interval.count() << "s";
            if (announce(grant.info))
                schedulePoll();
        });
        request->postForm(m_d->app.endpoint(QStringLiteral("oauth2/v2.0/devicecode")), form);
    }

    //! Shows the code; false when the caller's callback or slot ended this sign-in (by aborting
    //! or deleting the reply, or deleting the credential), so that nothing more may run.
    bool announce(const DeviceCodeInfo &info)
    {
        QPointer<DeviceCodeFlow> self(this);
        DeviceCodeCredential *q = m_d->q;
        const bool observed = m_d->isDeviceCodeObserved();
        if (!observed) {
            // Nobody shows the code: print it, as Azure Identity's default prompt does.
            QTextStream(stderr) << info.message() << Qt::endl;
        }
        if (m_d->deviceCodeCallback)
            m_d->deviceCodeCallback(info);
        if (!self || m_reply->isFinished())
            return false;
        Q_EMIT q->deviceCodeReceived(info);
        return self && !m_reply->isFinished();
    }

    void schedulePoll()
    {
        if (m_deadline.hasExpired()) {
            fail(Error(Error::Code::Timeout,
                       DeviceCodeCredential::tr(
                           "The device code expired before the sign-in was completed.")));
            return;
        }
        m_pollTimer.start(m_interval);
    }

    void poll()
    {
        const FormFields form = {
            {QStringLiteral("grant_type"),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {QStringLiteral("client_id"), m_d->app.clientId()},
            {QStringLiteral("device_code"), m_deviceCode},
        };
        m_request = postTokenRequest(
            m_d->app.http(), this, m_d->app.endpoint(QStringLiteral("oauth2/v2.0/token")), form,
            [this](const AadTokenResponse &response, const Error &error,
                   const QString &oauthError) { onPollResult(response, error, oauthError); },
            m_reply);
    }

    void onPollResult(const AadTokenResponse &response, const Error &error,
                      const QString &oauthError)
    {
        if (!error) {
            succeed(response);
            return;
        }
        if (oauthError == u"authorization_pending") {
            schedulePoll();
        } else if (oauthError == u"slow_down") {
            m_interval += std::chrono::seconds(5);
            qCDebug(lcMrAuthAad).noquote()
                << "slow_down: polling every" << m_interval.count() << "s";
            schedulePoll();
        } else if (oauthError == u"expired_token") {
            fail(Error(Error::Code::Timeout,
                       DeviceCodeCredential::tr(
                           "The device code expired before the sign-in was completed.")));
        } else if (oauthError == u"authorization_declined") {
            Error declined(Error::Code::AuthenticationFailed,
                           DeviceCodeCredential::tr("The user declined the sign-in."));
            declined.setHttpStatus(error.httpStatus());
            fail(declined);
        } else {
            fail(error);
        }
    }

    void succeed(const AadTokenResponse &response)
    {
        wipe(m_deviceCode);
        if (!response.refreshToken.isEmpty())
            m_d->storeRefreshToken(response.refreshToken);
        m_reply->finishWithToken(response.accessToken);
    }

    void fail(const Error &error)
    {
        wipe(m_deviceCode);
        m_reply->finishWithError(error);
    }

    void cancel()
    {
        m_pollTimer.stop();
        if (m_request)
            m_request->abort();
        wipe(m_deviceCode);
    }

    DeviceCodeCredentialPrivate *m_d;
    QStringList m_scopes;
    TokenReply *m_reply;
    QPointer<AadRequest> m_request;
    QTimer m_pollTimer;
    QString m_deviceCode;
    std::chrono::seconds m_interval{5};
    QDeadlineTimer m_deadline;
};

} // namespace

TokenReply *DeviceCodeCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    if (app.configurationError()) {
        finishLater(reply, app.configurationError());
        return reply;
    }
    auto *flow = new DeviceCodeFlow(this, scopes, reply);
    // Start on the next turn: the device code callback must not run inside getToken().
    QTimer::singleShot(0, flow, [flow] { flow->start(); });
    return reply;
}

DeviceCodeCredential::DeviceCodeCredential(const QString &tenantId, const QString &clientId,
                                           const DeviceCodeCredentialOptions &options,
                                           QObject *parent)
    : TokenCredential(parent)
    , d(std::make_unique<DeviceCodeCredentialPrivate>(tenantId, clientId, options, this))
{}

DeviceCodeCredential::~DeviceCodeCredential()
{
    d->app.releaseCache();
}

QString DeviceCodeCredential::tenantId() const
{
    return d->app.tenantId();
}

QString DeviceCodeCredential::clientId() const
{
    return d->app.clientId();
}

Error DeviceCodeCredential::configurationError() const
{
    return d->app.configurationError();
}

TokenReply *DeviceCodeCredential::getToken(const QStringList &scopes)
{
    return d->app.getToken(scopes);
}

QString DeviceCodeCredential::refreshToken() const
{
    return d->app.refreshToken();
}

void DeviceCodeCredential::setRefreshToken(const QString &refreshToken)
{
    d->storeRefreshToken(refreshToken);
}

} // namespace MrAuth
