#pragma once

#include <mrauth/interactivebrowsercredentialoptions.h>
#include <mrauth/mrauth_export.h>
#include <mrauth/tokencredential.h>

#include <memory>

namespace MrAuth {

class InteractiveBrowserCredentialPrivate;

//! A user signing in in the system browser (authorization code flow with PKCE S256).
//!
//! Listens on a loopback port, opens `{authorityHost}/{tenantId}/oauth2/v2.0/authorize` in a
//! browser (InteractiveBrowserCredentialOptions::openBrowser, see also
//! authorizationUrlReady()), receives the redirect with the code, checks `state`, and redeems
//! the code with its PKCE verifier. The refresh token is kept in memory for silent renewal; the
//! app may persist it (refreshToken(), setRefreshToken()). Lives in, and is used from, one
//! thread.
class MRAUTH_EXPORT InteractiveBrowserCredential : public TokenCredential
{
    Q_OBJECT
public:
    //! \a tenantId is the organisation's directory (GUID, domain or `organizations`);
    //! \a clientId a public client application with the redirect URI `http://localhost`.
    InteractiveBrowserCredential(const QString &tenantId, const QString &clientId,
                                 const InteractiveBrowserCredentialOptions &options = {},
                                 QObject *parent = nullptr);
    ~InteractiveBrowserCredential() override;

    QString tenantId() const;
    QString clientId() const;
    Error configurationError() const;

    //! A token for \a scopes, e.g. MixedRealityStsClientOptions::userSignInScope(). Silent when
    //! a cached token or the refresh token serves; otherwise opens the browser.
    TokenReply *getToken(const QStringList &scopes) override;

    //! The refresh token of the last sign-in (a secret: keep it only in a keychain), or empty.
    QString refreshToken() const;
    //! Restores a refresh token kept from an earlier run, for silent sign-in.
    void setRefreshToken(const QString &refreshToken);

Q_SIGNALS:
    //! The browser is about to be sent to \a authorizationUrl (for a "waiting for the browser"
    //! message, or to show the URL when no browser opens).
    void authorizationUrlReady(const QUrl &authorizationUrl);
    //! Azure AD issued a new refresh token.
    void refreshTokenChanged();

private:
    std::unique_ptr<InteractiveBrowserCredentialPrivate> d;
};

} // namespace MrAuth
