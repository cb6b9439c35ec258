#pragma once

#include <mrauth/devicecodecredentialoptions.h>
#include <mrauth/devicecodeinfo.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

class DeviceCodeCredentialPrivate;

//! A user signing in on another device (OAuth 2.0 device authorization grant).
//!
//! Asks Azure AD for a device code, hands the user code and verification URI to the caller by
//! deviceCodeReceived() (and DeviceCodeCredentialOptions::deviceCodeCallback), then polls the
//! token endpoint at the interval Azure AD gives: `authorization_pending` keeps polling,
//! `slow_down` adds 5 s to the interval, `expired_token` fails with Error::Code::Timeout,
//! `authorization_declined` with Error::Code::AuthenticationFailed. Aborting the reply stops the
//! polling. The refresh token is kept in memory so that later tokens come silently. Lives in,
//! and is used from, one thread.
class MRAUTH_EXPORT DeviceCodeCredential : public TokenCredential
{
    Q_OBJECT
public:
    //! \a tenantId is the organisation's directory (GUID, domain or `organizations`; personal
    //! Microsoft accounts cannot use Mixed Reality); \a clientId is a public client application.
    DeviceCodeCredential(const QString &tenantId, const QString &clientId,
                         const DeviceCodeCredentialOptions &options = {},
                         QObject *parent = nullptr);
    ~DeviceCodeCredential() override;

    QString tenantId() const;
    QString clientId() const;
    Error configurationError() const;

    //! A token for \a scopes, e.g. MixedRealityStsClientOptions::userSignInScope(). Silent when
    //! a cached token or the refresh token serves; otherwise starts a device-code sign-in.
    TokenReply *getToken(const QStringList &scopes) override;

    //! The refresh token of the last sign-in (a secret: keep it only in a keychain), or empty.
    QString refreshToken() const;
    //! Restores a refresh token kept from an earlier run, for silent sign-in.
    void setRefreshToken(const QString &refreshToken);

Q_SIGNALS:
    //! A sign-in started: show \a info to the user.
    void deviceCodeReceived(const MrAuth::DeviceCodeInfo &info);
    //! Azure AD issued a new refresh token (for example to persist in the keychain).
    void refreshTokenChanged();

private:
    friend class DeviceCodeCredentialPrivate;
    std::unique_ptr<DeviceCodeCredentialPrivate> d;
};

} // namespace MrAuth
