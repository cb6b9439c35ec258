#pragma once

// The pieces of the authorization-code flow with PKCE: pure functions (PKCE, the authorize
// URL, parsing the redirect, the browser command) and the loopback listener for the redirect.

#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace MrAuth {

//! A PKCE code verifier (RFC 7636): 32 random bytes, base64url without padding (43 chars).
MRAUTH_EXPORT QByteArray generatePkceVerifier();
//! The S256 challenge of \a verifier: base64url(SHA-256(verifier)) without padding.
MRAUTH_EXPORT QByteArray pkceChallengeS256(const QByteArray &verifier);
//! A random `state`: 16 random bytes, base64url without padding.
MRAUTH_EXPORT QString generateOAuthState();

//! What goes into the authorize URL.
struct AuthorizationRequest
{
    QUrl authorityHost;
    QString tenantId;
    QString clientId;
    QUrl redirectUri;
    //! The `scope` parameter, spaces between scopes.
    QString scope;
    QString state;
    QByteArray codeChallenge;
    QString loginHint;
};

//! `{authorityHost}/{tenant}/oauth2/v2.0/authorize?client_id=…&response_type=code&
//! redirect_uri=…&response_mode=query&scope=…&state=…&code_challenge=…&
//! code_challenge_method=S256[&login_hint=…]`.
MRAUTH_EXPORT QUrl authorizationUrl(const AuthorizationRequest &request);

//! The head of an HTTP request to the loopback listener, as far as it arrived.
struct LoopbackRequest
{
    enum class Status { Incomplete, Complete, Malformed };
    Status status = Status::Incomplete;
    QByteArray method;
    QString path;
    QUrlQuery query;
};

//! Parses the request line of \a received once the head (up to the blank line) is complete.
//! Heads over 16 KB are Malformed.
MRAUTH_EXPORT LoopbackRequest parseLoopbackRequest(const QByteArray &received);

//! True when \a query is the redirect of the authorization (it has `code` or `error`).
MRAUTH_EXPORT bool isAuthorizationRedirect(const QUrlQuery &query);

//! The authorization code of the redirect \a query. Sets \a error when Azure AD sent an
//! error (AuthenticationFailed with its description), when `state` is not \a expectedState
//! (AuthenticationFailed: the redirect was not for this sign-in), or when there is no code.
MRAUTH_EXPORT QString authorizationCodeFrom(const QUrlQuery &query, const QString &expectedState,
                                            Error *error);

//! A program and its arguments.
struct ProcessCommand
{
    QString program;
    QStringList arguments;
};

enum class DesktopPlatform { Linux, MacOS, Windows };

//! The platform this library was built for.
MRAUTH_EXPORT DesktopPlatform currentDesktopPlatform();

//! How to open \a url in the default browser: `xdg-open URL`, `open URL`, or
//! `cmd /c start "" URL` with cmd's metacharacter `&` escaped.
MRAUTH_EXPORT ProcessCommand browserCommand(const QUrl &url, DesktopPlatform platform);

//! Opens \a url with browserCommand() through QProcess::startDetached().
MRAUTH_EXPORT bool openSystemBrowser(const QUrl &url);

//! A complete HTTP/1.1 response with a small HTML page (\a title, \a text, HTML-escaped),
//! `Connection: close`.
MRAUTH_EXPORT QByteArray loopbackHttpResponse(int status, const QString &title,
                                              const QString &text);

//! Waits on `http://localhost:{port}` (127.0.0.1, and ::1 when it can) for the browser's
//! redirect. Every connection is read up to its head; requests that are not the redirect (a
//! favicon, a browser's speculative connection) get a 404 and change nothing.
class MRAUTH_EXPORT LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    //! What the listener answers the redirect with.
    struct Answer
    {
        int status = 200;
        QString title;
        QString text;
    };
    //! Decides the answer for the redirect \a query and acts on it.
    using RedirectHandler = std::function<Answer(const QUrlQuery &query)>;

    explicit LoopbackRedirectListener(RedirectHandler handler, QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    //! Starts listening on \a port (0: a free one). Sets \a error when that fails.
    bool listen(quint16 port, Error *error);
    //! Stops accepting connections; open ones still get their answers.
    void close();
    quint16 port() const;
    //! `http://localhost:{port}`, the registered form of a loopback redirect URI.
    QUrl redirectUri() const;

private:
    void adopt(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    static void answer(QTcpSocket *socket, const QByteArray &response);

    RedirectHandler m_handler;
    QTcpServer *m_ipv4 = nullptr;
    QTcpServer *m_ipv6 = nullptr;
};

} // namespace MrAuth
