#include <mrauth/devicecodecredential.h>

#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "aadtokencache_p.h"
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
    DeviceCodeCredentialPrivate(const DeviceCodeCredentialOptions &options, QObject *owner)
        : http(options, owner), deviceCodeCallback(options.deviceCodeCallback)
    {}

    TokenReply *fetch(const QStringList &scopes);
    QUrl endpoint(const QString &path) const
    {
        return aadEndpointUrl(http.authorityHost(), tenantId, path);
    }
    void storeRefreshToken(const QString &token);
    //! True when someone shows the user the code.
    bool isDeviceCodeObserved() const
    {
        return bool(deviceCodeCallback) || q->isSignalConnected(QMetaMethod::fromSignal(
                                               &DeviceCodeCredential::deviceCodeReceived));
    }

    DeviceCodeCredential *q = nullptr;
    AadHttpContext http;
    std::function<void(const DeviceCodeInfo &)> deviceCodeCallback;
    QString tenantId;
    QString clientId;
    QString refreshToken;
    Error configurationError;
    AadTokenCache *cache = nullptr;
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
        if (m_d->refreshToken.isEmpty())
            requestDeviceCode();
        else
            refresh();
    }

private:
    void refresh()
    {
        m_request = postRefreshTokenRequest(
            m_d->http, this, m_d->endpoint(QStringLiteral("oauth2/v2.0/token")), m_d->clientId,
            m_d->refreshToken, m_scopes,
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
            {QStringLiteral("client_id"), m_d->clientId},
            {QStringLiteral("scope"), scopeParameter(m_scopes, {QStringLiteral("offline_access")})},
        };
        auto *request = new AadRequest(m_d->http.httpConfig(DeviceCodeCredential::tr("Azure AD")),
                                       m_d->http.networkAccessManager(), this);
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
        request->postForm(m_d->endpoint(QStringLiteral("oauth2/v2.0/devicecode")), form);
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
            {QStringLiteral("client_id"), m_d->clientId},
            {QStringLiteral("device_code"), m_deviceCode},
        };
        m_request = postTokenRequest(
            m_d->http, this, m_d->endpoint(QStringLiteral("oauth2/v2.0/token")), form,
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
    if (configurationError) {
        finishLater(reply, configurationError);
        return reply;
    }
    auto *flow = new DeviceCodeFlow(this, scopes, reply);
    // Start on the next turn: the device code callback must not run inside getToken().
    QTimer::singleShot(0, flow, [flow] { flow->start(); });
    return reply;
}

void DeviceCodeCredentialPrivate::storeRefreshToken(const QString &token)
{
    if (token == refreshToken)
        return;
    wipe(refreshToken);
    refreshToken = token;
    Q_EMIT q->refreshTokenChanged();
}

DeviceCodeCredential::DeviceCodeCredential(const QString &tenantId, const QString &clientId,
                                           const DeviceCodeCredentialOptions &options,
                                           QObject *parent)
    : TokenCredential(parent), d(std::make_unique<DeviceCodeCredentialPrivate>(options, this))
{
    d->q = this;
    d->tenantId = tenantId.trimmed();
    d->clientId = clientId.trimmed();
    d->configurationError = validateTenantId(d->tenantId, TenantUse::UserSignIn);
    if (!d->configurationError)
        d->configurationError = validateClientId(d->clientId);
    if (!d->configurationError)
        d->configurationError = d->http.authorityError();
    d->cache =
        new AadTokenCache([this](const QStringList &scopes) { return d->fetch(scopes); }, this);
    d->cache->setClock(d->http.clock());
    d->cache->setRefreshMargin(options.refreshMargin);
}

DeviceCodeCredential::~DeviceCodeCredential()
{
    delete d->cache;
    wipe(d->refreshToken);
}

QString DeviceCodeCredential::tenantId() const
{
    return d->tenantId;
}

QString DeviceCodeCredential::clientId() const
{
    return d->clientId;
}

Error DeviceCodeCredential::configurationError() const
{
    return d->configurationError;
}

TokenReply *DeviceCodeCredential::getToken(const QStringList &scopes)
{
    return d->cache->getToken(scopes);
}

QString DeviceCodeCredential::refreshToken() const
{
    return d->refreshToken;
}

void DeviceCodeCredential::setRefreshToken(const QString &refreshToken)
{
    d->storeRefreshToken(refreshToken);
}

} // namespace MrAuth
